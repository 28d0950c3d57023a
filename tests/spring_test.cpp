// The spring dialect: expressions as Spring Framework's CronExpression.parse reads them
// (CronField, BitsCronField, QuartzCronField), with Spring's messages, and the runs
// CronExpression.next() gives, checked against the dates of Spring's own CronExpressionTests.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dialect/dialect.hpp"
#include "explain/explain.hpp"
#include "parse/parse.hpp"
#include "sim/simulate.hpp"
#include "support/dialect_runs.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

using namespace std::chrono_literals;

ParsedSchedule parse(std::string_view text) {
  return parse_schedule(text, DialectId::spring);
}

std::string first_error(std::string_view text) {
  for (const Diagnostic& d : parse(text).diagnostics) {
    if (d.severity == Severity::error) return d.message;
  }
  return {};
}

// Spring's message for `text`, without cronkit's lead-in.
std::string spring_message(std::string_view text) {
  const std::string error = first_error(text);
  const std::string lead = "Spring rejects the expression: ";
  if (!error.starts_with(lead)) return "(accepted or other: " + error + ")";
  std::string message = error.substr(lead.size());
  for (std::string_view hint : {"; Spring's expressions", "; the seventh field"}) {
    if (auto at = message.find(hint); at != std::string::npos) message.resize(at);
  }
  return message;
}

// The next `count` runs after `start` (RFC 3339) in `zone_name`, as RFC 3339.
std::vector<std::string> runs(std::string_view text, const char* zone_name, const char* start,
                              std::size_t count) {
  return testing::dialect_runs(text, DialectId::spring, zone_name, start, count);
}

TEST(Spring, IsADialectWithoutCrontabFiles) {
  EXPECT_EQ(dialect_from_name("spring"), DialectId::spring);
  EXPECT_FALSE(dialect(DialectId::spring).reads_crontab_files);
  EXPECT_EQ(dialect(DialectId::spring).day_rule_basis, DayRuleBasis::always_both);
}

TEST(Spring, NeedsExactlySixFields) {
  EXPECT_EQ(spring_message("0 9 * * 1"),
            "Cron expression must consist of 6 fields (found 5 in \"0 9 * * 1\")");
  EXPECT_NE(first_error("0 9 * * 1").find("six fields, seconds first"), std::string::npos);
  EXPECT_EQ(spring_message("0 0 9 * * ? 2026"),
            "Cron expression must consist of 6 fields (found 7 in \"0 0 9 * * ? 2026\")");
  // A Quartz expression's year is named as such; a seventh field that is no year is not.
  EXPECT_NE(first_error("0 0 9 * * ? 2026").find("the seventh field `2026` reads as a Quartz year"),
            std::string::npos);
  EXPECT_EQ(first_error("0 0 9 * * ? MON").find("Quartz year"), std::string::npos);
  // Trimmed first, then cut at spaces only.
  EXPECT_EQ(spring_message("  0 0\t9 * * *  "),
            "Cron expression must consist of 6 fields (found 5 in \"0 0\t9 * * *\")");
  EXPECT_EQ(spring_message(""), "Expression string must not be empty");
  EXPECT_TRUE(parse("  0   30 9 * *  *  ").ok());
}

