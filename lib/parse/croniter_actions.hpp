#pragma once
// The actions of croniter's grammar (grammar/crontab.hpp, `croniter_expression`): what Apache
// Airflow, Prefect and Dagster read from a cron string. croniter 6.2 (croniter.py _expand) for
// Airflow and Prefect; Dagster's vendored copy (dagster/_vendored/croniter) for Dagster, which
// has no `W` and words two messages differently. Each field is read as _expand reads it: the
// items popped from the end of the list, ranges expanded and their values pushed back, every
// value checked, with croniter's messages word for word. What each scheduler checks before or
// after croniter is Dialect::croniter_caller. Private to the parser: included by parse.cpp after
// entry_actions.hpp.

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "parse/croniter_expander.hpp"
#include "parse/entry_actions.hpp"
#include "parse/entry_schedule.hpp"

namespace cronkit {
namespace {

// Where croniter's fields go in the schedule model, and the FieldItems the explanations and lint
// rules read.
void apply_croniter_field(EntryBuilder& builder, std::size_t field, const CroniterField& f,
                          bool full_means_star) {
  Schedule& s = builder.schedule;
  const FieldKind kind = static_cast<FieldKind>(field);
  const CroniterRange range = croniter_ranges[field];
  std::size_t numbers = 0;
  for (const CroniterValue& v : f.values) numbers += v.kind != CroniterValue::Kind::star;
  const bool star = f.star || (full_means_star && numbers == croniter_len_means_all[field]);
  auto set = [&](long long v) {
    switch (kind) {
      case FieldKind::second:
        s.writable_extras().seconds.set(static_cast<std::size_t>(v));
        break;
      case FieldKind::year:
        s.writable_extras().years.set(static_cast<std::size_t>(v - first_cronexpr_year));
        break;
      default:
        set_field_value(s, kind, static_cast<std::size_t>(v));
    }
  };
  // proc_day_of_week_nth: with `#` or `L` items only those days count, a `*` beside them too
  // (`fri#5,*` is the fifth Friday).
  const bool nth_days_only = field == 4 && !f.nth.empty();
  if (star && !nth_days_only) {
    for (long long v = range.low; v <= range.high; ++v) set(v);
  }
  for (const CroniterValue& v : f.values) {
    if (v.kind == CroniterValue::Kind::last) s.writable_extras().quartz.last_day = true;
    if (v.kind != CroniterValue::Kind::number || star) continue;
    if (field == 2 && f.nearest_weekday.contains(v.number)) {
      s.writable_extras().quartz.nearest_weekday |= 1u << v.number;
      s.writable_extras().quartz.nearest_weekday_clamps_to_last_day = true;
      continue;
    }
    if (nth_days_only) continue;
    set(v.number);
  }
  for (const auto& [weekday, nths] : f.nth) {
    if (weekday < 0) continue;
    for (int n : nths) {
      if (n == 6) {
        s.writable_extras().quartz.last_in_month |= static_cast<std::uint8_t>(1u << weekday);
      } else {
        s.writable_extras().quartz.nth_in_month[static_cast<std::size_t>(n - 1)] |=
            static_cast<std::uint8_t>(1u << weekday);
      }
    }
  }
  switch (kind) {
    case FieldKind::minute:
      s.minute_star = star;
      break;
    case FieldKind::hour:
      s.hour_star = star;
      // _expand: a set of 24 entries, `*` counted as one, becomes ['*'].
      s.croniter_hour_expanded_star =
          f.values.size() == croniter_len_means_all[1] ||
          (f.values.size() == 1 && f.values.begin()->kind == CroniterValue::Kind::star);
      break;
    case FieldKind::day_of_month:
      s.day_of_month_star = star;
      break;
    case FieldKind::day_of_week:
      s.day_of_week_star = star;
      break;
    default:
      break;
  }
}

// The FieldItems of one written field, for the explanations: what each item says on its own.
void croniter_field_items(EntryBuilder& builder, std::size_t field) {
  const std::size_t begin = builder.field_items_begin[field];
  const std::size_t end = builder.field_items_end[field];
  const CroniterRange range = croniter_ranges[field];
  for (std::size_t i = begin; i < end; ++i) {
    FieldItem& item = builder.items[i];
    const std::string text = croniter_lower(item.text());
    item.first = range.low;
    item.last = range.high;
    if (text == "*" || text == "?") {
      item.kind = FieldItem::Kind::star;
      continue;
    }
    if (text.starts_with("*/")) {
      item.kind = FieldItem::Kind::star;
      item.set_step(static_cast<int>(std::min<long long>(croniter_int(text.substr(2)), 1000)));
      continue;
    }
    if (field == 2 && text == "l") {
      item.kind = FieldItem::Kind::value;
      item.day_suffix = FieldItem::DaySuffix::last_day;
      continue;
    }
    if (field == 4 && croniter_shape<g::croniter_last_weekday>(text)) {
      item.kind = FieldItem::Kind::value;
      item.first = item.last = static_cast<int>(croniter_int(text.substr(1)) % 7);
      item.day_suffix = FieldItem::DaySuffix::last_in_month;
      continue;
    }
    if (field == 2 && croniter_shape<g::croniter_nearest_weekday>(text)) {
      item.kind = FieldItem::Kind::value;
      item.first = item.last = static_cast<int>(
          croniter_int(text.front() == 'w' ? text.substr(1) : text.substr(0, text.size() - 1)));
      item.day_suffix = FieldItem::DaySuffix::nearest_weekday;
      continue;
    }
    auto number = [&](std::string_view part, bool& is_name) -> int {
      is_name = !croniter_all_digits(part);
      if (!is_name) return static_cast<int>(croniter_int(part));
      static constexpr std::array<std::string_view, 12> months = {
          "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
      static constexpr std::array<std::string_view, 7> days = {"sun", "mon", "tue", "wed",
                                                               "thu", "fri", "sat"};
      for (std::size_t k = 0; k < months.size(); ++k)
        if (field == 3 && months[k] == part) return static_cast<int>(k + 1);
      for (std::size_t k = 0; k < days.size(); ++k)
        if (field == 4 && days[k] == part) return static_cast<int>(k);
      return range.high;
    };
    std::string_view body = text;
    if (const std::size_t hash = body.find('#'); field == 4 && hash != std::string_view::npos) {
      item.day_suffix = FieldItem::DaySuffix::nth_in_month;
      item.nth = static_cast<std::uint8_t>(croniter_int(body.substr(hash + 1)) & 0xF);
      body = body.substr(0, hash);
    }
    if (const std::size_t slash = body.rfind('/'); slash != std::string_view::npos) {
      item.set_step(
          static_cast<int>(std::min<long long>(croniter_int(body.substr(slash + 1)), 1000)));
      body = body.substr(0, slash);
      item.last = range.high;
    }
    if (const std::size_t dash = body.find('-'); dash != std::string_view::npos && dash > 0) {
      item.kind = FieldItem::Kind::range;
      item.first = number(body.substr(0, dash), item.first_is_name);
      item.last = number(body.substr(dash + 1), item.last_is_name);
    } else {
      item.kind = item.step() ? FieldItem::Kind::range : FieldItem::Kind::value;
      item.first = number(body, item.first_is_name);
      if (!item.step()) item.last = item.first;
    }
    if (field == 4) {
      if (item.first == 7) item.first = 0;
      if (item.last == 7 && item.first != 0) item.last = 7;
    }
  }
}

template <>
struct action<g::croniter_item> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    FieldItem item;
    const std::size_t begin = builder.offset(in.begin());
    const std::size_t end = builder.offset(in.end());
    item.set_text(builder.line.substr(begin, end - begin));
    builder.items.push_back(item);
  }
};

template <>
struct control<g::croniter_minute> : field_control<g::croniter_minute, FieldKind::minute> {};
template <>
struct control<g::croniter_hour> : field_control<g::croniter_hour, FieldKind::hour> {};
template <>
struct control<g::croniter_day_of_month>
    : field_control<g::croniter_day_of_month, FieldKind::day_of_month> {};
template <>
struct control<g::croniter_month> : field_control<g::croniter_month, FieldKind::month> {};
template <>
struct control<g::croniter_day_of_week>
    : field_control<g::croniter_day_of_week, FieldKind::day_of_week> {};
template <>
struct control<g::croniter_second> : field_control<g::croniter_second, FieldKind::second> {};
template <>
struct control<g::croniter_year> : field_control<g::croniter_year, FieldKind::year> {};
template <>
struct action<g::croniter_minute> : field_action<FieldKind::minute> {};
template <>
struct action<g::croniter_hour> : field_action<FieldKind::hour> {};
template <>
struct action<g::croniter_day_of_month> : field_action<FieldKind::day_of_month> {};
template <>
struct action<g::croniter_month> : field_action<FieldKind::month> {};
template <>
struct action<g::croniter_day_of_week> : field_action<FieldKind::day_of_week> {};
template <>
struct action<g::croniter_second> : field_action<FieldKind::second> {};
template <>
struct action<g::croniter_year> : field_action<FieldKind::year> {};

// Python's str.split(): the fields of a text.
std::vector<std::string> croniter_split(std::string_view text) {
  auto blank = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' ||
           (c >= '\x1c' && c <= '\x1f');
  };
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && blank(text[i])) ++i;
    if (i == text.size()) break;
    const std::size_t first = i;
    while (i < text.size() && !blank(text[i])) ++i;
    out.emplace_back(text.substr(first, i - first));
  }
  return out;
}

