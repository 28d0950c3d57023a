#pragma once
// Facts about the five time fields that several rules share: names and value ranges.

#include <string_view>

#include "ast/ast.hpp"

namespace cronkit::lint {

struct FieldFacts {
  std::string_view name;  // "minute", "hour", "day-of-month", "month", "day-of-week"
  int min;
  int max;    // day-of-week: 7 (both 0 and 7 are Sunday)
  int cycle;  // values per cycle: 60, 24, 31 (months differ), 12, 7
};

constexpr FieldFacts field_facts(FieldKind kind) {
  switch (kind) {
    case FieldKind::minute:
      return {"minute", 0, 59, 60};
    case FieldKind::hour:
      return {"hour", 0, 23, 24};
    case FieldKind::day_of_month:
      return {"day-of-month", 1, 31, 31};
    case FieldKind::month:
      return {"month", 1, 12, 12};
    case FieldKind::day_of_week:
      return {"day-of-week", 0, 7, 7};
  }
  return {"", 0, 0, 0};
}

// The span from the start of one field to the end of another (for findings about several).
inline Span join_spans(const Span& first, const Span& last) {
  Span span = first;
  span.end = last.end;
  span.end_column = last.end_column;
  return span;
}

}  // namespace cronkit::lint
