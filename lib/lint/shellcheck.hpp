#pragma once
// --shellcheck: ShellCheck (`shellcheck --shell=sh -f json1 -`) on each job's command text, its
// findings moved to crontab positions as rule `shellcheck/SCxxxx`. ShellCheck only reads the text;
// nothing of the crontab is executed.

#include <string>
#include <vector>

#include "ast/ast.hpp"
#include "lint/rule.hpp"

namespace cronkit::lint {

struct ShellCheckResult {
  std::vector<Finding> findings;
  std::string error;  // non-empty when ShellCheck could not be run (e.g. not installed)
};

// Runs `program` (normally "shellcheck", found on PATH) once per accepted entry.
ShellCheckResult run_shellcheck(const Crontab& crontab, const std::string& program = "shellcheck");

}  // namespace cronkit::lint
