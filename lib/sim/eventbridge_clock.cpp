#include "sim/eventbridge_clock.hpp"

#include <functional>
#include <limits>
#include <queue>

#include "parse/eventbridge_expression.hpp"
#include "schedule/quartz_cron.hpp"

namespace cronkit {
namespace {

using std::chrono::seconds;

// The instant a wall-clock time of `zone` stands for under EventBridge Scheduler's rules:
// nothing in a forward gap ("your schedule invocation gets skipped"), the first of two in a
// repeated hour ("runs only once and doesn't repeat its invocation").
std::optional<date::sys_seconds> instant_of(const date::time_zone& zone, date::local_seconds wall) {
  const date::local_info info = zone.get_info(wall);
  switch (info.result) {
    case date::local_info::unique:
    case date::local_info::ambiguous:
      return date::sys_seconds{wall.time_since_epoch() - info.first.offset};
    case date::local_info::nonexistent:
      break;
  }
  return std::nullopt;
}

// One job's firings, one at a time.
class Timer {
 public:
  Timer(const Schedule& schedule, const date::time_zone& zone, date::sys_seconds from)
      : schedule_(schedule), zone_(zone), from_(from) {
    // The wall-clock times are walked in order from the one just before `from`, so a repeated
    // wall time is met once.
    wall_ = zone.to_local(from - seconds{1});
  }

  std::optional<date::sys_seconds> next() {
    if (schedule_.extras().rate.count() > 0) {
      const date::sys_seconds at = from_ + schedule_.extras().rate * rate_steps_++;
      return at;
    }
    if (schedule_.extras().one_time) {
      if (done_) return std::nullopt;
      done_ = true;
      const auto at =
          instant_of(zone_, date::local_seconds{schedule_.extras().one_time->time_since_epoch()});
      if (!at || *at < from_) return std::nullopt;
      return at;
    }
    const date::time_zone& utc = *date::locate_zone("UTC");
    while (true) {
      // The cron fields name wall-clock times: Quartz's walk over a calendar without offset
      // changes (UTC) finds the next one.
      const QuartzNext next =
          quartz_time_after(*schedule_.extras().quartz_cron, utc,
                            date::sys_seconds{wall_.time_since_epoch()}, last_eventbridge_year);
      if (next.kind != QuartzNext::Kind::time) return std::nullopt;
      wall_ = date::local_seconds{next.instant.time_since_epoch()};
      const auto at = instant_of(zone_, wall_);
      if (at && *at >= from_) return at;
    }
  }

 private:
  const Schedule& schedule_;
  const date::time_zone& zone_;
  date::sys_seconds from_;
  date::local_seconds wall_;
  std::int64_t rate_steps_ = 0;
  bool done_ = false;
};

}  // namespace

void simulate_eventbridge(std::span<const SimJob> jobs, const SimOptions& options,
                          date::sys_seconds end, std::vector<Firing>& out, const FiringSink* sink) {
  struct Pending {
    date::sys_seconds instant;
    std::size_t job;
    bool operator>(const Pending& other) const {
      return instant > other.instant || (instant == other.instant && job > other.job);
    }
  };
  const Dialect& rules = dialect(options.dialect);
  // Rules have no zone setting: UTC whatever the daemon zone given to the simulation.
  const date::time_zone* fixed =
      rules.zone_is_fixed ? date::locate_zone(std::string(rules.default_zone)) : nullptr;
  auto zone_of = [&](const SimJob& job) -> const date::time_zone& {
    if (fixed) return *fixed;
    return job.zone ? *job.zone : *options.zone;
  };
  std::vector<Timer> timers;
  timers.reserve(jobs.size());
  std::priority_queue<Pending, std::vector<Pending>, std::greater<>> queue;
  for (std::size_t j = 0; j < jobs.size(); ++j) {
    timers.emplace_back(jobs[j].schedule, zone_of(jobs[j]), options.from);
    const Schedule& schedule = jobs[j].schedule;
    if (!schedule.extras().quartz_cron && !schedule.is_rate_or_one_time()) continue;
    if (auto next = timers[j].next()) queue.push({*next, j});
  }
  const std::size_t limit = options.count.value_or(std::numeric_limits<std::size_t>::max());
  std::size_t produced = 0;
  while (!queue.empty() && produced < limit) {
    const Pending pending = queue.top();
    queue.pop();
    if (pending.instant >= end) break;
    const date::local_seconds wall = zone_of(jobs[pending.job]).to_local(pending.instant);
    const auto minute = date::floor<std::chrono::minutes>(wall);
    Firing firing{pending.instant, pending.job, false, minute};
    firing.matched_second = static_cast<std::uint8_t>((wall - minute).count());
    out.push_back(firing);
    ++produced;
    if (sink && out.size() >= 8192) {
      (*sink)(out);
      out.clear();
    }
    if (auto next = timers[pending.job].next()) queue.push({*next, pending.job});
  }
  if (sink && !out.empty()) {
    (*sink)(out);
    out.clear();
  }
}

}  // namespace cronkit
