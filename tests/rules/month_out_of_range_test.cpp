// month-out-of-range: a month value out of range

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(MonthOutOfRange, FiresOnTheValue) {
  EXPECT_CATCHES_AT("month-out-of-range", "0 6 1 13 * /x\n", 1, 7);
  EXPECT_CATCHES_NOT("month-out-of-range", "0 6 1 12 * /x\n");
}

}  // namespace
}  // namespace cronkit::testing
