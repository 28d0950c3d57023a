// never-fires: a schedule that matches no minute of any year (`0 0 31 4 *`).

#include <fmt/format.h>

#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds schedules that can never run: when one day field starts with `*` (so both must match) and
none of the selected months has a selected day (`30 2`, `31 2`, `31 4,6,9,11`, `0 0 31 2 */2`),
or a field selects nothing. It is decided from the fields, without searching the calendar.

## Why is this bad?
cron accepts the line and the job simply never runs, silently.

## Example
    0 0 31 4 * /opt/billing/quarter-close.sh

## Use instead
    0 0 30 4 * /opt/billing/quarter-close.sh)doc";

void check(lint::RuleContext& ctx, const Entry& entry) {
  if (!ctx.schedule_is_trusted(entry) || entry.schedule.at_reboot) return;
  std::string why = entry.schedule.why_never_fires();
  if (why.empty()) return;
  Span span = entry.special ? entry.special_span : entry.fields[0].span;
  if (!entry.special) {
    span.end = entry.fields[4].span.end;
    span.end_column = entry.fields[4].span.end_column;
  }
  ctx.report(span, fmt::format("the schedule never fires: {}", why));
}

}  // namespace

extern const lint::Rule never_fires{{.id = "never-fires",
                                     .severity = Severity::error,
                                     .category = lint::Category::schedule,
                                     .summary = "a schedule that matches no date (`31 4`: April "
                                                "has 30 days)",
                                     .doc = doc},
                                    nullptr,
                                    check};

}  // namespace cronkit::rules
