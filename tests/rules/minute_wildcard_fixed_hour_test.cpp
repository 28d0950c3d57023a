// minute-wildcard-fixed-hour: minute * with a fixed hour

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(MinuteWildcardFixedHour, FiresOnStarMinuteWithARestrictedHour) {
  EXPECT_CATCHES_AT("minute-wildcard-fixed-hour", "* 3 * * * /x\n", 1, 1);
  EXPECT_CATCHES("minute-wildcard-fixed-hour", "*/1 9-17 * * 1-5 /x\n");
  EXPECT_CATCHES_NOT("minute-wildcard-fixed-hour", "0 3 * * * /x\n");
  EXPECT_CATCHES_NOT("minute-wildcard-fixed-hour", "* * * * * /x\n");
  EXPECT_CATCHES_NOT("minute-wildcard-fixed-hour", "*/5 3 * * * /x\n");
  auto findings = findings_of("minute-wildcard-fixed-hour", "* 3 * * * /x\n");
  ASSERT_EQ(findings.size(), 1u);
  ASSERT_TRUE(findings[0].fix);
  EXPECT_EQ(findings[0].fix->replacement, "0");
}

TEST(MinuteWildcardFixedHour, MessageCountsTheRuns) {
  std::string message = only_message("minute-wildcard-fixed-hour", "* 3 * * * /x\n");
  EXPECT_NE(message.find("runs every minute of that hour (60 times a day)"), std::string::npos)
      << message;
  EXPECT_CATCHES("minute-wildcard-fixed-hour", "* 3 * * * root /x\n",
                 {.format = CrontabFormat::system});
}

Options expression_of(DialectId dialect) {
  return {.dialect = dialect, .expression = true};
}

constexpr std::string_view rule = "minute-wildcard-fixed-hour";

// A scheduler's expression: the minute and the hour where the dialect puts them.
TEST(MinuteWildcardFixedHour, SchedulerExpressionsInTheirFieldLayout) {
  const Options github = expression_of(DialectId::github_actions);
  EXPECT_CATCHES_AT(rule, "* 1 * * *", 1, 1, github);
  std::string message = only_message(rule, "* 1 * * *", github);
  // GitHub runs nothing more often than every five minutes: the expression asks, too-frequent
  // says what GitHub does.
  EXPECT_NE(message.find("minute '*' with hour '1': asks GitHub Actions to run the job every "
                         "minute of that hour (60 times a day), not once at the start of the "
                         "hour; `0 1 * * *` runs once"),
            std::string::npos)
      << message;
  EXPECT_NE(only_message(rule, "* 1 * * *", expression_of(DialectId::kubernetes))
                .find("minute '*' with hour '1': the Kubernetes CronJob controller runs the job "
                      "every minute of that hour (60 times a day)"),
            std::string::npos);
  EXPECT_NE(only_message(rule, "*/1 9-17 * * 1-5", expression_of(DialectId::kubernetes))
                .find("every minute of those hours (540 times a day), not once at the start of "
                      "each hour; `0 9-17 * * 1-5` runs once an hour"),
            std::string::npos);
  // Seconds first: the minute is the second field.
  const Options quartz = expression_of(DialectId::quartz);
  EXPECT_CATCHES_AT(rule, "0 * 1 * * ?", 1, 3, quartz);
  message = only_message(rule, "0 * 1 * * ?", quartz);
  EXPECT_NE(message.find("minute '*' (the second field: in Quartz, the first field is the second)"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("`0 0 1 * * ?` runs once"), std::string::npos) << message;
  EXPECT_CATCHES_AT(rule, "0 * 1 * * *", 1, 3, expression_of(DialectId::spring));
  EXPECT_CATCHES_AT(rule, "0 * 1 * * *", 1, 3, expression_of(DialectId::azure));
  // Two seconds a minute: twice the runs.
  EXPECT_NE(only_message(rule, "0,30 * 1 * * ?", quartz).find("(120 times a day)"),
            std::string::npos);
  // EventBridge: cron( minute first.
  const Options eventbridge = expression_of(DialectId::eventbridge);
  EXPECT_CATCHES_AT(rule, "cron(* 1 * * ? *)", 1, 6, eventbridge);
  EXPECT_NE(
      only_message(rule, "cron(* 1 * * ? *)", eventbridge).find("`cron(0 1 * * ? *)` runs once"),
      std::string::npos);
}

TEST(MinuteWildcardFixedHour, SchedulerExpressionsThatAreNotTheMistake) {
  const Options quartz = expression_of(DialectId::quartz);
  // The hour field of a seconds-first expression is not the minute: `* 1 ...` there is every
  // second of minute 1, fires-every-second's kind of mistake, not this one.
  EXPECT_CATCHES_NOT(rule, "* 1 * * * ?", quartz);
  EXPECT_CATCHES_NOT(rule, "* * 1 * * ?", quartz);
  EXPECT_CATCHES_NOT(rule, "* * 1 * * *", expression_of(DialectId::spring));
  EXPECT_CATCHES_NOT(rule, "0 0 1 * * ?", quartz);
  EXPECT_CATCHES_NOT(rule, "0 * * * * ?", quartz);
  EXPECT_CATCHES_NOT(rule, "0 1 * * *", expression_of(DialectId::github_actions));
  EXPECT_CATCHES_NOT(rule, "@daily", expression_of(DialectId::kubernetes));
  EXPECT_CATCHES_NOT(rule, "rate(1 hour)", expression_of(DialectId::eventbridge));
  // Five-field Azure has no seconds field: minute first.
  EXPECT_CATCHES_AT(rule, "* 1 * * *", 1, 1, expression_of(DialectId::azure));
}

TEST(MinuteWildcardFixedHour, AWorkflowScheduleAtTheMinuteInTheFile) {
  EXPECT_CATCHES_AT(rule, "on:\n  schedule:\n    - cron: '* 1 * * *'\n", 3, 14,
                    {.file_kind = embedded::FileKind::github_workflow});
}

}  // namespace
}  // namespace cronkit::testing
