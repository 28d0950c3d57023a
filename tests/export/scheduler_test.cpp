// Crontab entries as Kubernetes CronJobs and GitHub Actions workflows: the five fields written
// from cron's sets and read back the same by the target, the day rule neither target can say,
// the zone, standard input, and the verdicts.

#include <gtest/gtest.h>

#include <string>

#include "export/five_fields.hpp"
#include "export/scheduler.hpp"
#include "parse/parse.hpp"
#include "support/schedule_support.hpp"

namespace cronkit::exporter {
namespace {

Schedule schedule_of(const char* text) {
  ParsedSchedule parsed = parse_schedule(text);
  EXPECT_TRUE(parsed.ok()) << text;
  return parsed.schedule;
}

std::string five_fields(const char* text) {
  FiveFields fields = five_field_expression(schedule_of(text), "Debian's cron", "Kubernetes");
  return fields.impossible.empty() ? fields.expression : "impossible: " + fields.impossible;
}

TEST(FiveFields, WildcardMinutesAndHoursKeepTheirStar) {
  EXPECT_EQ(five_fields("*/15 * * * *"), "*/15 * * * *");
  EXPECT_EQ(five_fields("*/7 9-17 * * mon-fri"), "*/7 9-17 * * 1-5");
  EXPECT_EQ(five_fields("@hourly"), "0 * * * *");
  EXPECT_EQ(five_fields("@daily"), "0 0 * * *");
}

TEST(FiveFields, ValuesAreWrittenAsRangesListsAndProgressions) {
  EXPECT_EQ(five_fields("5-59/20 * * * *"), "5-45/20 * * * *");
  EXPECT_EQ(five_fields("0 0,12 1,2,3,10 jan-mar,dec *"), "0 0,12 1-3,10 1-3,12 *");
  // Sunday is written 0: robfig/cron refuses 7.
  EXPECT_EQ(five_fields("0 0 * * 7"), "0 0 * * 0");
  EXPECT_EQ(five_fields("0 0 * * 5-7"), "0 0 * * 0,5,6");
}

TEST(FiveFields, RestrictedDayFieldsThatCronOrsStayRestricted) {
  EXPECT_EQ(five_fields("0 0 1-7 * 1"), "0 0 1-7 * 1");
  // Either field matching every day makes every day match: both become `*`.
  EXPECT_EQ(five_fields("0 0 1-31 * 1"), "0 0 * * *");
  EXPECT_EQ(five_fields("0 0 15 * 0-6"), "0 0 * * *");
}

TEST(FiveFields, AStarFieldThatMatchesEveryDayIsWrittenStar) {
  EXPECT_EQ(five_fields("0 0 * * 1"), "0 0 * * 1");
  EXPECT_EQ(five_fields("0 0 */1 * 1"), "0 0 * * 1");
  EXPECT_EQ(five_fields("0 0 */2 * *"), "0 0 1-31/2 * *");
}

TEST(FiveFields, BothRestrictedDayFieldsThatCronAndsAreImpossible) {
  EXPECT_EQ(five_fields("0 0 */2 * 1"),
            "impossible: Debian's cron runs it on days that pass both day fields (a field "
            "starting with `*` makes it so); Kubernetes reads two restricted day fields as "
            "either one, and no five fields say both");
}

TEST(FiveFields, EveryWrittenExpressionReadsBackTheSameInBothTargets) {
  for (const char* text :
       {"*/15 * * * *", "5-59/20 1,3,5 * * *", "0 0 1-7 * 1", "0 0 */2 * *", "0 12 * 1-6 1-5",
        "59 23 31 12 *", "0 0 29 2 *", "0 0 * * 0,6", "@weekly", "@monthly", "@yearly"}) {
    const Schedule cron = schedule_of(text);
    const std::string written = five_fields(text);
    for (DialectId target : {DialectId::kubernetes, DialectId::github_actions}) {
      ParsedSchedule read = parse_schedule(written, target);
      ASSERT_TRUE(read.ok()) << text << " -> " << written;
      EXPECT_EQ(read.schedule.minutes, cron.minutes) << text;
      EXPECT_EQ(read.schedule.hours, cron.hours) << text;
      EXPECT_EQ(read.schedule.months, cron.months) << text;
      for (int day = 1; day <= 366; ++day) {
        const date::year_month_day ymd{date::sys_days(date::year{2028} / 1 / 1) +
                                       date::days(day - 1)};
        EXPECT_EQ(read.schedule.matches_day(ymd), cron.matches_day(ymd))
            << text << " -> " << written << " on " << date::format("%F", date::sys_days(ymd));
      }
    }
  }
}

TEST(FiveFields, ShortestIntervalCountsAcrossTheHour) {
  EXPECT_EQ(shortest_interval_minutes(schedule_of("*/2 * * * *")), 2);
  EXPECT_EQ(shortest_interval_minutes(schedule_of("0,58 * * * *")), 2);
  EXPECT_EQ(shortest_interval_minutes(schedule_of("0,58 3 * * *")), 58);
  EXPECT_EQ(shortest_interval_minutes(schedule_of("59 3,4 * * *")), 60);
  EXPECT_EQ(shortest_interval_minutes(schedule_of("30 2 * * *")), 1440);
}

std::vector<EntryExport> exported(const std::string& text, bool kubernetes,
                                  const char* zone = nullptr) {
  Crontab crontab = parse_crontab(text, {CrontabFormat::user, DialectId::debian, "jobs"});
  SchedulerExportOptions options;
  options.crontab_name = "jobs";
  if (zone) options.zone = &testing::zone(zone);
  options.from = date::sys_days(date::year{2026} / 1 / 1);
  options.image = "debian:12";
  return kubernetes ? export_kubernetes(crontab, options) : export_github_actions(crontab, options);
}

TEST(KubernetesExport, AFixedTimeOutsideDaylightSavingChangesIsExact) {
  std::vector<EntryExport> entries =
      exported("MAILTO=\"\"\n0 9 * * 1-5 /usr/local/bin/report\n", true, "America/New_York");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].exactness(), Exactness::exact);
  EXPECT_EQ(entries[0].unit, "cronkit-jobs-2");
  ASSERT_EQ(entries[0].files.size(), 1u);
  EXPECT_EQ(entries[0].files[0].name, "cronkit-jobs-2.yaml");
  const std::string& manifest = entries[0].files[0].content;
  EXPECT_NE(manifest.find("  schedule: \"0 9 * * 1-5\"\n  timeZone: \"America/New_York\"\n"),
            std::string::npos);
  EXPECT_NE(manifest.find("concurrencyPolicy: Allow\n"), std::string::npos);
  EXPECT_NE(manifest.find("command: [\"/bin/sh\", \"-c\", \"/usr/local/bin/report\"]\n"),
            std::string::npos);
  EXPECT_NE(manifest.find("- name: \"PATH\"\n                  value: \"/usr/bin:/bin\"\n"),
            std::string::npos);
}