// croniter's aliases (expr_aliases in _expand), compared with the whole lower-cased text.
std::optional<std::string_view> croniter_alias(std::string_view lowered) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> aliases = {{
      {"@midnight", "0 0 * * *"},
      {"@hourly", "0 * * * *"},
      {"@daily", "0 0 * * *"},
      {"@weekly", "0 0 * * 0"},
      {"@monthly", "0 0 1 * *"},
      {"@yearly", "0 0 1 1 *"},
      {"@annually", "0 0 1 1 *"},
  }};
  for (const auto& [name, expression] : aliases) {
    if (name == lowered) return expression;
  }
  return std::nullopt;
}

// Airflow's cron_presets (utils/dates.py), looked up exactly (case-sensitive) before croniter.
std::optional<std::string_view> airflow_preset(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> presets = {{
      {"@hourly", "0 * * * *"},
      {"@daily", "0 0 * * *"},
      {"@weekly", "0 0 * * 0"},
      {"@monthly", "0 0 1 * *"},
      {"@quarterly", "0 0 1 */3 *"},
      {"@yearly", "0 0 1 1 *"},
  }};
  for (const auto& [name, expression] : presets) {
    if (name == text) return expression;
  }
  return std::nullopt;
}

// croniter counts the fields before reading any (VALID_LEN_EXPRESSION: 5, 6 or 7).
template <>
struct control<g::croniter_fields> : pegtl::normal<g::croniter_fields> {
  template <typename Input>
  static void start(const Input& in, EntryBuilder& builder) {
    const std::size_t count = croniter_split(builder.line).size();
    if (count < 5 || count > 7) {
      reject("field-count",
             "Exactly 5, 6 or 7 columns has to be specified for iterator expression.",
             builder.offset(in.current()), builder.line.size());
    }
  }
};

