#include "export/firings.hpp"

#include <fmt/format.h>

#include <span>
#include <vector>

#include "export/entry_facts.hpp"
#include "sim/simulate.hpp"
#include "timezone/timezone.hpp"

namespace cronkit::exporter {

void compare_firings(const Schedule& schedule, const Crontab& crontab,
                     const date::time_zone& daemon_zone, const date::time_zone* job_zone,
                     const TargetClock& target, date::sys_seconds from, EntryExport& out) {
  const date::sys_seconds to = from + date::days(366);
  SimOptions cron_options;
  cron_options.zone = &daemon_zone;
  cron_options.dialect = crontab.dialect;
  cron_options.from = from;
  cron_options.to = to;
  const SimJob cron_job{schedule, job_zone};
  const std::vector<Firing> by_cron = simulate(std::span<const SimJob>(&cron_job, 1), cron_options);
  SimOptions target_options = cron_options;
  target_options.zone = &target.zone;
  target_options.dialect = target.clock;
  const SimJob target_job{target.schedule, nullptr};
  const std::vector<Firing> by_target =
      simulate(std::span<const SimJob>(&target_job, 1), target_options);

  const std::string_view daemon = dialect(crontab.dialect).daemon;
  std::size_t total = 0;
  constexpr std::size_t shown = 6;
  auto add = [&](std::string line) {
    if (++total <= shown) out.differences.push_back(std::move(line));
  };
  std::size_t i = 0, k = 0;
  while (i < by_cron.size() || k < by_target.size()) {
    if (k == by_target.size() ||
        (i < by_cron.size() && by_cron[i].instant < by_target[k].instant)) {
      const Firing& firing = by_cron[i++];
      out.only_cron_fires.push_back(format_rfc3339(firing.instant, target.zone));
      if (firing.catch_up) {
        add(fmt::format(
            "{}: {} runs the {} run late, after the clock jumps forward over it; {} skips it",
            local_time(firing.instant, target.zone), daemon, date::format("%R", firing.matched),
            target.name));
      } else {
        add(fmt::format("{}: {} runs it; {} does not", local_time(firing.instant, target.zone),
                        daemon, target.name));
      }
    } else if (i == by_cron.size() || by_target[k].instant < by_cron[i].instant) {
      const date::sys_seconds instant = by_target[k++].instant;
      out.only_target_fires.push_back(format_rfc3339(instant, target.zone));
      add(fmt::format("{}: {} runs it; {} does not", local_time(instant, target.zone), target.name,
                      daemon));
    } else {
      ++i;
      ++k;
    }
  }
  if (total > shown) {
    out.differences.push_back(fmt::format("... {} more such differences in the year from {}",
                                          total - shown,
                                          date::format("%F", date::floor<date::days>(from))));
  }
}

}  // namespace cronkit::exporter
