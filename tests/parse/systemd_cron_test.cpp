// systemd-cron's generator (systemd-crontab-generator 1.15): parse_crontab, parse_time_unit,
// parse_period, month_map, dow_map, generate_timer_unit.

#include <gtest/gtest.h>

#include <string>

#include "parse/parse.hpp"
#include "support/schedule_support.hpp"

namespace cronkit {
namespace {

using testing::set_values;

ParsedSchedule parsed(const std::string& text) {
  return parse_schedule(text, DialectId::systemd_cron);
}

Schedule schedule(const std::string& text) {
  ParsedSchedule result = parsed(text);
  EXPECT_TRUE(result.ok()) << text;
  return result.schedule;
}

TEST(SystemdCronFields, PythonSlicesClampAndDropValues) {
  EXPECT_EQ(set_values(schedule("59-70 * * * *").minutes), "59");
  EXPECT_EQ(set_values(schedule("0 20-30 * * *").hours), "20,21,22,23");
  EXPECT_EQ(set_values(schedule("0 0 30-35 * *").days_of_month), "30,31");
  EXPECT_EQ(set_values(schedule("5,60 * * * *").minutes), "5");
  EXPECT_EQ(set_values(schedule("5/10 * * * *").minutes), "5");
  EXPECT_EQ(set_values(schedule("1_0 * * * *").minutes), "10");
  EXPECT_EQ(schedule("*/-1 * * * *").minutes.count(), 60u);
}

TEST(SystemdCronFields, MonthNamesLackOctober) {
  EXPECT_EQ(set_values(schedule("0 0 1 nov *").months), "10");
  EXPECT_EQ(set_values(schedule("0 0 1 sep-dec *").months), "9,10,11");
  ParsedSchedule october = parsed("0 0 1 oct *");
  EXPECT_FALSE(october.ok());
  ASSERT_EQ(october.diagnostics.size(), 1u);
  EXPECT_EQ(october.diagnostics[0].message,
            "the generator's month names lack \"oct\": systemd-cron logs \"garbled time\" and "
            "makes no timer for this line");
  EXPECT_EQ(october.diagnostics[0].span.column, 7u);
}

TEST(SystemdCronFields, BadOrEmptyDayOfWeekIsDroppedSoTheJobRunsDaily) {
  for (const char* text : {"0 0 * * 5-7", "0 0 * * mon-sun", "0 0 * * foo"}) {
    ParsedSchedule result = parsed(text);
    EXPECT_TRUE(result.ok()) << text;
    EXPECT_EQ(result.schedule.days_of_week.count(), 8u) << text;
    ASSERT_EQ(result.diagnostics.size(), 1u) << text;
    EXPECT_EQ(result.diagnostics[0].severity, Severity::warning);
  }
  EXPECT_EQ(set_values(schedule("0 0 * * 0-7").days_of_week), "0,7");
  EXPECT_EQ(set_values(schedule("0 0 * * Monday").days_of_week), "1");
}

TEST(SystemdCronFields, ReversedRangeInAnotherFieldDropsTheLine) {
  EXPECT_FALSE(parsed("50-10 * * * *").ok());
  EXPECT_FALSE(parsed("*/0 * * * *").ok());
  EXPECT_FALSE(parsed("0 0 0 * *").ok());
}

TEST(SystemdCronDayRule, BothDayFieldsAlwaysMatch) {
  Schedule s = schedule("0 0 1 * 1");
  EXPECT_EQ(s.day_rule(), DayRule::both_must_match);
  EXPECT_TRUE(s.matches_day(date::year{2026} / 6 / 1));   // a Monday the 1st
  EXPECT_FALSE(s.matches_day(date::year{2026} / 6 / 8));  // a Monday
  EXPECT_FALSE(s.matches_day(date::year{2026} / 7 / 1));  // a Wednesday the 1st
  EXPECT_EQ(schedule("0 0 1-31 * 5").day_rule(), DayRule::both_must_match);
}

TEST(SystemdCronSpecials, ExtraWordsAnyCaseAndMondayWeeks) {
  EXPECT_EQ(set_values(schedule("@weekly").days_of_week), "1");
  EXPECT_EQ(set_values(schedule("@QUARTERLY").months), "1,4,7,10");
  EXPECT_EQ(set_values(schedule("@bi-annually").months), "1,7");
  EXPECT_EQ(schedule("@minutely").minutes.count(), 60u);
  ParsedSchedule unknown = parsed("@every");
  EXPECT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.diagnostics[0].message,
            "unknown special \"@every\"; systemd-cron knows @reboot, @yearly, @annually, "
            "@monthly, @weekly, @daily, @midnight, @hourly, @minutely, @quarterly and "
            "@semiannually (systemd-cron logs \"unknown schedule\" and writes OnCalendar=every, "
            "a timer systemd does not load)");
}

TEST(SystemdCronLines, EnvironmentCommandAndTruncatedLines) {
  Crontab tab = parse_crontab("A = \"'x'\"\nB='\"x\"'\n0 0 * * *   echo  \"a   b\" 50%\n",
                              {CrontabFormat::user, DialectId::systemd_cron, "alice"});
  ASSERT_EQ(tab.environment.size(), 2u);
  // value.strip("'").strip('"'): the outer quotes go first, whichever they are.
  EXPECT_EQ(tab.environment[0].value, "'x'");
  EXPECT_EQ(tab.environment[1].value, "x");
  ASSERT_EQ(tab.entries.size(), 1u);
  EXPECT_EQ(tab.entries[0].command.shell_command, "echo \"a b\" 50%");
  EXPECT_TRUE(tab.entries[0].command.standard_input.empty());

  Crontab truncated = parse_crontab(
      "0 0 * * root\n", {CrontabFormat::system, DialectId::systemd_cron, "/etc/crontab"});
  ASSERT_EQ(truncated.diagnostics.size(), 1u);
  EXPECT_EQ(truncated.diagnostics[0].message,
            "systemd-cron logs \"truncated line\" for a line of fewer than 7 words (five time "
            "fields, a user and a command); this one has 5, and makes no timer for it");
}

}  // namespace
}  // namespace cronkit
