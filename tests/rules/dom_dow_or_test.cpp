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

TEST(DomDowOr, MessageQuotesBothFields) {
  std::string message = only_message("dom-dow-or", "0 9 1-7 * mon /x\n");
  EXPECT_NE(message.find("day-of-month '1-7' and day-of-week 'mon' are both restricted"),
            std::string::npos)
      << message;
  EXPECT_CATCHES("dom-dow-or", "0 9 1 * 1 /x\n", {.dialect = DialectId::cronie});
  EXPECT_CATCHES_AT("dom-dow-or", "0 9 1 * 1 root /x\n", 1, 5, {.format = CrontabFormat::system});
}

TEST(DomDowOr, Suppression) {
  EXPECT_CATCHES_NOT("dom-dow-or", "# cronlint: disable=dom-dow-or\n0 9 1-7 * mon /x\n");
  EXPECT_CATCHES_NOT("dom-dow-or",
                     "# cronlint: disable-file=dom-dow-or\n0 9 1 * 1 /x\n0 9 2 * 2 /x\n");
}

}  // namespace
}  // namespace cronkit::testing
