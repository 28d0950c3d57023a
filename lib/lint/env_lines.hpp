#pragma once
// Environment lines as cronlint reads them: cron's own env grammar (the parser's reader), keeping
// the reason when a line is not an assignment, so that the specific rule can say why
// (`MAILTO=`, `export X=1`, `X="a" # c`).

#include <cstddef>
#include <string_view>
#include <vector>

#include "ast/ast.hpp"

namespace cronkit::lint {

struct EnvLineCandidate {
  enum class Outcome {
    assignment,               // cron reads it as NAME=value
    not_an_assignment,        // does not look like one at all (a job line)
    empty_unquoted_value,     // `NAME=` (Debian: not an assignment; cronie: empty value)
    junk_after_quoted_value,  // `NAME="x" # c`, `NAME="x"y`
    unterminated_quote,       // `NAME="x`
    export_prefix,            // `export NAME=value`
  };
  Outcome outcome = Outcome::not_an_assignment;
  // Offsets within the line text.
  std::size_t name_begin = 0, name_end = 0;
  std::size_t value_begin = 0, value_end = 0;    // the value as written (quotes included)
  std::size_t junk_begin = 0;                    // junk_after_quoted_value: where the junk starts
  std::size_t export_begin = 0, export_end = 0;  // export_prefix: the `export` word and blanks
  char quote = 0;
  std::string_view name;   // as written (without quotes)
  std::string_view value;  // as written, quotes included; unquoted values are not trimmed
};

// Reads one line (without its line end) as an environment-line candidate.
EnvLineCandidate read_env_line(std::string_view line);

// The lines of a crontab that are, or were meant to be, environment lines: accepted assignments
// and the rejected lines that read_env_line recognises.
struct EnvLineView {
  const Line* line = nullptr;
  const EnvAssignment* assignment = nullptr;  // null for a rejected line
  EnvLineCandidate candidate;                 // offsets within the line
  std::size_t line_begin = 0;                 // the line's file offset
};
std::vector<EnvLineView> env_lines(const Crontab& crontab);

}  // namespace cronkit::lint
