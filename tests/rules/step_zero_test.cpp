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

}  // namespace
}  // namespace cronkit::testing
