// too-frequent: every minute around the clock

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(TooFrequent, FiresOnEveryMinute) {
  EXPECT_CATCHES_AT("too-frequent", "* * * * * /x\n", 1, 1);
  EXPECT_CATCHES("too-frequent", "*/1 * * * * /x\n");
  EXPECT_CATCHES("too-frequent", "0-59 * * * 1-5 /x\n");
  EXPECT_CATCHES_NOT("too-frequent", "*/2 * * * * /x\n");
  EXPECT_CATCHES_NOT("too-frequent", "* 0-22 * * * /x\n");
}

TEST(TooFrequent, MessageCountsTheRuns) {
  std::string message = only_message("too-frequent", "* * * * * /x\n");
  EXPECT_NE(message.find("every minute, 1440 times a day"), std::string::npos) << message;
  EXPECT_CATCHES("too-frequent", "* * * * * root /x\n", {.format = CrontabFormat::system});
  // Whatever the day fields say.
  EXPECT_CATCHES("too-frequent", "* * 1 * * /x\n");
}

TEST(TooFrequent, FalsePositives) {
  EXPECT_CATCHES_NOT("too-frequent", "@hourly /x\n*/5 * * * * /x\n* 3 * * * /x\n");
}

}  // namespace
}  // namespace cronkit::testing
