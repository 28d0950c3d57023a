#pragma once
// cron's firings of an entry against a target's over a year: every firing only one of them has
// becomes a difference of the export, in words, and is listed by instant.

#include <string_view>

#include <date/date.h>
#include <date/tz.h>

#include "ast/ast.hpp"
#include "export/export.hpp"

namespace cronkit::exporter {

// How the target starts the job: the schedule as the target reads it, whose clock (a dialect of
// the table: systemd_cron for systemd's calendar timers, kubernetes for robfig/cron), in which
// zone, and the target's name in the differences ("systemd").
struct TargetClock {
  const Schedule& schedule;
  DialectId clock;
  const date::time_zone& zone;
  std::string_view name;
};

// Simulates `schedule` as cron runs it (the crontab's dialect in `daemon_zone`, the entry's
// CRON_TZ zone `job_zone` when it has one) and as the target does, from `from` for 366 days, and
// adds each firing only one of them has to `out` (the first six in words, then a count).
void compare_firings(const Schedule& schedule, const Crontab& crontab,
                     const date::time_zone& daemon_zone, const date::time_zone* job_zone,
                     const TargetClock& target, date::sys_seconds from, EntryExport& out);

}  // namespace cronkit::exporter
