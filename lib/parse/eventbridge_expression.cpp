#include "parse/eventbridge_expression.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tao/pegtl.hpp>
#include <type_traits>

#include "grammar/quartz.hpp"

namespace cronkit {
namespace {

namespace pegtl = tao::pegtl;
namespace q = grammar::quartz_family;

// The six fields of cron(...), in order, as the EventBridge user guide's table names them.
enum Field { minutes, hours, day_of_month, month, day_of_week, year };

struct FieldFacts {
  std::string_view name;
  int low;
  int high;
  std::string_view wildcards;
  std::string_view expected;  // what may start an item
};

constexpr std::array<FieldFacts, 6> field_facts = {{
    {"Minutes", 0, 59, ", - * /", "a minute 0-59 or '*'"},
    {"Hours", 0, 23, ", - * /", "an hour 0-23 or '*'"},
    {"Day-of-month", 1, 31, ", - * ? / L W", "a day 1-31, '*', '?', 'L' or a day with 'W'"},
    {"Month", 1, 12, ", - * /", "a month 1-12 or JAN-DEC, or '*'"},
    {"Day-of-week", 1, 7, ", - * ? L #", "a day 1-7 or SUN-SAT (1 = SUN), '*', '?' or 'L'"},
    {"Year", 1970, last_eventbridge_year, ", - * /", "a year 1970-2199 or '*'"},
}};

// A rejection: thrown by the actions and the control, caught by read_eventbridge_expression().
struct Rejection {
  std::string code;
  std::string reason;
  std::size_t begin;
  std::size_t end;
};

[[noreturn]] void reject(std::string code, std::string reason, std::size_t begin, std::size_t end) {
  throw Rejection{std::move(code), std::move(reason), begin, end};
}

std::string printable(char c) {
  const auto byte = static_cast<unsigned char>(c);
  if (c == '\t') return "a tab";
  if (byte < 0x20 || byte >= 0x7f) return fmt::format("byte 0x{:02x}", byte);
  return fmt::format("'{}'", c);
}

// The expression being read: positions, the sets built so far, and what each field holds.
struct Reading {
  Reading(std::string_view source, const Dialect& rules) : text(source), dialect(rules) {}

  std::string_view text;
  const Dialect& dialect;
  EventBridgeReading result;
  QuartzCron cron;
  int field = -1;  // the field being read (Field), -1 outside cron(...)

  // The item being read.
  bool every = false;
  int first = 0;
  std::optional<int> last;
  int increment = 0;

  // Per field: how many items, and where its first item that must stand alone (L, 3W, 5L, 3#2).
  std::array<int, 6> item_count{};
  std::array<std::optional<std::pair<std::size_t, std::size_t>>, 6> lone_item{};
  std::size_t nth_items = 0;
  std::size_t second_nth_begin = 0, second_nth_end = 0;
  std::optional<std::int64_t> rate_value;

  std::size_t offset(const char* p) const { return static_cast<std::size_t>(p - text.data()); }
  const FieldFacts& facts() const { return field_facts[static_cast<std::size_t>(field)]; }

  void set(int value) {
    switch (field) {
      case minutes:
        cron.minutes.set(static_cast<std::size_t>(value));
        break;
      case hours:
        cron.hours.set(static_cast<std::size_t>(value));
        break;
      case day_of_month:
        cron.days_of_month.set(static_cast<std::size_t>(value));
        break;
      case month:
        cron.months.set(static_cast<std::size_t>(value));
        break;
      case day_of_week:
        cron.days_of_week.set(static_cast<std::size_t>(value));
        break;
      case year:
        cron.years.set(static_cast<std::size_t>(value - first_quartz_year));
        break;
      default:
        break;
    }
  }

