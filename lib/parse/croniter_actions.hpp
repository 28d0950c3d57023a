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

#include "parse/entry_actions.hpp"

namespace cronkit {
namespace {

// Whether the whole text has the shape of a croniter item rule (the rules end with eof).
template <typename Rule>
bool croniter_shape(std::string_view text) {
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(text.data(), text.size(), "");
  return pegtl::parse<Rule>(in);
}

// Python's str.lower() on the ASCII letters (croniter lower-cases the whole expression).
std::string croniter_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool croniter_all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// int() of a digit string, saturated: every value croniter could accept is far below the cap.
long long croniter_int(std::string_view digits) {
  long long value = 0;
  for (char c : digits) {
    value = std::min<long long>(value * 10 + (c - '0'), 1'000'000'000LL);
  }
  return value;
}

// croniter.RANGES, field by field (minute, hour, dom, month, dow, second, year).
struct CroniterRange {
  int low;
  int high;
};
constexpr std::array<CroniterRange, 7> croniter_ranges = {
    {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 6}, {0, 59}, {1970, 2099}}};
// croniter.LEN_MEANS_ALL: a field with this many values is `*`.
constexpr std::array<std::size_t, 7> croniter_len_means_all = {60, 24, 31, 12, 7, 60, 130};

// A value of croniter's expanded lists: a number, `*` or `l` (the last day of the month).
struct CroniterValue {
  enum class Kind : std::uint8_t { number, star, last } kind = Kind::number;
  long long number = 0;
  bool operator<(const CroniterValue& other) const {
    return std::tie(kind, number) < std::tie(other.kind, other.number);
  }
};

// What one field expands to (croniter's `expanded[i]`), with the day-of-week field's `#`/`l`
// items (nth_weekday_of_month) and the day-of-month field's `W` days (nearest_weekday).
struct CroniterField {
  std::set<CroniterValue> values;
  bool star = false;  // the expansion is ['*'] (or holds '*')
  // weekday -> the nth (1-5; 6 = last) of it in the month; insertion order kept for messages.
  std::vector<std::pair<long long, std::vector<int>>> nth;
  std::set<long long> nearest_weekday;
};

class CroniterExpander {
 public:
  CroniterExpander(EntryBuilder& builder, std::string_view expr_format,
                   std::vector<std::string> expressions)
      : builder_(builder), expr_format_(expr_format), expressions_(std::move(expressions)) {}

  [[noreturn]] void fail(std::string code, std::string message, std::size_t field) const {
    const Field& f = builder_.fields[field];
    reject(std::move(code), std::move(message), f.span.begin, f.span.end);
  }
  [[noreturn]] void not_acceptable(std::size_t field) const {
    // _alphaconv: CroniterNotAlphaError with the lower-cased fields joined by one space.
    fail("field-syntax", fmt::format("[{}] is not acceptable", fmt::join(expressions_, " ")),
         field);
  }
  bool vendored() const { return builder_.dialect.croniter_caller == CroniterCaller::dagster; }

  // croniter.value_alias: 0 -> 1 in dom/month and 7 -> 0 in dow, except where the field count
  // turns it off (5 fields: dom and month; 6: month and dow; 7: dom, month and dow).
  long long value_alias(long long value, std::size_t field) const {
    const std::size_t count = expressions_.size();
    const bool dom_or_month = field == 2 || field == 3;
    const bool month_or_dow = field == 3 || field == 4;
    const bool off = (dom_or_month && count == 5) || (month_or_dow && count == 6) ||
                     ((field >= 2 && field <= 4) && count == 7);
    if (off) return value;
    if ((field == 2 || field == 3) && value == 0) return 1;
    if (field == 4 && value == 7) return 0;
    return value;
  }

  // _alphaconv: the names of the month and day-of-week fields, `l` in day-of-month.
  CroniterValue alphaconv(std::size_t field, std::string_view key) const {
    static constexpr std::array<std::string_view, 12> months = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    static constexpr std::array<std::string_view, 7> days = {"sun", "mon", "tue", "wed",
                                                             "thu", "fri", "sat"};
    if (field == 2 && key == "l") return {CroniterValue::Kind::last, 0};
    if (field == 3) {
      for (std::size_t i = 0; i < months.size(); ++i) {
        if (months[i] == key) return {CroniterValue::Kind::number, static_cast<long long>(i + 1)};
      }
    }
    if (field == 4) {
      for (std::size_t i = 0; i < days.size(); ++i) {
        if (days[i] == key) return {CroniterValue::Kind::number, static_cast<long long>(i)};
      }
    }
    not_acceptable(field);
  }

