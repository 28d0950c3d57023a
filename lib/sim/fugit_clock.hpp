#pragma once
// GitLab's clock (ClockModel::fugit_next_time): a pipeline schedule's next run is fugit's
// Fugit::Cron#next_time of the previous one, handed over as a UTC time (GitLab's Time.zone.now
// on a default install), computed in the schedule's zone. Private to lib/sim: simulate() calls it.

#include <span>
#include <vector>

#include "sim/simulate.hpp"

namespace cronkit {

// The firings of each job's schedule from options.from (inclusive) to `end`, merged by time.
void simulate_fugit_schedules(std::span<const SimJob> jobs, const SimOptions& options,
                              date::sys_seconds end, std::vector<Firing>& out,
                              const FiringSink* sink);

}  // namespace cronkit
