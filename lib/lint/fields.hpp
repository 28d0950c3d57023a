#pragma once
// What the rules about time fields share: the fields' facts (names, bounds, cycles: one table,
// in parse/field_values.hpp) and spans over several fields.

#include "ast/ast.hpp"
#include "parse/field_values.hpp"

namespace cronkit::lint {

// The span from the start of one field to the end of another (for findings about several).
inline Span join_spans(const Span& first, const Span& last) {
  Span span = first;
  span.end = last.end;
  span.end_column = last.end_column;
  return span;
}

}  // namespace cronkit::lint
