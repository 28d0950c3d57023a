// minute-wildcard-fixed-hour: minute * with a fixed hour

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(MinuteWildcardFixedHour, FiresOnStarMinuteWithARestrictedHour) {
  EXPECT_CATCHES_AT("minute-wildcard-fixed-hour", "* 3 * * * /x\n", 1, 1);
  EXPECT_CATCHES("minute-wildcard-fixed-hour", "*/1 9-17 * * 1-5 /x\n");
  EXPECT_CATCHES_NOT("minute-wildcard-fixed-hour", "0 3 * * * /x\n");
  EXPECT_CATCHES_NOT("minute-wildcard-fixed-hour", "* * * * * /x\n");
  EXPECT_CATCHES_NOT("minute-wildcard-fixed-hour", "*/5 3 * * * /x\n");
  auto findings = findings_of("minute-wildcard-fixed-hour", "* 3 * * * /x\n");
  ASSERT_EQ(findings.size(), 1u);
  ASSERT_TRUE(findings[0].fix);
  EXPECT_EQ(findings[0].fix->replacement, "0");
}

TEST(MinuteWildcardFixedHour, MessageCountsTheRuns) {
  std::string message = only_message("minute-wildcard-fixed-hour", "* 3 * * * /x\n");
  EXPECT_NE(message.find("runs every minute of that hour (60 times a day)"), std::string::npos)
      << message;
  EXPECT_CATCHES("minute-wildcard-fixed-hour", "* 3 * * * root /x\n",
                 {.format = CrontabFormat::system});
}

}  // namespace
}  // namespace cronkit::testing
