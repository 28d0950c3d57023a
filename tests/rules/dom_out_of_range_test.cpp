// dom-out-of-range: a day-of-month value out of range

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(DomOutOfRange, FiresOnTheValue) {
  EXPECT_CATCHES_AT("dom-out-of-range", "0 6 0 * * /x\n", 1, 5);
  EXPECT_CATCHES_NOT("dom-out-of-range", "0 6 1 * * /x\n");
}

}  // namespace
}  // namespace cronkit::testing
