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

}  // namespace
}  // namespace cronkit::testing
