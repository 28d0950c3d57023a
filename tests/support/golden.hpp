#pragma once
// Golden-file tests: a case is `testdata/golden/<tool>/<name>.cmd` (the command line, optionally
// preceded by NAME=value lines for its environment), an optional `<name>.stdin`, and the expected
// result `<name>.expected` beside it. `UPDATE_GOLDEN=1 ctest` rewrites the expected files.

#include <filesystem>
#include <string>
#include <vector>

namespace cronkit::testing {

struct GoldenCase {
  std::filesystem::path command_file;  // .../<name>.cmd
  std::string name;                    // "<tool>/<name>", for the test's name
};

// Every case under testdata/golden, sorted by name.
std::vector<GoldenCase> find_golden_cases();

// Runs the case's command in testdata/ and renders what happened as
//   <stdout>--- stderr ---\n<stderr>--- exit status: N\n
std::string run_golden_case(const GoldenCase& golden_case);

// Splits a command line into words the way a POSIX shell would for plain words, '...' and "..."
// (no expansions).
std::vector<std::string> split_command_line(const std::string& line);

}  // namespace cronkit::testing
