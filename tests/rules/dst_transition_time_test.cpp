// dst-transition-time: jobs in a daylight-saving gap or repeated hour

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(DstTransitionTime, WildcardJobInTheGapDoesNotRunThatDay) {
  auto findings =
      findings_of("dst-transition-time", "*/20 2 * * * /x\n", {.zone = "America/New_York"});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::warning) << "runs are lost: a warning";
  EXPECT_NE(findings[0].message.find("skips it that day"), std::string::npos);
  EXPECT_NE(findings[0].message.find("America/New_York"), std::string::npos);
  EXPECT_CATCHES_NOT("dst-transition-time", "*/20 * * * * /x\n",
                     Options{.zone = "America/New_York"});
  EXPECT_CATCHES_NOT("dst-transition-time", "*/20 2,5 * * * /x\n",
                     Options{.zone = "America/New_York"});
}

TEST(DstTransitionTime, FixedTimeJobInTheGapRunsLate) {
  auto findings =
      findings_of("dst-transition-time", "0,30 2 * * * /x\n", {.zone = "America/New_York"});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::info) << "it still runs, at most an hour late";
  EXPECT_NE(findings[0].message.find("late, at 03:00, 2 times"), std::string::npos)
      << findings[0].message;
  EXPECT_CATCHES_NOT("dst-transition-time", "30 2 * * * /x\n", Options{.zone = "UTC"});
  EXPECT_CATCHES_NOT("dst-transition-time", "30 2 * * * /x\n", Options{.zone = "Europe/London"});
  // London's gap is 01:00-01:59.
  EXPECT_CATCHES("dst-transition-time", "30 1 * * * /x\n", Options{.zone = "Europe/London"});
}

TEST(DstTransitionTime, OnlyOnTheDaysTheScheduleRuns) {
  // New York changes on Sundays in March and November; the 15th is never a transition day.
  EXPECT_CATCHES_NOT("dst-transition-time", "30 2 15 * * /x\n",
                     Options{.zone = "America/New_York"});
  EXPECT_CATCHES_NOT("dst-transition-time", "30 2 * * 1-6 /x\n",
                     Options{.zone = "America/New_York"});
  EXPECT_CATCHES("dst-transition-time", "30 2 * 3 0 /x\n", Options{.zone = "America/New_York"});
}

TEST(DstTransitionTime, RepeatedHourDoublesOnlyStarMinuteJobsWithAFixedHour) {
  auto findings =
      findings_of("dst-transition-time", "*/15 1 * * * /x\n", {.zone = "America/New_York"});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::warning) << "runs are doubled: a warning";
  EXPECT_NE(findings[0].message.find("8 times instead of 4"), std::string::npos)
      << findings[0].message;
  EXPECT_CATCHES_NOT("dst-transition-time", "30 1 * * * /x\n", Options{.zone = "America/New_York"});
  EXPECT_CATCHES_NOT("dst-transition-time", "30 * * * * /x\n", Options{.zone = "America/New_York"});
}

TEST(DstTransitionTime, MidnightZonesAndCronTz) {
  EXPECT_CATCHES("dst-transition-time", "0 0 * * * /x\n", Options{.zone = "America/Havana"});
  EXPECT_CATCHES_NOT("dst-transition-time", "0 0 * * * /x\n", Options{.zone = "America/New_York"});
  // cronie honours CRON_TZ; Debian does not.
  EXPECT_CATCHES_NOT("dst-transition-time", "CRON_TZ=UTC\n30 2 * * * /x\n",
                     Options{.dialect = DialectId::cronie});
  EXPECT_CATCHES("dst-transition-time", "CRON_TZ=UTC\n30 2 * * * /x\n",
                 Options{.zone = "America/New_York"});
  EXPECT_CATCHES("dst-transition-time", "CRON_TZ=America/New_York\n30 2 * * * /x\n",
                 Options{.dialect = DialectId::cronie, .zone = "UTC"});
}

TEST(DstTransitionTime, EachEntryInTheZoneInForceForIt) {
  // The zone changes back and forth within one file: every entry is judged in its own zone, and
  // an unknown zone says nothing without hiding the later ones.
  std::vector<lint::Finding> findings = findings_of("dst-transition-time",
                                                    "CRON_TZ=America/New_York\n30 2 * * * /a\n"
                                                    "CRON_TZ=UTC\n30 2 * * * /b\n"
                                                    "CRON_TZ=Not/AZone\n30 2 * * * /c\n"
                                                    "CRON_TZ=America/New_York\n30 2 * * * /d\n",
                                                    Options{.dialect = DialectId::cronie});
  ASSERT_EQ(findings.size(), 2u) << describe(findings);
  EXPECT_EQ(findings[0].span.line, 2u);
  EXPECT_EQ(findings[1].span.line, 8u);
}

