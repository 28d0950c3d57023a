// step-uneven: a step that does not divide the cycle

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(StepUneven, FiresWhenTheStepRestartsEarly) {
  auto findings = findings_of("step-uneven", "*/7 * * * * /x\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("a gap of 4 instead of 7"), std::string::npos)
      << findings[0].message;
  EXPECT_CATCHES("step-uneven", "0 */5 * * * /x\n");
  EXPECT_CATCHES("step-uneven", "0 0 */2 * * /x\n");
  EXPECT_CATCHES("step-uneven", "0 0 * * */2 /x\n");
  EXPECT_CATCHES("step-uneven", "0 0 1 */5 * /x\n");
  EXPECT_CATCHES("step-uneven", "10-59/25 * * * * /x\n");  // 10, 35, then 10: a gap of 35
}

TEST(StepUneven, SilentOnEvenStepsAndPartialRanges) {
  EXPECT_CATCHES_NOT("step-uneven", "*/15 * * * * /x\n");
  EXPECT_CATCHES_NOT("step-uneven", "0 */6 * * * /x\n");
  EXPECT_CATCHES_NOT("step-uneven", "5-59/15 * * * * /x\n");
  EXPECT_CATCHES_NOT("step-uneven", "0-30/7 * * * * /x\n");
  EXPECT_CATCHES_NOT("step-uneven", "*/90 * * * * /x\n");  // step-exceeds-range
  EXPECT_CATCHES_NOT("step-uneven", "0 0 1 */3 * /x\n");
}

TEST(StepUneven, DayOfMonthMessage) {
  std::string message = only_message("step-uneven", "0 0 */2 * * /x\n");
  EXPECT_NE(message.find("months have 28 to 31 days"), std::string::npos) << message;
  EXPECT_CATCHES_AT("step-uneven", "*/7 * * * * root /x\n", 1, 1,
                    {.format = CrontabFormat::system});
}

}  // namespace
}  // namespace cronkit::testing