TEST(KubernetesExport, RobfigSkipsTheSpringGapAndRunsTheRepeatedHourTwice) {
  std::vector<EntryExport> entries = exported(
      "MAILTO=\"\"\n30 2 * * * /bin/nightly\n30 1 * * * /bin/early\n", true, "America/New_York");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].only_cron_fires, std::vector<std::string>{"2026-03-08T03:00:00-04:00"});
  EXPECT_TRUE(entries[0].only_target_fires.empty());
  EXPECT_EQ(entries[1].only_target_fires, std::vector<std::string>{"2026-11-01T01:30:00-05:00"});
  EXPECT_EQ(entries[1].exactness(), Exactness::approximate);
}

TEST(KubernetesExport, WithoutAZoneTheControllersZoneIsADifference) {
  std::vector<EntryExport> entries = exported("MAILTO=\"\"\n0 9 * * * /bin/x\n", true);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].exactness(), Exactness::approximate);
  EXPECT_EQ(entries[0].files[0].content.find("timeZone"), std::string::npos);
}

TEST(KubernetesExport, StandardInputIsPipedInWithoutQuotingTheCommand) {
  std::vector<EntryExport> entries =
      exported("MAILTO=\"\"\n0 5 * * * mail -s 'a \"b\"' root%hi%\n", true, "UTC");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_NE(entries[0].files[0].content.find(
                R"(command: ["/bin/sh", "-c", "printf %s \"$1\" | base64 -d | \"$0\" -c \"$2\"", )"
                R"("/bin/sh", "aGkK", "mail -s 'a \"b\"' root"])"),
            std::string::npos);
}

TEST(KubernetesExport, NamesAreLowerCaseDnsLabelsOfAtMost52Characters) {
  EXPECT_EQ(kubernetes_name("Nightly_Report.v2"), "nightly-report-v2");
  EXPECT_EQ(kubernetes_name(std::string(60, 'a')), std::string(52, 'a'));
  EXPECT_EQ(kubernetes_name("___"), "cronkit-job");
}

TEST(KubernetesExport, RebootIsImpossible) {
  std::vector<EntryExport> entries = exported("@reboot /bin/x\n", true, "UTC");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].exactness(), Exactness::impossible);
  EXPECT_TRUE(entries[0].files.empty());
}

TEST(GithubActionsExport, ScheduleZoneShellAndStepAreWritten) {
  std::vector<EntryExport> entries = exported(
      "MAILTO=\"\"\nSHELL=/bin/bash\n# cronexport: name=nightly\n30 2 * * * make -C /srv report\n",
      false, "Europe/Berlin");
  ASSERT_EQ(entries.size(), 1u);
  ASSERT_EQ(entries[0].files.size(), 1u);
  EXPECT_EQ(entries[0].files[0].name, "nightly.yml");
  const std::string& workflow = entries[0].files[0].content;
  EXPECT_NE(workflow.find("    - cron: \"30 2 * * *\"\n      timezone: \"Europe/Berlin\"\n"),
            std::string::npos);
  EXPECT_NE(workflow.find("        shell: \"/bin/bash {0}\"\n"), std::string::npos);
  EXPECT_NE(workflow.find("        run: \"make -C /srv report\"\n"), std::string::npos);
  // GitHub's documented delays are always a difference.
  EXPECT_EQ(entries[0].exactness(), Exactness::approximate);
}

TEST(GithubActionsExport, UtcNeedsNoTimezoneAndFrequentSchedulesAreADifference) {
  std::vector<EntryExport> entries = exported("MAILTO=\"\"\n*/2 * * * * /bin/x\n", false, "UTC");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].files[0].content.find("timezone"), std::string::npos);
  bool floor_reported = false;
  for (const std::string& difference : entries[0].differences)
    floor_reported |= difference.starts_with("runs 2 minutes apart");
  EXPECT_TRUE(floor_reported);
}

TEST(GithubActionsExport, StandardInputIsPipedInByTheScript) {
  // cron ends the input with a newline when it has none (x -> "x\n").
  std::vector<EntryExport> entries =
      exported("MAILTO=\"\"\n0 5 * * * cat > /tmp/it's%x\n", false, "UTC");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_NE(entries[0].files[0].content.find(
                R"(run: "printf %s eAo= | base64 -d | /bin/sh -c 'cat > /tmp/it'\\''s'")"),
            std::string::npos)
      << entries[0].files[0].content;
}

}  // namespace
}  // namespace cronkit::exporter
