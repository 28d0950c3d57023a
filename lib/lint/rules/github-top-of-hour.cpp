// github-top-of-hour: a GitHub Actions schedule at minute 0, when GitHub's scheduler is busiest.

#include <fmt/format.h>

#include "lint/embedded_file.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a schedule in a GitHub Actions workflow whose only minute is 0 (`0 * * * *`,
`0 3 * * *`).

## Why is this bad?
GitHub's documentation of the `schedule` event says that scheduled runs can be delayed when
GitHub Actions is under high load, that high load times include the start of every hour, and
that some queued jobs may be dropped when the load is high enough; it advises scheduling at a
different time of the hour. A nightly job at minute 0 is the one most likely to start late or
not at all.

## Example
<!-- cronlint: --kind=github-workflow -->
    on:
      schedule:
        - cron: '0 3 * * *'

## Use instead
<!-- cronlint: --kind=github-workflow -->
    on:
      schedule:
        - cron: '17 3 * * *')doc";

void check(lint::FoundContext& ctx) {
  if (ctx.found.kind != embedded::FileKind::github_workflow || !ctx.parsed.ok()) return;
  const Schedule& schedule = ctx.parsed.schedule;
  if (schedule.at_reboot || schedule.minutes.count() != 1 || !schedule.minutes.test(0)) return;
  const Field& minute = ctx.parsed.fields[0];
  ctx.report(minute.span().begin, minute.span().end,
             fmt::format("`{}` runs at minute 0, the start of the hour, when GitHub documents "
                         "delays of scheduled runs under high load (and dropped runs when it is "
                         "high enough); another minute, such as 17, is less likely to be late",
                         ctx.found.expression.value));
}

}  // namespace

extern const lint::Rule github_top_of_hour{
    {.id = "github-top-of-hour",
     .severity = Severity::info,
     .category = lint::Category::schedule,
     .summary = "a GitHub Actions schedule at minute 0, when GitHub delays scheduled runs most",
     .doc = doc},
    nullptr,
    nullptr,
    check};

}  // namespace cronkit::rules
