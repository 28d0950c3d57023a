#pragma once
// Reading crontabs and single schedules into the syntax tree. Parsing never throws and never
// stops at a bad line: each problem becomes a Diagnostic and the next line is read.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.hpp"

namespace cronkit {

struct ParseOptions {
  CrontabFormat format = CrontabFormat::user;
  DialectId dialect = DialectId::debian;
  std::string path = "-";  // used in the tree and in messages only; nothing is read from it
};

// Parses a whole crontab. The result owns a copy of `text`.
Crontab parse_crontab(std::string text, const ParseOptions& options);

// A schedule given on its own (`--expr '*/5 * * * *'`, `@daily`), not a crontab line.
struct ParsedSchedule {
  // The schedule as given. On the heap so that the views below survive moves.
  std::unique_ptr<const std::string> buffer;
  std::string_view text() const { return *buffer; }
  std::optional<Special> special;
  std::array<Field, 5> fields;                // views into `buffer` and `item_storage`
  std::unique_ptr<FieldItem[]> item_storage;  // the fields' items
  std::vector<Field> second_and_year;         // gorhill/cronexpr's, when written
  Schedule schedule;
  // The zone a robfig/cron `TZ=` or `CRON_TZ=` prefix names (Kubernetes); nothing without one
  // (or with `Local`): the zone of the controller.
  std::optional<std::string> zone_name;
  std::vector<Diagnostic> diagnostics;  // line 1, columns within `text`
  bool ok() const;                      // no error-severity diagnostic
};
ParsedSchedule parse_schedule(std::string_view text, DialectId dialect = DialectId::debian);

// One line read with cron's environment-line grammar (the one parse_crontab uses), keeping why a
// line that was meant as an assignment is not one, for the linter's messages.
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

}  // namespace cronkit
