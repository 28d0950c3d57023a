// step-without-range: a step after a single value

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(StepWithoutRange, FiresAndOffersTheRange) {
  EXPECT_CATCHES_AT("step-without-range", "5/15 * * * * /x\n", 1, 1);
  EXPECT_CATCHES_NOT("step-without-range", "5-59/15 * * * * /x\n");
}

TEST(StepWithoutRange, MessageSuggestsTheFieldsRange) {
  std::string message = only_message("step-without-range", "0 1/2 * * * /x\n");
  EXPECT_NE(message.find("\"1/2\" is not allowed in the hour field"), std::string::npos) << message;
  EXPECT_NE(message.find("write \"1-23/...\""), std::string::npos) << message;
  std::string cronie =
      only_message("step-without-range", "5/15 * * * * /x\n", {.dialect = DialectId::cronie});
  EXPECT_NE(cronie.find("cron skips this line"), std::string::npos) << cronie;
}

TEST(StepWithoutRange, NamesWithAStep) {
  EXPECT_CATCHES_AT("step-without-range", "0 8 * jan/2 * /x\n", 1, 7);
  EXPECT_CATCHES("step-without-range", "0 8 * * mon/2 /x\n");
}

TEST(StepWithoutRange, FalsePositives) {
  EXPECT_CATCHES_NOT("step-without-range", "*/15 * * * * /x\n0 1-23/2 * * * /x\n0 0 * * * a/2\n");
}

}  // namespace
}  // namespace cronkit::testing
