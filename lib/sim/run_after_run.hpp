#pragma once
// The loop of every scheduler whose next run is computed from its last one (Quartz, robfig/cron,
// fugit, croniter's callers, Spring, Azure Functions, supercronic): each job's first run is its
// next run after the second before the range starts (a run at the start itself counts), every
// later one its next run after the run before it, and the runs of all jobs come out in time
// order, a tie in job order. Private to lib/sim: each clock supplies only its "next run".

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include <date/tz.h>

#include "sim/simulate.hpp"

namespace cronkit {

// One run: when, and the wall time it stands for in the job's zone.
struct NextRun {
  date::sys_seconds instant;
  LocalSecond wall;
};

// The run `instant` in `zone`, its wall time read from the zone's offset then.
NextRun run_at(date::sys_seconds instant, const date::time_zone& zone);

// The next run of job `job` strictly after `after` (the job's last run, or the second before
// the range); nothing when the scheduler finds none, which ends that job.
using NextRunOf = std::function<std::optional<NextRun>(std::size_t job, date::sys_seconds after)>;

// The runs of `job_count` jobs from `options.from` to `end` (exclusive), at most `options.count`,
// appended to `out` (handed to `sink` in blocks when there is one).
void simulate_run_after_run(std::size_t job_count, const SimOptions& options, date::sys_seconds end,
                            std::vector<Firing>& out, const FiringSink* sink,
                            const NextRunOf& next);

}  // namespace cronkit
