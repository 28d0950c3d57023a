// The quartz dialect: expressions as org.quartz.CronExpression 2.3.2 reads them (buildExpression,
// storeExpressionVals, checkNext, addToSet), its getTimeAfter() across daylight-saving changes,
// and what the tools make of them. Every expected value here was measured against Quartz.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dialect/dialect.hpp"
#include "explain/explain.hpp"
#include "parse/parse.hpp"
#include "parse/quartz_expression.hpp"
#include "sim/simulate.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

const date::time_zone& zone(const char* name) {
  std::string error;
  const date::time_zone* z = find_zone(name, error);
  EXPECT_NE(z, nullptr) << error;
  return *z;
}

// Quartz's ParseException as "OFFSET MESSAGE"; "accepted" when it parses.
std::string quartz_verdict(std::string_view expression) {
  const QuartzReading reading = read_quartz_expression(expression, 2126);
  if (reading.cron) return "accepted";
  return std::to_string(reading.offset) + " " + reading.message;
}

// The first `count` firings strictly after `after` (RFC 3339), as a CronTrigger computes them.
std::vector<std::string> firings(std::string_view expression, const char* zone_name,
                                 const char* after, std::size_t count) {
  const date::time_zone& z = zone(zone_name);
  const ParsedSchedule parsed = parse_schedule(expression, DialectId::quartz);
  EXPECT_TRUE(parsed.ok()) << expression;
  std::string error;
  const std::optional<date::sys_seconds> start = parse_time(after, z, error);
  EXPECT_TRUE(start.has_value()) << error;
  const SimJob job{parsed.schedule};
  SimOptions options;
  options.zone = &z;
  options.dialect = DialectId::quartz;
  options.from = *start + std::chrono::seconds{1};
  options.count = count;
  std::vector<std::string> out;
  for (const Firing& firing : simulate({&job, 1}, options))
    out.push_back(format_rfc3339(firing.instant, z));
  return out;
}

TEST(QuartzDialect, IsATableMemberThatReadsNoCrontab) {
  EXPECT_EQ(dialect_from_name("quartz"), DialectId::quartz);
  const Dialect& quartz = dialect(DialectId::quartz);
  EXPECT_FALSE(quartz.reads_crontab_files);
  EXPECT_EQ(quartz.day_of_week_numbering, DayOfWeekNumbering::sunday_1);
  EXPECT_EQ(quartz.day_rule_basis, DayRuleBasis::one_is_question_mark);
  EXPECT_EQ(quartz.clock, ClockModel::quartz_time_after);
  EXPECT_EQ(quartz.years_searched_ahead, 100);
  EXPECT_TRUE(dialect(DialectId::debian).reads_crontab_files);
}

TEST(QuartzReader, AcceptsSixOrSevenFieldsAndIgnoresMore) {
  EXPECT_EQ(quartz_verdict("0 0 9 ? * MON-FRI"), "accepted");
  EXPECT_EQ(quartz_verdict("0 0 9 ? * 2-6 *"), "accepted");
  EXPECT_EQ(quartz_verdict("0 0 12 * * ? 2027 junk more"), "accepted");
  EXPECT_EQ(quartz_verdict("0 9 * * 1-5"), "11 Unexpected end of expression.");
  EXPECT_EQ(quartz_verdict("0 0 1-7 * 1"), "11 Unexpected end of expression.");
}

TEST(QuartzReader, OneDayFieldMustBeAQuestionMark) {
  const std::string both =
      "0 Support for specifying both a day-of-week AND a day-of-month parameter is not "
      "implemented.";
  EXPECT_EQ(quartz_verdict("0 0 9 * * 1-5"), both);
  EXPECT_EQ(quartz_verdict("0 30 9 * * *"), both);
  EXPECT_EQ(quartz_verdict("0 0 12 ? * ?"),
            "1 '?' can only be specified for Day-of-Month -OR- Day-of-Week.");
  EXPECT_EQ(quartz_verdict("0 ? 12 * * ?"),
            "1 '?' can only be specified for Day-of-Month or Day-of-Week.");
}

