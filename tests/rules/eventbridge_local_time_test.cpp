// eventbridge-local-time: a UTC EventBridge schedule next to words that state a local time

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions cloudformation{.file_kind = embedded::FileKind::cloudformation};
const LintTestOptions terraform{.file_kind = embedded::FileKind::terraform};
const LintTestOptions serverless{.file_kind = embedded::FileKind::serverless};
constexpr std::string_view rule = "eventbridge-local-time";

TEST(EventbridgeLocalTime, AComment) {
  const std::string text =
      "Resources:\n  R:\n    Type: AWS::Events::Rule\n    Properties:\n      # 9am Eastern "
      "time\n      ScheduleExpression: cron(0 14 ? * MON-FRI *)\n";
  EXPECT_CATCHES_AT(rule, text, 6, 27, cloudformation);
  const std::string message = only_message(rule, text, cloudformation);
  EXPECT_NE(message.find("the comment says `9am Eastern time`, a local time (Eastern time), but "
                         "`cron(0 14 ? * MON-FRI *)` runs in UTC (EventBridge rules have no zone)"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("ScheduleExpressionTimezone"), std::string::npos) << message;
  EXPECT_NE(message.find("(14:00 UTC is 09:00 EST in winter and 10:00 EDT in summer in "
                         "America/New_York)"),
            std::string::npos)
      << message;
}

TEST(EventbridgeLocalTime, ADescriptionATrailingCommentAndAScheduleWithoutZone) {
  EXPECT_CATCHES(rule,
                 "resource \"aws_cloudwatch_event_rule\" \"r\" {\n  description = \"Report at 7:00 "
                 "PST\"\n  schedule_expression = \"cron(0 15 * * ? *)\"\n}\n",
                 terraform);
  EXPECT_CATCHES(rule,
                 "functions:\n  f:\n    events:\n      - schedule: cron(0 8 * * ? *) # 9am CET\n",
                 serverless);
  const std::string message =
      only_message(rule,
                   "resource \"aws_scheduler_schedule\" \"s\" {\n  # 9am local time\n  "
                   "schedule_expression = \"cron(0 9 * * ? *)\"\n}\n",
                   terraform);
  EXPECT_NE(message.find("set ScheduleExpressionTimezone"), std::string::npos) << message;
}

TEST(EventbridgeLocalTime, SilentWithAZoneUtcNoTimeOrNoHour) {
  // The zone is given.
  EXPECT_CATCHES_NOT(rule,
                     "resource \"aws_scheduler_schedule\" \"s\" {\n  # 9am Eastern time\n  "
                     "schedule_expression = \"cron(0 9 * * ? *)\"\n  schedule_expression_timezone "
                     "= \"America/New_York\"\n}\n",
                     terraform);
  // The comment works it out in UTC itself.
  EXPECT_CATCHES_NOT(rule,
                     "resource \"aws_cloudwatch_event_rule\" \"r\" {\n  schedule_expression = "
                     "\"cron(0 16 * * ? *)\"  # Run every day at 4:00 PM UTC = 9:00 AM PDT\n}\n",
                     terraform);
  // No time, a rate, every hour.
  EXPECT_CATCHES_NOT(rule,
                     "functions:\n  f:\n    events:\n      # for Eastern time customers\n      - "
                     "schedule: cron(0 14 * * ? *)\n",
                     serverless);
  EXPECT_CATCHES_NOT(rule,
                     "functions:\n  f:\n    events:\n      # 9am EST\n      - schedule: rate(1 "
                     "day)\n",
                     serverless);
  EXPECT_CATCHES_NOT(rule,
                     "functions:\n  f:\n    events:\n      # at 9:05 EST and every hour\n      - "
                     "schedule: cron(5 * * * ? *)\n",
                     serverless);
  // "est" in a word is not a zone.
  EXPECT_CATCHES_NOT(rule,
                     "functions:\n  f:\n    events:\n      # at 9am, the best estimate\n      - "
                     "schedule: cron(0 9 * * ? *)\n",
                     serverless);
}

}  // namespace
}  // namespace cronkit::testing
