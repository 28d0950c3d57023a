// dow-sunday-7: day-of-week 7

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(DowSundaySeven, FiresOnALiteralSeven) {
  EXPECT_CATCHES_AT("dow-sunday-7", "0 4 * * 7 /x\n", 1, 9);
  EXPECT_CATCHES("dow-sunday-7", "0 4 * * 5-7 /x\n");
  EXPECT_CATCHES("dow-sunday-7", "0 4 * * 0,7 /x\n");
  EXPECT_CATCHES_NOT("dow-sunday-7", "0 4 * * 0 /x\n");
  EXPECT_CATCHES_NOT("dow-sunday-7", "0 4 * * sun /x\n");
  EXPECT_CATCHES_NOT("dow-sunday-7", "0 4 * * */7 /x\n");
  EXPECT_CATCHES_NOT("dow-sunday-7", "7 7 7 7 * /x\n");
  auto findings = findings_of("dow-sunday-7", "0 4 * * 7 /x\n");
  ASSERT_EQ(findings.size(), 1u);
  ASSERT_TRUE(findings[0].fix);
  EXPECT_EQ(findings[0].fix->replacement, "0");
}

TEST(DowSundaySeven, MessageSuggestsZero) {
  std::vector<lint::Finding> findings = findings_of("dow-sunday-7", "0 4 * * 7 /x\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::info);
  EXPECT_NE(findings[0].message.find("write 0 (or sun)"), std::string::npos);
  EXPECT_CATCHES("dow-sunday-7", "0 4 * * 7 root /x\n", {.format = CrontabFormat::system});
}

}  // namespace
}  // namespace cronkit::testing