// The Special an alias stands for (croniter's aliases and Airflow's presets have the same
// expansions as these).
Special croniter_special(std::string_view name) {
  if (name == "@midnight") return Special::midnight;
  if (name == "@hourly") return Special::hourly;
  if (name == "@daily") return Special::daily;
  if (name == "@weekly") return Special::weekly;
  if (name == "@monthly") return Special::monthly;
  if (name == "@quarterly") return Special::quarterly;
  if (name == "@annually") return Special::annually;
  return Special::yearly;
}

// An `@word` that is the whole text: croniter's alias, else a text of one column.
template <>
struct action<g::croniter_descriptor> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    // Followed by more text, it is no alias: the text is read as fields.
    if (builder.offset(in.end()) != builder.line.size()) return;
    const std::string lowered = croniter_lower(in.string_view());
    builder.special_begin = builder.offset(in.begin());
    builder.special_end = builder.offset(in.end());
    if (!croniter_alias(lowered)) {
      // croniter's words for a misspelt name; what the names are, so that `@dialy` is seen.
      std::string message = fmt::format(
          "Exactly 5, 6 or 7 columns has to be specified for iterator expression. (`{}` is "
          "none of croniter's aliases @midnight, @hourly, @daily, @weekly, @monthly, @yearly, "
          "@annually",
          in.string_view());
      if (builder.dialect.croniter_caller == CroniterCaller::airflow)
        message += ", nor of Airflow's presets @once, @continuous, @quarterly";
      message += ")";
      reject("field-count", message, builder.special_begin, builder.special_end);
    }
    builder.special = croniter_special(lowered);
  }
};

