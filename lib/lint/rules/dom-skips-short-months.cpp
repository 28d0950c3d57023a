// dom-skips-short-months: `31` in the day-of-month field skips the months without a 31st.

#include <fmt/format.h>

#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds entries whose day-of-week field is `*` and whose day-of-month field selects only days 29,
30 or 31, when at least one of the selected months has none of those days (February counts as 28
days, so `29 2` runs in leap years only).

## Why is this bad?
`0 0 31 * *` is often meant as "on the last day of the month", but runs in the seven months with
a 31st only; `0 0 29 2 *` runs every four years. (A schedule that can never run at all is
`never-fires`.)

## Example
    0 23 31 * * /opt/billing/month-end.sh

## Use instead
    0 23 28-31 * * [ "$(date -d tomorrow +\%d)" = 01 ] && /opt/billing/month-end.sh)doc";

constexpr int days_in_month[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
constexpr std::string_view month_names[13] = {"",    "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

void check(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.special || !ctx.schedule_is_trusted(entry)) return;
  const Schedule& schedule = entry.schedule;
  if (!entry.fields[4].starts_with_star() || entry.fields[2].starts_with_star()) return;
  int first_day = 0;
  for (int d = 1; d <= 31; ++d) {
    if (schedule.days_of_month[d]) {
      first_day = d;
      break;
    }
  }
  if (first_day < 29) return;
  std::vector<std::string_view> skipped;
  bool runs_in_some_month = false;
  bool february_leap_only = false;  // February selected, and only its 29th
  for (int m = 1; m <= 12; ++m) {
    if (!schedule.months[m]) continue;
    if (first_day <= days_in_month[m]) {
      runs_in_some_month = true;
      continue;
    }
    skipped.push_back(month_names[m]);
    if (m == 2 && schedule.days_of_month[29]) february_leap_only = true;
  }
  if (skipped.empty()) return;
  // Not a single month, not even a leap February: never-fires reports that.
  if (!runs_in_some_month && !february_leap_only) return;
  std::string message;
  if (!runs_in_some_month) {
    message = fmt::format(
        "day-of-month '{}' in February exists only in leap years: the job runs "
        "once every four years",
        entry.fields[2].text());
  } else {
    message = fmt::format(
        "day-of-month '{}' does not exist in {}{}: the job does not run in "
        "those months",
        entry.fields[2].text(), fmt::join(skipped, ", "),
        february_leap_only ? " (February: except in leap years)" : "");
  }
  ctx.report(entry.fields[2].span(), std::move(message));
}

}  // namespace

extern const lint::Rule dom_skips_short_months{
    {.id = "dom-skips-short-months",
     .severity = Severity::info,
     .category = lint::Category::schedule,
     .summary =
         "day 29-31 only: the months without that day are skipped (`31` runs 7 times a year)",
     .doc = doc},
    nullptr,
    check};

}  // namespace cronkit::rules