TEST(QuartzReader, QuartzsOwnMessages) {
  EXPECT_EQ(quartz_verdict("0 60 * * * ?"), "-1 Minute and Second values must be between 0 and 59");
  EXPECT_EQ(quartz_verdict("0 0 24 * * ?"), "-1 Hour values must be between 0 and 23");
  EXPECT_EQ(quartz_verdict("0 0 0 ? * 0"), "-1 Day-of-Week values must be between 1 and 7");
  EXPECT_EQ(quartz_verdict("0 */70 * * * ?"), "4 Increment > 60 : 70");
  EXPECT_EQ(quartz_verdict("0 0 0 ? * 2#6"),
            "2 A numeric value between 1 and 5 must follow the '#' option");
  EXPECT_EQ(quartz_verdict("0 0 0 ? * 3#1,6#3"),
            "-1 Support for specifying multiple \"nth\" days is not implemented.");
  EXPECT_EQ(quartz_verdict("0 0 0 L,5 * ?"),
            "-1 Support for specifying 'L' and 'LW' with other days of the month is not "
            "implemented");
  EXPECT_EQ(quartz_verdict("0 0 0 ? FOO *"), "0 Invalid Month value: 'FOO'");
  EXPECT_EQ(quartz_verdict("@daily"), "0 Unexpected character: @");
  EXPECT_EQ(quartz_verdict("1- * * ? * *"),
            "0 Illegal cron expression format (java.lang.StringIndexOutOfBoundsException: "
            "String index out of range: 2)");
}

TEST(QuartzReader, KeepsQuartzsQuirks) {
  // Text after a complete item is not read; names are their first three letters.
  EXPECT_EQ(quartz_verdict("5X 0 0 ? * *"), "accepted");
  EXPECT_EQ(quartz_verdict("0 0 0 ? * MONXYZ"), "accepted");
  // The year is not range-checked.
  EXPECT_EQ(quartz_verdict("0 0 0 1 1 ? 1969"), "accepted");
  const QuartzReading reading = read_quartz_expression("0 0 22-2 * * ?", 2126);
  ASSERT_TRUE(reading.cron);
  EXPECT_EQ(reading.cron->hours.to_ulong(), 0b110000000000000000000111ul);
}

TEST(QuartzSchedule, DayOfWeekOneIsSunday) {
  const ParsedSchedule parsed = parse_schedule("0 0 9 ? * 1-5 *", DialectId::quartz);
  ASSERT_TRUE(parsed.ok());
  // The schedule's own numbering: 0 (and 7) = Sunday.
  EXPECT_EQ(parsed.schedule.days_of_week.to_ulong(), 0b10011111ul);
  EXPECT_TRUE(parsed.schedule.day_of_month_star);
  EXPECT_EQ(firings("0 0 9 ? * 1-5 *", "UTC", "2026-01-01T00:00:00Z", 3),
            (std::vector<std::string>{"2026-01-01T09:00:00Z", "2026-01-04T09:00:00Z",
                                      "2026-01-05T09:00:00Z"}));
}

TEST(QuartzClock, SpringGapIsSkipped) {
  EXPECT_EQ(firings("0 30 2 * * ?", "America/New_York", "2026-03-07T00:00:00Z", 3),
            (std::vector<std::string>{"2026-03-07T02:30:00-05:00", "2026-03-09T02:30:00-04:00",
                                      "2026-03-10T02:30:00-04:00"}));
}

TEST(QuartzClock, RepeatedHourFiresOnceInStandardTime) {
  EXPECT_EQ(firings("0 30 1 * * ?", "America/New_York", "2026-10-31T00:00:00Z", 3),
            (std::vector<std::string>{"2026-10-31T01:30:00-04:00", "2026-11-01T01:30:00-05:00",
                                      "2026-11-02T01:30:00-05:00"}));
}

TEST(QuartzClock, SubHourlyLosesTheFirstCopyOfTheRepeatedHour) {
  EXPECT_EQ(firings("0 0/15 * * * ?", "America/New_York", "2026-11-01T04:00:00Z", 6),
            (std::vector<std::string>{"2026-11-01T00:15:00-04:00", "2026-11-01T00:30:00-04:00",
                                      "2026-11-01T00:45:00-04:00", "2026-11-01T01:00:00-05:00",
                                      "2026-11-01T01:15:00-05:00", "2026-11-01T01:30:00-05:00"}));
  EXPECT_EQ(firings("0 0/15 * * * ?", "Australia/Lord_Howe", "2026-04-05T01:00:00+11:00", 3),
            (std::vector<std::string>{"2026-04-05T01:15:00+11:00", "2026-04-05T01:30:00+10:30",
                                      "2026-04-05T01:45:00+10:30"}));
}

