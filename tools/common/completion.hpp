#pragma once
// Shell completion scripts (bash, zsh, fish) written from a tool's CLI11 definitions, so that
// the completions know exactly the options --help shows. The build runs every tool with the
// hidden option --print-completion SHELL and installs what it prints.
//
// What an option's value completes to follows from its definition:
//   - an IsMember check ({text,json,...}): those words;
//   - words a tool registered for it (Tool::complete_values: rule ids, categories);
//   - its value name: FILE, PATH and FILE:LINE complete file names, DIR directories, ZONE the
//     time-zone names of the system's tz database (read when completing, TZDIR honoured);
//   - anything else (N, TIME, SCHEDULE, COMMAND): nothing to offer.

#include <CLI/CLI.hpp>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace cronkit::tool {

inline constexpr std::string_view completion_shells[] = {"bash", "zsh", "fish"};

// Extra words for options whose values no check lists, keyed by the option.
using CompletionWords = std::map<const CLI::Option*, std::vector<std::string>>;

// The completion script of `app` for `shell` (one of completion_shells).
std::string completion_script(const CLI::App& app, std::string_view shell,
                              const CompletionWords& words);

}  // namespace cronkit::tool
