#pragma once
// EventBridge's clock (ClockModel::eventbridge_wall_clock), as AWS documents it: a cron() schedule
// runs at the wall-clock times its fields name in the schedule's zone (UTC for rules, which have
// no zone), a time a forward change skips is skipped and a repeated time runs once, at its first
// occurrence; rate() runs every interval from the schedule's start; at() runs once. Private to
// lib/sim: simulate() calls it.

#include <span>
#include <vector>

#include "sim/simulate.hpp"

namespace cronkit {

// The firings of each job from options.from (inclusive, taken as the schedules' start) to
// `end`, merged by time.
void simulate_eventbridge(std::span<const SimJob> jobs, const SimOptions& options,
                          date::sys_seconds end, std::vector<Firing>& out, const FiringSink* sink);

}  // namespace cronkit
