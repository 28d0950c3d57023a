// tz-not-schedule: a TZ= line changes the job's environment, not when cron runs it.

#include <fmt/format.h>

#include <algorithm>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds `TZ=` environment lines in a crontab that has no `CRON_TZ=` line, and (under the debian
dialect) every `CRON_TZ=` line. A `TZ=` that names the daemon's zone (`--tz`), or UTC when no
`--tz` is given (the zone of servers and containers that set none), agrees with the schedule and
is not reported.

## Why is this bad?
In Debian's cron and in cronie a `TZ=` line only sets the variable for the jobs; the schedule is
still evaluated in the zone of the cron daemon. Debian's crontab(5) says so and has no `CRON_TZ`
at all: there `CRON_TZ=` is just exported to the job. cronie honours `CRON_TZ=` for the entries
below it.

## Example
    TZ=Europe/Berlin
    0 8 * * * /opt/llm/morning-brief.sh

## Use instead
<!-- cronlint: --dialect=cronie -->
    CRON_TZ=Europe/Berlin
    0 8 * * * /opt/llm/morning-brief.sh

(cronie only), or convert the time to the server's zone.)doc";

bool is_utc(std::string_view zone) {
  for (std::string_view utc : {"UTC", "Etc/UTC", "UTC0", "GMT", "Etc/GMT", "Universal", "Zulu"}) {
    if (zone == utc) return true;
  }
  return false;
}

// Whether the schedule means what TZ= says anyway: TZ names the daemon's zone (--tz), or TZ is
// UTC and no --tz says otherwise (servers and containers without a configured zone run in UTC).
bool same_as_daemon_zone(std::string_view daemon_zone, std::string_view tz) {
  if (!daemon_zone.empty()) return daemon_zone == tz || (is_utc(daemon_zone) && is_utc(tz));
  return is_utc(tz);
}

void check(lint::RuleContext& ctx) {
  bool has_cron_tz = std::any_of(ctx.crontab.environment.begin(), ctx.crontab.environment.end(),
                                 [](const EnvAssignment& a) { return a.name == "CRON_TZ"; });
  for (const lint::EnvLineView& view : lint::env_lines(ctx)) {
    if (!view.assignment) continue;
    const std::string& name = view.assignment->name;
    Span span = ctx.span_at(*view.line, view.line_begin + view.candidate.name_begin,
                            view.line_begin + view.candidate.value_end);
    if (name == "TZ") {
      if (ctx.dialect.honours_cron_tz && has_cron_tz) continue;
      if (same_as_daemon_zone(ctx.options.zone, view.assignment->value)) continue;
      ctx.report(span, fmt::format("TZ={} only sets the jobs' environment: cron still runs them "
                                   "by the daemon's zone{}",
                                   lint::excerpt(view.assignment->value),
                                   ctx.dialect.honours_cron_tz
                                       ? "; use CRON_TZ= for the schedule"
                                       : "; Debian's cron has no per-crontab zone, so convert "
                                         "the times to the server's zone"));
    } else if (name == "CRON_TZ" && !ctx.dialect.honours_cron_tz) {
      ctx.report(span, fmt::format("Debian's cron does not support CRON_TZ: it only exports "
                                   "CRON_TZ={} to the jobs and runs them by the daemon's zone",
                                   lint::excerpt(view.assignment->value)));
    }
  }
}

}  // namespace

extern const lint::Rule tz_not_schedule{
    {.id = "tz-not-schedule",
     .severity = Severity::warning,
     .category = lint::Category::dst,
     .summary = "TZ= (or CRON_TZ= on Debian) does not change when cron runs the jobs",
     .doc = doc},
    check};

}  // namespace cronkit::rules
