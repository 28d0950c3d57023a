// local-time-without-zone: a GitHub Actions schedule or a CronJob without a zone next to words
// that state a local time

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions workflow{.file_kind = embedded::FileKind::github_workflow};
const LintTestOptions manifest{.file_kind = embedded::FileKind::kubernetes_manifest};
const LintTestOptions cloudformation{.file_kind = embedded::FileKind::cloudformation};
constexpr std::string_view rule = "local-time-without-zone";

std::string workflow_with(std::string_view lines) {
  return "on:\n  schedule:\n" + std::string(lines);
}

std::string cronjob_with(std::string_view lines) {
  return "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: report\nspec:\n" +
         std::string(lines) + "  jobTemplate: {}\n";
}

TEST(LocalTimeWithoutZone, AWorkflowCommentWithTheWinterAndSummerTimes) {
  const std::string text = workflow_with("    - cron: '0 13 * * 1-5' # 6am Pacific, weekdays.\n");
  EXPECT_CATCHES_AT(rule, text, 3, 14, workflow);
  const std::string message = only_message(rule, text, workflow);
  EXPECT_NE(message.find("the comment says `6am Pacific, weekdays.`, a time in Pacific "
                         "(America/Los_Angeles), but `0 13 * * 1-5` runs in UTC (the schedule has "
                         "no timezone): 13:00 UTC is 05:00 PST in winter and 06:00 PDT in summer"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("add `timezone: America/Los_Angeles`"), std::string::npos) << message;
}

TEST(LocalTimeWithoutZone, ZonesAndSeasonsComeFromTheZoneDatabase) {
  // Europe: 08:00 UTC is 09:00 CET in winter, 10:00 CEST in summer.
  EXPECT_NE(only_message(rule, workflow_with("    # Daily at 9:00 CET\n    - cron: '0 8 * * *'\n"),
                         workflow)
                .find("08:00 UTC is 09:00 CET in winter and 10:00 CEST in summer"),
            std::string::npos);
  // The southern hemisphere's summer is in January.
  EXPECT_NE(only_message(rule, workflow_with("    - cron: '0 22 * * *' # at 9am AEDT\n"), workflow)
                .find("22:00 UTC is 08:00 AEST in winter and 09:00 AEDT in summer"),
            std::string::npos);
  // AEST alone is Brisbane's time too, all year: no zone with a change to compare with.
  EXPECT_CATCHES_NOT(rule, workflow_with("    - cron: '0 22 * * *' # at 8am AEST\n"), workflow);
  // A time that is the local time in neither season, with several runs a day.
  const std::string message = only_message(
      rule, workflow_with("    # runs at 9am Eastern time\n    - cron: '30 9,21 * * *'\n"),
      workflow);
  EXPECT_NE(message.find("09:30 UTC (its first run of the day) is 04:30 EST in winter and 05:30 "
                         "EDT in summer"),
            std::string::npos)
      << message;
}

TEST(LocalTimeWithoutZone, ACronJobWithoutTimeZoneClaimsNoZoneForTheController) {
  const std::string text = cronjob_with("  # 9am Eastern\n  schedule: \"0 14 * * 1-5\"\n");
  EXPECT_CATCHES_AT(rule, text, 7, 14, manifest);
  const std::string message = only_message(rule, text, manifest);
  EXPECT_NE(message.find("has no spec.timeZone: `0 14 * * 1-5` runs at 14:00 in the zone of the "
                         "kube-controller-manager, which the manifest does not name, not in "
                         "Eastern (a controller in UTC runs it at 09:00 EST in winter and 10:00 "
                         "EDT in summer); set spec.timeZone: America/New_York"),
            std::string::npos)
      << message;
  EXPECT_EQ(message.find("runs in UTC"), std::string::npos) << message;
}

TEST(LocalTimeWithoutZone, SilentWhenTheFixedUtcHourIsMeant) {
  // The comment gives UTC, alone or next to the local time, or an offset.
  EXPECT_CATCHES_NOT(rule, workflow_with("    - cron: '0 9 * * *' # 9am UTC\n"), workflow);
  EXPECT_CATCHES_NOT(
      rule, workflow_with("    - cron: '0 14 * * *' # runs at 14:00 UTC (9am EST)\n"), workflow);
  EXPECT_CATCHES_NOT(rule, workflow_with("    - cron: '0 14 * * *' # 9am EST (14:00 UTC)\n"),
                     workflow);
  EXPECT_CATCHES_NOT(rule, workflow_with("    - cron: '0 8 * * *' # at 9:00 CET (UTC+1)\n"),
                     workflow);
  // Both seasons written down.
  EXPECT_CATCHES_NOT(rule, workflow_with("    - cron: '0 14 * * *' # 9am EST / 10am EDT\n"),
                     workflow);
  EXPECT_CATCHES_NOT(rule, workflow_with("    - cron: '0 13 * * *' # 9am Eastern in summer\n"),
                     workflow);
  EXPECT_CATCHES_NOT(
      rule, workflow_with("    - cron: '0 13 * * *' # 9am ET, off by 1h without DST\n"), workflow);
  // A pair of schedules, one for each season.
  EXPECT_CATCHES_NOT(rule,
                     workflow_with("    # 9:30 CET\n    - cron: '30 8 * 11-12,1-3 *'\n    # "
                                   "9:30 CEST\n    - cron: '30 7 * 4-10 *'\n"),
                     workflow);
}

TEST(LocalTimeWithoutZone, SilentWithAZoneOrWithoutATimeOrANamedZone) {
  // The zone is given: GitHub's timezone, spec.timeZone, a CRON_TZ= prefix.
  EXPECT_CATCHES_NOT(rule,
                     workflow_with("    - cron: '0 6 * * 1-5' # 6am Pacific\n      timezone: "
                                   "America/Los_Angeles\n"),
                     workflow);
  EXPECT_CATCHES_NOT(
      rule,
      cronjob_with("  # 9am Eastern\n  schedule: \"0 9 * * *\"\n  timeZone: America/New_York\n"),
      manifest);
  EXPECT_CATCHES_NOT(rule,
                     cronjob_with("  # 9am Eastern\n  schedule: \"CRON_TZ=America/New_York 0 9 * * "
                                  "*\"\n"),
                     manifest);
  // "local time" names no zone; no time; every hour.
  EXPECT_CATCHES_NOT(rule, workflow_with("    - cron: '0 9 * * *' # 9am local time\n"), workflow);
  EXPECT_CATCHES_NOT(rule, workflow_with("    - cron: '0 14 * * *' # for Eastern time users\n"),
                     workflow);
  EXPECT_CATCHES_NOT(rule, workflow_with("    - cron: '5 * * * *' # at 9:05 EST and hourly\n"),
                     workflow);
  // "est" in a word, "Pacific" that is not after a time.
  EXPECT_CATCHES_NOT(rule, workflow_with("    - cron: '0 9 * * *' # at 9am, the best estimate\n"),
                     workflow);
  EXPECT_CATCHES_NOT(rule, workflow_with("    - cron: '0 9 * * *' # at 9am, Pacific region data\n"),
                     workflow);
  // EventBridge is eventbridge-local-time's.
  EXPECT_CATCHES_NOT(rule,
                     "Resources:\n  R:\n    Type: AWS::Events::Rule\n    Properties:\n      # 9am "
                     "Eastern time\n      ScheduleExpression: cron(0 14 ? * MON-FRI *)\n",
                     cloudformation);
}

}  // namespace
}  // namespace cronkit::testing