TEST(DstTransitionTime, SilentWithoutAKnownZone) {
  // Which zone a server runs in is not written in its crontab: no --tz, no CRON_TZ, no finding.
  EXPECT_CATCHES_NOT("dst-transition-time", "30 2 * * * /x\n");
  EXPECT_CATCHES_NOT("dst-transition-time", "*/20 2 * * * /x\n");
  EXPECT_CATCHES_NOT("dst-transition-time", "*/15 1 * * * /x\n");
  // Debian's cron ignores CRON_TZ, so it does not tell the zone either.
  EXPECT_CATCHES_NOT("dst-transition-time", "CRON_TZ=America/New_York\n*/20 2 * * * /x\n");
}

TEST(DstTransitionTime, FalsePositivesAndSuppression) {
  EXPECT_CATCHES_NOT("dst-transition-time", "@daily /x\n@reboot /y\n@hourly /z\n",
                     Options{.zone = "America/New_York"});
  EXPECT_CATCHES_NOT("dst-transition-time",
                     "# cronlint: disable=dst-transition-time\n*/20 2 * * * /x\n",
                     Options{.zone = "America/New_York"});
}

// The table's clock.
TEST(DstTransitionTime, BusyboxFollowsTheRealClock) {
  const Options busybox{.dialect = DialectId::busybox, .zone = "America/New_York"};
  std::string gap = only_message("dst-transition-time", "30 2 * * * /backup\n", busybox);
  EXPECT_NE(gap.find("busybox crond does not run it that day"), std::string::npos) << gap;
  std::string repeated = only_message("dst-transition-time", "30 1 * * * /backup\n", busybox);
  EXPECT_NE(repeated.find("runs the job in both passes (2 times instead of 1)"), std::string::npos)
      << repeated;
  // Hourly jobs just get one more run, and lose one.
  EXPECT_CATCHES_NOT("dst-transition-time", "30 * * * * /x\n", busybox);
  // Debian: late, once, at info.
  EXPECT_CATCHES_NOT("dst-transition-time", "30 1 * * * /backup\n", {.zone = "America/New_York"});
}

TEST(DstTransitionTime, SystemdSkipsTheGapAndRunsARepeatedTimeOnce) {
  const Options systemd{.dialect = DialectId::systemd_cron, .zone = "Europe/Berlin"};
  EXPECT_NE(only_message("dst-transition-time", "30 2 * * * /backup\n", systemd)
                .find("systemd-cron does not run it that day"),
            std::string::npos);
  EXPECT_CATCHES_NOT("dst-transition-time", "*/15 1 * * * /x\n",
                     {.dialect = DialectId::systemd_cron, .zone = "America/New_York"});
  EXPECT_CATCHES_NOT("dst-transition-time", "30 1 * * * /x\n",
                     {.dialect = DialectId::systemd_cron, .zone = "America/New_York"});
}

TEST(DstTransitionTime, SupercronicMovesAGapTimeByTheJump) {
  std::vector<lint::Finding> west =
      findings_of("dst-transition-time", "30 2 * * * /backup\n",
                  {.dialect = DialectId::supercronic, .zone = "America/New_York"});
  ASSERT_EQ(west.size(), 1u) << describe(west);
  EXPECT_EQ(west[0].severity, Severity::warning);
  EXPECT_NE(west[0].message.find("moves it 60 minutes earlier, to 01:30"), std::string::npos)
      << west[0].message;
  std::vector<lint::Finding> east =
      findings_of("dst-transition-time", "30 2 * * * /backup\n",
                  {.dialect = DialectId::supercronic, .zone = "Europe/Berlin"});
  ASSERT_EQ(east.size(), 1u) << describe(east);
  EXPECT_EQ(east[0].severity, Severity::info);
  EXPECT_NE(east[0].message.find("60 minutes late, at 03:30"), std::string::npos)
      << east[0].message;
}

}  // namespace
}  // namespace cronkit::testing

