// comment-contradicts-schedule: words next to a schedule that state another time or frequency

#include <gtest/gtest.h>

#include "lint/stated_time.hpp"
#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions cloudformation{.file_kind = embedded::FileKind::cloudformation};
const LintTestOptions terraform{.file_kind = embedded::FileKind::terraform};
const LintTestOptions serverless{.file_kind = embedded::FileKind::serverless};
const LintTestOptions workflow{.file_kind = embedded::FileKind::github_workflow};
const LintTestOptions manifest{.file_kind = embedded::FileKind::kubernetes_manifest};
constexpr std::string_view rule = "comment-contradicts-schedule";

std::string rule_with(std::string_view comment, std::string_view expression) {
  return "Resources:\n  R:\n    Type: AWS::Events::Rule\n    Properties:\n      # " +
         std::string(comment) + "\n      ScheduleExpression: " + std::string(expression) + "\n";
}

TEST(CommentContradictsSchedule, SwappedMinuteAndHour) {
  const std::string text = rule_with("At 11pm every day", "cron(23 0 * * ? *)");
  EXPECT_CATCHES_AT(rule, text, 6, 27, cloudformation);
  const std::string message = only_message(rule, text, cloudformation);
  EXPECT_NE(message.find("the comment says `At 11pm every day` (23:00), but `cron(23 0 * * ? *)` "
                         "runs once a day at 00:23 UTC"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("look swapped"), std::string::npos) << message;
}

TEST(CommentContradictsSchedule, TwelveHoursOffAndOtherTimes) {
  const std::string message =
      only_message(rule, rule_with("daily at 11pm", "cron(0 11 * * ? *)"), cloudformation);
  EXPECT_NE(message.find("12 hours off"), std::string::npos) << message;
  EXPECT_CATCHES(rule, rule_with("Runs at 09:30", "cron(0 9 ? * MON-FRI *)"), cloudformation);
  EXPECT_CATCHES(rule, rule_with("midnight", "cron(0 1 * * ? *)"), cloudformation);
  // A trailing comment, and a description.
  EXPECT_CATCHES(rule, "on:\n  schedule:\n    - cron: '0 4 * * *' # at 3:00 am\n", workflow);
  EXPECT_CATCHES(rule,
                 "resource \"aws_cloudwatch_event_rule\" \"r\" {\n  description = \"Runs daily at "
                 "6 AM UTC\"\n  schedule_expression = \"cron(0 7 * * ? *)\"\n}\n",
                 terraform);
}

TEST(CommentContradictsSchedule, SilentWhenTheWordsAgreeOrAreNotClear) {
  EXPECT_CATCHES_NOT(rule, rule_with("At 11pm every day", "cron(0 23 * * ? *)"), cloudformation);
  EXPECT_CATCHES_NOT(rule, rule_with("10am UTC, daily", "cron(0 10 * * ? *)"), cloudformation);
  // Another zone is the local-time rule's; two times, relative words, no am/pm or colon.
  EXPECT_CATCHES_NOT(rule, rule_with("9am Eastern time", "cron(0 14 * * ? *)"), cloudformation);
  EXPECT_CATCHES_NOT(rule, rule_with("at 4:00 PM UTC = 9:00 AM PDT", "cron(0 16 * * ? *)"),
                     cloudformation);
  EXPECT_CATCHES_NOT(rule, rule_with("30 minutes after the 11pm backup", "cron(30 23 * * ? *)"),
                     cloudformation);
  EXPECT_CATCHES_NOT(rule, rule_with("at 11 every day", "cron(0 23 * * ? *)"), cloudformation);
  EXPECT_CATCHES_NOT(rule, rule_with("see ticket 10:30", "cron(0 23 * * ? *)"), cloudformation);
  EXPECT_CATCHES_NOT(rule, rule_with("UTC+2 at 11pm", "cron(0 21 * * ? *)"), cloudformation);
  // Several hours: no single time to compare with.
  EXPECT_CATCHES_NOT(rule, rule_with("at 9am", "cron(0 9,17 * * ? *)"), cloudformation);
  // A comment separated by a blank line is not next to the schedule.
  EXPECT_CATCHES_NOT(rule, "on:\n  # at 3am\n\n  schedule:\n    - cron: '0 4 * * *'\n", workflow);
  // A zone the file gives: the stated time is in it.
  EXPECT_CATCHES_NOT(rule,
                     "kind: CronJob\nspec:\n  # at 9:00\n  schedule: '0 9 * * *'\n  timeZone: "
                     "Europe/Berlin\n",
                     manifest);
  // UTC stated for a schedule in another zone: not comparable.
  EXPECT_CATCHES_NOT(rule,
                     "kind: CronJob\nspec:\n  # at 7:00 UTC\n  schedule: '0 9 * * *'\n  "
                     "timeZone: Europe/Berlin\n",
                     manifest);
}

TEST(CommentContradictsSchedule, HourlyAndDailyNames) {
  const std::string message = only_message(
      rule, "functions:\n  hourly-sync:\n    events:\n      - schedule: rate(30 minutes)\n",
      serverless);
  EXPECT_NE(message.find("the function name `hourly-sync` says hourly, but `rate(30 minutes)` "
                         "runs every 30 minutes"),
            std::string::npos)
      << message;
  EXPECT_CATCHES_AT(rule,
                    "resource \"aws_cloudwatch_event_rule\" \"HourlyCleanup\" {\n  "
                    "schedule_expression = \"cron(*/30 * * * ? *)\"\n}\n",
                    2, 26, terraform);
  EXPECT_CATCHES(rule, rule_with("hourly export", "cron(0 3 * * ? *)"), cloudformation);
  EXPECT_CATCHES(rule,
                 "Resources:\n  DailyReport:\n    Type: AWS::Events::Rule\n    Properties:\n      "
                 "ScheduleExpression: rate(1 hour)\n",
                 cloudformation);
  // Hourly during working hours is hourly; a name with both words says nothing clear.
  EXPECT_CATCHES_NOT(rule,
                     "functions:\n  hourly:\n    events:\n      - schedule: cron(5 8-18 ? * "
                     "MON-FRI *)\n",
                     serverless);
  EXPECT_CATCHES_NOT(rule,
                     "functions:\n  hourly-or-daily:\n    events:\n      - schedule: rate(1 "
                     "day)\n",
                     serverless);
  EXPECT_CATCHES_NOT(rule, "functions:\n  daily:\n    events:\n      - schedule: rate(1 day)\n",
                     serverless);
  // "hourlyish" is not the word.
  EXPECT_CATCHES_NOT(rule, "functions:\n  hourlyish:\n    events:\n      - schedule: rate(1 day)\n",
                     serverless);
}

TEST(CommentContradictsSchedule, WorkflowCronJobAndDeploymentNames) {
  const std::string cronjob =
      "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: hourly-report\nspec:\n  "
      "schedule: \"*/30 * * * *\"\n  timeZone: Etc/UTC\n";
  EXPECT_CATCHES_AT(rule, cronjob, 6, 14, manifest);
  EXPECT_NE(only_message(rule, cronjob, manifest)
                .find("the CronJob name `hourly-report` says hourly, but `*/30 * * * *` runs 2 "
                      "times an hour"),
            std::string::npos);
  const std::string workflow_text =
      "name: Nightly build\non:\n  schedule:\n    - cron: '0 * * * *'\njobs: {}\n";
  EXPECT_CATCHES_AT(rule, workflow_text, 4, 14, workflow);
  EXPECT_NE(only_message(rule, workflow_text, workflow)
                .find("the workflow name `Nightly build` says daily, but `0 * * * *` runs every "
                      "hour"),
            std::string::npos);
  EXPECT_CATCHES_NOT(rule, "name: Nightly build\non:\n  schedule:\n    - cron: '17 3 * * *'\n",
                     workflow);
  EXPECT_CATCHES(rule,
                 "deployments:\n  - name: daily-digest\n    schedule:\n      cron: '*/15 * * * "
                 "*'\n",
                 LintTestOptions{.file_kind = embedded::FileKind::prefect_deployment});
  EXPECT_CATCHES(rule,
                 "deployments:\n  - name: digest\n    description: Runs hourly\n    schedule:\n"
                 "      cron: '0 6 * * *'\n",
                 LintTestOptions{.file_kind = embedded::FileKind::prefect_deployment});
  EXPECT_CATCHES(rule,
                 "import dagster as dg\n\nnightly = dg.ScheduleDefinition(\n    "
                 "name=\"nightly_refresh\", cron_schedule=\"0 * * * *\", job=refresh)\n",
                 LintTestOptions{.file_kind = embedded::FileKind::dagster});
  EXPECT_CATCHES_NOT(rule,
                     "import dagster as dg\n\nnightly = dg.ScheduleDefinition(\n    "
                     "name=\"nightly_refresh\", cron_schedule=\"0 2 * * *\", job=refresh)\n",
                     LintTestOptions{.file_kind = embedded::FileKind::dagster});
  EXPECT_CATCHES(rule,
                 "import azure.functions as func\napp = func.FunctionApp()\n\n"
                 "@app.timer_trigger(schedule=\"0 */10 * * * *\", arg_name=\"timer\")\n"
                 "def hourly_cleanup(timer: func.TimerRequest) -> None: ...\n",
                 LintTestOptions{.file_kind = embedded::FileKind::azure_functions});
}

TEST(CommentContradictsSchedule, AirflowDagIds) {
  const LintTestOptions dag{.file_kind = embedded::FileKind::airflow_dag};
  EXPECT_CATCHES(rule,
                 "from airflow import DAG\nwith DAG(dag_id=\"daily_report\", "
                 "schedule=\"@hourly\") as d:\n    pass\n",
                 dag);
  EXPECT_CATCHES(rule,
                 "from airflow.decorators import dag\n@dag(schedule=\"*/20 * * * *\")\n"
                 "def hourly_sync():\n    pass\n",
                 dag);
  EXPECT_CATCHES_NOT(rule,
                     "from airflow import DAG\nwith DAG(\"daily_report\", "
                     "schedule=\"0 6 * * *\") as d:\n    pass\n",
                     dag);
}

TEST(CommentContradictsSchedule, CommentsAsTheLanguageWritesThem) {
  const LintTestOptions spring{.file_kind = embedded::FileKind::spring_scheduled};
  const std::string java =
      "import org.springframework.scheduling.annotation.Scheduled;\nclass Jobs {\n"
      "  // Runs at 3:00 every day\n  @Scheduled(cron = \"0 0 4 * * *\")\n"
      "  public void exportAll() {}\n}\n";
  EXPECT_CATCHES_AT(rule, java, 4, 22, spring);
  // In C#, `#` starts a preprocessor line, not a comment.
  const LintTestOptions azure{.file_kind = embedded::FileKind::azure_functions};
  EXPECT_CATCHES(
      rule, "// Runs at 3:00 every day\n[TimerTrigger(\"0 0 4 * * *\")] TimerInfo timer\n", azure);
  EXPECT_CATCHES_NOT(rule, "#region at 3:00\n[TimerTrigger(\"0 0 4 * * *\")] TimerInfo timer\n",
                     azure);
}

TEST(StatedTimes, WhatIsReadAsATime) {
  auto one = [](std::string_view text) {
    const lint::StatedTimes stated = lint::read_stated_times(text);
    if (stated.times.size() != 1) return std::string("none");
    return std::to_string(stated.times[0].hour) + ":" + std::to_string(stated.times[0].minute) +
           " " + stated.times[0].written;
  };
  EXPECT_EQ(one("At 11pm every day"), "23:0 11pm");
  EXPECT_EQ(one("at 12 AM"), "0:0 12 AM");
  EXPECT_EQ(one("runs at 12:15 p.m."), "12:15 12:15 p.m.");
  EXPECT_EQ(one("23:45 nightly"), "23:45 23:45");
  EXPECT_EQ(one("at noon"), "12:0 noon");
  EXPECT_EQ(one("version 1.10:30"), "none");
  EXPECT_EQ(one("at 24:00"), "none");
  EXPECT_EQ(one("at 13pm"), "none");
  EXPECT_EQ(one("keeps 5 minutes"), "none");
  EXPECT_EQ(one("build 2:30 done"), "none");  // not after "at" and not the text's start
  EXPECT_EQ(lint::read_stated_times("9am EST").local_zone, "EST");
  EXPECT_EQ(lint::read_stated_times("9am Pacific time").local_zone, "Pacific time");
  EXPECT_FALSE(lint::read_stated_times("the best estimate").local_zone);
  EXPECT_EQ(lint::frequency_in_name("HourlyCleanupRule"), lint::StatedTimes::Frequency::hourly);
  EXPECT_EQ(lint::frequency_in_name("nightly_backup"), lint::StatedTimes::Frequency::daily);
  EXPECT_FALSE(lint::frequency_in_name("Hourlyish"));
}

}  // namespace
}  // namespace cronkit::testing
