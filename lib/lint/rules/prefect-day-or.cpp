// prefect-day-or: a Prefect cron with both day fields restricted, which `day_or: true` (the
// default) reads as "either day".

#include <fmt/format.h>

#include "lint/embedded_file.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a Prefect schedule, read with `day_or: true` (Prefect's default), whose day-of-month and
day-of-week fields are both restricted: `0 9 1-7 * 1`, `0 0 13 * 5`.

## Why is this bad?
Prefect passes `day_or` to croniter. With `day_or: true` a day matching **either** field runs
the flow: `0 9 1-7 * 1` runs on the 1st to the 7th of every month and on every Monday, not on
the first Monday. `day_or: false` makes both fields apply (AND): the first Monday of the month.
When either field is `*`, the other alone picks the days and `day_or` changes nothing.

## Example
<!-- cronlint: --kind=prefect-deployment -->
    deployments:
      - name: board-report
        schedule:
          cron: "0 9 1-7 * 1"

## Use instead
<!-- cronlint: --kind=prefect-deployment -->
    deployments:
      - name: board-report
        schedule:
          cron: "0 9 1-7 * 1"
          day_or: false

## Notes
`dom-dow-or` reports the same reading in crontabs; a Prefect schedule is judged by croniter's
reader and this rule, in Prefect's terms. A `day_or: true` written on purpose still gets the
warning: disable it on that line.)doc";

void check(lint::FoundContext& ctx) {
  if (ctx.found.kind != embedded::FileKind::prefect_deployment || !ctx.parsed.ok() ||
      ctx.parsed.special)
    return;
  const Schedule& schedule = ctx.parsed.schedule;
  // day_or: false (the prefect-day-or-false dialect) ANDs the fields: nothing to warn about.
  if (schedule.both_day_fields_must_match || schedule.day_of_month_star ||
      schedule.day_of_week_star)
    return;
  const Field& dom = ctx.parsed.fields[2];
  const Field& dow = ctx.parsed.fields[4];
  ctx.report(dom.span.begin, dow.span.end,
             fmt::format("day-of-month '{}' and day-of-week '{}' are both restricted, and "
                         "Prefect's day_or (true unless the schedule says `day_or: false`) runs "
                         "the flow on days matching either field; `day_or: false` requires both",
                         dom.text, dow.text));
}

}  // namespace

extern const lint::Rule prefect_day_or{
    {.id = "prefect-day-or",
     .severity = Severity::warning,
     .category = lint::Category::schedule,
     .summary = "a Prefect cron with both day fields restricted, which day_or: true ORs",
     .doc = doc},
    nullptr,
    nullptr,
    check};

}  // namespace cronkit::rules
