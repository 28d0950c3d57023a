// The gitlab dialect: pipeline schedules as GitLab reads them, fugit 1.11's Fugit::Cron.parse of
// "<cron> <zone>" (cron.rb), with "Cron syntax is invalid" and cronkit's reason at the place, and
// fugit's next_time chained from a UTC time across daylight-saving changes.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dialect/dialect.hpp"
#include "explain/explain.hpp"
#include "parse/parse.hpp"
#include "schedule/fugit_cron.hpp"
#include "sim/simulate.hpp"
#include "support/dialect_runs.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

using namespace std::chrono_literals;

ParsedSchedule parse(std::string_view text) {
  return parse_schedule(text, DialectId::gitlab);
}

const Diagnostic* first_error_of(const ParsedSchedule& parsed) {
  for (const Diagnostic& d : parsed.diagnostics) {
    if (d.severity == Severity::error) return &d;
  }
  return nullptr;
}

std::string first_error(std::string_view text) {
  const ParsedSchedule parsed = parse(text);
  const Diagnostic* d = first_error_of(parsed);
  return d ? d->message : std::string{};
}

// The 1-based column range of the first error.
std::pair<std::uint32_t, std::uint32_t> error_columns(std::string_view text) {
  const ParsedSchedule parsed = parse(text);
  const Diagnostic* d = first_error_of(parsed);
  return d ? std::pair{d->span.column, d->span.end_column} : std::pair{0u, 0u};
}

// GitLab's next `count` runs after `start` (RFC 3339) in `zone_name`, as RFC 3339 in that zone.
std::vector<std::string> runs(std::string_view text, const char* zone_name, const char* start,
                              std::size_t count) {
  return testing::dialect_runs(text, DialectId::gitlab, zone_name, start, count);
}

std::string summary(std::string_view text) {
  const ParsedSchedule parsed = parse(text);
  EXPECT_TRUE(parsed.ok()) << text << ": " << first_error(text);
  ExplainOptions options;
  options.dialect = DialectId::gitlab;
  return explain_schedule(parsed.special, parsed.fields, parsed.schedule, options).summary;
}

TEST(Gitlab, IsADialectWithoutCrontabFilesInUtc) {
  EXPECT_EQ(dialect_from_name("gitlab"), DialectId::gitlab);
  EXPECT_FALSE(dialect(DialectId::gitlab).reads_crontab_files);
  EXPECT_EQ(dialect(DialectId::gitlab).default_zone, "UTC");
  ParseOptions options;
  options.dialect = DialectId::gitlab;
  Crontab tab = parse_crontab("0 0 * * * echo hi\n", options);
  ASSERT_TRUE(tab.has_errors());
}

TEST(Gitlab, AcceptsFugitsSyntax) {
  for (const char* text :
       {"*/5 * * * *",  "0 30 9 * * *",  "* 24 * * *",    "0 0 5-3 * *",     "0 0 * * 6-2",
        "0 0 L * *",    "0 0 last * *",  "0 0 -7--1 * *", "0 0 * * 1#2",     "0 0 * * fri#L",
        "0 0 * * 1#-2", "0 0 * * 1%2",   "0 0 * * 1%2+1", "0 0 1-7 * 1&",    "0 0 1-7& * 1",
        "0 0 * * 7",    "0 0 1,,15 * *", ",0 0 * * *",    "0 0 1 jan,JUL *", "  0 0 * * *",
        "0 0 * * * ",   "@daily",        "@noon",         "@hourly",         "@annually",
        "/15 * * * *"}) {
    EXPECT_TRUE(parse(text).ok()) << text << ": " << first_error(text);
  }
}

