#pragma once
// The Schedule an entry's fields expand to: what an @-special stands for, and the flags each
// daemon keeps from the field text (cron's day rule, the "wildcard job" stars). Private to the
// parser: included by parse.cpp and the other action headers.

#include "parse/entry_builder.hpp"

namespace cronkit {
namespace {

// Adds `value` (a number as the five-field crontab writes it: months 1-12, Sunday 0) to the set
// of the field `kind` in the schedule. The second and year fields are gorhill/cronexpr's and are
// stored elsewhere: the readers that call this read five fields only.
void set_field_value(Schedule& s, FieldKind kind, std::size_t value) {
  switch (kind) {
    case FieldKind::minute:
      s.minutes.set(value);
      break;
    case FieldKind::hour:
      s.hours.set(value);
      break;
    case FieldKind::day_of_month:
      s.days_of_month.set(value);
      break;
    case FieldKind::month:
      s.months.set(value);
      break;
    case FieldKind::day_of_week:
      s.days_of_week.set(value);
      break;
    case FieldKind::second:
    case FieldKind::year:
      break;
  }
}

// ---- Schedules
// -------------------------------------------------------------------------------------

// What an @-special expands to, with the flags cron sets for it (docs/semantics.md §6).
Schedule schedule_of_special(Special special, const Dialect& dialect) {
  Schedule s;
  if (special == Special::reboot) {
    s.at_reboot = true;
    return s;
  }
  s.minutes.set(0);
  s.hours.set();
  s.days_of_month.set();
  s.days_of_month.reset(0);
  s.months.set();
  s.months.reset(0);
  s.days_of_week.set();
  switch (special) {
    case Special::yearly:
    case Special::annually:
      s.hours = 1;
      s.days_of_month = 1 << 1;
      s.months = 1 << 1;
      s.day_of_week_star = true;
      break;
    case Special::monthly:
      s.hours = 1;
      s.days_of_month = 1 << 1;
      s.day_of_week_star = true;
      break;
    case Special::weekly:
      s.hours = 1;
      s.days_of_week.reset();
      if (dialect.specials == SpecialSet::systemd) {
        // systemd's `weekly` calendar is Monday 00:00 (generate_timer_unit writes `weekly`).
        s.days_of_week.set(1);
      } else {
        s.days_of_week.set(0).set(7);
      }
      s.day_of_month_star = true;
      break;
    case Special::quarterly:
    case Special::semiannually:
      // systemd: `*-01,04,07,10-01 00:00:00` and `*-01,07-01 00:00:00`.
      s.hours = 1;
      s.days_of_month = 1 << 1;
      s.months =
          special == Special::quarterly ? (1 << 1 | 1 << 4 | 1 << 7 | 1 << 10) : (1 << 1 | 1 << 7);
      s.day_of_week_star = true;
      break;
    case Special::every_minute:
    case Special::every_second:
    case Special::minutely:
      // Every minute (@every_second: at every second of it, which the schedule cannot hold).
      s.minutes.set();
      s.minute_star = s.hour_star = true;
      s.day_of_month_star = s.day_of_week_star = true;
      break;
    case Special::daily:
    case Special::midnight:
      s.hours = 1;
      break;
    case Special::hourly:
      // croniter expands @hourly to `0 * * * *`: its hour field is ['*'].
      s.hour_star = s.croniter_hour_expanded_star = true;
      break;
    case Special::reboot:
      break;
  }
  return s;
}

// gorhill/cronexpr: a day field is unrestricted when any item is `*` or `?`; years are limited
// to 1970-2099 whether or not a year field is written; specials expand to second 0.
void finish_cronexpr_fields(EntryBuilder& builder) {
  Schedule& s = builder.schedule;
  if (builder.special) {
    s = schedule_of_special(*builder.special, builder.dialect);
  } else {
    s.minute_star = builder.fields[0].starts_with_star();
    s.hour_star = builder.fields[1].starts_with_star();
    // The fields point at their items only once the entry is stored; read the builder's items.
    auto has_star_item = [&](FieldKind kind) {
      const auto i = static_cast<std::size_t>(kind);
      const auto first =
          builder.items.begin() + static_cast<std::ptrdiff_t>(builder.field_items_begin[i]);
      const auto last =
          builder.items.begin() + static_cast<std::ptrdiff_t>(builder.field_items_end[i]);
      return std::any_of(first, last, [](const FieldItem& item) {
        return item.kind == FieldItem::Kind::star && !item.step();
      });
    };
    s.day_of_month_star = has_star_item(FieldKind::day_of_month);
    s.day_of_week_star = has_star_item(FieldKind::day_of_week);
    if (s.days_of_week[0] || s.days_of_week[7]) s.days_of_week.set(0).set(7);
  }
  if (builder.fields[static_cast<std::size_t>(FieldKind::year)].text().empty())
    s.writable_extras().years.set();
  s.writable_extras().years_limited = true;
}

// Completes the schedule of five fields: cron's star flags come from the text, and Sunday is
// both 0 and 7.
void finish_time_fields(EntryBuilder& builder) {
  if (builder.cronexpr()) {
    finish_cronexpr_fields(builder);
    return;
  }
  Schedule& s = builder.schedule;
  if (builder.special) {
    s = schedule_of_special(*builder.special, builder.dialect);
    return;
  }
  s.minute_star = builder.fields[0].starts_with_star();
  s.hour_star = builder.fields[1].starts_with_star();
  if (s.days_of_week[0] || s.days_of_week[7]) s.days_of_week.set(0).set(7);
  switch (builder.dialect.day_rule_basis) {
    case DayRuleBasis::star_in_text:
    case DayRuleBasis::star_or_question_mark:
      s.day_of_month_star = builder.fields[2].starts_with_star();
      s.day_of_week_star = builder.fields[4].starts_with_star();
      break;
    case DayRuleBasis::full_value_table:
      // busybox crond.c FixDayDow(): a field whose table has a zero slot is "used"; when only
      // one is, the other table is cleared, and the match is Days[mday] || Dow[wday]. The day
      // table has 32 slots, slot 0 included, which only `*` and `0` set: `1-31` is restricted.
      s.day_of_month_star = s.days_of_month.all();
      s.day_of_week_star = (s.days_of_week.to_ulong() & 0x7Fu) == 0x7Fu;
      break;
    case DayRuleBasis::one_is_question_mark:
    case DayRuleBasis::croniter_expanded_star:
    case DayRuleBasis::fugit_nil_field:
      // Quartz, croniter and fugit expressions have their own readers
      // (parse/quartz_expression.hpp, parse/croniter_actions.hpp, parse/fugit_expression.hpp).
      break;
    case DayRuleBasis::always_both:
      // systemd-cron: `[weekdays ]*-months-days` in one OnCalendar= spec.
      s.day_of_month_star = builder.fields[2].text() == "*";
      s.day_of_week_star = builder.fields[4].text() == "*";
      s.both_day_fields_must_match = true;
      break;
  }
}

}  // namespace
}  // namespace cronkit
