#include "sim/fugit_clock.hpp"
#include "sim/run_after_run.hpp"

#include <functional>
#include <limits>
#include <queue>

#include "schedule/fugit_cron.hpp"

namespace cronkit {

void simulate_fugit_schedules(std::span<const SimJob> jobs, const SimOptions& options,
                              date::sys_seconds end, std::vector<Firing>& out,
                              const FiringSink* sink) {
  const date::time_zone& utc = *date::locate_zone("UTC");
  // next_time is strictly after its argument: a run at `from` itself counts.
  simulate_run_after_run(jobs.size(), options, end, out, sink,
                         [&](std::size_t j, date::sys_seconds after) -> std::optional<NextRun> {
                           if (!jobs[j].schedule.extras().fugit_cron) return std::nullopt;
                           const date::time_zone& zone =
                               jobs[j].zone ? *jobs[j].zone : *options.zone;
                           // An exception (fugit's loop limit) ends the schedule: GitLab has no
                           // next run to record.
                           const FugitNext next = fugit_next_time(
                               *jobs[j].schedule.extras().fugit_cron, zone, after, utc);
                           if (!next.ok) return std::nullopt;
                           return run_at(next.instant, zone);
                         });
}

}  // namespace cronkit