namespace cronkit::testing {
namespace {

LintTestOptions scheduler(DialectId dialect, std::string zone) {
  return {.dialect = dialect, .zone = std::move(zone), .expression = true};
}

// A scheduler's expression, through that scheduler's own clock.
TEST(DstTransitionTime, KubernetesSkipsTheGapAndRunsTheRepeatedHourTwice) {
  const LintTestOptions new_york = scheduler(DialectId::kubernetes, "America/New_York");
  auto skipped = findings_of("dst-transition-time", "30 2 * * *", new_york);
  ASSERT_EQ(skipped.size(), 1u);
  EXPECT_EQ(skipped[0].severity, Severity::warning);
  EXPECT_EQ(skipped[0].message,
            "the job runs only at 02:30 on the day the clocks go forward (02:00 -> 03:00 in "
            "America/New_York), a time that does not exist then: the Kubernetes CronJob "
            "controller does not run it that day");
  EXPECT_EQ(only_message("dst-transition-time", "30 1 * * *", new_york),
            "01:30 happens twice on the day the clocks go back (02:00 -> 01:00 in "
            "America/New_York): the Kubernetes CronJob controller runs the job in both passes (2 "
            "times instead of 1)");
  EXPECT_CATCHES_NOT("dst-transition-time", "30 9 * * *", new_york);
  EXPECT_CATCHES_NOT("dst-transition-time", "30 * * * *", new_york);  // every hour
  // Without a zone nothing is known; a CRON_TZ= prefix is a zone.
  EXPECT_CATCHES_NOT("dst-transition-time", "30 2 * * *", scheduler(DialectId::kubernetes, ""));
  EXPECT_CATCHES("dst-transition-time", "CRON_TZ=Europe/Berlin 30 2 * * *",
                 scheduler(DialectId::kubernetes, ""));
}

TEST(DstTransitionTime, KubernetesOnLordHowesHalfHourChange) {
  const LintTestOptions lord_howe = scheduler(DialectId::kubernetes, "Australia/Lord_Howe");
  // 02:00 exists after the April change to +10:30, and robfig's hour walk still misses it.
  EXPECT_EQ(only_message("dst-transition-time", "0 2 * * *", lord_howe),
            "the Kubernetes CronJob controller does not run the job at 02:00 on the day the clocks "
            "go back (02:00 -> 01:30 in Australia/Lord_Howe), although that time exists: its "
            "clock skips it (cronsim --dialect kubernetes shows it)");
  EXPECT_CATCHES("dst-transition-time", "0 9 * * *", lord_howe);
  EXPECT_CATCHES("dst-transition-time", "45 1 * * *", lord_howe);
  EXPECT_NE(only_message("dst-transition-time", "0 0 * * *", lord_howe)
                .find("at 00:00 the day after the day the clocks go back"),
            std::string::npos);
  EXPECT_NE(only_message("dst-transition-time", "30 1 * 10 *", lord_howe)
                .find("runs the job once more on the day the clocks go forward (02:00 -> 02:30 "
                      "in Australia/Lord_Howe), at 02:30"),
            std::string::npos);
  EXPECT_CATCHES_NOT("dst-transition-time", "30 9 * * *", lord_howe);
  // The same day in a zone whose changes are whole hours: nothing lost.
  EXPECT_CATCHES_NOT("dst-transition-time", "0 9 * * *",
                     scheduler(DialectId::kubernetes, "America/New_York"));
}

TEST(DstTransitionTime, EachSchedulerByItsClock) {
  auto message = [](DialectId dialect, std::string_view expression) {
    return only_message("dst-transition-time", expression, scheduler(dialect, "America/New_York"));
  };
  EXPECT_NE(message(DialectId::azure, "30 2 * * *").find("Azure Functions runs the job at 03:30"),
            std::string::npos);
  EXPECT_NE(message(DialectId::airflow, "30 2 * * *").find("Airflow runs the job at 03:30"),
            std::string::npos);
  EXPECT_NE(message(DialectId::dagster, "30 2 * * *").find("Dagster runs the job at 03:00"),
            std::string::npos);
  EXPECT_NE(message(DialectId::spring, "0 30 1 * * *").find("Spring runs the job in both passes"),
            std::string::npos);
  EXPECT_NE(message(DialectId::eventbridge_scheduler, "cron(30 2 * * ? *)")
                .find("EventBridge Scheduler does not run it that day"),
            std::string::npos);
  // Airflow and Dagster run a repeated time once.
  EXPECT_CATCHES_NOT("dst-transition-time", "30 1 * * *",
                     scheduler(DialectId::airflow, "America/New_York"));
  // EventBridge rules run in UTC whatever --tz says.
  EXPECT_CATCHES_NOT("dst-transition-time", "cron(30 2 * * ? *)",
                     scheduler(DialectId::eventbridge, "America/New_York"));
}

TEST(DstTransitionTime, ACronJobsTimeZone) {
  const std::string manifest =
      "kind: CronJob\nspec:\n  schedule: \"30 2 * * *\"\n  timeZone: Europe/Berlin\n";
  EXPECT_CATCHES_AT("dst-transition-time", manifest, 3, 14,
                    {.file_kind = embedded::FileKind::kubernetes_manifest});
}

}  // namespace
}  // namespace cronkit::testing
