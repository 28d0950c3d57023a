#pragma once
// Reading a tool's inputs: a file, "-" for standard input, a pipe or a FIFO, all read the same
// way, with one wording for every reason an input cannot be read.

#include <optional>
#include <string>

namespace cronkit::tool {

// How an input is named in messages: the path as given, "standard input" for "-".
std::string input_name(const std::string& path);

// The whole input at `path` ("-": standard input), bytes as they are (NUL, invalid UTF-8 and
// huge files included: judging them is the caller's business). On failure nothing, with `error`
// set to "NAME: reason" in lower case, e.g. "lint: is a directory" or "x.crontab: no such file
// or directory".
std::optional<std::string> read_input(const std::string& path, std::string& error);

}  // namespace cronkit::tool
