#pragma once
// croniter's _expand (croniter.py) as a class: one field's text read the way croniter reads it
// (items popped from the end of the list, ranges expanded and their values pushed back, each
// value checked) into the values, ranges and `L`/`#`/`W` items it stands for, with croniter's
// messages word for word. Private to the parser: included by croniter_actions.hpp.

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
    reject(std::move(code), std::move(message), f.span().begin, f.span().end);
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

}  // namespace
}  // namespace cronkit