TEST(Spring, ValueErrorsInJavaTimesWords) {
  EXPECT_EQ(spring_message("0 60 9 * * *"),
            "Invalid value for MinuteOfHour (valid values 0 - 59): 60 '60' in cron expression "
            "\"0 60 9 * * *\"");
  EXPECT_EQ(spring_message("0 0 0 32 * *"),
            "Invalid value for DayOfMonth (valid values 1 - 28/31): 32 '32' in cron expression "
            "\"0 0 0 32 * *\"");
  EXPECT_EQ(spring_message("0 0 0 * * 8"),
            "Invalid value for DayOfWeek (valid values 1 - 7): 8 '8' in cron expression "
            "\"0 0 0 * * 8\"");
  EXPECT_EQ(spring_message("0 0 0 * 0 *"),
            "Invalid value for MonthOfYear (valid values 1 - 12): 0 '0' in cron expression "
            "\"0 0 0 * 0 *\"");
  EXPECT_EQ(spring_message("0 5-3 * * * *"),
            "Minimum value must be less than maximum value '5-3' in cron expression "
            "\"0 5-3 * * * *\"");
  EXPECT_EQ(spring_message("*/0 * * * * *"),
            "Incrementer delta must be 1 or higher '*/0' in cron expression \"*/0 * * * * *\"");
  EXPECT_EQ(spring_message("5x * * * * *"),
            "For input string: \"5x\" '5x' in cron expression \"5x * * * * *\"");
  EXPECT_EQ(spring_message("1-2-3 * * * * *"),
            "Error at index 1 in: \"2-3\" '1-2-3' in cron expression \"1-2-3 * * * * *\"");
  EXPECT_EQ(spring_message("1,,2 * * * * *"),
            "For input string: \"\" '1,,2' in cron expression \"1,,2 * * * * *\"");
  // Names are replaced anywhere in the upper-cased field: MONDAY is 1DAY.
  EXPECT_EQ(spring_message("0 0 0 * * MONDAY"),
            "For input string: \"1DAY\" '1DAY' in cron expression \"0 0 0 * * MONDAY\"");
  // `?` only as a whole day field.
  EXPECT_EQ(spring_message("? * * * * *"),
            "For input string: \"?\" '?' in cron expression \"? * * * * *\"");
}

TEST(Spring, QuartzItemErrorsInSpringsWords) {
  EXPECT_EQ(spring_message("0 0 0 5L * *"),
            "Unrecognized characters before 'L' in '5L' in cron expression \"0 0 0 5L * *\"");
  EXPECT_EQ(spring_message("0 0 0 L3 * *"),
            "Offset '3 should be < 0 'L3' in cron expression \"0 0 0 L3 * *\"");
  EXPECT_EQ(spring_message("0 0 0 W * *"),
            "No day-of-month before 'W' in 'W' in cron expression \"0 0 0 W * *\"");
  EXPECT_EQ(spring_message("0 0 0 1W5 * *"),
            "Unrecognized characters after 'W' in '1W5' in cron expression \"0 0 0 1W5 * *\"");
  EXPECT_EQ(spring_message("0 0 0 ? * L"),
            "No day-of-week before 'L' in 'L' in cron expression \"0 0 0 ? * L\"");
  EXPECT_EQ(spring_message("0 0 0 ? * 5#0"),
            "Ordinal '0' in '5#0' must be positive number  in cron expression \"0 0 0 ? * 5#0\"");
  EXPECT_EQ(spring_message("0 0 0 ? * 5#"),
            "No ordinal after '#' in '5#' in cron expression \"0 0 0 ? * 5#\"");
  EXPECT_EQ(spring_message("0 0 0 ? * 8L"),
            "Invalid value for DayOfWeek: 8 '8' in cron expression \"0 0 0 ? * 8L\"");
  // The day-of-month field is not upper-cased: a lower-case `l` is a number error.
  EXPECT_EQ(spring_message("0 0 0 l * *"),
            "For input string: \"l\" 'l' in cron expression \"0 0 0 l * *\"");
}

TEST(Spring, AcceptsWhatSpringsTestsParse) {
  for (const char* text : {"0 0 7 ? * MON-FRI",
                           "0 30 23 30 1/3 ?",
                           "0 0 0 29 2 WED",
                           "@yearly",
                           "@ANNUALLY",
                           "@Monthly",
                           "@weekly",
                           "@daily",
                           "@midnight",
                           "@hourly",
                           "0 0 0 L-3 * *",
                           "0 0 0 LW * *",
                           "0 0 0 * * 5L",
                           "0 0 0 1W,15,LW * ?",
                           "0 0 0 ? * THU#1,THU#3,THU#5",
                           "0 0 * ? * FRIL",
                           "0 0 0 ? * SUN-FRI",
                           "3-57 13-28 17,18 1,15 3-12 6#1",
                           "*/28 56 22 */6 * *",
                           "+5 * * * * *",
                           "0 0 0 * * 7-1"}) {
    EXPECT_TRUE(parse(text).ok()) << text << ": " << first_error(text);
  }
  EXPECT_FALSE(parse("@reboot").ok());
  EXPECT_FALSE(parse("@every 5m").ok());
}

