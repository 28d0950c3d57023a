#pragma once
// cronrun's target: FILE:LINE on the command line, the crontab it names, and what a line that
// is not an entry is.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "ast/ast.hpp"
#include "dialect/dialect.hpp"

namespace cronkit::cronrun {

// An error of cronrun itself (exit status 125), with the message to show.
struct Failure {
  std::string message;
};

// The entry cronrun is asked to run: a line of a crontab file, or a bare command (-c).
struct Target {
  std::string path;   // the crontab file, "-" for standard input, "-c" for a bare command
  std::string label;  // how the entry is named in messages: "FILE:LINE", "-c"
  std::uint32_t line = 1;
  Crontab crontab;
};

// FILE:LINE: reads and parses the file in the `chosen` format (--system, cronkit.toml's kind),
// else the one its path implies. Throws Failure.
Target file_target(const std::string& file_and_line, std::optional<CrontabFormat> chosen,
                   DialectId dialect);
// -c COMMAND: the command of a user-crontab entry, so that `%` and the escapes are handled
// exactly as for a line in a file. Throws Failure for a command cron cannot hold.
Target command_target(const std::string& command, DialectId dialect);

// The crontab at `path` ("-": standard input, which must not be a terminal); throws Failure.
std::string read_crontab(const std::string& path);

// "FILE:LINE" -> {FILE, LINE}; the last colon separates them, so FILE may contain colons.
// Throws Failure for anything else.
std::pair<std::string, std::uint32_t> split_target(const std::string& target);

// "a comment", "an environment assignment (MAILTO=...)", "a line cron rejects: ...".
std::string describe_non_entry(const Crontab& crontab, const Line& line);

}  // namespace cronkit::cronrun
