// FreeBSD's cron (usr.sbin/cron): lib/entry.c load_entry / get_list / get_range, lib/env.c
// load_env.

#include <gtest/gtest.h>

#include <string>

#include "parse/parse.hpp"

namespace cronkit {
namespace {

Crontab parse_bsd(const std::string& text, CrontabFormat format = CrontabFormat::user) {
  return parse_crontab(text, {format, DialectId::bsd, "/var/cron/tabs/alice"});
}

TEST(BsdLineOptions, StoredWithTheirSpan) {
  Crontab tab = parse_bsd("30 2 * * * -n -q /usr/local/bin/backup\n");
  ASSERT_EQ(tab.entries.size(), 1u);
  const Entry& e = tab.entries[0];
  EXPECT_EQ(e.line_options, Entry::mail_only_on_failure | Entry::no_run_log);
  EXPECT_EQ(e.line_options_span().column, 12u);
  EXPECT_EQ(e.line_options_span().end_column, 18u);
  EXPECT_EQ(e.command.shell_command, "/usr/local/bin/backup");
  EXPECT_TRUE(tab.diagnostics.empty());

  Crontab system = parse_bsd("0 * * * * root\t-q newsyslog\n", CrontabFormat::system);
  ASSERT_EQ(system.entries.size(), 1u);
  EXPECT_EQ(system.entries[0].line_options, Entry::no_run_log);
  EXPECT_EQ(system.entries[0].command.shell_command, "newsyslog");
}

TEST(BsdLineOptions, BadOptionsCostTheLine) {
  Crontab tab = parse_bsd(
      "0 0 * * * -nq run\n0 0 * * * -n -n run\n0 0 * * * -x run\n"
      "0 0 * * * -n\n0 0 * * * -n \n0 0 * * * ok\n");
  ASSERT_EQ(tab.lines.size(), 6u);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(tab.lines[i].kind, Line::Kind::rejected) << i;
  ASSERT_EQ(tab.entries.size(), 2u);
  EXPECT_FALSE(tab.entries[0].accepted);  // `-n ` and no command
  EXPECT_TRUE(tab.entries[1].accepted);
  EXPECT_FALSE(tab.whole_file_ignored);
  ASSERT_EQ(tab.diagnostics.size(), 5u);
  EXPECT_EQ(tab.diagnostics[0].message, "bad option: expected a blank after the option, found 'q'");
  EXPECT_EQ(tab.diagnostics[0].span.column, 13u);
  EXPECT_EQ(tab.diagnostics[1].message,
            "bad option: -n is given twice; FreeBSD's cron logs \"bad option\" and skips the line");
  EXPECT_EQ(tab.diagnostics[2].message,
            "bad option: '-x' before the command; FreeBSD's cron knows only -n and -q (and logs "
            "\"bad option\" and skips the line)");
  EXPECT_EQ(tab.diagnostics[4].message,
            "missing command after the options: FreeBSD's cron logs \"bad command\" and skips the "
            "line");
}

TEST(BsdFields, SingleValueStepRunsToTheEndAndOnlyGeneratedValuesAreChecked) {
  ParsedSchedule step = parse_schedule("5/20 * * * *", DialectId::bsd);
  ASSERT_TRUE(step.ok());
  EXPECT_EQ(step.schedule.minutes.to_ullong(), (1ull << 5) | (1ull << 25) | (1ull << 45));
  ParsedSchedule generated = parse_schedule("5-64/30 * * * *", DialectId::bsd);
  ASSERT_TRUE(generated.ok());
  EXPECT_EQ(generated.schedule.minutes.to_ullong(), (1ull << 5) | (1ull << 35));
}

TEST(BsdFields, RejectionsSayWhatTheDaemonLogs) {
  Crontab tab = parse_bsd("60 * * * * run\n0 0 * * * run\n");
  ASSERT_EQ(tab.diagnostics.size(), 1u);
  EXPECT_EQ(tab.diagnostics[0].message,
            "minute 60 is out of range 0-59 (FreeBSD's cron logs \"(owner) PARSE (bad minute)\" "
            "and skips the line)");
  EXPECT_EQ(tab.entries.size(), 1u);
  EXPECT_FALSE(tab.whole_file_ignored);
}

TEST(BsdSpecials, EveryMinuteAndEverySecond) {
  ParsedSchedule minute = parse_schedule("@every_minute", DialectId::bsd);
  ASSERT_TRUE(minute.ok());
  EXPECT_EQ(minute.schedule.minutes.count(), 60u);
  EXPECT_EQ(minute.special, Special::every_minute);
  ParsedSchedule second = parse_schedule("@every_second", DialectId::bsd);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second.diagnostics.size(), 1u);
  EXPECT_FALSE(parse_schedule("@every_minute", DialectId::debian).ok());
}

TEST(BsdEnvironment, ScanfReadsUpToTheHashAndRemovesOneQuotePair) {
  Crontab tab = parse_bsd("MAILTO=\"a#b\"\nPATH=/bin # c\nB = \"'x'\"\nMAILTO=\n");
  ASSERT_EQ(tab.environment.size(), 3u);
  EXPECT_EQ(tab.environment[0].value, "\"a");
  EXPECT_EQ(tab.environment[1].value, "/bin");
  EXPECT_EQ(tab.environment[2].value, "'x'");
  EXPECT_EQ(tab.lines[3].kind, Line::Kind::rejected);
}

TEST(BsdCommand, StarIsACommandAndBackslashesAreUndone) {
  Crontab tab = parse_bsd("* * * * * * cmd\n0 0 * * * printf '\\\\%%s' x\n");
  ASSERT_EQ(tab.entries.size(), 2u);
  EXPECT_EQ(tab.entries[0].command.shell_command, "* cmd");
  EXPECT_TRUE(tab.entries[0].accepted);
}

}  // namespace
}  // namespace cronkit
