#include "sim/go_clock.hpp"
#include "sim/run_after_run.hpp"

#include <algorithm>
#include <limits>
#include <queue>

namespace cronkit {

namespace {

using std::chrono::seconds;

// Beyond anything cronexpr schedules (its years end in 2099).
const date::sys_seconds far_future = date::sys_days{date::year{3000} / 1 / 1};

date::sys_seconds as_sys(date::local_seconds wall) {
  return date::sys_seconds{wall.time_since_epoch()};
}
date::local_seconds as_local(date::sys_seconds t) {
  return date::local_seconds{t.time_since_epoch()};
}

date::local_seconds wall_clock(const date::time_zone& zone, date::sys_seconds t) {
  return as_local(t + zone.get_info(t).offset);
}

// The end of the wall-time interval from `wall` on in which go_time_date() keeps the offset it
// uses at `wall` (a conservative end: any lookup boundary it depends on).
date::local_seconds same_resolution_until(const date::time_zone& zone, date::local_seconds wall) {
  const date::sys_seconds unix = as_sys(wall);
  const date::sys_info first = zone.get_info(unix);
  const date::sys_seconds utc = unix - first.offset;
  std::vector<date::sys_seconds> bounds;
  // A period's end may be the end of time, which no offset may be added to.
  const auto add = [&](date::sys_seconds bound, seconds offset) {
    if (bound < far_future && bound > -far_future.time_since_epoch() + date::sys_seconds{})
      bounds.push_back(bound + offset);
  };
  add(first.end, seconds{0});
  add(first.begin, first.offset);
  add(first.end, first.offset);
  if (utc < first.begin || utc >= first.end) {
    const date::sys_info second = zone.get_info(utc);
    add(second.begin, first.offset);
    add(second.end, first.offset);
  }
  date::sys_seconds until = date::sys_seconds::max();
  for (date::sys_seconds bound : bounds) {
    if (bound > unix && bound < until) until = bound;
  }
  return as_local(until);
}

}  // namespace

date::sys_seconds go_time_date(const date::time_zone& zone, date::local_seconds wall) {
  const date::sys_seconds unix = as_sys(wall);
  const date::sys_info first = zone.get_info(unix);
  seconds offset = first.offset;
  const date::sys_seconds utc = unix - offset;
  if (utc < first.begin || utc >= first.end) offset = zone.get_info(utc).offset;
  return unix - offset;
}

std::optional<GoNext> cronexpr_next(const Schedule& schedule, const date::time_zone& zone,
                                    date::sys_seconds after) {
  const std::optional<LocalSecond> wall = schedule.next_match_second(wall_clock(zone, after));
  if (!wall) return std::nullopt;
  return GoNext{go_time_date(zone, *wall), *wall};
}

std::optional<GoNext> supercronic_next_run(const Schedule& schedule, const date::time_zone& zone,
                                           date::sys_seconds previous) {
  // cron/cron.go startFunc: nextRun = Next(nextRun); when that is not ahead of the clock, it
  // retries with nextRun = now. For a job that takes no time the clock reads `previous`, then
  // moves on, so the run is Next(now) for the first `now` from `previous` on with Next(now) >
  // now. Next(now) depends only on the wall clock at `now`, and stays the same while that is
  // below the wall time it returned: each step below skips such a stretch at once.
  date::sys_seconds now = previous;
  for (int guard = 0; guard < 100000; ++guard) {
    const date::sys_info period = zone.get_info(now);
    const date::local_seconds wall = as_local(now + period.offset);
    const std::optional<LocalSecond> match = schedule.next_match_second(wall);
    if (!match) return std::nullopt;
    const date::sys_seconds instant = go_time_date(zone, *match);
    if (instant > now) return GoNext{instant, *match};
    // Not ahead of the clock: time.Date put the match earlier than the wall clock says (a wall
    // time the clock is past or has not yet reached in this offset period).
    // The last period of a zone ends at the end of time: no wall end then.
    const date::local_seconds period_wall_end = period.end >= far_future
                                                    ? date::local_seconds::max()
                                                    : as_local(period.end + period.offset);
    if (*match >= period_wall_end) {
      // The wall clock leaves this offset period before it reaches the match.
      now = period.end;
      continue;
    }
    // Within the wall interval [match, until) time.Date resolves with one offset, `lead`
    // ahead of the clock's. A later match x there is taken only once the clock reads the match
    // before it, x' (Next is x from then on); x resolves to x - resolved_offset, which is ahead
    // of that clock reading only if x - x' > lead. When the interval is no longer than `lead`,
    // no match in it is taken: move to the last match before its end.
    const seconds resolved_offset = match->time_since_epoch() - instant.time_since_epoch();
    const seconds lead = resolved_offset - period.offset;
    const date::local_seconds until =
        std::min(same_resolution_until(zone, *match), period_wall_end);
    date::local_seconds next_wall = *match;
    if (until - *match <= lead) {
      if (const std::optional<LocalSecond> last = schedule.previous_match_second(until)) {
        next_wall = std::max(next_wall, *last);
      }
    }
    now = as_sys(next_wall) - period.offset;
  }
  return std::nullopt;
}

void simulate_go_wall_clock(std::span<const SimJob> jobs, const SimOptions& options,
                            date::sys_seconds end, std::vector<Firing>& out,
                            const FiringSink* sink) {
  // A supercronic started just before `from`: its first runs are the first matches from `from`
  // on (Next is strictly after its argument).
  simulate_run_after_run(jobs.size(), options, end, out, sink,
                         [&](std::size_t j, date::sys_seconds after) -> std::optional<NextRun> {
                           const Schedule& schedule = jobs[j].schedule;
                           if (schedule.at_reboot || schedule.never_fires()) return std::nullopt;
                           const date::time_zone& zone =
                               jobs[j].zone ? *jobs[j].zone : *options.zone;
                           if (auto next = supercronic_next_run(schedule, zone, after))
                             return NextRun{next->instant, next->wall};
                           return std::nullopt;
                         });
}

}  // namespace cronkit
