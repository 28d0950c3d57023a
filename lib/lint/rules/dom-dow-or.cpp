// dom-dow-or: with both day fields restricted, cron runs on days matching either of them.

#include <fmt/format.h>

#include <algorithm>
#include <bitset>

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
    0 9 1-7 * * [ "$(date +\%u)" -eq 1 ] && /opt/llm/monthly-board-report.sh

## Notes
What counts as restricted is the dialect's. busybox crond looks at the values: a day-of-month
other than a plain `*` is restricted (`1-31` and `*/2` too), and a day-of-week that covers every
day (`0-6`, `mon-sun`) is not. supercronic counts a field as unrestricted only when one of its
items is `*` or `?`, so `*/2` is restricted. systemd-cron turns both fields into one calendar
date that must match both: the rule is silent there.)doc";

// busybox crond: a day field is unrestricted when its value table is full. Its `*` (with no step
// or step 1) also sets the day-of-month slot 0 that no date has, which is the only way to fill
// that table: `1-31` is restricted. Day-of-week wraps reversed ranges and, for a value above 6,
// sets every day.
bool fills_busybox_table(const Field& field) {
  if (field.kind == FieldKind::day_of_month) {
    return std::any_of(field.items.begin(), field.items.end(), [](const FieldItem& item) {
      return item.kind == FieldItem::Kind::star && item.step.value_or(1) == 1;
    });
  }
  std::bitset<7> days;
  for (const FieldItem& item : field.items) {
    const int step = std::max(1, item.step.value_or(1));
    if (item.first > 6 || item.last > 6) {
      days.set();  // busybox's fill loop never meets the end and sets the whole table
      continue;
    }
    for (int value = item.first, n = 0;; value = (value + 1) % 7, ++n) {
      if (n % step == 0) days.set(static_cast<std::size_t>(value));
      if (value == item.last || n > 7) break;
    }
  }
  return days.all();
}

// gorhill/cronexpr (supercronic): a field one of whose items is `*` or `?` is unrestricted.
bool has_star_or_question_mark_item(const Field& field) {
  return std::any_of(field.items.begin(), field.items.end(),
                     [](const FieldItem& item) { return item.text == "*" || item.text == "?"; }) ||
         field.text == "?";
}

// Whether the daemon reads the day field as a restriction (Dialect::day_rule_basis).
bool restricts_days(const Field& field, DayRuleBasis basis) {
  switch (basis) {
    case DayRuleBasis::star_in_text:
      return !field.starts_with_star();
    case DayRuleBasis::full_value_table:
      return !fills_busybox_table(field);
    case DayRuleBasis::star_or_question_mark:
      return !has_star_or_question_mark_item(field);
    case DayRuleBasis::croniter_expanded_star:
      // croniter also reads a full set as `*` when the other field has one; with both fields
      // restricted that never happens, so a `*` or `?` item is what matters here.
      return !has_star_or_question_mark_item(field);
    case DayRuleBasis::always_both:
    case DayRuleBasis::one_is_question_mark:
    case DayRuleBasis::fugit_nil_field:  // GitLab's expressions are judged by their parser alone
      return false;                      // one field alone, or both, decide: no OR to warn about
  }
  return false;
}

void check(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.special || !ctx.schedule_is_trusted(entry)) return;
  const Field& dom = entry.fields[2];
  const Field& dow = entry.fields[4];
  const DayRuleBasis basis = ctx.dialect.day_rule_basis;
  if (!restricts_days(dom, basis) || !restricts_days(dow, basis)) return;
  // Where the daemon's idea of "restricted" is not the text's first `*`, say why this field is.
  std::string why;
  if (basis == DayRuleBasis::full_value_table &&
      (dom.starts_with_star() || dow.starts_with_star())) {
    why = fmt::format(" ({} goes by the values, not the text: '{}' does not cover every day)",
                      ctx.dialect.daemon, dom.starts_with_star() ? dom.text : dow.text);
  } else if (basis == DayRuleBasis::star_or_question_mark &&
             (dom.starts_with_star() || dow.starts_with_star())) {
    why = fmt::format(" ({} counts a field as unrestricted only when it is '*' or '?')",
                      ctx.dialect.daemon);
  }
  ctx.report(lint::join_spans(dom.span, dow.span),
             fmt::format("day-of-month '{}' and day-of-week '{}' are both restricted{}: {} runs "
                         "the job on days matching either field, not both",
                         dom.text, dow.text, why, ctx.dialect.daemon));
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
