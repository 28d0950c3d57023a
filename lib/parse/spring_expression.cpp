#include "parse/spring_expression.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <tao/pegtl.hpp>

#include "grammar/spring.hpp"
#include "parse/java_int.hpp"

namespace cronkit {
namespace {

namespace g = grammar::spring;
namespace pegtl = tao::pegtl;

// What Spring throws; caught once, at the expression, as CronExpression.parse catches it.
struct SpringError {
  std::string message;
};
[[noreturn]] void fail(std::string message) {
  throw SpringError{std::move(message)};
}

// CronField.Type: the java.time field behind each cron field, for its range and its name in
// DateTimeException's "Invalid value for MinuteOfHour (valid values 0 - 59): 60".
enum class SpringType { second, minute, hour, day_of_month, month, day_of_week };
struct TypeRange {
  std::string_view chrono_name;
  int min;
  int max;
  std::string_view valid_values;  // ValueRange.toString()
};
TypeRange type_range(SpringType type) {
  switch (type) {
    case SpringType::second:
      return {"SecondOfMinute", 0, 59, "0 - 59"};
    case SpringType::minute:
      return {"MinuteOfHour", 0, 59, "0 - 59"};
    case SpringType::hour:
      return {"HourOfDay", 0, 23, "0 - 23"};
    case SpringType::day_of_month:
      return {"DayOfMonth", 1, 31, "1 - 28/31"};
    case SpringType::month:
      return {"MonthOfYear", 1, 12, "1 - 12"};
    case SpringType::day_of_week:
      return {"DayOfWeek", 1, 7, "1 - 7"};
  }
  return {"", 0, 0, ""};
}

// The pieces the grammar cuts an input into (each parse fills the members its rules name).
struct Pieces {
  std::vector<std::pair<std::size_t, std::size_t>> tokens;  // offsets in the expression
  const char* base = nullptr;
  std::vector<std::string_view> items;
  std::optional<std::string_view> range_text, step, range_start, range_end;
  bool star = false;
  std::optional<std::string_view> before, after;  // around the last `L`, `W` or `#`
};

template <typename Rule>
struct action : pegtl::nothing<Rule> {};
template <>
struct action<g::token> {
  template <typename Input>
  static void apply(const Input& in, Pieces& p) {
    const auto begin = static_cast<std::size_t>(in.begin() - p.base);
    p.tokens.emplace_back(begin, begin + in.size());
  }
};
#define CRONKIT_SPRING_CAPTURE(rule, member)              \
  template <>                                             \
  struct action<g::rule> {                                \
    template <typename Input>                             \
    static void apply(const Input& in, Pieces& p) {       \
      p.member = std::string_view(in.begin(), in.size()); \
    }                                                     \
  }
CRONKIT_SPRING_CAPTURE(range_text, range_text);
CRONKIT_SPRING_CAPTURE(step, step);
CRONKIT_SPRING_CAPTURE(range_start, range_start);
CRONKIT_SPRING_CAPTURE(range_end, range_end);
CRONKIT_SPRING_CAPTURE(before_l, before);
CRONKIT_SPRING_CAPTURE(after_l, after);
CRONKIT_SPRING_CAPTURE(before_w, before);
CRONKIT_SPRING_CAPTURE(after_w, after);
CRONKIT_SPRING_CAPTURE(before_hash, before);
CRONKIT_SPRING_CAPTURE(after_hash, after);
#undef CRONKIT_SPRING_CAPTURE
template <>
struct action<g::item> {
  template <typename Input>
  static void apply(const Input& in, Pieces& p) {
    p.items.emplace_back(in.begin(), in.size());
  }
};
template <>
struct action<g::star_range> {
  template <typename Input>
  static void apply(const Input&, Pieces& p) {
    p.star = true;
  }
};

// Runs one rule of the grammar over `text`. Every rule used here matches any text it is given
// (the grammar only cuts), so the result is always filled in.
template <typename Rule>
Pieces cut(std::string_view text) {
  Pieces pieces;
  pieces.base = text.data();
  pegtl::memory_input<> in(text.data(), text.size(), "");
  pegtl::parse<Rule, action>(in, pieces);
  return pieces;
}

int value_or_fail(const JavaInt& parsed) {
  if (!parsed.value) fail(parsed.error);
  return *parsed.value;
}

// CronField.Type.checkValidValue(): the java.time range, except that day-of-week takes 0.
int check_valid(SpringType type, int value) {
  if (type == SpringType::day_of_week && value == 0) return value;
  const TypeRange range = type_range(type);
  if (value < range.min || value > range.max) {
    fail(fmt::format("Invalid value for {} (valid values {}): {}", range.chrono_name,
                     range.valid_values, value));
  }
  return value;
}

struct ValueRange {
  int min;
  int max;
};

// BitsCronField.parseRange().
ValueRange parse_range(std::string_view value, SpringType type) {
  const Pieces p = cut<g::range>(value);
  if (p.star) return {type_range(type).min, type_range(type).max};
  if (!p.range_end) {
    const int v = check_valid(type, value_or_fail(java_parse_int(value)));
    return {v, v};
  }
  const std::size_t hyphen = p.range_start->size();
  int min = value_or_fail(java_parse_int(value, 0, hyphen));
  int max = value_or_fail(java_parse_int(value, hyphen + 1, value.size()));
  min = check_valid(type, min);
  max = check_valid(type, max);
  if (type == SpringType::day_of_week && min == 7) min = 0;
  if (min > max) fail("Minimum value must be less than maximum value");  // ValueRange.of()
  return {min, max};
}

// BitsCronField.parseField(): the field's values as bits (bit i: value i).
std::uint64_t parse_field(std::string_view value, SpringType type) {
  // Assert.hasLength() runs before the try, so this message is not followed by the value.
  if (value.empty()) fail("Value must not be empty");
  std::uint64_t bits = 0;
  try {
    for (std::string_view item : cut<g::items>(value).items) {
      const Pieces p = cut<g::bits_item>(item);
      if (!p.step) {
        const ValueRange range = parse_range(item, type);
        for (int i = range.min; i <= range.max; ++i) bits |= std::uint64_t{1} << i;
        continue;
      }
      ValueRange range = parse_range(*p.range_text, type);
      if (p.range_text->find('-') == std::string_view::npos) range.max = type_range(type).max;
      const int delta = value_or_fail(java_parse_int(*p.step));
      if (delta <= 0) fail("Incrementer delta must be 1 or higher");
      for (long long i = range.min; i <= range.max; i += delta) bits |= std::uint64_t{1} << i;
    }
  } catch (const SpringError& error) {
    fail(fmt::format("{} '{}'", error.message, value));
  }
  return bits;
}

// BitsCronField.parseDate(): `?` as the whole field is `*`.
std::uint64_t parse_date(std::string_view value, SpringType type) {
  std::uint64_t bits = parse_field(value == "?" ? std::string_view("*") : value, type);
  // BitsCronField.parseDaysOfWeek(): Sunday is kept as 7.
  if (type == SpringType::day_of_week && (bits & 1)) bits = (bits & ~std::uint64_t{1}) | 1u << 7;
  return bits;
}

// QuartzCronField.parseDaysOfMonth(): `L`, `LW`, `L-n` and `nW`.
void parse_quartz_day_of_month(std::string_view item, QuartzDays& quartz) {
  if (item.find('L') != std::string_view::npos) {
    const Pieces p = cut<g::l_item>(item);
    if (!p.before->empty()) fail(fmt::format("Unrecognized characters before 'L' in '{}'", item));
    if (item == "LW") {
      quartz.last_weekday = true;
    } else if (item == "L") {
      quartz.last_day = true;
    } else {
      const int offset = value_or_fail(java_parse_int(item, 1, item.size()));
      // Spring's text, with its unbalanced quote.
      if (offset >= 0) fail(fmt::format("Offset '{} should be < 0 '{}'", offset, item));
      // lastDayWithOffset(): the last day moved back; no day of the month when it leaves it.
      if (offset > -31) quartz.last_day_offsets |= 1u << -offset;
    }
    return;
  }
  const Pieces p = cut<g::w_item>(item);
  if (p.before->empty()) fail(fmt::format("No day-of-month before 'W' in '{}'", item));
  if (!p.after->empty()) fail(fmt::format("Unrecognized characters after 'W' in '{}'", item));
  const int day = check_valid(SpringType::day_of_month,
                              value_or_fail(java_parse_int(item, 0, p.before->size())));
  quartz.nearest_weekday |= 1u << day;
}

// QuartzCronField.parseDayOfWeek(): 0 and 7 are Sunday. Returns cronkit's weekday, Sunday = 0.
unsigned parse_quartz_weekday(std::string_view text) {
  int day = value_or_fail(java_parse_int(text));
  if (day == 0) day = 7;
  if (day < 1 || day > 7) fail(fmt::format("Invalid value for DayOfWeek: {} '{}'", day, text));
  return static_cast<unsigned>(day % 7);
}

// QuartzCronField.parseDaysOfWeek(): `dL` and `d#n`.
void parse_quartz_day_of_week(std::string_view item, QuartzDays& quartz) {
  if (item.find('L') != std::string_view::npos) {
    const Pieces p = cut<g::l_item>(item);
    if (!p.after->empty()) fail(fmt::format("Unrecognized characters after 'L' in '{}'", item));
    if (p.before->empty()) fail(fmt::format("No day-of-week before 'L' in '{}'", item));
    quartz.last_in_month |= static_cast<std::uint8_t>(1u << parse_quartz_weekday(*p.before));
    return;
  }
  const Pieces p = cut<g::hash_item>(item);
  if (p.before->empty()) fail(fmt::format("No day-of-week before '#' in '{}'", item));
  if (p.after->empty()) fail(fmt::format("No ordinal after '#' in '{}'", item));
  const unsigned weekday = parse_quartz_weekday(*p.before);
  const int ordinal = value_or_fail(java_parse_int(item, p.before->size() + 1, item.size()));
  if (ordinal <= 0) {
    fail(fmt::format("Ordinal '{}' in '{}' must be positive number ", ordinal, item));
  }
  // TemporalAdjusters.dayOfWeekInMonth() past the fifth week leaves the month: never.
  if (ordinal <= 5) {
    quartz.nth_in_month[static_cast<std::size_t>(ordinal - 1)] |=
        static_cast<std::uint8_t>(1u << weekday);
  }
}

bool has_any(std::string_view text, std::string_view characters) {
  return text.find_first_of(characters) != std::string_view::npos;
}

// CronField.parseDaysOfMonth(): with an `L` or `W` anywhere, a list of Quartz and plain items.
std::uint64_t parse_days_of_month(std::string_view value, QuartzDays& quartz) {
  if (!has_any(value, "LW")) return parse_date(value, SpringType::day_of_month);
  std::uint64_t bits = 0;
  for (std::string_view item : cut<g::items>(value).items) {
    if (has_any(item, "LW")) {
      parse_quartz_day_of_month(item, quartz);
    } else {
      bits |= parse_date(item, SpringType::day_of_month);
    }
  }
  return bits;
}

// CronField.parseDaysOfWeek(), after the names are replaced.
std::uint64_t parse_days_of_week(std::string_view value, QuartzDays& quartz) {
  if (!has_any(value, "L#")) return parse_date(value, SpringType::day_of_week);
  std::uint64_t bits = 0;
  for (std::string_view item : cut<g::items>(value).items) {
    if (has_any(item, "L#")) {
      parse_quartz_day_of_week(item, quartz);
    } else {
      bits |= parse_date(item, SpringType::day_of_week);
    }
  }
  return bits;
}

// CronField.replaceOrdinals(): upper-cased, then every JAN..DEC (MON..SUN) anywhere replaced by
// its number, one name after the other.
std::string replace_ordinals(std::string_view value, const std::array<std::string_view, 12>& names,
                             std::size_t count) {
  std::string text(value);
  for (char& c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  for (std::size_t i = 0; i < count; ++i) {
    const std::string number = std::to_string(i + 1);
    std::string replaced;
    std::size_t from = 0;
    for (std::size_t at = text.find(names[i]); at != std::string::npos;
         at = text.find(names[i], from)) {
      replaced.append(text, from, at - from);
      replaced += number;
      from = at + names[i].size();
    }
    replaced.append(text, from);
    text = std::move(replaced);
  }
  return text;
}

constexpr std::array<std::string_view, 12> month_names = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                          "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
constexpr std::array<std::string_view, 12> day_names = {"MON", "TUE", "WED", "THU", "FRI", "SAT",
                                                        "SUN", "",    "",    "",    "",    ""};

// CronExpression.MACROS, matched with equalsIgnoreCase() against the trimmed expression.
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> macros = {{
    {"@yearly", "0 0 0 1 1 *"},
    {"@annually", "0 0 0 1 1 *"},
    {"@monthly", "0 0 0 1 * *"},
    {"@weekly", "0 0 0 * * 0"},
    {"@daily", "0 0 0 * * *"},
    {"@midnight", "0 0 0 * * *"},
    {"@hourly", "0 0 * * * *"},
}};

bool equals_ignore_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// String.trim(): every character up to U+0020 at either end.
std::pair<std::size_t, std::size_t> java_trim(std::string_view text, std::size_t begin,
                                              std::size_t end) {
  while (begin < end && static_cast<unsigned char>(text[begin]) <= ' ') ++begin;
  while (end > begin && static_cast<unsigned char>(text[end - 1]) <= ' ') --end;
  return {begin, end};
}

Span span_of(std::size_t begin, std::size_t end) {
  return Span{1, static_cast<std::uint32_t>(begin + 1), static_cast<std::uint32_t>(end + 1), begin,
              end};
}

// Whether `field` reads as a Quartz year field: digits with `,`, `-`, `/`, or `*`.
bool year_like(std::string_view field) {
  return !field.empty() && field.find_first_not_of("0123456789,-/*") == std::string_view::npos &&
         (field == "*" || field.find_first_of("0123456789") != std::string_view::npos);
}

// Spring's own message, and what the usual mistakes behind it are: a five-field crontab line
// (`expression`, the whole text), a Quartz expression with its seventh field, the year
// (`last_field`).
std::string spring_error_text(const std::string& message, std::size_t field_count,
                              std::string_view expression = {}, std::string_view last_field = {}) {
  std::string text = fmt::format("Spring rejects the expression: {}", message);
  if (message.starts_with("Cron expression must consist of 6 fields") && field_count == 5) {
    text +=
        "; Spring's expressions have six fields, seconds first: second minute hour day-of-month "
        "month day-of-week";
    // A crontab's five fields, read by position, would each land one place to the left.
    // Only where the five fields are plain values, ranges, steps and names, which Spring reads
    // as a crontab does (not fugit's `&` or Quartz's `#`, `L`, `W` with their own rules).
    if (!expression.empty() && expression.find_first_of("#&%?") == std::string_view::npos)
      text += fmt::format(
          ", so the fields shift: to keep this schedule, add a seconds field: "
          "\"0 {}\"",
          expression);
  } else if (message.starts_with("Cron expression must consist of 6 fields") && field_count == 7 &&
             year_like(last_field)) {
    text += fmt::format(
        "; the seventh field `{}` reads as a Quartz year, which Spring's expressions do not "
        "have: drop it (Spring's six fields are second minute hour day-of-month month "
        "day-of-week)",
        last_field);
  }
  return text;
}

}  // namespace

void read_spring_schedule(ParsedSchedule& result) {
  const std::string_view source = result.text();
  // Assert.hasLength(expression, ...).
  if (source.empty()) {
    result.diagnostics.push_back(Diagnostic{"field-count", Severity::error, span_of(0, 0),
                                            "Spring rejects the expression: Expression string "
                                            "must not be empty",
                                            true});
    return;
  }
  const auto [trim_begin, trim_end] = java_trim(source, 0, source.size());
  const std::string_view trimmed = source.substr(trim_begin, trim_end - trim_begin);
  std::string_view expression = trimmed;  // as Spring names it in its messages
  std::array<std::string_view, 6> field_text{};
  std::array<Span, 6> field_span{};
  for (const auto& [macro, expansion] : macros) {
    if (!equals_ignore_case(macro, trimmed)) continue;
    expression = expansion;
    const Pieces p = cut<g::expression>(expansion);
    for (std::size_t i = 0; i < 6; ++i) {
      field_text[i] = expansion.substr(p.tokens[i].first, p.tokens[i].second - p.tokens[i].first);
      field_span[i] = span_of(trim_begin, trim_end);
    }
    break;
  }
  if (expression.data() == trimmed.data()) {
    Pieces p = cut<g::expression>(source);
    std::vector<std::pair<std::size_t, std::size_t>> tokens;
    for (auto [begin, end] : p.tokens) {
      auto [b, e] = java_trim(source, begin, end);
      if (b < e) tokens.emplace_back(b, e);
    }
    if (tokens.size() != 6) {
      const std::string_view last =
          tokens.empty()
              ? std::string_view{}
              : source.substr(tokens.back().first, tokens.back().second - tokens.back().first);
      const std::string message =
          fmt::format("Cron expression must consist of 6 fields (found {} in \"{}\")",
                      tokens.size(), expression);
      result.diagnostics.push_back(
          Diagnostic{"field-count", Severity::error, span_of(trim_begin, trim_end),
                     spring_error_text(message, tokens.size(),
                                       source.substr(trim_begin, trim_end - trim_begin), last),
                     true});
      return;
    }
    for (std::size_t i = 0; i < 6; ++i) {
      field_text[i] = source.substr(tokens[i].first, tokens[i].second - tokens[i].first);
      field_span[i] = span_of(tokens[i].first, tokens[i].second);
    }
  }

  Schedule schedule;
  std::size_t field = 0;
  try {
    schedule.writable_extras().seconds = parse_field(field_text[0], SpringType::second);
    field = 1;
    schedule.minutes = parse_field(field_text[1], SpringType::minute);
    field = 2;
    schedule.hours = parse_field(field_text[2], SpringType::hour);
    field = 3;
    schedule.days_of_month = parse_days_of_month(field_text[3], schedule.writable_extras().quartz);
    field = 4;
    schedule.months =
        parse_field(replace_ordinals(field_text[4], month_names, 12), SpringType::month);
    field = 5;
    const std::string weekdays = replace_ordinals(field_text[5], day_names, 7);
    const std::uint64_t spring_days =
        parse_days_of_week(weekdays, schedule.writable_extras().quartz);
    // Spring's 1 = Monday .. 7 = Sunday is cronkit's numbering, with Sunday as both 0 and 7.
    schedule.days_of_week = spring_days & 0x7E;
    if (spring_days >> 7 & 1) schedule.days_of_week.set(0).set(7);
    schedule.day_of_week_star = weekdays == "*" || weekdays == "?";
  } catch (const SpringError& error) {
    const std::string message =
        fmt::format("{} in cron expression \"{}\"", error.message, expression);
    result.diagnostics.push_back(Diagnostic{"field-syntax", Severity::error, field_span[field],
                                            spring_error_text(message, 6), true});
    return;
  }
  schedule.day_of_month_star = field_text[3] == "*" || field_text[3] == "?";
  schedule.minute_star = field_text[1].starts_with('*');
  schedule.hour_star = field_text[2].starts_with('*');
  // CronExpression.nextOrSameInternal(): every field is its own constraint.
  schedule.both_day_fields_must_match = true;
  schedule.writable_extras().quartz.spring_nearest_weekday =
      schedule.writable_extras().quartz.nearest_weekday != 0;

  static constexpr std::array<FieldKind, 6> kinds = {FieldKind::second, FieldKind::minute,
                                                     FieldKind::hour,   FieldKind::day_of_month,
                                                     FieldKind::month,  FieldKind::day_of_week};
  auto make_field = [&](std::size_t i) {
    Field f;
    f.kind = kinds[i];
    f.set_text(field_text[i]);
    f.set_span(field_span[i]);
    return f;
  };
  for (std::size_t i = 1; i < 6; ++i) result.fields[i - 1] = make_field(i);
  result.second_and_year.push_back(make_field(0));
  result.schedule = std::move(schedule);
}

}  // namespace cronkit
