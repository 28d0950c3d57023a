// dom-dow-or: with both day fields restricted, cron runs on days matching either of them.

#include <fmt/format.h>

#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds entries whose day-of-month and day-of-week fields are both restricted, i.e. neither field
starts with `*` (cron looks at the first character only, so `*/2` counts as `*`).

## Why is this bad?
cron then runs the job on the days that match **either** field. `0 9 1-7 * mon` is not "the first
Monday of the month" but "days 1 to 7, and every Monday". When one field starts with `*`, both
must match: `0 9 */2 * mon` runs on Mondays that fall on an odd date.

## Example
    0 9 1-7 * mon /opt/llm/monthly-board-report.sh

## Use instead
    0 9 1-7 * * [ "$(date +\%u)" -eq 1 ] && /opt/llm/monthly-board-report.sh)doc";

void check(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.special || !ctx.schedule_is_trusted(entry)) return;
  const Field& dom = entry.fields[2];
  const Field& dow = entry.fields[4];
  if (dom.starts_with_star() || dow.starts_with_star()) return;
  ctx.report(lint::join_spans(dom.span, dow.span),
             fmt::format("day-of-month '{}' and day-of-week '{}' are both restricted: cron runs "
                         "the job on days matching either field, not both",
                         dom.text, dow.text));
}

}  // namespace

extern const lint::Rule dom_dow_or{
    {.id = "dom-dow-or",
     .severity = Severity::warning,
     .category = lint::Category::schedule,
     .summary = "day-of-month and day-of-week both restricted: cron ORs them",
     .doc = doc},
    nullptr,
    check};

}  // namespace cronkit::rules