// Python's repr() of the sets and dict croniter prints in its mixing message.
std::string croniter_repr(const std::vector<long long>& values) {
  return fmt::format("{{{}}}", fmt::join(values, ", "));
}
std::string croniter_repr(const std::vector<std::pair<long long, std::vector<int>>>& nth) {
  std::vector<std::string> entries;
  for (const auto& [weekday, ns] : nth) {
    std::vector<std::string> items;
    for (int n : ns) items.push_back(n == 6 ? "'l'" : std::to_string(n));
    entries.push_back(fmt::format("{}: {{{}}}", weekday, fmt::join(items, ", ")));
  }
  return fmt::format("{{{}}}", fmt::join(entries, ", "));
}

// The fields once read: croniter's expansion of each, the scheduler's own checks after it, and
// the schedule model.
void finish_croniter_fields(EntryBuilder& builder) {
  const Dialect& dialect = builder.dialect;
  const std::string_view text = builder.line;
  const std::vector<std::string> expressions = croniter_split(croniter_lower(text));
  const std::size_t count = expressions.size();
  CroniterExpander expander(builder, text, expressions);
  std::array<CroniterField, 7> fields{};
  for (std::size_t i = 0; i < count; ++i) fields[i] = expander.expand_field(i, expressions[i]);
  const CroniterField& dow = fields[4];
  if (!dow.nth.empty()) {
    std::vector<long long> plain;
    for (const CroniterValue& v : dow.values) {
      if (v.kind != CroniterValue::Kind::number) continue;
      const bool is_nth = std::any_of(dow.nth.begin(), dow.nth.end(),
                                      [&](const auto& entry) { return entry.first == v.number; });
      if (!is_nth) plain.push_back(v.number);
    }
    if (!plain.empty() && dow.values.size() != croniter_len_means_all[4]) {
      reject("field-syntax",
             fmt::format("day-of-week field does not support mixing literal values and nth day of "
                         "week syntax.  Cron: '{}'    dow={} vs nth={}",
                         text, croniter_repr(plain), croniter_repr(dow.nth)),
             builder.fields[4].span().begin, builder.fields[4].span().end);
    }
  }
  if (expander.random_field) {
    const Field& field = builder.fields[*expander.random_field];
    if (dialect.croniter_caller == CroniterCaller::prefect && croniter_lower(field.text()) == "r") {
      // CronSchedule.valid_cron_string, after croniter.is_valid.
      reject("field-syntax",
             fmt::format("Random and Hashed expressions are unsupported, received: \"{}\"", text),
             field.span().begin, field.span().end);
    }
    reject("field-syntax",
           fmt::format("{}: croniter draws a random value for this field each time {} reads the "
                       "expression, which cronkit does not model",
                       field.text(), dialect.daemon),
           field.span().begin, field.span().end);
  }
  if (dialect.croniter_caller == CroniterCaller::dagster) {
    // is_valid_cron_string: exactly five fields, and no 30th or 31st of February alone.
    if (count != 5) {
      reject("field-count",
             fmt::format("Dagster takes exactly 5 fields; croniter reads {} (the 6th is seconds, "
                         "the 7th a year)",
                         count),
             builder.fields[5].span().begin, builder.line.size());
    }
    const CroniterField& month = fields[3];
    const CroniterField& dom = fields[2];
    if (month.values.size() == 1 && month.values.begin()->kind == CroniterValue::Kind::number &&
        month.values.begin()->number == 2 && dom.values.size() == 1 &&
        dom.values.begin()->kind == CroniterValue::Kind::number &&
        (dom.values.begin()->number == 30 || dom.values.begin()->number == 31)) {
      reject("never-fires",
             fmt::format("Dagster refuses the {}th of February (is_valid_cron_string)",
                         dom.values.begin()->number),
             builder.fields[2].span().begin, builder.fields[3].span().end);
    }
  }
  Schedule& s = builder.schedule;
  s = Schedule{};
  if (count >= 6) s.writable_extras().seconds.reset();
  for (std::size_t i = 0; i < count; ++i) {
    // A full day field is `*` only when the other day field's text has a `*` (_expand).
    const bool full_means_star =
        i == 2 ? expressions[4].find('*') != std::string::npos
               : (i == 4 ? expressions[2].find('*') != std::string::npos : true);
    apply_croniter_field(builder, i, fields[i], full_means_star);
    croniter_field_items(builder, i);
  }
  if (s.days_of_week[0] || s.days_of_week[7]) s.days_of_week.set(0).set(7);
  if (dialect.day_rule_basis == DayRuleBasis::always_both) s.both_day_fields_must_match = true;
  s.writable_extras().years_limited = count == 7;
}

