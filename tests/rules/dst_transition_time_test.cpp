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
