#pragma once
// supercronic's clock (ClockModel::go_wall_clock_next): each job runs in its own loop, and its
// next run is cronexpr's Next() of the previous scheduled time, computed on wall-clock fields
// and turned into an instant by Go's time.Date. Private to lib/sim: simulate() calls it.

#include <chrono>
#include <optional>
#include <span>
#include <vector>

#include <date/tz.h>

#include "sim/simulate.hpp"

namespace cronkit {

// Go's time.Date for a wall time in `zone` (go/src/time/time.go, Date): the offset in force at
// the wall time read as if it were UTC, unless the instant that gives lies outside that
// offset's period; then the offset in force at that instant. A wall time in a gap or a repeated
// interval therefore resolves by the sign of the zone's offset: America/New_York's 02:30 on the
// spring-forward night is 01:30 EST, Europe/Berlin's is 03:30 CEST.
date::sys_seconds go_time_date(const date::time_zone& zone, date::local_seconds wall);

// cronexpr's Next(after): the next wall time the schedule matches strictly after `after`'s wall
// clock (second resolution), resolved by go_time_date(); with that wall time. Nothing when the
// schedule does not fire again before 2100.
struct GoNext {
  date::sys_seconds instant;
  LocalSecond wall;
};
std::optional<GoNext> cronexpr_next(const Schedule& schedule, const date::time_zone& zone,
                                    date::sys_seconds after);

// The run supercronic's loop makes after the one scheduled at `previous` (or after starting at
// `previous`), for a job that takes no time: Next(previous), unless that is not after the
// clock, in which case supercronic warns "job took too long to run" and asks again from the
// current time until Next is ahead of it. Jumps over such intervals instead of walking them.
std::optional<GoNext> supercronic_next_run(const Schedule& schedule, const date::time_zone& zone,
                                           date::sys_seconds previous);

void simulate_go_wall_clock(std::span<const SimJob> jobs, const SimOptions& options,
                            date::sys_seconds end, std::vector<Firing>& out,
                            const FiringSink* sink);

}  // namespace cronkit
