#include "parse/ncrontab_expression.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <tao/pegtl.hpp>

#include "grammar/ncrontab.hpp"

namespace cronkit {
namespace {

namespace g = grammar::ncrontab;
namespace pegtl = tao::pegtl;

// CrontabFieldKind and CrontabFieldImpl's bounds and names.
enum class Kind { second, minute, hour, day, month, day_of_week };
struct KindInfo {
  std::string_view name;
  int min;
  int max;
  std::array<std::string_view, 12> names;  // empty for fields without names
  std::size_t name_count;
};
KindInfo kind_info(Kind kind) {
  switch (kind) {
    case Kind::second:
      return {"Second", 0, 59, {}, 0};
    case Kind::minute:
      return {"Minute", 0, 59, {}, 0};
    case Kind::hour:
      return {"Hour", 0, 23, {}, 0};
    case Kind::day:
      return {"Day", 1, 31, {}, 0};
    case Kind::month:
      return {"Month",
              1,
              12,
              {"January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"},
              12};
    case Kind::day_of_week:
      return {"DayOfWeek",
              0,
              6,
              {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
              7};
  }
  return {};
}

// How an NCrontab error leaves TryParse: a thrown FormatException or CrontabException is caught
// by CrontabFieldImpl.TryParse and replaced by "'<field>' is not a valid [Kind] crontab field
// expression."; errors it returns (an empty list item, a value out of range) keep their text; an
// OverflowException from int.Parse is caught by nobody.
struct NcrontabError {
  enum class Way { thrown, returned, overflow };
  Way way;
  std::string message;
};

struct Pieces {
  std::vector<std::pair<std::size_t, std::size_t>> tokens;
  const char* base = nullptr;
  std::vector<std::string_view> items;
  std::optional<std::string_view> every, stepped_range, range_first, range_last;
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
template <>
struct action<g::whole_field> {
  template <typename Input>
  static void apply(const Input& in, Pieces& p) {
    p.items.emplace_back(in.begin(), in.size());
  }
};
template <>
struct action<g::item> {
  template <typename Input>
  static void apply(const Input& in, Pieces& p) {
    p.items.emplace_back(in.begin(), in.size());
  }
};
#define CRONKIT_NCRONTAB_CAPTURE(rule)                  \
  template <>                                           \
  struct action<g::rule> {                              \
    template <typename Input>                           \
    static void apply(const Input& in, Pieces& p) {     \
      p.rule = std::string_view(in.begin(), in.size()); \
    }                                                   \
  }
CRONKIT_NCRONTAB_CAPTURE(every);
CRONKIT_NCRONTAB_CAPTURE(stepped_range);
CRONKIT_NCRONTAB_CAPTURE(range_first);
CRONKIT_NCRONTAB_CAPTURE(range_last);
#undef CRONKIT_NCRONTAB_CAPTURE

template <typename Rule>
Pieces cut(std::string_view text) {
  Pieces pieces;
  pieces.base = text.data();
  pegtl::memory_input<> in(text.data(), text.size(), "");
  pegtl::parse<Rule, action>(in, pieces);
  return pieces;
}

bool is_white(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// int.Parse(s, CultureInfo.InvariantCulture): NumberStyles.Integer, i.e. optional white space,
// an optional sign, ASCII digits, optional white space.
int dotnet_parse_int(std::string_view s) {
  std::size_t i = 0;
  std::size_t end = s.size();
  while (i < end && is_white(s[i])) ++i;
  while (end > i && is_white(s[end - 1])) --end;
  bool negative = false;
  if (i < end && (s[i] == '-' || s[i] == '+')) negative = s[i++] == '-';
  if (i == end) {
    throw NcrontabError{NcrontabError::Way::thrown, "Input string was not in a correct format."};
  }
  long long magnitude = 0;
  bool overflow = false;
  for (; i < end; ++i) {
    if (s[i] < '0' || s[i] > '9') {
      throw NcrontabError{NcrontabError::Way::thrown, "Input string was not in a correct format."};
    }
    if (!overflow) magnitude = magnitude * 10 + (s[i] - '0');
    if (magnitude > 2147483648LL) overflow = true;
  }
  if (overflow || (!negative && magnitude > 2147483647LL)) {
    throw NcrontabError{NcrontabError::Way::overflow,
                        "Value was either too large or too small for an Int32."};
  }
  return static_cast<int>(negative ? -magnitude : magnitude);
}

// CrontabFieldImpl.ParseValue().
int parse_value(std::string_view text, const KindInfo& info) {
  if (text.empty()) {
    throw NcrontabError{NcrontabError::Way::thrown, "A crontab field value cannot be empty."};
  }
  if (text[0] >= '0' && text[0] <= '9') return dotnet_parse_int(text);
  if (info.name_count == 0) {
    throw NcrontabError{
        NcrontabError::Way::thrown,
        fmt::format("'{}' is not a valid [{}] crontab field value. It must be a numeric value "
                    "between {} and {} (all inclusive).",
                    text, info.name, info.min, info.max)};
  }
  // CompareInfo.IsPrefix(name, text, IgnoreCase): the text starts a name, in any case.
  for (std::size_t i = 0; i < info.name_count; ++i) {
    const std::string_view name = info.names[i];
    if (text.size() > name.size()) continue;
    bool prefix = true;
    for (std::size_t k = 0; k < text.size() && prefix; ++k) {
      auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
      prefix = lower(text[k]) == lower(name[k]);
    }
    if (prefix) return static_cast<int>(i) + info.min;
  }
  std::string all;
  for (std::size_t i = 0; i < info.name_count; ++i) {
    if (i > 0) all += ", ";
    all += info.names[i];
  }
  throw NcrontabError{
      NcrontabError::Way::thrown,
      fmt::format("'{}' is not a known value name. Use one of the following: {}.", text, all)};
}

// CrontabField.Accumulate(): a value, a range (reversed ones swapped) or all, every `interval`.
void accumulate(int start, int end, int interval, const KindInfo& info, std::uint64_t& bits) {
  auto above = [&](int value) {
    return NcrontabError{
        NcrontabError::Way::returned,
        fmt::format("{} is higher than the maximum allowable value for the [{}] field. Value "
                    "must be between {} and {} (all inclusive).",
                    value, info.name, info.min, info.max)};
  };
  auto below = [&](int value) {
    return NcrontabError{
        NcrontabError::Way::returned,
        fmt::format("{} is lower than the minimum allowable value for the [{}] field. Value "
                    "must be between {} and {} (all inclusive).",
                    value, info.name, info.min, info.max)};
  };
  if (start == end) {
    if (start < 0) {
      start = info.min;
      end = info.max;
    } else {
      if (start < info.min) throw below(start);
      if (start > info.max) throw above(start);
    }
  } else {
    if (start > end) std::swap(start, end);
    if (start < 0) {
      start = info.min;
    } else if (start < info.min) {
      throw below(start);
    }
    if (end < 0) {
      end = info.max;
    } else if (end > info.max) {
      throw above(end);
    }
  }
  if (interval < 1) interval = 1;
  for (long long i = start; i <= end; i += interval) bits |= std::uint64_t{1} << i;
}

// CrontabFieldImpl.InternalParse() of one comma-free piece.
void parse_piece(std::string_view text, const KindInfo& info, std::uint64_t& bits) {
  if (text.empty()) {
    throw NcrontabError{NcrontabError::Way::returned, "A crontab field value cannot be empty."};
  }
  std::optional<int> every;
  const Pieces stepped = cut<g::stepped>(text);
  if (stepped.every) {
    every = dotnet_parse_int(*stepped.every);
    text = *stepped.stepped_range;
  }
  if (text == "*") {
    accumulate(-1, -1, every.value_or(1), info, bits);
    return;
  }
  const Pieces range = cut<g::range>(text);
  if (range.range_last) {
    const int first = parse_value(*range.range_first, info);
    const int last = parse_value(*range.range_last, info);
    accumulate(first, last, every.value_or(1), info, bits);
    return;
  }
  const int value = parse_value(text, info);
  if (every) {
    accumulate(value, info.max, *every, info, bits);
  } else {
    accumulate(value, value, 1, info, bits);
  }
}

// CrontabFieldImpl.TryParse(): the field's values as bits, or the error as NCrontab reports it.
std::uint64_t parse_field(std::string_view field, Kind kind) {
  const KindInfo info = kind_info(kind);
  std::uint64_t bits = 0;
  try {
    for (std::string_view piece : cut<g::items>(field).items) parse_piece(piece, info, bits);
  } catch (const NcrontabError& error) {
    if (error.way != NcrontabError::Way::thrown) throw;
    throw NcrontabError{
        NcrontabError::Way::returned,
        fmt::format("'{}' is not a valid [{}] crontab field expression.", field, info.name)};
  }
  return bits;
}

Span span_of(std::size_t begin, std::size_t end) {
  return Span{1, static_cast<std::uint32_t>(begin + 1), static_cast<std::uint32_t>(end + 1), begin,
              end};
}

// The Functions host's sentence (TimerSchedule.Create), then NCrontab's reason, which the host
// does not show (CronSchedule.TryCreate calls TryParse and keeps only "null").
std::string azure_error_text(std::string_view expression, const std::string& reason) {
  return fmt::format(
      "Azure Functions rejects the schedule: The schedule expression '{}' was not recognized as a "
      "valid cron expression or timespan string. (NCrontab: {})",
      expression, reason);
}

}  // namespace

void read_ncrontab_schedule(ParsedSchedule& result) {
  const std::string_view source = result.text();
  const Pieces p = cut<g::expression>(source);
  // CronSchedule.HasSeconds(): anything but exactly five pieces is read with seconds.
  const bool with_seconds = p.tokens.size() != 5;
  const std::size_t expected = with_seconds ? 6 : 5;
  if (p.tokens.size() != expected) {
    const std::string reason = fmt::format(
        "'{}' is an invalid crontab expression. It must contain {}.", source,
        with_seconds ? "6 components of a schedule in the sequence of seconds, minutes, hours, "
                       "days, months, and days of week"
                     : "5 components of a schedule in the sequence of minutes, hours, days, "
                       "months, and days of week");
    result.diagnostics.push_back(Diagnostic{"field-count", Severity::error,
                                            span_of(0, source.size()),
                                            azure_error_text(source, reason), true});
    return;
  }
  static constexpr std::array<Kind, 6> kinds = {Kind::second, Kind::minute, Kind::hour,
                                                Kind::day,    Kind::month,  Kind::day_of_week};
  static constexpr std::array<FieldKind, 6> field_kinds = {
      FieldKind::second,       FieldKind::minute, FieldKind::hour,
      FieldKind::day_of_month, FieldKind::month,  FieldKind::day_of_week};
  const std::size_t first_kind = with_seconds ? 0 : 1;
  std::array<std::uint64_t, 6> bits{1, 0, 0, 0, 0, 0};  // no seconds field: second 0
  std::array<Field, 6> fields{};
  for (std::size_t i = 0; i < p.tokens.size(); ++i) {
    const std::size_t k = i + first_kind;
    const auto [begin, end] = p.tokens[i];
    fields[k].kind = field_kinds[k];
    fields[k].set_text(source.substr(begin, end - begin));
    fields[k].set_span(span_of(begin, end));
    try {
      bits[k] = parse_field(fields[k].text(), kinds[k]);
    } catch (const NcrontabError& error) {
      result.diagnostics.push_back(Diagnostic{"field-syntax", Severity::error, fields[k].span(),
                                              azure_error_text(source, error.message), true});
      return;
    }
  }
  Schedule schedule;
  schedule.writable_extras().seconds = bits[0];
  schedule.minutes = bits[1];
  schedule.hours = bits[2];
  schedule.days_of_month = bits[3];
  schedule.months = bits[4];
  schedule.days_of_week = bits[5] & 0x7F;
  if (bits[5] & 1) schedule.days_of_week.set(7);
  // CrontabSchedule.TryGetNextOccurrence(): the weekday is checked after the date is chosen.
  schedule.both_day_fields_must_match = true;
  schedule.minute_star = fields[1].starts_with_star();
  schedule.hour_star = fields[2].starts_with_star();
  schedule.day_of_month_star = fields[3].text() == "*";
  schedule.day_of_week_star = fields[5].text() == "*";
  for (std::size_t k = 1; k < 6; ++k) result.fields[k - 1] = fields[k];
  if (with_seconds) result.second_and_year.push_back(fields[0]);
  result.schedule = std::move(schedule);
}

}  // namespace cronkit
