#pragma once
// What went wrong when a `must<>` point of the grammar fails: a stable code (the lint rule id) and
// a message that says what was expected. Every rule used in `must<>` / `if_must<>` has an entry;
// a missing one is a compile error.

#include <string_view>

#include "grammar/crontab.hpp"

namespace cronkit::grammar {

struct ErrorText {
  std::string_view code;
  std::string_view message;
};

template <typename Rule>
inline constexpr ErrorText error_text = Rule::missing_error_text_for_this_rule;

// clang-format off
template <> inline constexpr ErrorText error_text<item> = {"field-syntax", "expected a number, a name or '*'"};
template <> inline constexpr ErrorText error_text<range_last> = {"field-syntax", "expected a value after '-'"};
template <> inline constexpr ErrorText error_text<step> = {"field-syntax", "expected a step after '/'"};
template <> inline constexpr ErrorText error_text<blanks_before_hour> = {"field-count", "missing hour field"};
template <> inline constexpr ErrorText error_text<blanks_before_day_of_month> = {"field-count", "missing day-of-month field"};
template <> inline constexpr ErrorText error_text<blanks_before_month> = {"field-count", "missing month field"};
template <> inline constexpr ErrorText error_text<blanks_before_day_of_week> = {"field-count", "missing day-of-week field"};
template <> inline constexpr ErrorText error_text<blanks_before_minute> = {"field-count", "missing minute field"};
template <> inline constexpr ErrorText error_text<blanks_before_year> = {"field-count", "missing year field"};
template <> inline constexpr ErrorText error_text<nth_week> = {"field-syntax", "expected a week number 1-5 after '#'"};
template <> inline constexpr ErrorText error_text<special_name> = {"special-invalid", "expected a name after '@', such as @daily"};
template <> inline constexpr ErrorText error_text<blanks_before_user> = {"field-count", "missing user name and command after the schedule"};
template <> inline constexpr ErrorText error_text<user> = {"field-count", "missing user name and command after the schedule"};
template <> inline constexpr ErrorText error_text<blank_after_user> = {"field-count", "missing command after the user name"};
template <> inline constexpr ErrorText error_text<eof> = {"field-syntax", "unexpected text after the schedule"};
template <> inline constexpr ErrorText error_text<option_letter> = {"field-syntax", "bad option: expected 'n' or 'q' after '-'"};
template <> inline constexpr ErrorText error_text<option_blank> = {"field-syntax", "bad option: expected a blank after the option"};
template <> inline constexpr ErrorText error_text<robfig_zone_space> = {"field-syntax", "expected a space after the zone name of a TZ= or CRON_TZ= prefix (robfig/cron panics without one, with runtime error: slice bounds out of range [:-1], and the Kubernetes API server fails on it)"};
// clang-format on

}  // namespace cronkit::grammar