// What the scheduler says when croniter refuses the text: Airflow passes croniter's message on
// (AirflowTimetableInvalid(str(e))); Prefect and Dagster only ask croniter.is_valid and say it in
// their own words, to which cronkit adds croniter's reason.
LineProblem croniter_refusal(const Dialect& dialect, std::string_view text, LineProblem problem) {
  switch (dialect.croniter_caller) {
    case CroniterCaller::prefect:
      if (!problem.message.starts_with("Random and Hashed")) {
        problem.message =
            fmt::format("Invalid cron string: \"{}\" (croniter: {})", text, problem.message);
      }
      break;
    case CroniterCaller::dagster:
      problem.message = fmt::format(
          "Found invalid cron schedule '{}'. Dagster recognizes standard cron expressions "
          "consisting of 5 fields. ({})",
          text,
          problem.message.starts_with("Dagster ") ? problem.message
                                                  : "croniter: " + problem.message);
      break;
    case CroniterCaller::airflow:
    case CroniterCaller::none:
      break;
  }
  return problem;
}

// One croniter expression as Airflow, Prefect or Dagster hand it over.
void read_croniter_expression(EntryBuilder& builder) {
  const std::string_view text = builder.line;
  const Dialect& dialect = builder.dialect;
  if (dialect.croniter_caller == CroniterCaller::airflow) {
    // DAG(schedule=...): these two are timetables of their own, not cron.
    if (text == "@once" || text == "@continuous") {
      reject("special-invalid",
             fmt::format("{}: Airflow runs the DAG {} (a timetable of its own, not a cron "
                         "schedule), which cronkit does not model",
                         text,
                         text == "@once" ? "once, at its start_date"
                                         : "again as soon as the previous run ends"),
             0, text.size());
    }
    if (airflow_preset(text)) {
      builder.special = croniter_special(text);
      builder.special_begin = 0;
      builder.special_end = text.size();
      builder.schedule = schedule_of_special(*builder.special, dialect);
      return;
    }
  }
  try {
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(text.data(), text.size(), "");
    if (!pegtl::parse<g::croniter_expression, action, control>(in, builder)) {
      reject("field-count",
             "Exactly 5, 6 or 7 columns has to be specified for iterator expression.", 0,
             text.size());
    }
    if (builder.special) {
      builder.schedule = schedule_of_special(*builder.special, dialect);
      if (dialect.day_rule_basis == DayRuleBasis::always_both)
        builder.schedule.both_day_fields_must_match = true;
      return;
    }
    finish_croniter_fields(builder);
  } catch (const LineProblem& problem) {
    throw croniter_refusal(dialect, text, problem);
  }
}

}  // namespace
}  // namespace cronkit
