#pragma once
// Kubernetes' clock (ClockModel::robfig_spec_next): the CronJob controller asks robfig/cron v3's
// SpecSchedule.Next for the time after the last scheduled one. Next (spec.go) walks month, day,
// hour, minute and second from the instant one second later, moving days with AddDate, hours by
// one hour of real time, minutes by one minute, and building times with Go's time.Date; it gives
// up (returns Go's zero time) once the search passes the year five years after the start.
// Reproduced step by step, so its daylight-saving behaviour comes out as robfig's: a wall time in
// a forward gap is skipped, one in a repeated hour is found twice, and around a 30-minute change
// (Australia/Lord_Howe) some firings are lost or doubled. Private to lib/sim.

#include <optional>
#include <span>
#include <vector>

#include <date/tz.h>

#include "sim/simulate.hpp"

namespace cronkit {

// SpecSchedule.Next(after) in `zone` (the schedule's TZ= zone, else the controller's): the next
// instant, or nothing where robfig returns the zero time (five years without a match, or a
// schedule that never fires).
std::optional<date::sys_seconds> robfig_next(const Schedule& schedule, const date::time_zone& zone,
                                             date::sys_seconds after);

void simulate_robfig(std::span<const SimJob> jobs, const SimOptions& options, date::sys_seconds end,
                     std::vector<Firing>& out, const FiringSink* sink);

}  // namespace cronkit
