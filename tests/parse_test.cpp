// The parser: every line form, every diagnostic with its exact message and position.

#include "parse/parse.hpp"

#include <gtest/gtest.h>

namespace cronkit {
namespace {

Crontab parse_user(const std::string& text, DialectId dialect = DialectId::debian) {
  return parse_crontab(text, {CrontabFormat::user, dialect, "jobs.crontab"});
}

Crontab parse_system(const std::string& text, DialectId dialect = DialectId::debian) {
  return parse_crontab(text, {CrontabFormat::system, dialect, "/etc/cron.d/jobs"});
}

// "line:column-end_column code: message" for the only diagnostic.
std::string only_diagnostic(const Crontab& tab) {
  if (tab.diagnostics.size() != 1)
    return "expected one diagnostic, got " + std::to_string(tab.diagnostics.size());
  const Diagnostic& d = tab.diagnostics.front();
  return std::to_string(d.span.line) + ":" + std::to_string(d.span.column) + "-" +
         std::to_string(d.span.end_column) + " " + d.code + ": " + d.message;
}

TEST(ParseLines, ClassifiesBlankCommentEnvironmentAndEntry) {
  Crontab tab = parse_user("\n  # note\nMAILTO=ops@example.com\n*/5 * * * * run\n \t\n");
  ASSERT_EQ(tab.lines.size(), 5u);
  EXPECT_EQ(tab.lines[0].kind, Line::Kind::blank);
  EXPECT_EQ(tab.lines[1].kind, Line::Kind::comment);
  EXPECT_EQ(tab.lines[2].kind, Line::Kind::environment);
  EXPECT_EQ(tab.lines[3].kind, Line::Kind::entry);
  EXPECT_EQ(tab.lines[4].kind, Line::Kind::blank);
  EXPECT_TRUE(tab.diagnostics.empty());
  EXPECT_FALSE(tab.whole_file_ignored);
  EXPECT_EQ(tab.comments[0].text, "# note");
  EXPECT_EQ(tab.comments[0].span.column, 3u);
}

TEST(ParseEntry, KeepsFieldSpellingAndPositions) {
  Crontab tab = parse_user("30 2 * jan-mar mon-fri/2 /opt/run.sh --fast\n");
  ASSERT_EQ(tab.entries.size(), 1u);
  const Entry& e = tab.entries[0];
  EXPECT_EQ(e.fields[3].text(), "jan-mar");
  EXPECT_EQ(e.fields[3].span().column, 8u);
  EXPECT_EQ(e.fields[3].span().end_column, 15u);
  ASSERT_EQ(e.fields[4].items().size(), 1u);
  const FieldItem& item = e.fields[4].items()[0];
  EXPECT_EQ(item.kind, FieldItem::Kind::range);
  EXPECT_TRUE(item.first_is_name);
  EXPECT_EQ(item.first, 1);
  EXPECT_EQ(item.last, 5);
  EXPECT_EQ(item.step(), 2);
  EXPECT_EQ(item.text(), "mon-fri/2");
  EXPECT_EQ(e.command.raw, "/opt/run.sh --fast");
  EXPECT_EQ(e.command.span.column, 26u);
  EXPECT_EQ(e.schedule.days_of_week.to_ulong(), 0b0101010u);
  EXPECT_EQ(e.schedule.months.to_ulong(), 0b1110u);
}

TEST(ParseEntry, StarFlagsComeFromTheFirstCharacter) {
  Crontab tab = parse_user("*/5 0 */2 * sun cmd\n0 0 1-31 * 5 cmd\n");
  const Schedule& a = tab.entries[0].schedule;
  EXPECT_TRUE(a.minute_star);
  EXPECT_FALSE(a.hour_star);
  EXPECT_TRUE(a.day_of_month_star);
  EXPECT_FALSE(a.day_of_week_star);
  EXPECT_EQ(a.day_rule(), DayRule::both_must_match);
  EXPECT_TRUE(a.is_wildcard_job());
  const Schedule& b = tab.entries[1].schedule;
  EXPECT_EQ(b.day_rule(), DayRule::either_may_match);
  EXPECT_FALSE(b.is_wildcard_job());
}

TEST(ParseEntry, SundayIsBothZeroAndSeven) {
  Crontab tab = parse_user("0 0 * * 7 cmd\n0 0 * * */2 cmd\n");
  EXPECT_TRUE(tab.entries[0].schedule.days_of_week[0]);
  EXPECT_TRUE(tab.entries[0].schedule.days_of_week[7]);
  EXPECT_EQ(tab.entries[1].schedule.days_of_week.to_ulong(), 0b11010101u);
}

TEST(ParseEntry, StepsStartAtTheFieldMinimumAndNeverWrap) {
  Crontab tab = parse_user("*/7 */23 */10 */3 * cmd\n");
  const Schedule& s = tab.entries[0].schedule;
  EXPECT_EQ(s.minutes.count(), 9u);
  EXPECT_TRUE(s.minutes[56]);
  EXPECT_EQ(s.hours.to_ulong(), (1u << 0) | (1u << 23));
  EXPECT_EQ(s.days_of_month.to_ulong(), (1u << 1) | (1u << 11) | (1u << 21) | (1u << 31));
  EXPECT_EQ(s.months.to_ulong(), (1u << 1) | (1u << 4) | (1u << 7) | (1u << 10));
}

TEST(ParseEntry, SpecialsExpandWithCronsFlags) {
  Crontab tab = parse_user("@weekly a\n@hourly b\n@daily c\n@yearly d\n@reboot e\n");
  const Schedule& weekly = tab.entries[0].schedule;
  EXPECT_TRUE(weekly.day_of_month_star);
  EXPECT_EQ(weekly.days_of_week.to_ulong(), 0b10000001u);
  EXPECT_TRUE(tab.entries[1].schedule.hour_star);
  EXPECT_TRUE(tab.entries[1].schedule.is_wildcard_job());
  EXPECT_FALSE(tab.entries[2].schedule.is_wildcard_job());
  EXPECT_EQ(tab.entries[3].schedule.months.to_ulong(), 0b10u);
  EXPECT_TRUE(tab.entries[4].schedule.at_reboot);
  EXPECT_EQ(tab.entries[4].command.raw, "e");
  EXPECT_EQ(tab.entries[0].special_span().column, 1u);
  EXPECT_EQ(tab.entries[0].special_span().end_column, 8u);
}

TEST(ParseDiagnostics, OutOfRangeNamesTheFieldAndTheValue) {
  EXPECT_EQ(only_diagnostic(parse_user("0 24 * * * cmd\n")),
            "1:3-5 hour-out-of-range: hour 24 is out of range 0-23");
  EXPECT_EQ(only_diagnostic(parse_user("60 * * * * cmd\n")),
            "1:1-3 minute-out-of-range: minute 60 is out of range 0-59");
  EXPECT_EQ(only_diagnostic(parse_user("0 0 0 * * cmd\n")),
            "1:5-6 dom-out-of-range: day-of-month 0 is out of range 1-31");
  EXPECT_EQ(only_diagnostic(parse_user("0 0 * 13 * cmd\n")),
            "1:7-9 month-out-of-range: month 13 is out of range 1-12");
  EXPECT_EQ(only_diagnostic(parse_user("0 0 * * 8 cmd\n")),
            "1:9-10 dow-out-of-range: day-of-week 8 is out of range 0-7");
  EXPECT_EQ(only_diagnostic(parse_user("5-64 * * * * cmd\n")),
            "1:1-5 minute-out-of-range: minute 64 is out of range 0-59");
}

TEST(ParseDiagnostics, StepsAndNames) {
  EXPECT_EQ(only_diagnostic(parse_user("*/0 * * * * cmd\n")),
            "1:3-4 step-zero: step 0 is not allowed");
  EXPECT_EQ(only_diagnostic(parse_user("0 0 * jna * cmd\n")),
            "1:7-10 name-invalid: unknown month name \"jna\": cron knows only the three-letter "
            "names (jan, feb, mar, ...)");
  EXPECT_EQ(only_diagnostic(parse_user("1/20 * * * * cmd\n")),
            "1:1-5 step-without-range: a step needs a range: \"1/20\" is not allowed in the minute "
            "field; write \"1-59/...\" or \"*/...\"");
  EXPECT_EQ(
      only_diagnostic(parse_user("0 9 ? * mon cmd\n")),
      "1:5-6 field-syntax: expected a number, a name or '*' in the day-of-month field, found '?'");
  EXPECT_EQ(only_diagnostic(parse_user("0 0 L * * cmd\n")),
            "1:5-6 field-syntax: \"L\" in the day-of-month field is Quartz syntax, which cron does "
            "not support");
  EXPECT_EQ(
      only_diagnostic(parse_user("@HOURLY cmd\n")),
      "1:1-8 special-invalid: unknown special \"@HOURLY\" (specials are case-sensitive: write "
      "@hourly); cron knows @reboot, @yearly, @annually, @monthly, @weekly, @daily, @midnight "
      "and @hourly");
}

TEST(ParseDiagnostics, MissingFieldsAndCommands) {
  EXPECT_EQ(only_diagnostic(parse_user("0 3 * *\n")),
            "1:8-8 field-count: missing day-of-week field");
  EXPECT_EQ(only_diagnostic(parse_user("0 3 * * /usr/bin/backup.sh\n")),
            "1:9-10 field-count: missing day-of-week field: found the start of the command instead "
            "(an entry has five time fields before the command)");
  Crontab empty = parse_user("7 7 7 7 7\n");
  EXPECT_EQ(only_diagnostic(empty),
            "1:10-10 field-count: missing command after the schedule: Debian's cron accepts the "
            "entry and runs nothing");
  EXPECT_TRUE(empty.entries[0].accepted);
  EXPECT_FALSE(empty.whole_file_ignored);
  Crontab cronie = parse_user("7 7 7 7 7\n", DialectId::cronie);
  EXPECT_FALSE(cronie.entries[0].accepted);
  EXPECT_EQ(only_diagnostic(parse_user("* * * * * * cmd\n")),
            "1:11-12 seconds-or-year-field: the command starts with '*': this looks like a sixth "
            "time field (seconds or year), which cron does not have");
}

TEST(ParseDiagnostics, DebianAcceptsJunkAfterAnItemAndSaysWhatItReads) {
  Crontab tab = parse_user("0 0 * * 5#3 cmd\n");
  ASSERT_EQ(tab.entries.size(), 1u);
  EXPECT_TRUE(tab.entries[0].accepted);
  EXPECT_EQ(tab.entries[0].fields[4].ignored_tail(), "#3");
  EXPECT_EQ(tab.entries[0].schedule.days_of_week.to_ulong(), 1u << 5);
  EXPECT_EQ(only_diagnostic(tab),
            "1:10-12 field-syntax: Debian's cron ignores \"#3\" after \"5\": the day-of-week field "
            "is read as \"5\"");
  EXPECT_EQ(tab.diagnostics[0].severity, Severity::warning);
  Crontab cronie = parse_user("0 0 * * 5#3 cmd\n", DialectId::cronie);
  EXPECT_EQ(only_diagnostic(cronie),
            "1:10-11 field-syntax: unexpected '#' in the day-of-week field");
  EXPECT_EQ(cronie.lines[0].kind, Line::Kind::rejected);
  // FreeBSD's get_list() skips the same way; the message names the daemon that does it.
  EXPECT_EQ(only_diagnostic(parse_user("0 0 * * 5#3 cmd\n", DialectId::bsd)),
            "1:10-12 field-syntax: FreeBSD's cron ignores \"#3\" after \"5\": the day-of-week "
            "field is read as \"5\"");
}

TEST(ParseDiagnostics, ReversedRangesAreAcceptedAsEmptySets) {
  Crontab tab = parse_user("5-1 * * * * cmd\n");
  EXPECT_TRUE(tab.entries[0].accepted);
  EXPECT_TRUE(tab.entries[0].schedule.minutes.none());
  EXPECT_EQ(only_diagnostic(tab),
            "1:1-4 range-reversed: range 5-1 is reversed: cron reads it as an empty set and never "
            "wraps around");
  // cronie reads a reversed range ending in 0 as ending in 7.
  Crontab cronie = parse_user("0 0 * * sat-sun cmd\n", DialectId::cronie);
  EXPECT_EQ(cronie.entries[0].schedule.days_of_week.to_ulong(), 0b11000001u);
  EXPECT_TRUE(parse_user("0 0 * * sat-sun cmd\n").entries[0].schedule.days_of_week.none());
}

TEST(ParseDiagnostics, OneBadLineMakesDebianIgnoreTheWholeFile) {
  Crontab tab = parse_user("0 1 * * * good\n0 24 * * * bad\n0 2 * * * good\n");
  EXPECT_TRUE(tab.whole_file_ignored);
  EXPECT_EQ(tab.whole_file_ignored_reason, "line 2 is rejected (hour 24 is out of range 0-23)");
  EXPECT_EQ(tab.entries.size(), 2u);
  EXPECT_EQ(tab.lines[1].kind, Line::Kind::rejected);
  Crontab cronie = parse_user("0 1 * * * good\n0 24 * * * bad\n", DialectId::cronie);
  EXPECT_FALSE(cronie.whole_file_ignored);
}

TEST(ParseDiagnostics, MissingFinalNewline) {
  Crontab tab = parse_user("0 1 * * * a\n0 2 * * * b");
  EXPECT_TRUE(tab.whole_file_ignored);
  EXPECT_EQ(only_diagnostic(tab),
            "2:12-12 missing-final-newline: the last line has no newline at its end: Debian's cron "
            "ignores the whole file");
  EXPECT_FALSE(tab.entries[1].accepted);
  Crontab cronie = parse_user("0 1 * * * a\n0 2 * * * b", DialectId::cronie);
  EXPECT_FALSE(cronie.whole_file_ignored);
  EXPECT_TRUE(cronie.entries[0].accepted);
  EXPECT_FALSE(cronie.entries[1].accepted);
  // A final comment without a newline is harmless.
  EXPECT_TRUE(parse_user("0 1 * * * a\n# end").diagnostics.empty());
}

TEST(ParseEnvironment, FollowsCronsAssignmentRules) {
  Crontab tab = parse_user(
      "A = b c  \nB=\"  x  \"\nC=\"'q'\"\n\"D E\"=f\nPATH=$HOME/bin:$PATH\nG=h # not a comment\n"
      "MAILTO=\"\"\n=v\nH=b=c\n");
  ASSERT_EQ(tab.environment.size(), 9u);
  EXPECT_EQ(tab.environment[0].value, "b c");
  EXPECT_EQ(tab.environment[1].value, "  x");  // Debian trims trailing blanks inside quotes
  EXPECT_EQ(tab.environment[2].value, "q");    // ...and strips a second pair of quotes
  EXPECT_EQ(tab.environment[3].name, "D E");
  EXPECT_EQ(tab.environment[4].value, "$HOME/bin:$PATH");
  EXPECT_EQ(tab.environment[5].value, "h # not a comment");
  EXPECT_EQ(tab.environment[6].value, "");
  EXPECT_EQ(tab.environment[6].quote, '"');
  EXPECT_EQ(tab.environment[7].name, "");
  EXPECT_EQ(tab.environment[8].value, "b=c");
  EXPECT_EQ(tab.environment[1].value_span.column, 3u);
  EXPECT_EQ(tab.environment[1].value_span.end_column, 10u);
  Crontab cronie = parse_user("B=\"  x  \"\nMAILTO=\n", DialectId::cronie);
  EXPECT_EQ(cronie.environment[0].value, "  x  ");
  EXPECT_EQ(cronie.environment[1].name, "MAILTO");
}

TEST(ParseEnvironment, WhatIsNotAnAssignmentIsReadAsAnEntry) {
  for (const char* line :
       {"MAILTO=\n", "A=\"b\"c\n", "FOO BAR=1\n", "export A=b\n", "A=\"open\n"}) {
    Crontab tab = parse_user(line);
    EXPECT_TRUE(tab.environment.empty()) << line;
    EXPECT_EQ(tab.lines[0].kind, Line::Kind::rejected) << line;
    EXPECT_TRUE(tab.whole_file_ignored) << line;
  }
}

TEST(ParseEnvironment, EntriesSeeOnlyTheAssignmentsAboveThem) {
  Crontab tab = parse_user("A=1\n* * * * * one\nB=2\n* * * * * two\n");
  EXPECT_EQ(tab.environment_for(tab.entries[0]).size(), 1u);
  EXPECT_EQ(tab.environment_for(tab.entries[1]).size(), 2u);
}

TEST(ParseCommand, PercentSplitsCommandAndStandardInput) {
  Crontab tab = parse_user(
      "0 0 * * * echo 100% done\n0 0 * * * date +\\%Y-\\%m\n0 0 * * * mail -s hi joe%Hello,%%Bye\n"
      "0 0 * * * a\\\\%b\n");
  EXPECT_EQ(tab.entries[0].command.shell_command, "echo 100");
  EXPECT_EQ(tab.entries[0].command.standard_input, " done\n");
  EXPECT_EQ(tab.entries[0].command.first_unescaped_percent(), 8u);
  EXPECT_EQ(tab.entries[1].command.shell_command, "date +%Y-%m");
  EXPECT_FALSE(tab.entries[1].command.first_unescaped_percent().has_value());
  EXPECT_EQ(tab.entries[2].command.standard_input, "Hello,\n\nBye\n");
  // Debian turns `\\` into `\` in the command part; cronie keeps both.
  EXPECT_EQ(tab.entries[3].command.shell_command, "a\\");
  EXPECT_EQ(parse_user("0 0 * * * a\\\\%b\n", DialectId::cronie).entries[0].command.shell_command,
            "a\\\\");
}

TEST(ParseSystem, UserFieldAndDebiansSingleBlank) {
  Crontab tab = parse_system(
      "@reboot   root   cmd  x\n17 * * * * root cd / && run-parts --report /etc/cron.hourly\n");
  ASSERT_EQ(tab.entries.size(), 2u);
  EXPECT_EQ(*tab.entries[0].user, "root");
  EXPECT_EQ(tab.entries[0].command.raw, "  cmd  x");
  EXPECT_EQ(tab.entries[0].user_span().column, 11u);
  Crontab cronie = parse_system("@reboot   root   cmd  x\n", DialectId::cronie);
  EXPECT_EQ(cronie.entries[0].command.raw, "cmd  x");
  EXPECT_EQ(only_diagnostic(parse_system("0 0 * * * root\n")),
            "1:15-15 field-count: missing command after the user name");
}

TEST(ParseHostile, CarriageReturnsNulAndHugeLines) {
  Crontab crlf = parse_user("* * * * * cmd\r\n\r\n");
  EXPECT_EQ(crlf.entries[0].command.raw, "cmd\r");
  EXPECT_TRUE(crlf.lines[0].ends_with_crlf);
  EXPECT_EQ(only_diagnostic(crlf),
            "2:1-2 field-syntax: expected a number, a name or '*' in the minute field, found a "
            "carriage return (CRLF line end)");
  Crontab nul = parse_user(std::string("* * * * * c\0d\n", 14));
  EXPECT_EQ(nul.diagnostics[0].code, "non-ascii-character");
  std::string huge(10'000'000, 'x');
  Crontab big = parse_user("* * * * * " + huge + "\n");
  EXPECT_EQ(big.diagnostics[0].code, "command-too-long");
  EXPECT_EQ(parse_user(huge).lines.size(), 1u);
}

TEST(ParseSchedule, StandAloneSchedules) {
  ParsedSchedule ok = parse_schedule(" */15 9-17 * * mon-fri ");
  EXPECT_TRUE(ok.ok());
  EXPECT_EQ(ok.fields[0].text(), "*/15");
  ParsedSchedule daily = parse_schedule("@daily");
  EXPECT_EQ(daily.special, Special::daily);
  ParsedSchedule bad = parse_schedule("0 0 * * * cmd");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.diagnostics[0].message, "unexpected text after the schedule, found 'c'");
  EXPECT_EQ(bad.diagnostics[0].span.column, 11u);
  ParsedSchedule moved = std::move(ok);
  EXPECT_EQ(moved.fields[1].text(), "9-17");
}

TEST(ParseCrontabValue, MovesKeepTheTreeValid) {
  Crontab tab = parse_user("*/5 1-3 * * mon cmd\n");
  tab = parse_user("0,30 9-17 * * * other\n");  // releases the first arena after its entries
  Crontab moved = std::move(tab);
  ASSERT_EQ(moved.entries.size(), 1u);
  EXPECT_EQ(moved.entries[0].fields[0].items().size(), 2u);
  EXPECT_EQ(moved.entries[0].fields[0].items()[1].text(), "30");
  EXPECT_EQ(moved.entries[0].command.raw, "other");
}

}  // namespace
}  // namespace cronkit