TEST(QuartzClock, FieldWideFlagsUseTheFirstValue) {
  // `1,15W`: the weekday nearest the 1st only; the 15th never fires.
  EXPECT_EQ(firings("0 0 0 1,15W * ?", "UTC", "2026-01-01T00:00:00Z", 2),
            (std::vector<std::string>{"2026-02-02T00:00:00Z", "2026-03-02T00:00:00Z"}));
  // `2#5` skips months without a fifth Monday.
  EXPECT_EQ(firings("0 0 0 ? * 2#5", "UTC", "2026-01-01T00:00:00Z", 3),
            (std::vector<std::string>{"2026-03-30T00:00:00Z", "2026-06-29T00:00:00Z",
                                      "2026-08-31T00:00:00Z"}));
  // `L` alone in day-of-week is Saturday, every week.
  EXPECT_EQ(firings("0 0 0 ? * L", "UTC", "2026-01-01T00:00:00Z", 2),
            (std::vector<std::string>{"2026-01-03T00:00:00Z", "2026-01-10T00:00:00Z"}));
}

TEST(QuartzClock, GivesUpAfterMaxYearAndOnEmptyFields) {
  const QuartzReading leap = read_quartz_expression("0 0 0 29 2 ? 2199", 2126);
  ASSERT_TRUE(leap.cron);
  const date::sys_seconds start = date::sys_days{date::year{2026} / 1 / 1};
  EXPECT_EQ(quartz_time_after(*leap.cron, zone("UTC"), start, 2126).kind, QuartzNext::Kind::none);
  const QuartzReading never = read_quartz_expression("0 0 0 30 2 ?", 2126);
  ASSERT_TRUE(never.cron);
  EXPECT_EQ(quartz_time_after(*never.cron, zone("UTC"), start, 2126).kind, QuartzNext::Kind::none);
  // `L` in the minute field is accepted and leaves it empty: getTimeAfter() throws.
  const QuartzReading empty = read_quartz_expression("0 L * * * ?", 2126);
  ASSERT_TRUE(empty.cron);
  EXPECT_EQ(quartz_time_after(*empty.cron, zone("UTC"), start, 2126).kind, QuartzNext::Kind::error);
}

TEST(QuartzExplain, SaysWhatQuartzDoes) {
  const ParsedSchedule parsed = parse_schedule("0 0 12 L-3 * ?", DialectId::quartz);
  ASSERT_TRUE(parsed.ok());
  ExplainOptions options;
  options.dialect = DialectId::quartz;
  EXPECT_EQ(explain_schedule(parsed.special, parsed.fields, parsed.schedule, options).summary,
            "At 12:00 on the day 3 days before the last day of the month.");
}

TEST(QuartzSchedule, YearsAfter2099AreNotReadAsNever) {
  const ParsedSchedule parsed = parse_schedule("0 0 0 1 1 ? 2110", DialectId::quartz);
  ASSERT_TRUE(parsed.ok());
  EXPECT_FALSE(parsed.schedule.never_fires());
  EXPECT_EQ(firings("0 0 0 1 1 ? 2110", "UTC", "2026-01-01T00:00:00Z", 1),
            (std::vector<std::string>{"2110-01-01T00:00:00Z"}));
}

TEST(QuartzDiagnostics, SayWhatToWriteInstead) {
  const ParsedSchedule parsed = parse_schedule("0 0 9 * * 1-5", DialectId::quartz);
  ASSERT_FALSE(parsed.ok());
  ASSERT_EQ(parsed.diagnostics.size(), 1u);
  EXPECT_TRUE(parsed.diagnostics[0].rejected_by_cron);
  EXPECT_NE(parsed.diagnostics[0].message.find("'0 0 9 ? * MON-FRI'"), std::string::npos);
  // The span covers the two day fields.
  EXPECT_EQ(parsed.diagnostics[0].span.begin, 6u);
  EXPECT_EQ(parsed.diagnostics[0].span.end, 13u);
}

}  // namespace
}  // namespace cronkit
