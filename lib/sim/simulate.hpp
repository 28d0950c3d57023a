#pragma once
// When does cron start these jobs? The daemon's clock as Debian's cron and cronie run it
// (docs/semantics.md §12): cron counts minutes of local wall-clock time, so a daylight-saving
// change looks to it like the clock jumping, and it classifies each jump:
//   d = 1          normal: run every job that matches the minute
//   d = 2..5       woke up late: run every job for each minute it missed
//   d = 6..180     jumped forward: wildcard jobs for the new minute once, then the fixed-time
//                  jobs of every skipped minute, all right away
//   d = -179..0    jumped back (cronie: -180..0): wildcard jobs only, and the virtual clock waits
//                  until real time has caught up, so fixed-time jobs are not repeated
//   beyond         the clock was set: run what matches now, catch nothing up
// Between offset changes every wake-up is normal and model B is plain matching, so the simulator
// jumps from firing to firing with the schedule model and reproduces the wake-up loop only around
// an offset change.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

#include <date/date.h>
#include <date/tz.h>

#include "dialect/dialect.hpp"
#include "schedule/schedule.hpp"

namespace cronkit {

struct SimJob {
  Schedule schedule;
  // cronie's CRON_TZ: the zone this entry's fields are read in. nullptr: the daemon's zone.
  // Debian's cron ignores CRON_TZ, so leave it null for Debian.
  const date::time_zone* zone = nullptr;
};

struct SimOptions {
  const date::time_zone* zone = nullptr;  // the zone the daemon runs in (required)
  DialectId dialect = DialectId::debian;
  date::sys_seconds from;               // inclusive
  std::optional<date::sys_seconds> to;  // exclusive; nothing = no end (then give a count)
  std::optional<std::size_t> count;     // stop after this many firings in total
};

struct Firing {
  date::sys_seconds instant;  // when cron starts the job (the wake-up that runs it)
  std::size_t job = 0;        // index into the jobs given to simulate()
  // True when cron starts the job late, after a forward jump of its clock: a fixed-time job of a
  // skipped minute, or any job of a minute cron woke up too late for.
  bool catch_up = false;
  // The wall-clock minute the job's fields matched (in the job's CRON_TZ zone, if it has one).
  LocalMinute matched;
  // The second within `matched` (supercronic's seconds field; 0 for every other cron).
  std::uint8_t matched_second = 0;
};

// Firings of several jobs, in the order cron starts them: by time; at the same time, in the
// order the daemon queues them (after a forward jump: wildcard jobs for the new minute, then the
// fixed-time jobs minute by minute through the skipped interval; otherwise input order).
// Without `to` and `count` the range ends 7 days after `from`. Nothing is simulated after
// 9999-12-31. Jobs that are @reboot or never fire simply yield nothing.
std::vector<Firing> simulate(std::span<const SimJob> jobs, const SimOptions& options);

// The same firings, handed to `sink` in consecutive blocks as they are found: a long listing
// never has to be held in memory at once.
using FiringSink = std::function<void(std::span<const Firing>)>;
void simulate(std::span<const SimJob> jobs, const SimOptions& options, const FiringSink& sink);

// The first `count` times at or after `from` at which Debian's cron, running in `zone`, starts a
// job with this schedule (fewer if it stops firing before 9999-12-31; none if it never fires).
std::vector<date::sys_seconds> next_firings(const Schedule& schedule, const date::time_zone& zone,
                                            date::sys_seconds from, std::size_t count);

}  // namespace cronkit
