// The kubernetes dialect: schedules as robfig/cron v3's ParseStandard reads them (parser.go), with
// its error messages, and the CronJob controller's chain of SpecSchedule.Next (spec.go) across
// daylight-saving changes, Lord Howe's 30-minute change and the five-year limit.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dialect/dialect.hpp"
#include "parse/parse.hpp"
#include "sim/simulate.hpp"
#include "support/dialect_runs.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

using namespace std::chrono_literals;

ParsedSchedule parse(std::string_view text) {
  return parse_schedule(text, DialectId::kubernetes);
}

std::string first_error(std::string_view text) {
  for (const Diagnostic& d : parse(text).diagnostics) {
    if (d.severity == Severity::error) return d.message;
  }
  return {};
}

// The controller's next `count` runs after `start` (RFC 3339), in `zone_name` (its own zone), as
// RFC 3339 in that zone.
std::vector<std::string> runs(std::string_view text, const char* zone_name, const char* start,
                              std::size_t count) {
  return testing::dialect_runs(text, DialectId::kubernetes, zone_name, start, count);
}

TEST(Kubernetes, IsADialectWithoutCrontabFiles) {
  EXPECT_EQ(dialect_from_name("kubernetes"), DialectId::kubernetes);
  EXPECT_FALSE(dialect(DialectId::kubernetes).reads_crontab_files);
  EXPECT_TRUE(dialect(DialectId::debian).reads_crontab_files);
  ParseOptions options;
  options.dialect = DialectId::kubernetes;
  Crontab tab = parse_crontab("0 0 * * * echo hi\n", options);
  ASSERT_TRUE(tab.has_errors());
  EXPECT_NE(tab.diagnostics[0].message.find("reads no crontab files"), std::string::npos);
}

TEST(Kubernetes, RejectsWithRobfigsMessages) {
  // robfig's words, then what the six fields look like.
  EXPECT_EQ(first_error("0 30 9 * * *"),
            "expected exactly 5 fields, found 6: [0 30 9 * * *]; this looks like a seconds-first "
            "(Spring/Quartz/Azure) expression: drop the leading 0 (`30 9 * * *`)");
  EXPECT_EQ(first_error("0 30 9 * * * 2027"),
            "expected exactly 5 fields, found 7: [0 30 9 * * * 2027]");
  EXPECT_EQ(first_error("x 30 9 * * *"), "expected exactly 5 fields, found 6: [x 30 9 * * *]");
  EXPECT_EQ(first_error("0 0 * * 7"),
            "end of range (7) above maximum (6): 7; Sunday is 0 (or SUN) here, never 7");
  EXPECT_EQ(first_error("0 0 * * 1-7"),
            "end of range (7) above maximum (6): 1-7; Sunday is 0 (or SUN) here, never 7");
  EXPECT_EQ(first_error("0 0 * 13 *"), "end of range (13) above maximum (12): 13");
  EXPECT_EQ(first_error("0 0 * * monday"),
            "failed to parse int from monday: strconv.Atoi: parsing \"monday\": invalid syntax");
  EXPECT_EQ(first_error("0 0 L * *"),
            "failed to parse int from L: strconv.Atoi: parsing \"L\": invalid syntax");
  EXPECT_EQ(first_error("-1 * * * *"),
            "failed to parse int from : strconv.Atoi: parsing \"\": invalid syntax");
  EXPECT_EQ(first_error("1-2-3 * * * *"), "too many hyphens: 1-2-3");
  EXPECT_EQ(first_error("*/2/3 * * * *"), "too many slashes: */2/3");
  EXPECT_EQ(first_error("5-3 * * * *"), "beginning of range (5) beyond end of range (3): 5-3");
  EXPECT_EQ(first_error("0 0 0 * *"), "beginning of range (0) below minimum (1): 0");
  EXPECT_EQ(first_error("*/0 * * * *"), "step of range should be a positive number: */0");
  EXPECT_EQ(first_error("*/-2 * * * *"), "negative number (-2) not allowed: -2");
  EXPECT_EQ(first_error("99999999999999999999 * * * *"),
            "failed to parse int from 99999999999999999999: strconv.Atoi: parsing "
            "\"99999999999999999999\": value out of range");
  EXPECT_EQ(first_error("@Daily"), "unrecognized descriptor: @Daily");
  EXPECT_EQ(first_error("@reboot"), "unrecognized descriptor: @reboot");
  EXPECT_EQ(first_error("@daily "), "unrecognized descriptor: @daily ");
  EXPECT_EQ(first_error(" @daily"), "expected exactly 5 fields, found 1: [@daily]");
  EXPECT_EQ(first_error(""), "empty spec string");
  EXPECT_EQ(first_error("TZ=Mars/Base 0 0 * * *"),
            "provided bad location Mars/Base: unknown time zone Mars/Base");
  EXPECT_EQ(first_error("TZ=../x 0 0 * * *"),
            "provided bad location ../x: time: invalid location name");
  EXPECT_NE(first_error("CRON_TZ=UTC").find("robfig/cron panics"), std::string::npos);
  EXPECT_NE(first_error("@every 1h").find("does not model"), std::string::npos);
}

