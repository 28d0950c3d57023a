cronsim --dialect cronie sim/cron_tz_unknown.crontab --tz Europe/Paris --from 2026-06-01 --to 2026-06-02
