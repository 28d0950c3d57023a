// dom-dow-or: with both day fields restricted, cron runs on days matching either of them.

#include <fmt/format.h>

#include <algorithm>
#include <bitset>
#include <span>

#include "lint/expression.hpp"
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
date that must match both: the rule is silent there.

The schedulers' expressions (`cronlint --dialect X --expr`, and the schedules of workflows and
manifests) get the same check with their system's rule: Kubernetes (robfig/cron) counts a field
as unrestricted only when it is `*` or `?`, and croniter (Airflow, Prefect, Dagster) only when it
expands to every value, so `0 0 */2 * 1`, which Vixie cron ANDs because the field starts with
`*`, is OR-ed there: odd days and every Monday. Quartz, Spring's `?`, EventBridge, Azure and
Prefect with `day_or: false` never OR the fields.)doc";

// busybox crond: a day field is unrestricted when its value table is full. Its `*` (with no step
// or step 1) also sets the day-of-month slot 0 that no date has, which is the only way to fill
// that table: `1-31` is restricted. Day-of-week wraps reversed ranges and, for a value above 6,
// sets every day.
bool fills_busybox_table(const Field& field) {
  const std::span<const FieldItem> items = field.items();
  if (field.kind == FieldKind::day_of_month) {
    return std::any_of(items.begin(), items.end(), [](const FieldItem& item) {
      return item.kind == FieldItem::Kind::star && item.step().value_or(1) == 1;
    });
  }
  std::bitset<7> days;
  for (const FieldItem& item : items) {
    const int step = std::max(1, item.step().value_or(1));
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
  const std::span<const FieldItem> items = field.items();
  return std::any_of(
             items.begin(), items.end(),
             [](const FieldItem& item) { return item.text() == "*" || item.text() == "?"; }) ||
         field.text() == "?";
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

// The finding's message when `cron` ORs the two day fields; empty when it does not.
std::string or_message(const Field& dom, const Field& dow, const Dialect& cron) {
  const DayRuleBasis basis = cron.day_rule_basis;
  if (!restricts_days(dom, basis) || !restricts_days(dow, basis)) return {};
  // Where the daemon's idea of "restricted" is not the text's first `*`, say why this field is,
  // and that Vixie cron, which goes by that `*`, would require both.
  std::string why;
  const bool star_text = dom.starts_with_star() || dow.starts_with_star();
  if (basis == DayRuleBasis::full_value_table && star_text) {
    why = fmt::format(" ({} goes by the values, not the text: '{}' does not cover every day)",
                      cron.daemon, dom.starts_with_star() ? dom.text() : dow.text());
  } else if (basis == DayRuleBasis::star_or_question_mark && star_text) {
    why =
        fmt::format(" ({} counts a field as unrestricted only when it is '*' or '?')", cron.daemon);
  } else if (basis == DayRuleBasis::croniter_expanded_star && star_text) {
    why = fmt::format(" ({} counts a field as unrestricted only when it covers every day)",
                      cron.daemon);
  }
  std::string vixie;
  if (star_text && !cron.reads_crontab_files) {
    vixie = fmt::format(" (Vixie cron, which goes by the leading '*' of '{}', requires both)",
                        dom.starts_with_star() ? dom.text() : dow.text());
  }
  std::string setting;
  if (!cron.days_and_setting.empty())
    setting = fmt::format("; {} makes it require both", cron.days_and_setting);
  return fmt::format(
      "day-of-month '{}' and day-of-week '{}' are both restricted{}: {} runs the "
      "job on days matching either field, not both{}{}",
      dom.text(), dow.text(), why, cron.daemon, vixie, setting);
}

void check(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.special || !ctx.schedule_is_trusted(entry)) return;
  const Field& dom = entry.fields[2];
  const Field& dow = entry.fields[4];
  std::string message = or_message(dom, dow, ctx.dialect);
  if (!message.empty()) ctx.report(lint::join_spans(dom.span(), dow.span()), std::move(message));
}

// A scheduler's expression: the same rule, in that scheduler's terms.
void check_expression(lint::ExpressionContext& ctx) {
  const ParsedSchedule& parsed = ctx.parsed;
  if (parsed.special || parsed.schedule.is_rate_or_one_time()) return;
  const Field& dom = parsed.fields[2];
  const Field& dow = parsed.fields[4];
  if (dom.text().empty() || dow.text().empty()) return;
  std::string message;
  if (const FugitCron* fugit = parsed.schedule.extras().fugit_cron.get()) {
    // fugit holds nil for a day field that means every day; `&` makes it AND the fields.
    if (fugit->any_month_day || fugit->any_weekday || fugit->day_and) return;
    // The expression with fugit's `&` after the day-of-week field.
    const std::string_view text = parsed.text();
    const std::size_t dow_end = dow.span().end;
    const std::string with_and =
        fmt::format("{}&{}", text.substr(0, dow_end), text.substr(dow_end));
    message = fmt::format(
        "day-of-month '{}' and day-of-week '{}' are both restricted: {} (fugit) runs the job on "
        "days matching either field, not both{}; fugit ANDs them when the expression has '&' "
        "(`{}`)",
        dom.text(), dow.text(), ctx.dialect.daemon,
        dom.starts_with_star() || dow.starts_with_star()
            ? fmt::format(" (Vixie cron, which goes by the leading '*' of '{}', requires both)",
                          dom.starts_with_star() ? dom.text() : dow.text())
            : std::string(),
        with_and);
  } else {
    message = or_message(dom, dow, ctx.dialect);
  }
  if (!message.empty()) ctx.report(dom.span().begin, dow.span().end, std::move(message));
}

}  // namespace

extern const lint::Rule dom_dow_or{
    {.id = "dom-dow-or",
     .severity = Severity::warning,
     .category = lint::Category::schedule,
     .summary = "day-of-month and day-of-week both restricted: cron ORs them",
     .doc = doc},
    nullptr,
    check,
    nullptr,
    check_expression};

}  // namespace cronkit::rules
