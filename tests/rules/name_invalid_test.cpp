// name-invalid: month and day names

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(NameInvalid, OnlyThreeLetterNames) {
  EXPECT_CATCHES("name-invalid", "0 8 * * Monday /x\n");
  EXPECT_CATCHES("name-invalid", "0 8 * Sept * /x\n");
  EXPECT_CATCHES_NOT("name-invalid", "0 8 * SEP MON-fri /x\n");
}

}  // namespace
}  // namespace cronkit::testing
