// step-exceeds-range: a step that yields one value

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(StepExceedsRange, FiresWhenOneValueRemains) {
  EXPECT_CATCHES_AT("step-exceeds-range", "*/90 * * * * /x\n", 1, 1);
  EXPECT_CATCHES("step-exceeds-range", "0 */24 * * * /x\n");
  EXPECT_CATCHES("step-exceeds-range", "0 0 * * */7 /x\n");  // 0 and 7: Sundays only
  EXPECT_CATCHES("step-exceeds-range", "0-30/45 * * * * /x\n");
  EXPECT_CATCHES_NOT("step-exceeds-range", "*/30 * * * * /x\n");
  EXPECT_CATCHES_NOT("step-exceeds-range", "0 0 * * */6 /x\n");  // 0 and 6
}

TEST(StepExceedsRange, MessageSaysWhatItSelects) {
  std::string message = only_message("step-exceeds-range", "*/90 * * * * /x\n");
  EXPECT_NE(message.find("minute step '*/90' selects only 0"), std::string::npos) << message;
  EXPECT_NE(message.find("once per hour"), std::string::npos) << message;
  EXPECT_CATCHES("step-exceeds-range", "0 0 1 */12 * /x\n");
  EXPECT_CATCHES("step-exceeds-range", "0 0 */31 * * /x\n", {.dialect = DialectId::cronie});
}

TEST(StepExceedsRange, FalsePositives) {
  EXPECT_CATCHES_NOT("step-exceeds-range", "0 */12 * * * /x\n0 0 */15 * * /x\n*/59 * * * * /x\n");
}

}  // namespace
}  // namespace cronkit::testing