TEST(Gitlab, RejectsWithGitlabsWordsAndCronkitsReason) {
  EXPECT_EQ(first_error("0 0 ? * 1"),
            "Cron syntax is invalid: fugit has no '?'; write '*' for any day");
  EXPECT_EQ(error_columns("0 0 ? * 1"), (std::pair{5u, 6u}));
  EXPECT_EQ(
      first_error("0 6 * * * Europe/Berlin"),
      "Cron syntax is invalid: a zone in the expression: GitLab appends the schedule's own "
      "zone (its cron timezone setting) and fugit reads only one; set the zone there instead");
  EXPECT_EQ(error_columns("0 6 * * * Europe/Berlin"), (std::pair{11u, 24u}));
  EXPECT_EQ(first_error("0 0 1 1 * 2027"),
            "Cron syntax is invalid: 2027 is not a day of week value: fugit reads 0-7 (0 and 7 "
            "are Sunday) or sun-sat, optionally with #n (1 to 5, -1 to -5, L) or %n[+k]");
  EXPECT_EQ(first_error("60 * * * *"),
            "Cron syntax is invalid: 60 is not a minute value: fugit reads 0-59");
  EXPECT_EQ(error_columns("60 * * * *"), (std::pair{1u, 3u}));
  EXPECT_EQ(first_error("0 0 * * monday"),
            "Cron syntax is invalid: 'monday': fugit reads only three-letter names (mon)");
  EXPECT_EQ(
      first_error("0 0 * * 5L"),
      "Cron syntax is invalid: fugit has no '5L'; the last one in the month is written '5#L'");
  EXPECT_EQ(first_error("0 0 15W * *"),
            "Cron syntax is invalid: fugit has no 'W' (nearest weekday)");
  EXPECT_EQ(
      first_error("*/100 * * * *"),
      "Cron syntax is invalid: the step /100 has more than two digits (fugit reads /\\d\\d?)");
  EXPECT_EQ(first_error("0 0 * *"),
            "Cron syntax is invalid: expected 5 fields (minute hour day-of-month month "
            "day-of-week) or 6 with the second first, found 4");
  EXPECT_EQ(parse("0 0 * *").diagnostics.front().code, "field-count");
  EXPECT_EQ(first_error("0 0 * * *\t"),
            "Cron syntax is invalid: white space other than spaces at the end: GitLab appends ' "
            "<zone>' to the expression and fugit reads the zone only after spaces");
  EXPECT_EQ(first_error(""), "Cron syntax is invalid: the expression is empty");
  EXPECT_EQ(
      first_error("@reboot"),
      "Cron syntax is invalid: @reboot is not a time (fugit reads it as :reboot, not a cron)");
  EXPECT_EQ(first_error("@Daily"),
            "Cron syntax is invalid: unknown @-word @Daily: fugit knows @yearly, @annually, "
            "@monthly, @weekly, @daily, @midnight, @noon and @hourly, in lower case");
  EXPECT_EQ(first_error("0 0 30 2 *"),
            "Cron syntax is invalid: no day of the day-of-month field exists in February (fugit "
            "drops day and month pairs that never occur, and nothing is left)");
  EXPECT_EQ(first_error("0 0 31 4 1"),
            "Cron syntax is invalid: no day of the day-of-month field exists in April (fugit drops "
            "day and month pairs that never occur, and nothing is left)");
}

TEST(Gitlab, NamesTheExceptionsFugitRaises) {
  EXPECT_EQ(first_error("*/0 * * * *"),
            "fugit raises ZeroDivisionError: divided by 0 (a step of 0); GitLab fails with this "
            "exception instead of saying \"Cron syntax is invalid\"");
  EXPECT_EQ(error_columns("*/0 * * * *"), (std::pair{1u, 4u}));
  EXPECT_TRUE(
      first_error("0 0 L-3 * *").starts_with("fugit raises ArgumentError: both start and end"));
  // `%0` raises only when next_time checks that weekday: here on the first Monday.
  const ParsedSchedule modulo_zero = parse("0 0 * * 1%0");
  ASSERT_TRUE(modulo_zero.ok());
  const FugitNext next =
      fugit_next_time(*modulo_zero.schedule.extras().fugit_cron, *date::locate_zone("UTC"),
                      date::sys_seconds{1767225600s}, *date::locate_zone("UTC"));
  EXPECT_EQ(next.error, "ZeroDivisionError: divided by 0");
  EXPECT_TRUE(first_error("0 0 * * 1#2,1%2").starts_with("fugit raises ArgumentError:"));
}

TEST(Gitlab, DayFieldsOrUnlessAmpersand) {
  EXPECT_EQ(runs("0 0 */2 * 1", "UTC", "2026-01-01T00:00:00Z", 4),
            (std::vector<std::string>{"2026-01-03T00:00:00Z", "2026-01-05T00:00:00Z",
                                      "2026-01-07T00:00:00Z", "2026-01-09T00:00:00Z"}));
  EXPECT_EQ(runs("0 0 1-7 * 1&", "UTC", "2026-01-01T00:00:00Z", 3),
            (std::vector<std::string>{"2026-01-05T00:00:00Z", "2026-02-02T00:00:00Z",
                                      "2026-03-02T00:00:00Z"}));
  // fugit 1.7 on: a range over the whole month is `*`, so only Mondays.
  EXPECT_EQ(runs("0 0 1-31 * 1", "UTC", "2026-01-01T00:00:00Z", 3),
            (std::vector<std::string>{"2026-01-05T00:00:00Z", "2026-01-12T00:00:00Z",
                                      "2026-01-19T00:00:00Z"}));
  // compact_month_days drops February (no 31st), and its Mondays with it.
  EXPECT_EQ(runs("0 0 31 2,3 1", "UTC", "2026-01-01T00:00:00Z", 2),
            (std::vector<std::string>{"2026-03-02T00:00:00Z", "2026-03-09T00:00:00Z"}));
}