  // A number or a name of the current field, range-checked.
  template <typename Input>
  int value_of(const Input& in) const {
    const std::string word = in.string();
    const std::size_t begin = offset(in.begin());
    const std::size_t end = offset(in.end());
    const FieldFacts& f = facts();
    if (word.front() >= '0' && word.front() <= '9') {
      if (word.size() > 9 || std::stoi(word) < f.low || std::stoi(word) > f.high) {
        std::string reason = fmt::format("{} is not a value of the {} field, which takes {}-{}",
                                         word, f.name, f.low, f.high);
        if (field == day_of_week) reason += " (1 = SUN ... 7 = SAT)";
        static constexpr std::array<std::string_view, 6> range_codes = {
            "minute-out-of-range", "hour-out-of-range", "dom-out-of-range",
            "month-out-of-range",  "dow-out-of-range",  "field-syntax"};
        reject(std::string(range_codes[static_cast<std::size_t>(field)]), std::move(reason), begin,
               end);
      }
      return std::stoi(word);
    }
    std::string upper = word;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    static constexpr std::array<std::string_view, 12> months = {
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    static constexpr std::array<std::string_view, 7> weekdays = {"SUN", "MON", "TUE", "WED",
                                                                 "THU", "FRI", "SAT"};
    if (field == month) {
      const auto it = std::find(months.begin(), months.end(), upper);
      if (it == months.end())
        reject("field-syntax", fmt::format("'{}' is not a month name (JAN-DEC)", word), begin, end);
      return static_cast<int>(it - months.begin()) + 1;
    }
    if (field == day_of_week) {
      const auto it = std::find(weekdays.begin(), weekdays.end(), upper);
      if (it == weekdays.end())
        reject("field-syntax", fmt::format("'{}' is not a day name (SUN-SAT)", word), begin, end);
      return static_cast<int>(it - weekdays.begin()) + 1;
    }
    reject("field-syntax",
           fmt::format("'{}' in the {} field: only Month and Day-of-week take names", word, f.name),
           begin, end);
  }

  // The end of an item with `, - * /`: its values go into the set, a reversed range wrapping
  // around the field as Quartz's addToSet() does (`22-2` hours: 22, 23, 0, 1, 2).
  template <typename Input>
  void finish_item(const Input& in) {
    const FieldFacts& f = facts();
    int start = first;
    int stop = first;
    if (every) {
      start = f.low;
      stop = f.high;
    } else if (last) {
      stop = *last;
    } else if (increment > 0) {
      stop = f.high;
    }
    const int step = increment > 0 ? increment : 1;
    const int size = f.high - f.low + 1;
    if (stop < start) {
      if (field == year) {
        reject("range-reversed",
               fmt::format("the range {} ends before it starts: a year range cannot wrap",
                           in.string()),
               offset(in.begin()), offset(in.end()));
      }
      stop += size;
    }
    for (int i = start; i <= stop; i += step) set((i - f.low) % size + f.low);
    every = false;
    last.reset();
    increment = 0;
  }

  template <typename Input>
  void lone(const Input& in) {
    auto& place = lone_item[static_cast<std::size_t>(field)];
    if (!place) place = std::pair{offset(in.begin()), offset(in.end())};
  }
};

// ---- Actions
// --------------------------------------------------------------------------------------

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

template <typename Rule, Field Which>
struct field_action {
  template <typename Input>
  static void apply(const Input& in, Reading& r) {
    r.result.fields[static_cast<std::size_t>(Which)] = {r.offset(in.begin()), r.offset(in.end())};
  }
};
template <>
struct action<q::minutes> : field_action<q::minutes, minutes> {};
template <>
struct action<q::hours> : field_action<q::hours, hours> {};
template <>
struct action<q::day_of_month> : field_action<q::day_of_month, day_of_month> {};
template <>
struct action<q::month> : field_action<q::month, month> {};
template <>
struct action<q::day_of_week> : field_action<q::day_of_week, day_of_week> {};
template <>
struct action<q::year> : field_action<q::year, year> {};

template <>
struct action<q::every> {
  static void apply0(Reading& r) { r.every = true; }
};
template <>
struct action<q::range_first> {
  template <typename Input>
  static void apply(const Input& in, Reading& r) {
    r.first = r.value_of(in);
  }
};
template <>
struct action<q::range_last> {
  template <typename Input>
  static void apply(const Input& in, Reading& r) {
    r.last = r.value_of(in);
  }
};
template <>
struct action<q::increment> {
  template <typename Input>
  static void apply(const Input& in, Reading& r) {
    const std::string digits = in.string();
    const FieldFacts& f = r.facts();
    const int span = f.high - f.low + 1;
    if (digits.size() > 9 || std::stoi(digits) < 1 || std::stoi(digits) > span) {
      reject("step-exceeds-range",
             fmt::format("the increment after '/' in the {} field must be 1-{}, not {}", f.name,
                         span, digits),
             r.offset(in.begin()), r.offset(in.end()));
    }
    r.increment = std::stoi(digits);
  }
};
template <>
struct action<q::item> {
  template <typename Input>
  static void apply(const Input& in, Reading& r) {
    r.finish_item(in);
  }
};
template <>
struct action<q::weekdays> : action<q::item> {};

template <>
struct action<q::any_day> {
  static void apply0(Reading& r) {
    (r.field == day_of_month ? r.cron.day_of_month_unspecified : r.cron.day_of_week_unspecified) =
        true;
  }
};
template <>
struct action<q::last_day_of_month> {
  template <typename Input>
  static void apply(const Input& in, Reading& r) {
    r.cron.last_day_of_month = true;
    r.lone(in);
  }
};
template <>
struct action<q::weekday_near> {
  template <typename Input>
  static void apply(const Input& in, Reading& r) {
    r.set(r.value_of(in));
    r.cron.nearest_weekday = true;
  }
};
template <>
struct action<q::nearest_weekday> {
  template <typename Input>
  static void apply(const Input& in, Reading& r) {
    r.lone(in);
  }
};
template <>
struct action<q::last_weekday_day> {
  template <typename Input>
  static void apply(const Input& in, Reading& r) {
    r.set(r.value_of(in));
    r.cron.last_day_of_week = true;
  }
};
template <>
struct action<q::last_weekday> : action<q::nearest_weekday> {};
template <>
struct action<q::nth_weekday_day> {
  template <typename Input>
  static void apply(const Input& in, Reading& r) {
    r.set(r.value_of(in));
  }
};
template <>
struct action<q::nth_week> {
  template <typename Input>
  static void apply(const Input& in, Reading& r) {
    const std::string digits = in.string();
    if (digits.size() > 1 || digits[0] < '1' || digits[0] > '5') {
      reject("field-syntax",
             fmt::format("the week after '#' must be 1-5 (the first to the fifth), not {}", digits),
             r.offset(in.begin()), r.offset(in.end()));
    }
    r.cron.nth_day_of_week = digits[0] - '0';
  }
};
template <>
struct action<q::nth_weekday> {
  template <typename Input>
  static void apply(const Input& in, Reading& r) {
    if (++r.nth_items == 2) {
      r.second_nth_begin = r.offset(in.begin());
      r.second_nth_end = r.offset(in.end());
    }
    r.lone(in);
  }
};
template <>
struct action<q::last_day_of_week> {
  template <typename Input>
  static void apply(const Input& in, Reading& r) {
    r.set(7);  // Quartz's addToSet(7, 7, 0): `L` alone is Saturday
    r.lone(in);
  }
};
template <>
struct action<q::dom_item> {
  static void apply0(Reading& r) { ++r.item_count[day_of_month]; }
};
template <>
struct action<q::dow_item> {
  static void apply0(Reading& r) { ++r.item_count[day_of_week]; }
};

template <>
struct action<q::rate_value> {
  template <typename Input>
  static void apply(const Input& in, Reading& r) {
    const std::string digits = in.string();
    // Ten digits of days is already beyond any date cronkit simulates.
    r.rate_value = digits.size() > 10 ? std::int64_t{10'000'000'000} : std::stoll(digits);
    if (*r.rate_value < 1) {
      reject("field-syntax", "the value of rate() must be a positive number, not 0",
             r.offset(in.begin()), r.offset(in.end()));
    }
  }
};
template <>
struct action<q::rate_unit> {
  template <typename Input>
  static void apply(const Input& in, Reading& r) {
    const std::string unit = in.string();
    const bool singular = unit.back() != 's';
    const std::int64_t value = *r.rate_value;
    if (value == 1 && !singular) {
      reject("field-syntax",
             fmt::format("a value of 1 takes the singular unit: rate(1 {})",
                         unit.substr(0, unit.size() - 1)),
             r.offset(in.begin()), r.offset(in.end()));
    }
    if (value > 1 && singular) {
      reject("field-syntax",
             fmt::format("a value above 1 takes the plural unit: rate({} {}s)", value, unit),
             r.offset(in.begin()), r.offset(in.end()));
    }
    const std::int64_t minutes_per = unit.starts_with("minute") ? 1
                                     : unit.starts_with("hour") ? 60
                                                                : 24 * 60;
    // Capped far beyond the year 9999, where simulations end.
    r.result.rate =
        std::chrono::minutes{std::min<std::int64_t>(value, 10'000'000'000) * minutes_per};
  }
};
template <>
struct action<q::at_time> {
  template <typename Input>
  static void apply(const Input& in, Reading& r) {
    const std::string t = in.string();  // yyyy-mm-ddThh:mm:ss, digits where digits belong
    const auto number = [&](std::size_t at, std::size_t length) {
      return std::stoi(t.substr(at, length));
    };
    const date::year_month_day day{date::year{number(0, 4)},
                                   date::month{static_cast<unsigned>(number(5, 2))},
                                   date::day{static_cast<unsigned>(number(8, 2))}};
    const std::size_t begin = r.offset(in.begin());
    if (!day.ok()) {
      reject("field-syntax", fmt::format("{} is not a date", t.substr(0, 10)), begin, begin + 10);
    }
    if (number(11, 2) > 23 || number(14, 2) > 59 || number(17, 2) > 59) {
      reject("field-syntax",
             fmt::format("{} is not a time of day (00:00:00-23:59:59)", t.substr(11)), begin + 11,
             begin + 19);
    }
    r.result.one_time = date::local_days{day} + std::chrono::hours{number(11, 2)} +
                        std::chrono::minutes{number(14, 2)} + std::chrono::seconds{number(17, 2)};
  }
};

// ---- Control: what each `must<>` point says -----------------------------------------------------

template <typename Rule>
inline constexpr int field_of = -1;
template <>
inline constexpr int field_of<q::minutes> = minutes;
template <>
inline constexpr int field_of<q::hours> = hours;
template <>
inline constexpr int field_of<q::day_of_month> = day_of_month;
template <>
inline constexpr int field_of<q::month> = month;
template <>
inline constexpr int field_of<q::day_of_week> = day_of_week;
template <>
inline constexpr int field_of<q::year> = year;

template <typename Rule>
inline constexpr int separator_before = -1;
template <>
inline constexpr int separator_before<q::before_hours> = hours;
template <>
inline constexpr int separator_before<q::before_day_of_month> = day_of_month;
template <>
inline constexpr int separator_before<q::before_month> = month;
template <>
inline constexpr int separator_before<q::before_day_of_week> = day_of_week;
template <>
inline constexpr int separator_before<q::before_year> = year;

constexpr std::string_view six_fields =
    "cron() has six fields: minutes hours day-of-month month day-of-week year";

// For an expression with blanks after its commas: a list with a blank in it (one such comma), or
// fields separated by commas, and then what it was meant to be when that has six fields
// ("; ... so this is probably cron(5 0 1 * ? *)").
std::string commas_between_fields(std::string_view text) {
  std::string meant;
  std::size_t separators = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ',' && i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\t')) {
      ++separators;
      meant += ' ';
      while (i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\t')) ++i;
      continue;
    }
    meant += text[i];
  }
  const std::size_t open = meant.find('('), close = meant.rfind(')');
  std::size_t fields = 0;
  if (open != std::string::npos && close != std::string::npos && close > open) {
    bool in_field = false;
    for (std::size_t i = open + 1; i < close; ++i) {
      const bool blank = meant[i] == ' ' || meant[i] == '\t';
      if (!blank && !in_field) ++fields;
      in_field = !blank;
    }
  }
  // One comma and a blank is more likely a list with a blank in it (`5, 17`).
  if (separators < 2) return "; a list has no blank after its commas";
  const std::string rule = "; cron() separates its fields with blanks, not commas";
  if (fields == 6) return rule + fmt::format(", so this is probably {}", meant);
  return rule;
}

template <typename Rule>
struct control : pegtl::normal<Rule> {
  template <typename Input>
  static void start(const Input&, Reading& r) {
    if constexpr (field_of<Rule> >= 0) r.field = field_of<Rule>;
  }

