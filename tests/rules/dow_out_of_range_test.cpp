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

TEST(DowOutOfRange, MessageAndDialects) {
  std::string message = only_message("dow-out-of-range", "0 0 * * 8 /x\n");
  EXPECT_NE(message.find("day-of-week 8 is out of range 0-7"), std::string::npos) << message;
  // A range end past 7 with a step: an error under Debian, fine under cronie (1, 3, 5, 7).
  EXPECT_CATCHES("dow-out-of-range", "0 0 * * 1-8/2 /x\n");
  EXPECT_CATCHES_NOT("dow-out-of-range", "0 0 * * 1-8/2 /x\n", {.dialect = DialectId::cronie});
}

TEST(DowOutOfRange, FalsePositives) {
  EXPECT_CATCHES_NOT("dow-out-of-range", "0 0 * * 0-7 /x\n0 0 * * sun-sat /x\n0 0 * * 7 /x\n");
}

}  // namespace
}  // namespace cronkit::testing
