// crlf-line-endings: a carriage return in a line

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(CrlfLineEndingsRule, PointsAtTheCarriageReturn) {
  EXPECT_CATCHES_AT("crlf-line-endings", "0 5 * * * /usr/local/bin/backup.sh\r\n", 1, 35);
  EXPECT_CATCHES_AT("crlf-line-endings", "A=b\r\n0 5 * * * x\n", 1, 4);
  EXPECT_CATCHES_NOT("crlf-line-endings", "0 5 * * * /usr/local/bin/backup.sh\n");
}

}  // namespace
}  // namespace cronkit::testing