  CroniterField expand_field(std::size_t field, std::string expr) {
    CroniterField out;
    // HashExpander: `h`, `r`, `h(0-29)`, `r/15` ... as a whole field.
    if (croniter_shape<g::croniter_hash>(expr)) expr = expand_hash(field, expr);
    if (expr.find('?') != std::string::npos) {
      if (expr != "?") {
        fail("field-syntax",
             fmt::format("[{}] is not acceptable. Question mark can not used with other characters",
                         expr_format_),
             field);
      }
      if (field != 2 && field != 4) {
        fail("field-syntax",
             fmt::format("[{}] is not acceptable. Question mark can only used in day_of_month or "
                         "day_of_week",
                         expr_format_),
             field);
      }
      expr = "*";
    }
    std::vector<std::string> pending;
    for (std::size_t at = 0;;) {
      const std::size_t comma = expr.find(',', at);
      pending.push_back(
          expr.substr(at, comma == std::string::npos ? std::string::npos : comma - at));
      if (comma == std::string::npos) break;
      at = comma + 1;
    }
    std::set<std::string> seen;
    bool any_value = false;
    const CroniterRange range = croniter_ranges[field];
    while (!pending.empty()) {
      std::string e = std::move(pending.back());
      pending.pop_back();
      int nth = 0;  // 1-5, 6 = `l`
      if (field == 4) {
        if (croniter_shape<g::croniter_nth_weekday>(e)) {
          const std::size_t hash = e.rfind('#');
          const std::string digits = e.substr(hash + 1);
          const long long n = croniter_int(digits);
          if (n < 1 || n > 5) {
            fail("field-syntax",
                 fmt::format("[{}] is not acceptable. Invalid day_of_week value: '{}'",
                             expr_format_, n),
                 field);
          }
          nth = static_cast<int>(n);
          e = e.substr(0, hash);
        } else if (croniter_shape<g::croniter_last_weekday>(e)) {
          e = e.substr(1);
          nth = 6;
        }
      }
      if (field == 2 && !vendored() && croniter_shape<g::croniter_nearest_weekday>(e)) {
        const std::string digits = e.front() == 'w' ? e.substr(1) : e.substr(0, e.size() - 1);
        const long long day = croniter_int(digits);
        if (day < 1 || day > 31) {
          fail("field-syntax",
               fmt::format("[{}] is not acceptable, nearest weekday day value '{}' out of range",
                           expr_format_, day),
               field);
        }
        if (!pending.empty() || any_value) {
          fail("field-syntax",
               fmt::format("[{}] is not acceptable. 'W' can only be used with a single day "
                           "value, not in a list or range",
                           expr_format_),
               field);
        }
        out.nearest_weekday.insert(day);
        out.values.insert({CroniterValue::Kind::number, day});
        any_value = true;
        continue;
      }
      // `*/N` is first rewritten `low-high/N`.
      std::string t = e;
      if (e.size() > 2 && e[0] == '*' && e[1] == '/') {
        t = fmt::format("{}-{}{}", range.low, range.high, e.substr(1));
      }
      bool is_range = croniter_shape<g::croniter_range>(t);
      if (!is_range) {
        // `N/step` is rewritten `N-high/step` (the last `/` with text on both sides).
        t = e;
        for (std::size_t slash = e.size() >= 2 ? e.size() - 2 : 0; slash >= 1; --slash) {
          if (e[slash] == '/') {
            t = fmt::format("{}-{}/{}", e.substr(0, slash), range.high, e.substr(slash + 1));
            break;
          }
        }
        is_range = croniter_shape<g::croniter_range>(t);
      }
      if (is_range) {
        expand_range(field, t, nth, pending, seen);
        continue;
      }
      if (t.starts_with('-')) {
        fail("field-syntax",
             fmt::format("[{}] is not acceptable,{}negative numbers not allowed", expr_format_,
                         vendored() ? "" : " "),
             field);
      }
      CroniterValue value;
      if (croniter_shape<g::croniter_number_or_star>(t)) {
        value = t == "*" ? CroniterValue{CroniterValue::Kind::star, 0}
                         : CroniterValue{CroniterValue::Kind::number, croniter_int(t)};
      } else {
        value = alphaconv(field, t);
      }
      if (value.kind == CroniterValue::Kind::number) {
        value.number = value_alias(value.number, field);
        if (value.number < range.low || value.number > range.high) {
          fail(std::string(field_facts(static_cast<FieldKind>(field)).rule_id),
               fmt::format("[{}] is not acceptable, out of range", expr_format_), field);
        }
      }
      out.values.insert(value);
      any_value = true;
      if (field == 4 && nth != 0) {
        const long long key = value.kind == CroniterValue::Kind::number ? value.number : -1;
        auto it = std::find_if(out.nth.begin(), out.nth.end(),
                               [&](const auto& entry) { return entry.first == key; });
        if (it == out.nth.end()) {
          out.nth.emplace_back(key, std::vector<int>{});
          it = out.nth.end() - 1;
        }
        if (std::find(it->second.begin(), it->second.end(), nth) == it->second.end())
          it->second.push_back(nth);
      }
    }
    out.star = out.values.contains(CroniterValue{CroniterValue::Kind::star, 0});
    return out;
  }

