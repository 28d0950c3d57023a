// dow-out-of-range: a day-of-week value out of range

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(DowOutOfRange, FiresOnTheValue) {
  EXPECT_CATCHES_AT("dow-out-of-range", "0 6 * * 8 /x\n", 1, 9);
  EXPECT_CATCHES_NOT("dow-out-of-range", "0 6 * * 7 /x\n");
}

}  // namespace
}  // namespace cronkit::testing
