// The azure dialect: timer-trigger schedules as Azure Functions hands them to NCrontab
// (CronSchedule.HasSeconds, CrontabSchedule.TryParse, CrontabFieldImpl.InternalParse), with
// NCrontab's messages, and the runs of CronSchedule.GetNextOccurrence across daylight saving.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dialect/dialect.hpp"
#include "parse/parse.hpp"
#include "sim/scheduler_clocks.hpp"
#include "sim/simulate.hpp"
#include "support/dialect_runs.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

using namespace std::chrono_literals;

ParsedSchedule parse(std::string_view text) {
  return parse_schedule(text, DialectId::azure);
}

// NCrontab's reason, from cronkit's message.
std::string reason(std::string_view text) {
  for (const Diagnostic& d : parse(text).diagnostics) {
    if (d.severity != Severity::error) continue;
    const std::string lead =
        "Azure Functions rejects the schedule: The schedule expression '" + std::string(text) +
        "' was not recognized as a valid cron expression or timespan string. (NCrontab: ";
    if (!d.message.starts_with(lead)) return "(other: " + d.message + ")";
    return d.message.substr(lead.size(), d.message.size() - lead.size() - 1);
  }
  return "(accepted)";
}

std::vector<std::string> runs(std::string_view text, const char* zone_name, const char* start,
                              std::size_t count) {
  return testing::dialect_runs(text, DialectId::azure, zone_name, start, count);
}

TEST(Azure, IsAUtcDialectWithoutCrontabFiles) {
  EXPECT_EQ(dialect_from_name("azure"), DialectId::azure);
  EXPECT_FALSE(dialect(DialectId::azure).reads_crontab_files);
  EXPECT_EQ(dialect(DialectId::azure).default_zone, "UTC");
}

TEST(Azure, SixFieldsUnlessExactlyFive) {
  const ParsedSchedule six = parse("0 30 9 * * *");
  ASSERT_TRUE(six.ok());
  EXPECT_EQ(six.second_and_year.size(), 1u);
  EXPECT_TRUE(six.schedule.hours.test(9));
  EXPECT_TRUE(six.schedule.minutes.test(30));
  const ParsedSchedule five = parse("30 9 * * *");
  ASSERT_TRUE(five.ok());
  EXPECT_TRUE(five.second_and_year.empty());
  EXPECT_TRUE(five.schedule.hours.test(9));
  EXPECT_TRUE(parse("  */5    * *      * * *").ok());  // the extension's own test
  EXPECT_EQ(reason("0 0 9 * * ? 2026"),
            "'0 0 9 * * ? 2026' is an invalid crontab expression. It must contain 6 components "
            "of a schedule in the sequence of seconds, minutes, hours, days, months, and days of "
            "week.");
  EXPECT_EQ(reason("* * * *"),
            "'* * * *' is an invalid crontab expression. It must contain 6 components of a "
            "schedule in the sequence of seconds, minutes, hours, days, months, and days of "
            "week.");
}

TEST(Azure, NcrontabMessages) {
  EXPECT_EQ(reason("0 0 0 * * 7"),
            "7 is higher than the maximum allowable value for the [DayOfWeek] field. Value must "
            "be between 0 and 6 (all inclusive).");
  EXPECT_EQ(reason("0 0 0 0 * *"),
            "0 is lower than the minimum allowable value for the [Day] field. Value must be "
            "between 1 and 31 (all inclusive).");
  EXPECT_EQ(reason("* bad * * * *"), "'bad' is not a valid [Minute] crontab field expression.");
  EXPECT_EQ(reason("* * * * * mon,bad,wed"),
            "'mon,bad,wed' is not a valid [DayOfWeek] crontab field expression.");
  EXPECT_EQ(reason("* 1/Z * * *"), "'1/Z' is not a valid [Hour] crontab field expression.");
  EXPECT_EQ(reason("* 1,,3 * * *"), "A crontab field value cannot be empty.");
  EXPECT_EQ(reason("* * 1,2,3,456,7 * * *"),
            "456 is higher than the maximum allowable value for the [Hour] field. Value must be "
            "between 0 and 23 (all inclusive).");
  EXPECT_EQ(reason("0 0 0 ? * *"), "'?' is not a valid [Day] crontab field expression.");
  EXPECT_EQ(reason("0 0 0 L * *"), "'L' is not a valid [Day] crontab field expression.");
  EXPECT_EQ(reason("99999999999 * * * * *"),
            "Value was either too large or too small for an Int32.");
}

