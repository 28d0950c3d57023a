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

TEST(MinuteOutOfRange, MessageNamesTheValueAndTheConsequence) {
  std::string message = only_message("minute-out-of-range", "60 * * * * /x\n");
  EXPECT_NE(message.find("minute 60 is out of range 0-59"), std::string::npos) << message;
  EXPECT_NE(message.find("ignores the whole file"), std::string::npos) << message;
}

TEST(MinuteOutOfRange, RangeEndsListsAndSteps) {
  EXPECT_CATCHES_AT("minute-out-of-range", "1,2,99 * * * * /x\n", 1, 5);
  EXPECT_CATCHES("minute-out-of-range", "0-60 * * * * /x\n");
  // Debian checks a range end even with a step; cronie only the values the step yields.
  EXPECT_CATCHES("minute-out-of-range", "5-64/30 * * * * /x\n");
  EXPECT_CATCHES_NOT("minute-out-of-range", "5-64/30 * * * * /x\n", {.dialect = DialectId::cronie});
  EXPECT_CATCHES_NOT("minute-out-of-range", "0-59 * * * * /x\n*/59 * * * * /x\n");
}

}  // namespace
}  // namespace cronkit::testing
