// line-continuation: a backslash at the end of a line

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(LineContinuation, FiresOnTheTrailingBackslash) {
  EXPECT_CATCHES_AT("line-continuation", "0 3 * * * /opt/backup/run.sh \\\n    --target s3://bkp\n",
                    1, 30);
  EXPECT_CATCHES("line-continuation", "PATH=/usr/bin:\\\n");
  EXPECT_CATCHES_NOT("line-continuation", "0 3 * * * /opt/backup/run.sh --target s3://bkp\n");
  EXPECT_CATCHES_NOT("line-continuation", "# a comment \\\n0 3 * * * /x\n");
}

}  // namespace
}  // namespace cronkit::testing
