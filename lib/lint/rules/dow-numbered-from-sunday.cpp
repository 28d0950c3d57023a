// dow-numbered-from-sunday: `1-5` in a scheduler that numbers days from 1 = Sunday (Quartz,
// EventBridge), where it is Sunday to Thursday, not Monday to Friday.

#include <fmt/format.h>

#include <array>
#include <string>

#include "lint/expression.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds the day-of-week range `1-5` or `1-6` in the expression of a system that numbers days from
1 = Sunday to 7 = Saturday: Quartz and Amazon EventBridge (rules and Scheduler). Day names
(`MON-FRI`) and other numbers are left alone.

## Why is this bad?
In crontab(5), and in Kubernetes, GitHub Actions and every croniter-based scheduler, 0 (or 7) is
Sunday and `1-5` is Monday to Friday. Quartz and EventBridge shift every number by one: there
`1-5` is Sunday to Thursday, so a job moved from a crontab silently runs on Sunday and not on
Friday. `1-6` (Monday to Saturday in a crontab) becomes Sunday to Friday. Both systems accept
the expression without a word.

## Example
<!-- cronlint: --dialect=eventbridge --expr -->
    cron(0 9 ? * 1-5 *)

## Use instead
<!-- cronlint: --dialect=eventbridge --expr -->
    cron(0 9 ? * MON-FRI *)

## Notes
`2-6`, the same days written in this numbering, is not reported; nor is `1-7`, every day in both
numberings. A range that really means Sunday to Thursday is better written with names
(`SUN-THU`), which reads the same in every system.)doc";

constexpr std::array<std::string_view, 8> day_names = {
    "", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
constexpr std::array<std::string_view, 8> day_abbreviations = {"",    "SUN", "MON", "TUE",
                                                               "WED", "THU", "FRI", "SAT"};

void check_expression(lint::ExpressionContext& ctx) {
  if (ctx.dialect.day_of_week_numbering != DayOfWeekNumbering::sunday_1) return;
  const ParsedSchedule& parsed = ctx.parsed;
  if (parsed.special || parsed.schedule.is_rate_or_one_time()) return;
  const Field& day_of_week = parsed.fields[4];
  // The field's comma-separated pieces as written (the text, not the values: a name range says
  // what it means in every numbering).
  std::size_t at = 0;
  const std::string_view text = day_of_week.text();
  while (at <= text.size()) {
    std::size_t comma = text.find(',', at);
    if (comma == std::string_view::npos) comma = text.size();
    const std::string_view piece = text.substr(at, comma - at);
    if (piece == "1-5" || piece == "1-6") {
      const int last = piece.back() - '0';
      // What the writer meant, read with 1 = Monday: Monday to Friday (or Saturday).
      const int meant_last = last + 1;
      ctx.report(day_of_week.span().begin + at, day_of_week.span().begin + comma,
                 fmt::format("{} numbers days from 1 = Sunday: {} is Sunday to {}; for Monday to "
                             "{} write 2-{} or MON-{}",
                             ctx.dialect.daemon, piece, day_names[static_cast<std::size_t>(last)],
                             day_names[static_cast<std::size_t>(meant_last)], meant_last,
                             day_abbreviations[static_cast<std::size_t>(meant_last)]));
    }
    at = comma + 1;
  }
}

}  // namespace

extern const lint::Rule dow_numbered_from_sunday{
    {.id = "dow-numbered-from-sunday",
     .severity = Severity::warning,
     .category = lint::Category::schedule,
     .summary = "day-of-week `1-5` where 1 is Sunday (Quartz, EventBridge): Sunday to Thursday",
     .doc = doc},
    nullptr,
    nullptr,
    nullptr,
    check_expression};

}  // namespace cronkit::rules