 private:
  std::string expand_hash(std::size_t field, const std::string& expr) {
    const bool hashed = expr.front() == 'h';
    if (hashed) fail("field-syntax", "Hashed definitions must include hash_id", field);
    const std::size_t open = expr.find('(');
    const std::size_t slash = expr.find('/');
    if (open != std::string::npos) {
      const std::size_t dash = expr.find('-', open);
      const std::size_t close = expr.find(')', dash);
      const long long begin = croniter_int(expr.substr(open + 1, dash - open - 1));
      const long long end = croniter_int(expr.substr(dash + 1, close - dash - 1));
      if (begin >= end) fail("field-syntax", "Range end must be greater than range begin", field);
    }
    if (slash != std::string::npos && croniter_int(expr.substr(slash + 1)) == 0) {
      fail("field-syntax", fmt::format("Bad expression: {}", expr), field);
    }
    // `r`: a value drawn at random each time the expression is read. croniter goes on with the
    // other fields; what the scheduler says about it comes after (finish_croniter).
    if (!random_field) random_field = field;
    return std::to_string(croniter_ranges[field].low);
  }

 public:
  std::optional<std::size_t> random_field;  // the first `r` field, if any

 private:
  void expand_range(std::size_t field, const std::string& t, int nth,
                    std::vector<std::string>& pending, std::set<std::string>& seen) {
    const CroniterRange range = croniter_ranges[field];
    const std::size_t dash = t.find('-');
    const std::size_t slash = t.find('/', dash);
    std::string low_text = t.substr(0, dash);
    std::string high_text =
        t.substr(dash + 1, slash == std::string::npos ? std::string::npos : slash - dash - 1);
    const std::string step_text = slash == std::string::npos ? "1" : t.substr(slash + 1);
    if (field == 2 && high_text == "l") high_text = "31";
    auto band = [&](const std::string& text) -> std::string {
      if (croniter_all_digits(text)) return text;
      const CroniterValue v = alphaconv(field, text);
      return v.kind == CroniterValue::Kind::last ? "l" : std::to_string(v.number);
    };
    low_text = band(low_text);
    high_text = band(high_text);
    const long long step = croniter_int(step_text);
    if (step == 0 && !vendored()) {
      fail("step-zero",
           fmt::format("[{}] step '0' in field {} is not acceptable", expr_format_, field), field);
    }
    if (!croniter_all_digits(low_text) || !croniter_all_digits(high_text)) {
      fail("field-syntax",
           fmt::format("[{}] bands '{}-{}' in field {} are not acceptable", expr_format_, low_text,
                       high_text, field),
           field);
    }
    const long long low = value_alias(croniter_int(low_text), field);
    const long long high = value_alias(croniter_int(high_text), field);
    if (std::max(low, high) > range.high) {
      fail(std::string(field_facts(static_cast<FieldKind>(field)).rule_id),
           fmt::format("{} is out of bands", expr_format_), field);
    }
    if (step == 0) {
      // Dagster's copy has no step check: Python's range() refuses the zero step.
      fail("step-zero", "invalid range: range() arg 3 must not be zero", field);
    }
    std::vector<long long> values;
    if (low > high) {
      // A reversed range wraps: low to the field's end, then from its start, the step carried
      // over the wrap ("Apr-Jan/3").
      for (long long v = low; v <= range.high; v += step) values.push_back(v);
      long long skip = 0;
      if (!values.empty()) {
        const long long last = values.back();
        const long long already_skipped = range.high - last;
        const long long position = last - range.low;
        const long long length = range.high - range.low + 1;
        if (position + step > length && already_skipped < step) skip = step - already_skipped;
      }
      for (long long v = range.low + skip; v <= high; v += step) values.push_back(v);
    } else if (low == high) {
      // "Jan-Jan", "5-5": croniter reads an equal range as the whole cycle.
      for (long long v = range.low; v <= range.high; v += step) values.push_back(v);
    } else {
      for (long long v = low; v <= high; v += step) values.push_back(v);
    }
    for (long long v : values) {
      std::string item = nth != 0 && nth != 6 ? fmt::format("{}#{}", v, nth) : std::to_string(v);
      if (seen.insert(item).second) pending.push_back(std::move(item));
    }
  }

