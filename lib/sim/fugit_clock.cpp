#include "sim/fugit_clock.hpp"

#include <functional>
#include <limits>
#include <queue>

#include "schedule/fugit_cron.hpp"

namespace cronkit {

void simulate_fugit_schedules(std::span<const SimJob> jobs, const SimOptions& options,
                              date::sys_seconds end, std::vector<Firing>& out,
                              const FiringSink* sink) {
  struct Pending {
    date::sys_seconds instant;
    std::size_t job;
    bool operator>(const Pending& other) const {
      return instant > other.instant || (instant == other.instant && job > other.job);
    }
  };
  const date::time_zone& utc = *date::locate_zone("UTC");
  auto zone_of = [&](const SimJob& job) { return job.zone ? job.zone : options.zone; };
  auto next_after = [&](std::size_t j, date::sys_seconds after) -> std::optional<Pending> {
    // An exception (fugit's loop limit) ends the schedule: GitLab has no next run to record.
    const FugitNext next =
        fugit_next_time(*jobs[j].schedule.fugit_cron, *zone_of(jobs[j]), after, utc);
    if (!next.ok) return std::nullopt;
    return Pending{next.instant, j};
  };
  std::priority_queue<Pending, std::vector<Pending>, std::greater<>> queue;
  for (std::size_t j = 0; j < jobs.size(); ++j) {
    if (!jobs[j].schedule.fugit_cron) continue;
    // next_time is strictly after its argument: a run at `from` itself counts.
    if (auto next = next_after(j, options.from - std::chrono::seconds{1})) queue.push(*next);
  }
  const std::size_t limit = options.count.value_or(std::numeric_limits<std::size_t>::max());
  std::size_t produced = 0;
  while (!queue.empty() && produced < limit) {
    const Pending pending = queue.top();
    queue.pop();
    if (pending.instant >= end) break;
    const date::local_seconds wall = zone_of(jobs[pending.job])->to_local(pending.instant);
    const auto minute = date::floor<std::chrono::minutes>(wall);
    Firing firing{pending.instant, pending.job, false, minute};
    firing.matched_second = static_cast<std::uint8_t>((wall - minute).count());
    out.push_back(firing);
    ++produced;
    if (sink && out.size() >= 8192) {
      (*sink)(out);
      out.clear();
    }
    if (auto next = next_after(pending.job, pending.instant)) queue.push(*next);
  }
  if (sink && !out.empty()) {
    (*sink)(out);
    out.clear();
  }
}

}  // namespace cronkit
