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
  Schedule schedule;
  std::vector<Diagnostic> diagnostics;  // line 1, columns within `text`
  bool ok() const;                      // no error-severity diagnostic
};
ParsedSchedule parse_schedule(std::string_view text, DialectId dialect = DialectId::debian);

// The format cron uses for a file at this path: system for /etc/crontab and files directly in a
// directory named cron.d, user otherwise.
CrontabFormat format_for_path(std::string_view path);

}  // namespace cronkit
