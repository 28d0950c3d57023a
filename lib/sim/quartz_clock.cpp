#include "sim/quartz_clock.hpp"
#include "sim/run_after_run.hpp"

#include <functional>
#include <limits>
#include <queue>

#include "schedule/quartz_cron.hpp"

namespace cronkit {

void simulate_quartz_triggers(std::span<const SimJob> jobs, const SimOptions& options,
                              date::sys_seconds end, std::vector<Firing>& out,
                              const FiringSink* sink) {
  const int max_year = quartz_max_year();
  // A trigger whose start time is `from` fires first at getFireTimeAfter(from - 1 s).
  simulate_run_after_run(jobs.size(), options, end, out, sink,
                         [&](std::size_t j, date::sys_seconds after) -> std::optional<NextRun> {
                           if (!jobs[j].schedule.extras().quartz_cron) return std::nullopt;
                           const date::time_zone& zone =
                               jobs[j].zone ? *jobs[j].zone : *options.zone;
                           const QuartzNext next = quartz_time_after(
                               *jobs[j].schedule.extras().quartz_cron, zone, after, max_year);
                           if (next.kind != QuartzNext::Kind::time) return std::nullopt;
                           return run_at(next.instant, zone);
                         });
}

}  // namespace cronkit
