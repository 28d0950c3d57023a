// never-fires: a schedule that matches no minute of any year (`0 0 31 4 *`).

#include <fmt/format.h>

#include "lint/expression.hpp"
#include "lint/fields.hpp"
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
    0 0 30 4 * /opt/billing/quarter-close.sh

## Notes
A scheduler's expression (`cronlint --dialect quartz --expr '0 0 0 31 4 ?'`, a CronJob's
schedule) is judged the same way, in that system's reading of the fields: Quartz, Spring and
EventBridge accept such an expression, and the job never runs. Dagster and GitLab refuse some of
them themselves (their error is reported instead).)doc";

void check(lint::RuleContext& ctx, const Entry& entry) {
  if (!ctx.schedule_is_trusted(entry) || entry.schedule.at_reboot) return;
  std::string why = entry.schedule.why_never_fires();
  if (why.empty()) return;
  const Span span = entry.special
                        ? entry.special_span()
                        : lint::join_spans(entry.fields[0].span(), entry.fields[4].span());
  ctx.report(span, fmt::format("the schedule never fires: {}", why));
}

// A scheduler's expression, read by its dialect.
void check_expression(lint::ExpressionContext& ctx) {
  const std::string why = ctx.parsed.schedule.why_never_fires();
  if (why.empty()) return;
  ctx.report(0, ctx.parsed.text().size(),
             fmt::format("the schedule never fires: {}; {} accepts it and never runs the job", why,
                         ctx.dialect.daemon));
}

}  // namespace

extern const lint::Rule never_fires{{.id = "never-fires",
                                     .severity = Severity::error,
                                     .category = lint::Category::schedule,
                                     .summary = "a schedule that matches no date (`31 4`: April "
                                                "has 30 days)",
                                     .doc = doc},
                                    nullptr,
                                    check,
                                    nullptr,
                                    check_expression};

}  // namespace cronkit::rules
