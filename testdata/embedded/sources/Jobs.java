package example.jobs;

import org.springframework.scheduling.annotation.Scheduled;

public class Jobs {
    // Meant: every five minutes.
    @Scheduled(cron = "* */5 * * * *")
    public void poll() {}

    // A Quartz expression, with its year.
    @Scheduled(cron = "0 0 12 ? * MON-FRI 2026", zone = "Europe/Berlin")
    public void report() {}

    @Scheduled(cron = "0 30 1 * *", zone = "Europe/Berln")
    public void cleanup() {}

    @Scheduled(cron = "${jobs.archive.cron}")
    public void archive() {}

    @Scheduled(cron = "0 \u002A/10 * * * *", zone = "GMT+5:30")
    public void escaped() {}
}
