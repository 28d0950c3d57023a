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

TEST(MonthOutOfRange, MessageAndZero) {
  EXPECT_NE(
      only_message("month-out-of-range", "0 0 1 0 * /x\n").find("month 0 is out of range 1-12"),
      std::string::npos);
  EXPECT_CATCHES("month-out-of-range", "0 0 1 6-13 * /x\n", {.dialect = DialectId::cronie});
}

TEST(MonthOutOfRange, FalsePositives) {
  EXPECT_CATCHES_NOT("month-out-of-range",
                     "0 0 1 jan-dec * /x\n0 0 1 1-12 * /x\n0 0 1 */12 * /x\n");
}

}  // namespace
}  // namespace cronkit::testing