TEST(Azure, NamesAreCaseInsensitivePrefixes) {
  for (const char* text : {"30 6 * * sunday", "30 6 * * SUNDAY", "0 0 * * Mon-Fri",
                           "0 0 1 Jan,Dec *", "0 0 * * M", "0 0 1 Ju *"}) {
    EXPECT_TRUE(parse(text).ok()) << text << ": " << reason(text);
  }
  EXPECT_TRUE(parse("0 0 * * M").schedule.days_of_week.test(1));  // Monday: the first it starts
  EXPECT_TRUE(parse("0 0 1 Ju *").schedule.months.test(6));       // June
  EXPECT_EQ(reason("0 0 * * Mondays"),
            "'Mondays' is not a valid [DayOfWeek] crontab field expression.");
}

TEST(Azure, ReversedRangesAreSwappedAndStepsFromAValue) {
  EXPECT_EQ(parse("0 0 5-1 * * *").schedule.hours, parse("0 0 1-5 * * *").schedule.hours);
  const auto minutes = parse("0 40/60 * * * *").schedule.minutes;
  EXPECT_TRUE(minutes.test(40));
  EXPECT_EQ(minutes.count(), 1u);
  EXPECT_EQ(parse("0 */0 * * * *").schedule.minutes.count(), 60u);
}

TEST(Azure, BothDayFieldsMustMatch) {
  // NCrontab's tests: "45 16 1 * Mon" from 2003-01-01 12:00 runs on 2003-09-01 (a Monday).
  EXPECT_EQ(runs("45 16 1 * Mon", "UTC", "2003-01-01T12:00:00Z", 2),
            (std::vector<std::string>{"2003-09-01T16:45:00Z", "2003-12-01T16:45:00Z"}));
  EXPECT_EQ(runs("0 0 1-7 * 1", "UTC", "2026-01-01T00:00:00Z", 3),
            (std::vector<std::string>{"2026-01-05T00:00:00Z", "2026-02-02T00:00:00Z",
                                      "2026-03-02T00:00:00Z"}));
  EXPECT_EQ(runs("0 0 */2 * 1", "UTC", "2026-01-01T00:00:00Z", 2),
            (std::vector<std::string>{"2026-01-05T00:00:00Z", "2026-01-19T00:00:00Z"}));
}

TEST(Azure, SecondsField) {
  EXPECT_EQ(runs("*/20 * * * * *", "UTC", "2026-01-01T00:00:00Z", 3),
            (std::vector<std::string>{"2026-01-01T00:00:20Z", "2026-01-01T00:00:40Z",
                                      "2026-01-01T00:01:00Z"}));
}

TEST(Azure, IntervalAsNcrontabPrintsIt) {
  EXPECT_TRUE(functions_is_interval(parse("0 */30 * * * *").schedule));  // hours: *
  EXPECT_TRUE(functions_is_interval(parse("0 0 1-3 * * *").schedule));   // hours: 1-3
  EXPECT_FALSE(functions_is_interval(parse("0 30 1 * * *").schedule));
  EXPECT_FALSE(functions_is_interval(parse("0 0,30 1 * * *").schedule));  // printed 0,30
  EXPECT_FALSE(functions_is_interval(parse("0 */15 1 * * *").schedule));  // 0,15,30,45
  EXPECT_FALSE(functions_is_interval(parse("30 1 * * *").schedule));      // five fields
}

TEST(Azure, GapRunsAnHourLate) {
  // 02:30 does not exist on 2026-03-08 in New York: read at standard time it is 03:30 EDT.
  EXPECT_EQ(runs("0 30 2 * * *", "America/New_York", "2026-03-07T12:00:00-05:00", 3),
            (std::vector<std::string>{"2026-03-08T03:30:00-04:00", "2026-03-09T02:30:00-04:00",
                                      "2026-03-10T02:30:00-04:00"}));
}

TEST(Azure, PointInTimeRunsOnceInTheFirstCopy) {
  EXPECT_EQ(runs("0 30 1 * * *", "America/New_York", "2026-10-31T12:00:00-04:00", 3),
            (std::vector<std::string>{"2026-11-01T01:30:00-04:00", "2026-11-02T01:30:00-05:00",
                                      "2026-11-03T01:30:00-05:00"}));
  // Started in the second copy: the rest of it is taken as done.
  EXPECT_EQ(runs("0 30 1 * * *", "America/New_York", "2026-11-01T01:10:00-05:00", 1),
            (std::vector<std::string>{"2026-11-02T01:30:00-05:00"}));
}

TEST(Azure, IntervalRunsThroughBothCopies) {
  // The code comment's example, in New York: 01:00 and 01:30 EDT, then EST.
  EXPECT_EQ(runs("0 */30 * * * *", "America/New_York", "2026-11-01T00:15:00-04:00", 6),
            (std::vector<std::string>{"2026-11-01T00:30:00-04:00", "2026-11-01T01:00:00-04:00",
                                      "2026-11-01T01:30:00-04:00", "2026-11-01T01:00:00-05:00",
                                      "2026-11-01T01:30:00-05:00", "2026-11-01T02:00:00-05:00"}));
}

}  // namespace
}  // namespace cronkit
