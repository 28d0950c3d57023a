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

TEST(LineContinuation, MessageAndPosition) {
  std::string message = only_message("line-continuation", "A=b \\\n");
  EXPECT_NE(message.find("crontab has no line continuation"), std::string::npos) << message;
  // Blanks after the backslash do not hide it.
  EXPECT_CATCHES_AT("line-continuation", "0 3 * * * /x \\  \n", 1, 14);
  EXPECT_CATCHES("line-continuation", "0 3 * * * /x \\\n", {.dialect = DialectId::cronie});
}

TEST(LineContinuation, FalsePositives) {
  EXPECT_CATCHES_NOT("line-continuation", "0 3 * * * find /tmp -exec rm {} \\; -print\n");
}

}  // namespace
}  // namespace cronkit::testing