TEST(Gitlab, ExtensionsOfTheDayFields) {
  EXPECT_EQ(runs("0 0 * * fri#L", "UTC", "2026-01-01T00:00:00Z", 3),
            (std::vector<std::string>{"2026-01-30T00:00:00Z", "2026-02-27T00:00:00Z",
                                      "2026-03-27T00:00:00Z"}));
  EXPECT_EQ(runs("0 0 -7--1 * *", "UTC", "2026-01-01T00:00:00Z", 2),
            (std::vector<std::string>{"2026-01-25T00:00:00Z", "2026-01-26T00:00:00Z"}));
  EXPECT_EQ(runs("0 0 * * 1%2+1", "UTC", "2026-01-01T00:00:00Z", 3),
            (std::vector<std::string>{"2026-01-12T00:00:00Z", "2026-01-26T00:00:00Z",
                                      "2026-02-09T00:00:00Z"}));
  // A daylight-saving change on the month's last day moves what `L` means (Berlin, March 2024).
  EXPECT_EQ(runs("0 0 L * *", "Europe/Berlin", "2024-03-01T00:00:00+01:00", 2),
            (std::vector<std::string>{"2024-03-30T00:00:00+01:00", "2024-04-30T00:00:00+02:00"}));
}

TEST(Gitlab, SecondsFirstHour24AndAtWords) {
  EXPECT_EQ(runs("0 30 9 * * *", "UTC", "2026-01-01T00:00:00Z", 1),
            (std::vector<std::string>{"2026-01-01T09:30:00Z"}));
  EXPECT_EQ(runs("0 24 * * *", "UTC", "2026-01-01T00:30:00Z", 1),
            (std::vector<std::string>{"2026-01-02T00:00:00Z"}));
  EXPECT_EQ(runs("@daily", "UTC", "2026-01-01T00:00:00Z", 1),
            (std::vector<std::string>{"2026-01-02T00:00:00Z"}));
  // fugit replaces the word and keeps the rest: "0 0 * * * 5", seconds first, Fridays.
  EXPECT_EQ(runs("@daily 5", "UTC", "2026-01-01T00:00:00Z", 2),
            (std::vector<std::string>{"2026-01-02T00:00:00Z", "2026-01-02T01:00:00Z"}));
}

TEST(Gitlab, DaylightSavingGapSkippedRepeatTwice) {
  EXPECT_EQ(runs("30 2 * * *", "America/New_York", "2026-03-07T00:00:00-05:00", 2),
            (std::vector<std::string>{"2026-03-07T02:30:00-05:00", "2026-03-09T02:30:00-04:00"}));
  EXPECT_EQ(runs("30 1 * * *", "America/New_York", "2026-10-31T12:00:00-04:00", 3),
            (std::vector<std::string>{"2026-11-01T01:30:00-04:00", "2026-11-01T01:30:00-05:00",
                                      "2026-11-02T01:30:00-05:00"}));
  // gh-6 guard: from 01:30 EST (06:30 UTC) the UTC wall time 06:30 equals the candidate's wall
  // time in another offset, so 06:30 EDT that day is passed over.
  EXPECT_EQ(runs("30 6 * * *", "America/New_York", "2026-03-08T01:30:00-05:00", 1),
            (std::vector<std::string>{"2026-03-09T06:30:00-04:00"}));
}

TEST(Gitlab, FugitNextTimeGivesUpAfterItsLoopLimit) {
  const ParsedSchedule parsed = parse("0 0 -31 2 *");
  ASSERT_TRUE(parsed.ok());
  const FugitNext next =
      fugit_next_time(*parsed.schedule.extras().fugit_cron, *date::locate_zone("UTC"),
                      date::sys_seconds{1767225600s}, *date::locate_zone("UTC"));
  EXPECT_FALSE(next.ok);
  EXPECT_TRUE(next.error.starts_with("RuntimeError: too many loops")) << next.error;
}

TEST(Gitlab, ExplainsFugitsDays) {
  EXPECT_EQ(summary("0 0 * * fri#L"), "At 00:00 on the last Friday of the month.");
  EXPECT_EQ(summary("0 0 -3 * *"), "At 00:00 on the day 2 days before the last day of the month.");
  EXPECT_EQ(summary("0 0 1-7 * 1&"),
            "At 00:00 on days 1 through 7 of the month if that day is also Monday.");
  EXPECT_EQ(summary("0 0 1 * 1"), "At 00:00 on day 1 of the month or on Monday.");
  EXPECT_EQ(summary("0 9 * * 1%2"),
            "At 09:00 on Monday in weeks whose number modulo 2 is 0 (fugit counts weeks from "
            "2019-01-01 as 1).");
}

}  // namespace
}  // namespace cronkit