TEST(Kubernetes, AcceptsWhatRobfigAccepts) {
  for (const char* text :
       {"+5 007 1,,2 * *", ",5 * * * *", "*-5 * * * *", "? ? ? ? ?", "0 0 * JAN-mar MON-fri",
        "0 0 * * mon/2", "*/61 * * * *", "@midnight", "TZ=Europe/Berlin 0 9 * * *",
        "CRON_TZ=  @daily  ", "TZ= 0 0 * * *", "0\t0  *  *\t*"}) {
    EXPECT_TRUE(parse(text).ok()) << text << ": " << first_error(text);
  }
  EXPECT_EQ(parse("TZ= 0 0 * * *").zone_name, "UTC");
  EXPECT_EQ(parse("TZ=Europe/Berlin 0 9 * * *").zone_name, "Europe/Berlin");
  EXPECT_FALSE(parse("TZ=Local 0 9 * * *").zone_name.has_value());
  // `mon/2` is Monday through Saturday in steps of two.
  const Schedule s = parse("0 0 * * mon/2").schedule;
  EXPECT_TRUE(s.days_of_week[1] && s.days_of_week[3] && s.days_of_week[5]);
  EXPECT_FALSE(s.days_of_week[0] || s.days_of_week[2] || s.days_of_week[6]);
}

TEST(Kubernetes, DayRuleFollowsTheStarBit) {
  EXPECT_EQ(runs("0 0 */2 * 1", "UTC", "2026-01-01T00:00:00Z", 4),
            (std::vector<std::string>{"2026-01-03T00:00:00Z", "2026-01-05T00:00:00Z",
                                      "2026-01-07T00:00:00Z", "2026-01-09T00:00:00Z"}));
  EXPECT_EQ(runs("0 0 ? * 1", "UTC", "2026-01-01T00:00:00Z", 2),
            (std::vector<std::string>{"2026-01-05T00:00:00Z", "2026-01-12T00:00:00Z"}));
  EXPECT_EQ(runs("0 0 */1 * 1", "UTC", "2026-01-01T00:00:00Z", 1),
            (std::vector<std::string>{"2026-01-05T00:00:00Z"}));
  EXPECT_EQ(runs("0 0 1-31 * 1", "UTC", "2026-01-01T00:00:00Z", 2),
            (std::vector<std::string>{"2026-01-02T00:00:00Z", "2026-01-03T00:00:00Z"}));
}

TEST(Kubernetes, SkipsTheSpringGapAndRunsTheRepeatedHourTwice) {
  EXPECT_EQ(runs("30 2 * * *", "America/New_York", "2026-03-07T00:00:00-05:00", 2),
            (std::vector<std::string>{"2026-03-07T02:30:00-05:00", "2026-03-09T02:30:00-04:00"}));
  EXPECT_EQ(runs("30 1 * * *", "America/New_York", "2026-10-31T12:00:00-04:00", 3),
            (std::vector<std::string>{"2026-11-01T01:30:00-04:00", "2026-11-01T01:30:00-05:00",
                                      "2026-11-02T01:30:00-05:00"}));
}

TEST(Kubernetes, LosesLordHowesTwoOClockOnTheAprilChange) {
  EXPECT_EQ(runs("0 2 * * *", "Australia/Lord_Howe", "2026-04-04T00:00:00+11:00", 2),
            (std::vector<std::string>{"2026-04-04T02:00:00+11:00", "2026-04-06T02:00:00+10:30"}));
  EXPECT_EQ(runs("45 1 * * *", "Australia/Lord_Howe", "2026-04-05T00:00:00+11:00", 2),
            (std::vector<std::string>{"2026-04-05T01:45:00+11:00", "2026-04-05T01:45:00+10:30"}));
  // The zone of a TZ= prefix wins over the controller's.
  EXPECT_EQ(runs("TZ=Australia/Lord_Howe 0 2 * * *", "UTC", "2026-04-03T14:00:00Z", 2),
            (std::vector<std::string>{"2026-04-03T15:00:00Z", "2026-04-05T15:30:00Z"}));
}

TEST(Kubernetes, GivesUpAfterFiveYears) {
  EXPECT_TRUE(runs("0 0 29 2 *", "UTC", "2096-03-01T00:00:00Z", 1).empty());
  EXPECT_EQ(runs("0 0 29 2 *", "UTC", "2026-01-01T00:00:00Z", 1),
            (std::vector<std::string>{"2028-02-29T00:00:00Z"}));
  EXPECT_TRUE(runs("0 0 30 2 *", "UTC", "2026-01-01T00:00:00Z", 1).empty());
}

}  // namespace
}  // namespace cronkit
