// minute-wildcard-fixed-hour: `* 3 * * *` runs 60 times between 03:00 and 03:59.

#include <fmt/format.h>

#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds entries whose minute field is `*` (or `*/1`) while the hour field is restricted.

## Why is this bad?
`* 3 * * *` runs every minute from 03:00 to 03:59, sixty times, not once at 3 am. For a report
that calls a paid LLM API that is sixty runs and sixty e-mails.

## Example
    * 3 * * * /opt/llm/nightly-summary.sh

## Use instead
    0 3 * * * /opt/llm/nightly-summary.sh)doc";

void check(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.special || !ctx.schedule_is_trusted(entry)) return;
  const Field& minute = entry.fields[0];
  const Field& hour = entry.fields[1];
  if (minute.text != "*" && minute.text != "*/1") return;
  std::size_t hours = entry.schedule.hours.count();
  if (hours == 0 || hours == 24) return;
  ctx.report(
      lint::join_spans(minute.span, hour.span),
      fmt::format("minute '{}' with hour '{}': the job runs every minute of {} ({} times "
                  "a day), not once at the start of the hour",
                  minute.text, hour.text, hours == 1 ? "that hour" : "those hours", 60 * hours),
      lint::Fix{minute.span, "0"});
}

}  // namespace

extern const lint::Rule minute_wildcard_fixed_hour{
    {.id = "minute-wildcard-fixed-hour",
     .severity = Severity::warning,
     .category = lint::Category::schedule,
     .summary = "minute `*` with a fixed hour runs 60 times in that hour",
     .doc = doc},
    nullptr,
    check};

}  // namespace cronkit::rules
