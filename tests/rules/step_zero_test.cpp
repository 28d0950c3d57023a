// step-zero: a step of zero

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(StepZero, FiresOnSlashZero) {
  EXPECT_CATCHES("step-zero", "*/0 * * * * /x\n");
  EXPECT_CATCHES("step-zero", "0 0-23/0 * * * /x\n");
  EXPECT_CATCHES_NOT("step-zero", "*/10 * * * * /x\n");
}

TEST(StepZero, MessageAndDialects) {
  EXPECT_CATCHES_AT("step-zero", "*/0 * * * * /x\n", 1, 3);
  EXPECT_NE(only_message("step-zero", "*/0 * * * * /x\n").find("step 0 is not allowed"),
            std::string::npos);
  std::string cronie =
      only_message("step-zero", "0-59/0 * * * * /x\n", {.dialect = DialectId::cronie});
  EXPECT_NE(cronie.find("cron skips this line"), std::string::npos) << cronie;
}

TEST(StepZero, FalsePositives) {
  EXPECT_CATCHES_NOT("step-zero", "*/10 * * * * /x\n0 */20 * * * /x\n0 0 * * * sleep 0/0\n");
}

}  // namespace
}  // namespace cronkit::testing
