#include "sim/scheduler_clocks.hpp"
#include "sim/run_after_run.hpp"

#include <limits>
#include <queue>

namespace cronkit {
namespace {

using std::chrono::seconds;

// Nothing is looked for from this instant on (the simulator's own horizon).
const date::sys_seconds horizon = date::sys_days(date::year(10000) / 1 / 1);

LocalSecond wall_of(const date::time_zone& zone, date::sys_seconds t) {
  return LocalSecond{t.time_since_epoch() + zone.get_info(t).offset};
}

// The offset .NET gives a local DateTime (TimeZoneInfo.GetUtcOffset): the one in force, and for
// a time that does not exist or exists twice, the zone's standard one.
seconds dotnet_offset(const date::time_zone& zone, LocalSecond wall) {
  const date::local_info info = zone.get_info(date::local_seconds{wall.time_since_epoch()});
  if (info.result == date::local_info::unique) return info.first.offset;
  if (info.first.save == std::chrono::minutes{0}) return info.first.offset;
  if (info.second.save == std::chrono::minutes{0}) return info.second.offset;
  return info.result == date::local_info::nonexistent ? info.first.offset : info.second.offset;
}

bool is_ambiguous(const date::time_zone& zone, LocalSecond wall) {
  return zone.get_info(date::local_seconds{wall.time_since_epoch()}).result ==
         date::local_info::ambiguous;
}

// TimeZoneInfo.SupportsDaylightSavingTime, near `t`: the zone keeps daylight time in some part
// of the year around it.
bool supports_dst(const date::time_zone& zone, date::sys_seconds t) {
  for (int months = -12; months <= 12; months += 3) {
    const auto at = t + std::chrono::days{30 * months};
    if (zone.get_info(at).save != std::chrono::minutes{0}) return true;
  }
  return false;
}

template <std::size_t N>
bool has_run(const std::bitset<N>& values) {
  for (std::size_t i = 0; i + 1 < N; ++i) {
    if (values[i] && values[i + 1]) return true;
  }
  return false;
}

}  // namespace

std::optional<date::sys_seconds> spring_next(const Schedule& schedule, const date::time_zone& zone,
                                             date::sys_seconds after) {
  if (schedule.at_reboot || schedule.never_fires()) return std::nullopt;
  // Within one offset period wall time and real time run together, so the first match there
  // is the first wall match after the period's start; past the period's end, go on from it.
  date::sys_seconds t = after + seconds{1};
  while (t < horizon) {
    const date::sys_info info = zone.get_info(t);
    const LocalSecond wall{t.time_since_epoch() + info.offset};
    const std::optional<LocalSecond> match = schedule.next_match_second(wall - seconds{1});
    if (!match) return std::nullopt;
    const date::sys_seconds candidate{match->time_since_epoch() - info.offset};
    if (candidate < info.end) return candidate;
    t = info.end;
  }
  return std::nullopt;
}

bool functions_is_interval(const Schedule& schedule) {
  // NCrontab's ToString() prints a full field as `*` and a run of two or more values as `a-b`;
  // IsInterval looks for `*`, `-` or `/` in the seconds, minutes and hours so printed. A five-
  // field schedule's seconds are {0}, which never counts.
  return has_run(schedule.extras().seconds) || has_run(schedule.minutes) || has_run(schedule.hours);
}

std::optional<date::sys_seconds> functions_next(const Schedule& schedule,
                                                const date::time_zone& zone,
                                                date::sys_seconds now) {
  if (schedule.at_reboot || schedule.never_fires()) return std::nullopt;
  const seconds now_offset = zone.get_info(now).offset;
  const LocalSecond now_wall{now.time_since_epoch() + now_offset};
  const std::optional<LocalSecond> next_wall = schedule.next_match_second(now_wall);
  if (!next_wall) return std::nullopt;
  // new DateTimeOffset(nextDateTime).ToLocalTime().
  const date::sys_seconds next{next_wall->time_since_epoch() - dotnet_offset(zone, *next_wall)};
  if (!supports_dst(zone, next)) return next;
  const seconds next_offset = zone.get_info(next).offset;
  const bool now_ambiguous = is_ambiguous(zone, now_wall);
  const bool next_ambiguous = is_ambiguous(zone, wall_of(zone, next));
  const bool interval = functions_is_interval(schedule);
  if (!interval && next_ambiguous && next_offset != now_offset) {
    // Scenario 1: a point-in-time run in the repeated hour goes back to the daylight copy.
    return next + (next_offset - now_offset);
  }
  if (!interval && next_ambiguous && next_offset == now_offset) {
    // Scenario 2: already in the second copy: its runs are taken to have happened.
    LocalSecond wall = wall_of(zone, next);
    while (is_ambiguous(zone, wall)) {
      const std::optional<LocalSecond> later = schedule.next_match_second(wall);
      if (!later) return std::nullopt;
      wall = *later;
    }
    return date::sys_seconds{wall.time_since_epoch() - dotnet_offset(zone, wall)};
  }
  if (interval && (now_ambiguous || next_ambiguous) && next_offset != now_offset) {
    // Scenario 3: an interval schedule keeps running through both copies.
    return next + (next_offset - now_offset);
  }
  return next;
}

void simulate_next_after(std::span<const SimJob> jobs, const SimOptions& options,
                         date::sys_seconds end, std::vector<Firing>& out, const FiringSink* sink,
                         std::optional<date::sys_seconds> (*next)(const Schedule&,
                                                                  const date::time_zone&,
                                                                  date::sys_seconds)) {
  // A scheduler started at `from` looks for the first run after the second before it.
  simulate_run_after_run(
      jobs.size(), options, end, out, sink,
      [&](std::size_t j, date::sys_seconds after) -> std::optional<NextRun> {
        const date::time_zone& zone = jobs[j].zone ? *jobs[j].zone : *options.zone;
        const std::optional<date::sys_seconds> later = next(jobs[j].schedule, zone, after);
        // A run never comes before the one it follows (Azure's adjustments could otherwise loop).
        if (!later || *later <= after) return std::nullopt;
        return run_at(*later, zone);
      });
}

}  // namespace cronkit
