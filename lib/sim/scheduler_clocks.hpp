#pragma once
// The clocks of two schedulers that compute each next run from the last one, at second
// resolution, in one zone:
//
// Spring (ClockModel::spring_cron_next): CronExpression.next() moves a ZonedDateTime field by
// field; hours, minutes and seconds are added on the instant line and a wall time is resolved
// with java.time's rules, so the next run is the first instant after the last whose wall time
// matches: a wall time in a forward gap never occurs, a repeated one occurs (and fires) twice.
//
// Azure Functions (ClockModel::ncrontab_functions): CronSchedule.GetNextOccurrence() asks NCrontab
// for the next wall time after the last run's wall time, gives it .NET's offset for local times
// (a time in a forward gap, or a repeated one, is read in standard time), then adjusts runs in a
// repeated hour (TryAdjustAmbiguousTime): a point-in-time schedule runs once, in the first copy;
// an interval schedule (`*`, `-` or `/` left in its seconds, minutes or hours as NCrontab
// prints them) runs through both copies.

#include <optional>
#include <span>
#include <vector>

#include <date/tz.h>

#include "sim/simulate.hpp"

namespace cronkit {

// The first instant strictly after `after` at which Spring runs `schedule` in `zone`.
std::optional<date::sys_seconds> spring_next(const Schedule& schedule, const date::time_zone& zone,
                                             date::sys_seconds after);

// Azure Functions' next run after the run at `now`.
std::optional<date::sys_seconds> functions_next(const Schedule& schedule,
                                                const date::time_zone& zone, date::sys_seconds now);

// Whether Azure Functions treats the schedule as an "interval" one (CronSchedule.IsInterval).
bool functions_is_interval(const Schedule& schedule);

// Runs of every job from `options.from` to `end`, each job's next run computed from its last
// with `next` (spring_next or functions_next), in time order.
void simulate_next_after(std::span<const SimJob> jobs, const SimOptions& options,
                         date::sys_seconds end, std::vector<Firing>& out, const FiringSink* sink,
                         std::optional<date::sys_seconds> (*next)(const Schedule&,
                                                                  const date::time_zone&,
                                                                  date::sys_seconds));

}  // namespace cronkit