  template <typename Input>
  [[noreturn]] static void raise(const Input& in, Reading& r) {
    const std::size_t at = r.offset(in.current());
    const bool at_end = in.empty();
    const char c = at_end ? '\0' : in.peek_char();
    const std::string found = at_end ? "the end of the expression" : printable(c);
    const std::size_t to = at_end ? at : at + 1;
    if constexpr (field_of<Rule> >= 0) {
      std::string reason = fmt::format("expected {} in the {} field, found {}", r.facts().expected,
                                       r.facts().name, c == ')' ? "')'" : found);
      if (c == ')')
        reject("field-count", fmt::format("missing the {} field: {}", r.facts().name, six_fields),
               at, to);
      if (c == '?') reason += " ('?' is only for Day-of-month or Day-of-week)";
      reject("field-syntax", std::move(reason), at, to);
    } else if constexpr (separator_before<Rule> >= 0) {
      reject("field-count",
             fmt::format("missing the {} field: {}",
                         field_facts[static_cast<std::size_t>(separator_before<Rule>)].name,
                         six_fields),
             at, to);
    } else if constexpr (std::is_same_v<Rule, q::field_end>) {
      if (at_end) {
        reject("field-count",
               fmt::format("the expression ends inside cron(: {}, then ')'", six_fields), at, to);
      }
      std::string reason = fmt::format("unexpected {} in the {} field (its wildcards: {})", found,
                                       r.facts().name, r.facts().wildcards);
      if (c == '/' && r.field == day_of_week) reason += "; Day-of-week has no '/' increments";
      if (c == 'W' && r.field == day_of_month && at > 0 && r.text[at - 1] == 'L')
        reason += "; 'LW' is not in EventBridge's documented syntax";
      reject("field-syntax", std::move(reason), at, to);
    } else if constexpr (std::is_same_v<Rule, q::item> || std::is_same_v<Rule, q::dom_item> ||
                         std::is_same_v<Rule, q::dow_item>) {
      std::string reason = fmt::format("expected {} after ',' in the {} field, found {}",
                                       r.facts().expected, r.facts().name, found);
      // `cron(5, 0, 1, *, ?, *)`: commas written between the fields, as in a list of arguments.
      if (c == ' ' || c == '\t') reason += commas_between_fields(r.text);
      reject("field-syntax", std::move(reason), at, to);
    } else if constexpr (std::is_same_v<Rule, q::range_last>) {
      reject("field-syntax",
             fmt::format("expected a value after '-' in the {} field, found {}", r.facts().name,
                         found),
             at, to);
    } else if constexpr (std::is_same_v<Rule, q::increment>) {
      reject("field-syntax",
             fmt::format("expected an increment after '/' in the {} field, found {}",
                         r.facts().name, found),
             at, to);
    } else if constexpr (std::is_same_v<Rule, q::nth_week>) {
      reject("field-syntax", fmt::format("expected a week 1-5 after '#', found {}", found), at, to);
    } else if constexpr (std::is_same_v<Rule, q::close>) {
      if (at_end) reject("field-syntax", "missing the closing ')'", at, to);
      if (r.field == year && (c == ' ' || c == '\t')) {
        reject("field-syntax",
               fmt::format("unexpected {} after the Year field: {}, then ')'", found, six_fields),
               at, to);
      }
      if (r.field == year) {
        reject("field-syntax",
               fmt::format("unexpected {} in the Year field (its wildcards: , - * /)", found), at,
               to);
      }
      reject("field-syntax", fmt::format("expected ')', found {}", found), at, to);
    } else if constexpr (std::is_same_v<Rule, q::rate_value>) {
      reject("field-syntax",
             fmt::format("expected a positive whole number after 'rate(', found {}", found), at,
             to);
    } else if constexpr (std::is_same_v<Rule, q::before_unit>) {
      reject("field-syntax",
             fmt::format("expected a blank between the value and the unit, found {}", found), at,
             to);
    } else if constexpr (std::is_same_v<Rule, q::rate_unit>) {
      reject("field-syntax",
             fmt::format("expected a unit (minute, minutes, hour, hours, day or days), found {}",
                         found),
             at, to);
    } else if constexpr (std::is_same_v<Rule, q::at_time>) {
      reject("field-syntax",
             fmt::format("expected a time yyyy-mm-ddThh:mm:ss after 'at(', found {}", found), at,
             to);
    } else if constexpr (std::is_same_v<Rule, q::end>) {
      reject("field-syntax", fmt::format("unexpected {} after ')'", found), at, to);
    } else {
      static_assert(std::is_same_v<Rule, void>, "a must<> point without a message");
    }
  }
};

// A text that is no ScheduleExpression at all: say which forms there are, and what it looks like.
[[noreturn]] void reject_form(std::string_view text, const Dialect& rules) {
  const std::string forms = rules.accepts_at_expression
                                ? "cron(minutes hours day-of-month month day-of-week year), "
                                  "rate(value unit) or at(yyyy-mm-ddThh:mm:ss)"
                                : "cron(minutes hours day-of-month month day-of-week year) or "
                                  "rate(value unit)";
  std::string reason = fmt::format("{} takes {}", rules.daemon, forms);
  if (text.starts_with("at(") && !rules.accepts_at_expression) {
    reason = fmt::format(
        "at() is EventBridge Scheduler's one-time schedule (--dialect eventbridge-scheduler); "
        "{} takes {}",
        rules.daemon, forms);
  } else if (!text.empty() && (std::isdigit(static_cast<unsigned char>(text.front())) ||
                               text.front() == '*' || text.front() == '@')) {
    std::size_t words = 0;
    for (std::size_t i = 0; i < text.size();) {
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
      if (i == text.size()) break;
      ++words;
      while (i < text.size() && text[i] != ' ' && text[i] != '\t') ++i;
    }
    reason += fmt::format("; this is a bare cron line of {} field{}, not wrapped in cron(...)",
                          words, words == 1 ? "" : "s");
  }
  reject("field-count", std::move(reason), 0, text.size());
}

}  // namespace

EventBridgeReading read_eventbridge_expression(std::string_view expression,
                                               const Dialect& dialect) {
  Reading r(expression, dialect);
  try {
    pegtl::memory_input<pegtl::tracking_mode::lazy> in(expression.data(), expression.size(), "");
    const bool matched = dialect.accepts_at_expression
                             ? pegtl::parse<q::scheduler_expression, action, control>(in, r)
                             : pegtl::parse<q::rule_expression, action, control>(in, r);
    if (!matched) reject_form(expression, dialect);
    if (expression.starts_with("cron(")) {
      const auto& f = r.result.fields;
      // Exactly one day field is `?`: the cron expressions page's Limitations.
      if (r.cron.day_of_month_unspecified && r.cron.day_of_week_unspecified) {
        reject("field-syntax",
               "Day-of-month and Day-of-week are both '?': exactly one of them must be '?', the "
               "other chooses the days",
               f[day_of_month].begin, f[day_of_week].end);
      }
      if (!r.cron.day_of_month_unspecified && !r.cron.day_of_week_unspecified) {
        // Suggest the '?' where it loses nothing: in the field that is '*', else in
        // Day-of-month when Day-of-week names days.
        const std::string_view dom =
            expression.substr(f[day_of_month].begin, f[day_of_month].end - f[day_of_month].begin);
        const bool question_in_dow =
            dom != "*" && expression.substr(f[day_of_week].begin,
                                            f[day_of_week].end - f[day_of_week].begin) == "*";
        const Field replaced = question_in_dow ? day_of_week : day_of_month;
        const std::string suggestion = fmt::format("{}?{}", expression.substr(0, f[replaced].begin),
                                                   expression.substr(f[replaced].end));
        // The days as a crontab numbers them, which the suggestion would otherwise keep.
        const std::string_view days =
            expression.substr(f[day_of_week].begin, f[day_of_week].end - f[day_of_week].begin);
        const bool monday_one = days == "1-5" || days == "1-6";
        reject("field-syntax",
               fmt::format("Day-of-month and Day-of-week are both set: one of them must be '?' "
                           "(EventBridge cannot use both, and '*' in one still needs '?' in the "
                           "other), e.g. {}{}",
                           suggestion,
                           monday_one ? fmt::format(" (but 1 = Sunday in EventBridge: {} is "
                                                    "Sunday to {}; Monday is 2 or MON)",
                                                    days, days == "1-5" ? "Thursday" : "Friday")
                                      : std::string()),
               f[day_of_month].begin, f[day_of_week].end);
      }
      if (r.nth_items > 1) {
        reject("field-syntax",
               "only one '#' expression is allowed in Day-of-week (3#1,6#3 is not valid)",
               r.second_nth_begin, r.second_nth_end);
      }
      for (Field field : {day_of_month, day_of_week}) {
        const auto& lone = r.lone_item[static_cast<std::size_t>(field)];
        if (lone && r.item_count[static_cast<std::size_t>(field)] > 1) {
          reject("field-syntax",
                 fmt::format("'{}' must be the only item of the {} field: Quartz, whose syntax "
                             "EventBridge's cron() is, cannot combine it with other days",
                             expression.substr(lone->first, lone->second - lone->first),
                             field_facts[static_cast<std::size_t>(field)].name),
                 lone->first, lone->second);
        }
      }
      r.cron.seconds.set(0);
      r.result.cron = r.cron;
    }
  } catch (const Rejection& rejection) {
    r.result.code = rejection.code;
    r.result.reason = rejection.reason;
    r.result.begin = rejection.begin;
    r.result.end = rejection.end;
    // A cron() of five or seven fields fails at a field that is only out of place: say how many.
    const std::size_t close = expression.find(')');
    if (expression.starts_with("cron(") && close != std::string_view::npos) {
      const std::string_view inside = expression.substr(5, close - 5);
      std::size_t words = 0;
      for (std::size_t i = 0; i < inside.size();) {
        while (i < inside.size() && (inside[i] == ' ' || inside[i] == '\t')) ++i;
        if (i == inside.size()) break;
        ++words;
        while (i < inside.size() && inside[i] != ' ' && inside[i] != '\t') ++i;
      }
      if (words != 6) {
        r.result.code = "field-count";
        r.result.reason =
            fmt::format("found {} field{}; {}", words, words == 1 ? "" : "s", six_fields);
        r.result.begin = 5;
        r.result.end = close;
      }
    }
    r.result.cron.reset();
    r.result.rate = {};
    r.result.one_time.reset();
  }
  return r.result;
}

}  // namespace cronkit
