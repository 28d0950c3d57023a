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

TEST(CrlfLineEndingsRule, MessagesAndABareCarriageReturn) {
  std::string end = only_message("crlf-line-endings", "0 3 * * * /x\r\n");
  EXPECT_NE(end.find("line ends in a carriage return"), std::string::npos) << end;
  std::string inside = only_message("crlf-line-endings", "0 3 * * * /x\rq\n");
  EXPECT_NE(inside.find("carriage return (\\r) inside the line"), std::string::npos) << inside;
  // Not in a comment: cron ignores the line, `\r` and all.
  EXPECT_CATCHES_NOT("crlf-line-endings", "# c\r\n");
  EXPECT_CATCHES("crlf-line-endings", "0 3 * * * /x\r\n", {.dialect = DialectId::cronie});
}

}  // namespace
}  // namespace cronkit::testing