TEST(Spring, DayOfWeekNumberingIsCrons) {
  // 0 and 7 are Sunday, 1 is Monday; `7-1` is Sunday and Monday; `*/2` starts on Monday.
  EXPECT_EQ(parse("0 0 0 * * 0").schedule.days_of_week,
            parse("0 0 0 * * SUN").schedule.days_of_week);
  EXPECT_EQ(parse("0 0 0 * * 7").schedule.days_of_week, parse("0 0 0 * * 0").schedule.days_of_week);
  EXPECT_TRUE(parse("0 0 0 * * 1").schedule.days_of_week.test(1));
  const auto sun_mon = parse("0 0 0 * * 7-1").schedule.days_of_week;
  EXPECT_TRUE(sun_mon.test(0) && sun_mon.test(7) && sun_mon.test(1));
  EXPECT_EQ(sun_mon.count(), 3u);
  const auto every_other = parse("0 0 0 * * */2").schedule.days_of_week;  // Mon, Wed, Fri, Sun
  EXPECT_TRUE(every_other.test(1) && every_other.test(3) && every_other.test(5) &&
              every_other.test(0));
  EXPECT_FALSE(every_other.test(2));
}

TEST(Spring, BothDayFieldsMustMatch) {
  // CronExpressionTests: "0 15 12 */10 1-8 5" from 2021-04-30 12:14:59.
  EXPECT_EQ(runs("0 15 12 */10 1-8 5", "UTC", "2021-04-30T12:14:59Z", 3),
            (std::vector<std::string>{"2021-05-21T12:15:00Z", "2021-06-11T12:15:00Z",
                                      "2022-01-21T12:15:00Z"}));
  // The first Monday of the month.
  EXPECT_EQ(runs("0 0 0 1-7 * MON", "UTC", "2026-01-01T00:00:00Z", 2),
            (std::vector<std::string>{"2026-01-05T00:00:00Z", "2026-02-02T00:00:00Z"}));
  // "0 0 0 29 2 WED": February 29 on a Wednesday.
  EXPECT_EQ(runs("0 0 0 29 2 WED", "UTC", "2020-01-01T00:00:00Z", 1),
            (std::vector<std::string>{"2040-02-29T00:00:00Z"}));
}

TEST(Spring, DayItemsUseSpringsNumbering) {
  // 5L: the last Friday; 5#2: the second Friday (Quartz: Thursday).
  EXPECT_EQ(runs("0 0 0 * * 5L", "UTC", "2026-01-01T00:00:00Z", 2),
            (std::vector<std::string>{"2026-01-30T00:00:00Z", "2026-02-27T00:00:00Z"}));
  EXPECT_EQ(runs("0 0 0 ? * 5#2", "UTC", "2026-01-01T00:00:00Z", 2),
            (std::vector<std::string>{"2026-01-09T00:00:00Z", "2026-02-13T00:00:00Z"}));
  EXPECT_EQ(runs("0 0 0 ? * FRI#2", "UTC", "2026-01-01T00:00:00Z", 1),
            (std::vector<std::string>{"2026-01-09T00:00:00Z"}));
  EXPECT_EQ(runs("0 0 0 L-3 * *", "UTC", "2026-01-01T00:00:00Z", 2),
            (std::vector<std::string>{"2026-01-28T00:00:00Z", "2026-02-25T00:00:00Z"}));
  // Two offsets in one field.
  EXPECT_EQ(runs("0 0 0 L-1,L-2 * *", "UTC", "2026-02-01T00:00:00Z", 2),
            (std::vector<std::string>{"2026-02-26T00:00:00Z", "2026-02-27T00:00:00Z"}));
  // LW: January 2026 ends on a Saturday.
  EXPECT_EQ(runs("0 0 0 LW * *", "UTC", "2026-01-01T00:00:00Z", 1),
            (std::vector<std::string>{"2026-01-30T00:00:00Z"}));
}

