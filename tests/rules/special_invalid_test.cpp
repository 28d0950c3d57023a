// special-invalid: unknown @words

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(SpecialInvalid, OnlyCronsOwnWords) {
  EXPECT_CATCHES("special-invalid", "@every 15m /x\n");
  EXPECT_CATCHES("special-invalid", "@Daily /x\n");
  EXPECT_CATCHES_NOT("special-invalid", "@daily /x\n");
  EXPECT_CATCHES_NOT("special-invalid", "@midnight /x\n");
}

}  // namespace
}  // namespace cronkit::testing
