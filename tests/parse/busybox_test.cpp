// busybox crond (miscutils/crond.c, 1.35): load_crontab, ParseField, FixDayDow.

#include <gtest/gtest.h>

#include <string>

#include "parse/parse.hpp"
#include "support/schedule_support.hpp"

namespace cronkit {
namespace {

Crontab parse_busybox(const std::string& text) {
  return parse_crontab(text, {CrontabFormat::user, DialectId::busybox, "/etc/crontabs/root"});
}

using testing::set_values;

Schedule schedule(const std::string& text) {
  ParsedSchedule parsed = parse_schedule(text, DialectId::busybox);
  EXPECT_TRUE(parsed.ok()) << text;
  return parsed.schedule;
}

TEST(BusyboxFields, RangesWrapAroundTheTable) {
  EXPECT_EQ(set_values(schedule("0 22-2 * * *").hours), "0,1,2,22,23");
  EXPECT_EQ(set_values(schedule("0 0 * * fri-mon").days_of_week), "0,1,5,6,7");
  EXPECT_EQ(set_values(schedule("0 0 25-5 * *").days_of_month), "0,1,2,3,4,5,25,26,27,28,29,30,31");
}

TEST(BusyboxFields, StepsStartAtSlotZero) {
  // Day slot 0 is set too: `*/2` is 0,2,...,30 (Vixie: 1,3,...,31).
  EXPECT_EQ(set_values(schedule("0 0 */2 * *").days_of_month),
            "0,2,4,6,8,10,12,14,16,18,20,22,24,26,28,30");
  // Months are stored from 0 = January, so `*/2` is January, March, ...
  EXPECT_EQ(set_values(schedule("0 0 1 */2 *").months), "1,3,5,7,9,11");
  EXPECT_EQ(set_values(schedule("5/10 * * * *").minutes), "5");
  EXPECT_EQ(set_values(schedule("*/0 * * * *").minutes), "0");
}

TEST(BusyboxFields, ValueBeyondTheTableFillsItThroughTheFailsafe) {
  ParsedSchedule parsed = parse_schedule("60 * * * *", DialectId::busybox);
  EXPECT_TRUE(parsed.ok());
  EXPECT_EQ(parsed.schedule.minutes.count(), 60u);
  ASSERT_EQ(parsed.diagnostics.size(), 1u);
  EXPECT_EQ(parsed.diagnostics[0].code, "minute-out-of-range");
  EXPECT_EQ(parsed.diagnostics[0].severity, Severity::warning);
  EXPECT_EQ(set_values(schedule("0 0 * * 7").days_of_week), "0,1,2,3,4,5,6,7");
}

TEST(BusyboxFields, MonthZeroSelectsNothingAndZeroDashThreeIsMarch) {
  EXPECT_TRUE(schedule("0 0 1 0 *").months.none());
  EXPECT_EQ(set_values(schedule("0 0 1 0-3 *").months), "3");
}

TEST(BusyboxFields, NamesArePrefixesAndErrorsKeepTheLine) {
  Crontab tab = parse_busybox("0 0 * * monday run\n0 0 * * 1,?,3 run\n");
  ASSERT_EQ(tab.entries.size(), 2u);
  EXPECT_TRUE(tab.entries[0].accepted);
  EXPECT_EQ(set_values(tab.entries[0].schedule.days_of_week), "1");
  EXPECT_EQ(set_values(tab.entries[1].schedule.days_of_week), "1");
  ASSERT_EQ(tab.diagnostics.size(), 2u);
  EXPECT_EQ(tab.diagnostics[0].severity, Severity::warning);
  EXPECT_EQ(tab.diagnostics[0].span.column, 12u);
  EXPECT_EQ(tab.diagnostics[0].message,
            "unexpected 'd' in the day-of-week field: busybox crond logs \"user <owner>: parse "
            "error at monday\" and keeps the line with the day-of-week values read before it");
  EXPECT_EQ(tab.diagnostics[1].span.column, 11u);
}

TEST(BusyboxDayRule, DecidedFromTheValueTablesIncludingDaySlotZero) {
  // 1-31 leaves slot 0 empty: restricted, so either day field may match: every day.
  EXPECT_EQ(schedule("0 0 1-31 * 1").day_rule(), DayRule::either_may_match);
  EXPECT_EQ(schedule("0 0 */2 * 1").day_rule(), DayRule::either_may_match);
  // A full day-of-week table (0-6, or 7 through the failsafe) does not count: only the 1st.
  Schedule first = schedule("0 0 1 * 0-6");
  EXPECT_EQ(first.day_rule(), DayRule::both_must_match);
  EXPECT_TRUE(first.matches_day(date::year{2026} / 6 / 1));
  EXPECT_FALSE(first.matches_day(date::year{2026} / 6 / 2));
  EXPECT_EQ(schedule("0 0 15 * 7").day_rule(), DayRule::both_must_match);
  // 0-31 is a full day table: Mondays only.
  Schedule mondays = schedule("0 0 0-31 * 1");
  EXPECT_TRUE(mondays.matches_day(date::year{2026} / 6 / 1));
  EXPECT_FALSE(mondays.matches_day(date::year{2026} / 6 / 2));
}

TEST(BusyboxLines, ShortLinesAndOtherSettingsAreSkippedSilently) {
  Crontab tab = parse_busybox("PATH=/usr/bin:/bin\n* * * * *\nMAILTO=ops@example.com x\n");
  ASSERT_EQ(tab.lines.size(), 3u);
  EXPECT_EQ(tab.lines[0].kind, Line::Kind::rejected);
  EXPECT_EQ(tab.lines[1].kind, Line::Kind::rejected);
  EXPECT_EQ(tab.lines[2].kind, Line::Kind::environment);
  EXPECT_EQ(tab.environment[0].name, "MAILTO");
  EXPECT_EQ(tab.environment[0].value, "ops@example.com");
  EXPECT_FALSE(tab.whole_file_ignored);
  EXPECT_EQ(tab.diagnostics[0].message,
            "busybox crond skips a line of fewer than 6 words (five time fields and a command) "
            "without a message; this one has 1");
}

TEST(BusyboxCommand, PercentIsDataAndHashStartsAComment) {
  Crontab tab = parse_busybox("0 0 * * * date +%d # stamp\n@daily echo a#b\n");
  ASSERT_EQ(tab.entries.size(), 2u);
  EXPECT_EQ(tab.entries[0].command.shell_command, "date +%d");
  EXPECT_TRUE(tab.entries[0].command.standard_input.empty());
  // An @-line's command is taken from the line as written.
  EXPECT_EQ(tab.entries[1].command.shell_command, "echo a#b");
}

TEST(BusyboxLines, LastLineWithoutNewlineIsRead) {
  Crontab tab = parse_busybox("0 0 * * * run");
  ASSERT_EQ(tab.entries.size(), 1u);
  EXPECT_TRUE(tab.entries[0].accepted);
  EXPECT_TRUE(tab.diagnostics.empty());
}

}  // namespace
}  // namespace cronkit