TEST(Spring, NearestWeekdayOfASundayLastDayIsNone) {
  // CronExpressionTests: "0 0 0 31W * ?" from 2020-01-01: May 31, 2020 was a Sunday.
  EXPECT_EQ(runs("0 0 0 31W * ?", "UTC", "2020-01-01T00:00:00Z", 6),
            (std::vector<std::string>{"2020-01-31T00:00:00Z", "2020-03-31T00:00:00Z",
                                      "2020-07-31T00:00:00Z", "2020-08-31T00:00:00Z",
                                      "2020-10-30T00:00:00Z", "2020-12-31T00:00:00Z"}));
  // A Saturday 1st moves to Monday the 3rd (August 2026 starts on a Saturday).
  EXPECT_EQ(runs("0 0 0 1W * ?", "UTC", "2026-07-31T00:00:00Z", 1),
            (std::vector<std::string>{"2026-08-03T00:00:00Z"}));
}

TEST(Spring, DaylightSavingAsCronExpressionTests) {
  EXPECT_EQ(runs("0 0 9 * * *", "Europe/Amsterdam", "2021-03-27T09:00:00+01:00", 1),
            (std::vector<std::string>{"2021-03-28T09:00:00+02:00"}));
  EXPECT_EQ(runs("0 0 9 * * *", "Europe/Amsterdam", "2021-10-30T09:00:00+02:00", 1),
            (std::vector<std::string>{"2021-10-31T09:00:00+01:00"}));
  // A time in the gap is skipped.
  EXPECT_EQ(runs("0 10 2 * * *", "Europe/Amsterdam", "2013-03-31T01:09:00+01:00", 1),
            (std::vector<std::string>{"2013-04-01T02:10:00+02:00"}));
  EXPECT_EQ(runs("0 5 0 * * *", "Europe/Amsterdam", "2019-10-27T01:05:00+02:00", 1),
            (std::vector<std::string>{"2019-10-28T00:05:00+01:00"}));
  // A gap at midnight (Cairo, 2025-04-25 00:00 -> 01:00) does not lose the day.
  EXPECT_EQ(runs("0 0 */2 * * ?", "Africa/Cairo", "2025-04-24T22:00:00+02:00", 1),
            (std::vector<std::string>{"2025-04-25T02:00:00+03:00"}));
}

TEST(Spring, RepeatedHourRunsTwice) {
  EXPECT_EQ(runs("0 30 1 * * *", "America/New_York", "2026-10-31T12:00:00-04:00", 3),
            (std::vector<std::string>{"2026-11-01T01:30:00-04:00", "2026-11-01T01:30:00-05:00",
                                      "2026-11-02T01:30:00-05:00"}));
}

std::string summary(std::string_view text) {
  const ParsedSchedule parsed = parse(text);
  EXPECT_TRUE(parsed.ok()) << text;
  ExplainOptions options;
  options.dialect = DialectId::spring;
  return explain_schedule(parsed.special, parsed.fields, parsed.schedule, options).summary;
}

TEST(Spring, ExplainsTheAndRule) {
  EXPECT_NE(summary("0 0 9 1-7 * MON").find("if that day is also a Monday"), std::string::npos)
      << summary("0 0 9 1-7 * MON");
  EXPECT_NE(summary("0 0 9 ? * 5L").find("the last Friday of the month"), std::string::npos)
      << summary("0 0 9 ? * 5L");
  EXPECT_NE(summary("0 0 9 L-3 * MON-FRI").find("if that day is also"), std::string::npos)
      << summary("0 0 9 L-3 * MON-FRI");
}

}  // namespace
}  // namespace cronkit
