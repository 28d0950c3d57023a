// dom-dow-or: both day fields restricted

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(DomDowOr, FiresWhenNeitherDayFieldStartsWithAStar) {
  EXPECT_CATCHES_AT("dom-dow-or", "0 9 1-7 * mon /x\n", 1, 5);
  EXPECT_CATCHES("dom-dow-or", "0 9 1-31 * 5 /x\n");
  EXPECT_CATCHES_NOT("dom-dow-or", "0 9 1-7 * * /x\n");
  EXPECT_CATCHES_NOT("dom-dow-or", "0 9 */2 * mon /x\n");  // starts with '*': AND
  EXPECT_CATCHES_NOT("dom-dow-or", "0 9 * * mon /x\n");
  EXPECT_CATCHES_NOT("dom-dow-or", "@weekly /x\n");
}

}  // namespace
}  // namespace cronkit::testing
