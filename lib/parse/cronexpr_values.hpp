#pragma once
// How gorhill/cronexpr (the schedule library supercronic uses) reads the values of a field: each
// field has a value pattern (cronexpr_parse.go, the fieldDescriptor valuePattern regexps) and a
// table that turns a matching text into a number (numberTokens, monthTokens, dowTokens). Text
// the pattern lets through but the table lacks reads as 0: the day-of-week values `01`..`07`
// are all Sunday. Items are lower-cased before they are read, so names are case-insensitive.

#include <optional>
#include <string_view>

#include "ast/ast.hpp"

namespace cronkit {

// The number a value stands for in a field, or nothing when the field's pattern rejects it.
// Day-of-week 7 is 0 (Sunday), as in cronexpr's table.
std::optional<int> cronexpr_value(FieldKind kind, std::string_view text);

// Whether the text is a name (`jan`, `january`, `fri`, `Friday`) rather than digits.
bool cronexpr_value_is_name(std::string_view text);

// A step `/N`: cronexpr reads N (any digits) with its number table, so `60`..`1969` and
// anything longer than four digits read as 0, which it rejects. Nothing when N is invalid for
// the field: below 1 or above the field's largest value (day-of-week: 6).
std::optional<int> cronexpr_step(FieldKind kind, std::string_view digits);

// A value followed by a Quartz letter, as one token: `15W` (nearest weekday), `5L` / `friL`
// (last Friday). `L` and `LW` alone are recognised by the caller.
struct CronexprSuffixedValue {
  int value = 0;
  char suffix = 0;  // 'w' or 'l'
  bool is_name = false;
};
std::optional<CronexprSuffixedValue> cronexpr_suffixed_value(FieldKind kind, std::string_view text);

// cronexpr's bounds of a field (day-of-week 0-6; year 1970-2099).
int cronexpr_low(FieldKind kind);
int cronexpr_high(FieldKind kind);

}  // namespace cronkit
