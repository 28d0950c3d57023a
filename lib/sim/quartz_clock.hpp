#pragma once
// Quartz's clock (ClockModel::quartz_time_after): a CronTrigger's next fire time is
// CronExpression.getTimeAfter() of its previous one, in the trigger's zone. Private to lib/sim:
// simulate() calls it.

#include <span>
#include <vector>

#include "sim/simulate.hpp"

namespace cronkit {

// The firings of each job's trigger from options.from (inclusive) to `end`, merged by time.
void simulate_quartz_triggers(std::span<const SimJob> jobs, const SimOptions& options,
                              date::sys_seconds end, std::vector<Firing>& out,
                              const FiringSink* sink);

}  // namespace cronkit
