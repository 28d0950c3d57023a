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

}  // namespace
}  // namespace cronkit::testing
