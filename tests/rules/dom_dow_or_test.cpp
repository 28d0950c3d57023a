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

// The table's day_rule_basis.
TEST(DomDowOr, BusyboxGoesByTheValues) {
  const Options busybox{.dialect = DialectId::busybox};
  EXPECT_CATCHES("dom-dow-or", "0 0 1-31 * 1 /x\n", busybox);
  EXPECT_CATCHES("dom-dow-or", "0 0 1 * 1 /x\n", busybox);
  // `*/2` does not fill the day table: restricted, so the OR applies (Debian: AND).
  std::string message = only_message("dom-dow-or", "0 0 */2 * 1 /x\n", busybox);
  EXPECT_NE(message.find("busybox crond goes by the values, not the text: '*/2'"),
            std::string::npos)
      << message;
  EXPECT_CATCHES_NOT("dom-dow-or", "0 0 */2 * 1 /x\n");
  // A day-of-week that covers the week is unrestricted there: only the 1st.
  EXPECT_CATCHES_NOT("dom-dow-or", "0 0 1 * 0-6 /x\n", busybox);
  EXPECT_CATCHES_NOT("dom-dow-or", "0 0 1 * * /x\n", busybox);
  EXPECT_CATCHES("dom-dow-or", "0 0 1 * 0-6 /x\n");
}

TEST(DomDowOr, SupercronicCountsOnlyStarOrQuestionMark) {
  const Options supercronic{.dialect = DialectId::supercronic};
  std::string message = only_message("dom-dow-or", "0 0 */2 * 1 /x\n", supercronic);
  EXPECT_NE(message.find("supercronic counts a field as unrestricted only when it is"),
            std::string::npos)
      << message;
  EXPECT_CATCHES_NOT("dom-dow-or", "0 0 * * 1 /x\n", supercronic);
}

TEST(DomDowOr, SilentWhereBothDayFieldsMustMatch) {
  EXPECT_CATCHES_NOT("dom-dow-or", "0 9 1-7 * mon /x\n", {.dialect = DialectId::systemd_cron});
  EXPECT_NE(only_message("dom-dow-or", "0 9 1-7 * mon /x\n", {.dialect = DialectId::bsd})
                .find("FreeBSD's cron runs the job on days matching either field"),
            std::string::npos);
}

}  // namespace
}  // namespace cronkit::testing
