#include "sim/run_after_run.hpp"

#include <limits>
#include <queue>

namespace cronkit {

NextRun run_at(date::sys_seconds instant, const date::time_zone& zone) {
  return {instant, LocalSecond{instant.time_since_epoch() + zone.get_info(instant).offset}};
}

void simulate_run_after_run(std::size_t job_count, const SimOptions& options, date::sys_seconds end,
                            std::vector<Firing>& out, const FiringSink* sink,
                            const NextRunOf& next) {
  struct Pending {
    NextRun run;
    std::size_t job;
    bool operator>(const Pending& other) const {
      return run.instant > other.run.instant ||
             (run.instant == other.run.instant && job > other.job);
    }
  };
  std::priority_queue<Pending, std::vector<Pending>, std::greater<>> queue;
  for (std::size_t job = 0; job < job_count; ++job) {
    if (std::optional<NextRun> first = next(job, options.from - std::chrono::seconds{1}))
      queue.push(Pending{*first, job});
  }
  const std::size_t limit = options.count.value_or(std::numeric_limits<std::size_t>::max());
  std::size_t produced = 0;
  while (!queue.empty() && produced < limit) {
    const Pending pending = queue.top();
    queue.pop();
    if (pending.run.instant >= end) break;
    const auto minute = date::floor<std::chrono::minutes>(pending.run.wall);
    Firing firing{pending.run.instant, pending.job, false, minute};
    firing.matched_second = static_cast<std::uint8_t>((pending.run.wall - minute).count());
    out.push_back(firing);
    ++produced;
    if (sink && out.size() >= 8192) {
      (*sink)(out);
      out.clear();
    }
    if (std::optional<NextRun> later = next(pending.job, pending.run.instant))
      queue.push(Pending{*later, pending.job});
  }
  if (sink && !out.empty()) {
    (*sink)(out);
    out.clear();
  }
}

}  // namespace cronkit