  EntryBuilder& builder_;
  std::string_view expr_format_;
  std::vector<std::string> expressions_;
};

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
  if (star) {
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
    if (field == 4 && !f.nth.empty()) continue;  // only the nth days count (proc_day_of_week_nth)
    set(v.number);
  }
  for (const auto& [weekday, nths] : f.nth) {
    if (weekday < 0 || star) continue;
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
    const std::string text = croniter_lower(item.text);
    item.first = range.low;
    item.last = range.high;
    if (text == "*" || text == "?") {
      item.kind = FieldItem::Kind::star;
      continue;
    }
    if (text.starts_with("*/")) {
      item.kind = FieldItem::Kind::star;
      item.step = static_cast<int>(std::min<long long>(croniter_int(text.substr(2)), 1000));
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
      item.step = static_cast<int>(std::min<long long>(croniter_int(body.substr(slash + 1)), 1000));
      body = body.substr(0, slash);
      item.last = range.high;
    }
    if (const std::size_t dash = body.find('-'); dash != std::string_view::npos && dash > 0) {
      item.kind = FieldItem::Kind::range;
      item.first = number(body.substr(0, dash), item.first_is_name);
      item.last = number(body.substr(dash + 1), item.last_is_name);
    } else {
      item.kind = item.step ? FieldItem::Kind::range : FieldItem::Kind::value;
      item.first = number(body, item.first_is_name);
      if (!item.step) item.last = item.first;
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
    item.text = builder.line.substr(begin, end - begin);
    item.span.begin = static_cast<std::uint32_t>(begin);
    item.span.end = static_cast<std::uint32_t>(end);
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
      reject("field-count",
             "Exactly 5, 6 or 7 columns has to be specified for iterator expression.",
             builder.special_begin, builder.special_end);
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
             builder.fields[4].span.begin, builder.fields[4].span.end);
    }
  }
  if (expander.random_field) {
    const Field& field = builder.fields[*expander.random_field];
    if (dialect.croniter_caller == CroniterCaller::prefect && croniter_lower(field.text) == "r") {
      // CronSchedule.valid_cron_string, after croniter.is_valid.
      reject("field-syntax",
             fmt::format("Random and Hashed expressions are unsupported, received: \"{}\"", text),
             field.span.begin, field.span.end);
    }
    reject("field-syntax",
           fmt::format("{}: croniter draws a random value for this field each time {} reads the "
                       "expression, which cronkit does not model",
                       field.text, dialect.daemon),
           field.span.begin, field.span.end);
  }
  if (dialect.croniter_caller == CroniterCaller::dagster) {
    // is_valid_cron_string: exactly five fields, and no 30th or 31st of February alone.
    if (count != 5) {
      reject("field-count",
             fmt::format("Dagster takes exactly 5 fields; croniter reads {} (the 6th is seconds, "
                         "the 7th a year)",
                         count),
             builder.fields[5].span.begin, builder.line.size());
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
             builder.fields[2].span.begin, builder.fields[3].span.end);
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
