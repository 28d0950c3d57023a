#include "parse/field_values.hpp"

#include <cstdint>
#include <limits>

namespace cronkit {
namespace {

constexpr std::array<FieldFacts, 7> all_field_facts = {{
    {FieldKind::minute, "minute", "minute-out-of-range", 0, 59, 60, {}, 0},
    {FieldKind::hour, "hour", "hour-out-of-range", 0, 23, 24, {}, 0},
    {FieldKind::day_of_month, "day-of-month", "dom-out-of-range", 1, 31, 31, {}, 0},
    {FieldKind::month,
     "month",
     "month-out-of-range",
     1,
     12,
     12,
     {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
     12},
    {FieldKind::day_of_week,
     "day-of-week",
     "dow-out-of-range",
     0,
     7,
     7,
     {"sun", "mon", "tue", "wed", "thu", "fri", "sat"},
     7},
    // gorhill/cronexpr only (supercronic's seven-field form and its year field).
    {FieldKind::second, "second", "second-out-of-range", 0, 59, 60, {}, 0},
    {FieldKind::year, "year", "year-out-of-range", 1970, 2099, 130, {}, 0},
}};

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace

const FieldFacts& field_facts(FieldKind kind) {
  return all_field_facts[static_cast<std::size_t>(kind)];
}

int cron_atoi(std::string_view digits) {
  // strtol: saturate at LONG_MAX (64-bit on the platforms cron runs on)...
  std::int64_t value = 0;
  for (char c : digits) {
    int digit = c - '0';
    if (value > (std::numeric_limits<std::int64_t>::max() - digit) / 10) {
      value = std::numeric_limits<std::int64_t>::max();
      break;
    }
    value = value * 10 + digit;
  }
  // ...then atoi's conversion to int keeps the low 32 bits.
  return static_cast<std::int32_t>(static_cast<std::uint32_t>(static_cast<std::uint64_t>(value)));
}

std::optional<int> value_of_name(const FieldFacts& field, std::string_view name) {
  if (name.size() != 3) return std::nullopt;
  for (int i = 0; i < field.name_count; ++i) {
    std::string_view candidate = field.names[static_cast<std::size_t>(i)];
    if (lower(name[0]) == candidate[0] && lower(name[1]) == candidate[1] &&
        lower(name[2]) == candidate[2]) {
      return field.low + i;
    }
  }
  return std::nullopt;
}

}  // namespace cronkit
