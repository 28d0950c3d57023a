// minute-out-of-range: a minute value out of range

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(MinuteOutOfRange, FiresOnTheValue) {
  EXPECT_CATCHES_AT("minute-out-of-range", "60 * * * * /x\n", 1, 1);
  EXPECT_CATCHES_NOT("minute-out-of-range", "59 * * * * /x\n");
}

}  // namespace
}  // namespace cronkit::testing
