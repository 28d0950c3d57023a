#pragma once
// cronlint --fix and --diff: the safe fixes of the findings (lint/fix.hpp), written to the files
// or shown as a unified diff. A file is written only with --fix.

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "common/tool.hpp"
#include "lint/lint.hpp"

namespace cronkit::cronlint {

struct FixRequest {
  bool fix = false;   // --fix: rewrite the files, then report what is left
  bool diff = false;  // --diff: show the changes, write nothing
};
void add_fix_options(CLI::App& app, FixRequest& request);

// Runs --fix or --diff over the inputs before they are linted for the report (nothing without
// either). --diff prints one diff per changed file on standard output and returns the exit status:
// 0 nothing to fix, 1 a file would change, 2 an input could not be read (`io_error`). --fix on
// standard input is refused (2). --fix writes each changed file atomically, keeping its mode and
// owner, says on standard error what it fixed, replaces the input's text with the fixed text and
// returns nothing, so that the remaining findings are reported as usual; a file it cannot write
// is an error (2).
std::optional<int> run_fix_request(const tool::Tool& cli, const FixRequest& request,
                                   std::vector<lint::LintInput>& inputs, bool io_error);

}  // namespace cronkit::cronlint
