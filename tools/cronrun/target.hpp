#pragma once
// cronrun's target: FILE:LINE on the command line, the crontab it names, and what a line that
// is not an entry is.

#include <cstdint>
#include <string>
#include <utility>

#include "ast/ast.hpp"

namespace cronkit::cronrun {

// An error of cronrun itself (exit status 125), with the message to show.
struct Failure {
  std::string message;
};

// The crontab at `path` ("-": standard input, which must not be a terminal); throws Failure.
std::string read_crontab(const std::string& path);

// "FILE:LINE" -> {FILE, LINE}; the last colon separates them, so FILE may contain colons.
// Throws Failure for anything else.
std::pair<std::string, std::uint32_t> split_target(const std::string& target);

// "a comment", "an environment assignment (MAILTO=...)", "a line cron rejects: ...".
std::string describe_non_entry(const Crontab& crontab, const Line& line);

}  // namespace cronkit::cronrun
