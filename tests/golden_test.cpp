// Runs every golden case under testdata/golden (see support/golden.hpp).

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "support/golden.hpp"

namespace cronkit::testing {
namespace {

class Golden : public ::testing::TestWithParam<GoldenCase> {};

}  // namespace

// Lets GoogleTest name a case by its file instead of dumping its bytes.
void PrintTo(const GoldenCase& golden_case, std::ostream* out) {
  *out << golden_case.name;
}

namespace {

TEST_P(Golden, OutputMatchesExpectedFile) {
  const GoldenCase& golden_case = GetParam();
  std::string actual = run_golden_case(golden_case);
  std::filesystem::path expected_file = golden_case.command_file;
  expected_file.replace_extension(".expected");
  const char* update = std::getenv("UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(expected_file, std::ios::binary) << actual;
    return;
  }
  std::ifstream in(expected_file, std::ios::binary);
  ASSERT_TRUE(in) << "missing " << expected_file << " (run with UPDATE_GOLDEN=1 to create it)";
  std::ostringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(expected.str(), actual) << "for " << golden_case.command_file;
}

std::string case_name(const ::testing::TestParamInfo<GoldenCase>& info) {
  std::string name = info.param.name;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Files, Golden, ::testing::ValuesIn(find_golden_cases()), case_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(Golden);

TEST(GoldenCommandLine, SplitsQuotedWordsLikeAShell) {
  EXPECT_EQ(split_command_line("cronsim -e '*/5 * * * *' --tz \"America/New_York\" a\\ b"),
            (std::vector<std::string>{"cronsim", "-e", "*/5 * * * *", "--tz", "America/New_York",
                                      "a b"}));
}

}  // namespace
}  // namespace cronkit::testing
