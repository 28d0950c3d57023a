#pragma once
// The clocks of the Python schedulers built on croniter (ClockModel::airflow_cron_mixin,
// prefect_dates_generator, dagster_cron_iterator). Each hands croniter a *wall* time without a
// zone, gets the next matching wall time back, and turns it into an instant itself; how it does
// that around a daylight-saving change is what differs (docs/dialects/airflow.md, prefect.md,
// dagster.md). croniter gives up when the next match is more than 50 years away
// (max_years_between_matches). Private to lib/sim.

#include <optional>
#include <span>
#include <vector>

#include <date/tz.h>

#include "sim/simulate.hpp"

namespace cronkit {

// The instant a wall time stands for in `zone`, as each scheduler reads it: Airflow
// (make_aware, fold=1): a nonexistent time in the offset before the change (02:30 is 03:30 after
// a one-hour jump), a repeated one at its second occurrence; Prefect (pendulum 3, fold=0): a
// nonexistent time in the offset after the change (02:30 is 01:30 before it), a repeated one at
// its first; Dagster: a nonexistent time at the end of the gap (03:00), a repeated one at its
// second occurrence.
date::sys_seconds croniter_wall_to_instant(ClockModel clock, const date::time_zone& zone,
                                           date::local_seconds wall);

void simulate_croniter(ClockModel clock, std::span<const SimJob> jobs, const SimOptions& options,
                       date::sys_seconds end, std::vector<Firing>& out, const FiringSink* sink);

}  // namespace cronkit
