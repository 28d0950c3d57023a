// dow-numbered-from-sunday: `1-5` where 1 is Sunday

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

LintTestOptions expression_of(DialectId dialect) {
  return {.dialect = dialect, .expression = true};
}

TEST(DowNumberedFromSunday, EventBridgeOneToFiveIsSundayToThursday) {
  const LintTestOptions eventbridge = expression_of(DialectId::eventbridge);
  EXPECT_CATCHES_AT("dow-numbered-from-sunday", "cron(0 9 ? * 1-5 *)", 1, 14, eventbridge);
  EXPECT_EQ(only_message("dow-numbered-from-sunday", "cron(0 9 ? * 1-5 *)", eventbridge),
            "EventBridge numbers days from 1 = Sunday: 1-5 is Sunday to Thursday; for Monday to "
            "Friday write 2-6 or MON-FRI");
  EXPECT_EQ(only_message("dow-numbered-from-sunday", "cron(0 9 ? * 1-6 *)", eventbridge),
            "EventBridge numbers days from 1 = Sunday: 1-6 is Sunday to Friday; for Monday to "
            "Saturday write 2-7 or MON-SAT");
  EXPECT_CATCHES("dow-numbered-from-sunday", "cron(0 9 ? * 1-5 *)",
                 expression_of(DialectId::eventbridge_scheduler));
}

TEST(DowNumberedFromSunday, QuartzAndEachPieceOfAList) {
  const LintTestOptions quartz = expression_of(DialectId::quartz);
  EXPECT_CATCHES_AT("dow-numbered-from-sunday", "0 0 9 ? * 1-5", 1, 11, quartz);
  // The piece itself is reported, not the whole list.
  EXPECT_CATCHES_AT("dow-numbered-from-sunday", "0 0 9 ? * 7,1-5", 1, 13, quartz);
}

TEST(DowNumberedFromSunday, SilentOnNamesOtherNumbersAndOtherNumberings) {
  const LintTestOptions eventbridge = expression_of(DialectId::eventbridge);
  EXPECT_CATCHES_NOT("dow-numbered-from-sunday", "cron(0 9 ? * 2-6 *)", eventbridge);
  EXPECT_CATCHES_NOT("dow-numbered-from-sunday", "cron(0 9 ? * MON-FRI *)", eventbridge);
  EXPECT_CATCHES_NOT("dow-numbered-from-sunday", "cron(0 9 ? * 1-7 *)", eventbridge);
  EXPECT_CATCHES_NOT("dow-numbered-from-sunday", "cron(0 9 ? * 1-5/2 *)", eventbridge);
  EXPECT_CATCHES_NOT("dow-numbered-from-sunday", "rate(5 minutes)", eventbridge);
  // 1 is Monday in these.
  EXPECT_CATCHES_NOT("dow-numbered-from-sunday", "0 9 * * 1-5",
                     expression_of(DialectId::kubernetes));
  EXPECT_CATCHES_NOT("dow-numbered-from-sunday", "0 0 9 * * 1-5", expression_of(DialectId::spring));
  EXPECT_CATCHES_NOT("dow-numbered-from-sunday", "0 9 * * 1-5 /x\n");
}

}  // namespace
}  // namespace cronkit::testing
