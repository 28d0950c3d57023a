#include "parse/cronexpr_values.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace cronkit {
namespace {

constexpr std::array<std::string_view, 12> month_names = {"jan", "feb", "mar", "apr", "may", "jun",
                                                          "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 12> long_month_names = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> day_names = {"sun", "mon", "tue", "wed",
                                                       "thu", "fri", "sat"};
constexpr std::array<std::string_view, 7> long_day_names = {
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};

std::string lowered(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return out;
}

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int digits_value(std::string_view text) {
  int value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  return value;
}

// One or two digits, the first optionally 0 (`0?[0-9]`-style patterns), within [low, high].
std::optional<int> small_number(std::string_view text, int low, int high) {
  if (!all_digits(text) || text.size() > 2) return std::nullopt;
  const int value = digits_value(text);
  if (value < low || value > high) return std::nullopt;
  return value;
}

// numberTokens: "0".."59", "00".."09" and "1970".."2099"; everything else is missing (0).
int number_table(std::string_view digits) {
  if (digits.size() <= 2) return digits_value(digits) <= 59 ? digits_value(digits) : 0;
  if (digits.size() == 4) {
    const int value = digits_value(digits);
    if (value >= 1970 && value <= 2099) return value;
  }
  return 0;
}

template <std::size_t N>
std::optional<int> index_of(const std::array<std::string_view, N>& names, std::string_view text) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == text) return static_cast<int>(i);
  }
  return std::nullopt;
}

}  // namespace

int cronexpr_low(FieldKind kind) {
  switch (kind) {
    case FieldKind::day_of_month:
    case FieldKind::month:
      return 1;
    case FieldKind::year:
      return first_cronexpr_year;
    default:
      return 0;
  }
}

int cronexpr_high(FieldKind kind) {
  switch (kind) {
    case FieldKind::second:
    case FieldKind::minute:
      return 59;
    case FieldKind::hour:
      return 23;
    case FieldKind::day_of_month:
      return 31;
    case FieldKind::month:
      return 12;
    case FieldKind::day_of_week:
      return 6;
    case FieldKind::year:
      return last_cronexpr_year;
  }
  return 0;
}

bool cronexpr_value_is_name(std::string_view text) {
  return !text.empty() && !(text.front() >= '0' && text.front() <= '9');
}

std::optional<int> cronexpr_value(FieldKind kind, std::string_view text) {
  const std::string lower = lowered(text);
  switch (kind) {
    case FieldKind::second:
    case FieldKind::minute:
      // `0?[0-9]|[1-5][0-9]`
      return small_number(lower, 0, 59);
    case FieldKind::hour:
      // `0?[0-9]|1[0-9]|2[0-3]`
      return small_number(lower, 0, 23);
    case FieldKind::day_of_month:
      // `0?[1-9]|[12][0-9]|3[01]`: no 0 nor 00
      return small_number(lower, 1, 31);
    case FieldKind::month:
      // `0?[1-9]|1[012]` and the names; supercronic's copy has `01`..`09` in its table.
      if (auto name = index_of(month_names, lower)) return *name + 1;
      if (auto name = index_of(long_month_names, lower)) return *name + 1;
      return small_number(lower, 1, 12);
    case FieldKind::day_of_week: {
      // `0?[0-7]` and the names. The table has `0`..`7` (7 = 0) but not `00`..`07`: those
      // read as 0.
      if (auto name = index_of(day_names, lower)) return *name;
      if (auto name = index_of(long_day_names, lower)) return *name;
      if (!all_digits(lower) || lower.size() > 2) return std::nullopt;
      if (lower.size() == 2 && lower[0] != '0') return std::nullopt;
      const int value = digits_value(lower);
      if (value > 7) return std::nullopt;
      return lower.size() == 2 ? 0 : value % 7;
    }
    case FieldKind::year:
      // `19[789][0-9]|20[0-9]{2}`
      if (lower.size() != 4 || !all_digits(lower)) return std::nullopt;
      if (digits_value(lower) < first_cronexpr_year || digits_value(lower) > last_cronexpr_year)
        return std::nullopt;
      return digits_value(lower);
  }
  return std::nullopt;
}

std::optional<int> cronexpr_step(FieldKind kind, std::string_view digits) {
  if (!all_digits(digits)) return std::nullopt;
  const int step = number_table(digits);
  if (step < 1 || step > cronexpr_high(kind)) return std::nullopt;
  return step;
}

std::optional<CronexprSuffixedValue> cronexpr_suffixed_value(FieldKind kind,
                                                             std::string_view text) {
  if (text.size() < 2) return std::nullopt;
  const char suffix = static_cast<char>(text.back() | 0x20);
  const std::string_view head = text.substr(0, text.size() - 1);
  // cronexpr_parse.go layoutWorkdom `^(%value%)w$` (day of month) and layoutDowOfLastWeek
  // `^(%value%)l$` (day of week).
  if (kind == FieldKind::day_of_month && suffix == 'w') {
    if (auto value = cronexpr_value(kind, head)) return CronexprSuffixedValue{*value, 'w', false};
  }
  if (kind == FieldKind::day_of_week && suffix == 'l') {
    if (auto value = cronexpr_value(kind, head)) {
      return CronexprSuffixedValue{*value, 'l', cronexpr_value_is_name(head)};
    }
  }
  return std::nullopt;
}

}  // namespace cronkit
