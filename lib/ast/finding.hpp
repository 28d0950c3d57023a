#pragma once
// What a check reports about a crontab: a Diagnostic's lint counterpart, with the rule that found
// it and an optional mechanical fix. Checks produce findings and renderers consume them, so the
// type lives here, below both.

#include <cstdint>
#include <optional>
#include <string>

#include "ast/diagnostic.hpp"
#include "ast/span.hpp"

namespace cronkit {

// A safe, mechanical fix: replace the bytes of `span` with `replacement`.
struct Fix {
  Span span;
  std::string replacement;
  // Whether `cronlint --fix` may apply it unasked: the result is certainly what the line meant
  // and changes nothing else (a final newline, a dropped \r, `%` -> `\%`). Fixes that guess
  // (a typo's nearest name, `python` -> `python3`) stay suggestions.
  bool safe = false;
};

struct Finding {
  std::string rule;  // the rule id, e.g. "dom-dow-or" or "shellcheck/SC2086"
  Severity severity = Severity::warning;
  // Line 0 (and column 0) for file-level findings (file name, permissions).
  Span span;
  std::uint32_t end_line = 0;  // the span's last line (equal to span.line for one-line spans)
  std::string message;         // lower-case, no final period
  std::optional<Fix> fix;
};

}  // namespace cronkit
