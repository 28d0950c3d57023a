// The eventbridge and eventbridge-scheduler dialects: AWS's documented ScheduleExpression syntax
// (cron() with six fields, 1 = Sunday, exactly one day field '?', one '#'; rate() with its
// singular and plural units; Scheduler's at()), the rejections with AWS's one message and
// cronkit's reason at the column, the UTC clock of rules and Scheduler's zone with its
// daylight-saving rule (a skipped time is skipped, a repeated one runs once), and the
// explanations. The accepted expressions and their meanings are the user guide's own examples.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dialect/dialect.hpp"
#include "explain/explain.hpp"
#include "parse/parse.hpp"
#include "sim/simulate.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

ParsedSchedule parse(std::string_view text, DialectId id = DialectId::eventbridge) {
  return parse_schedule(text, id);
}

std::string error_of(std::string_view text, DialectId id = DialectId::eventbridge) {
  const ParsedSchedule parsed = parse(text, id);
  for (const Diagnostic& d : parsed.diagnostics) {
    if (d.severity == Severity::error) return d.message;
  }
  return {};
}

// "column-end: message" of the first error.
std::string located_error(std::string_view text, DialectId id = DialectId::eventbridge) {
  const ParsedSchedule parsed = parse(text, id);
  for (const Diagnostic& d : parsed.diagnostics) {
    if (d.severity == Severity::error)
      return std::to_string(d.span.begin + 1) + "-" + std::to_string(d.span.end) + " " + d.code;
  }
  return {};
}

std::vector<std::string> runs(std::string_view text, const char* zone_name, const char* start,
                              std::size_t count, DialectId id = DialectId::eventbridge) {
  ParsedSchedule parsed = parse(text, id);
  EXPECT_TRUE(parsed.ok()) << text << ": " << error_of(text, id);
  std::string error;
  const date::time_zone* z = find_zone(zone_name, error);
  EXPECT_NE(z, nullptr) << error;
  SimJob job{parsed.schedule};
  SimOptions options;
  options.zone = z;
  options.dialect = id;
  options.from = *parse_time(start, *z, error);
  options.count = count;
  std::vector<std::string> out;
  for (const Firing& f : simulate(std::span<const SimJob>(&job, 1), options)) {
    out.push_back(format_rfc3339(f.instant, *z));
  }
  return out;
}

std::string explained(std::string_view text, DialectId id = DialectId::eventbridge) {
  const ParsedSchedule parsed = parse(text, id);
  EXPECT_TRUE(parsed.ok()) << text << ": " << error_of(text, id);
  return explain_schedule(parsed.special, parsed.fields, parsed.schedule, ExplainOptions{id})
      .summary;
}

constexpr DialectId scheduler = DialectId::eventbridge_scheduler;

TEST(EventBridge, AreSchedulers) {
  EXPECT_EQ(dialect_from_name("eventbridge"), DialectId::eventbridge);
  EXPECT_EQ(dialect_from_name("eventbridge-scheduler"), scheduler);
  const Dialect& rules = dialect(DialectId::eventbridge);
  EXPECT_FALSE(rules.reads_crontab_files);
  EXPECT_EQ(rules.default_zone, "UTC");
  EXPECT_TRUE(rules.zone_is_fixed);
  EXPECT_FALSE(rules.accepts_at_expression);
  EXPECT_FALSE(dialect(scheduler).zone_is_fixed);
  EXPECT_TRUE(dialect(scheduler).accepts_at_expression);
  EXPECT_EQ(dialect(scheduler).default_zone, "UTC");
}

TEST(EventBridge, AcceptsTheUserGuidesExamples) {
  for (const char* text :
       {"cron(0 10 * * ? *)", "cron(15 12 * * ? *)", "cron(0 18 ? * MON-FRI *)",
        "cron(0 8 1 * ? *)", "cron(0/15 * * * ? *)", "cron(0/10 * ? * MON-FRI *)",
        "cron(0/5 8-17 ? * MON-FRI *)", "cron(0/30 20-2 ? * MON-FRI *)", "cron(0 12 * * ? *)",
        "cron(5,35 14 * * ? *)", "cron(15 10 ? * 6L 2019-2022)", "cron(0 0 ? * 3#2 *)",
        "cron(0 0 3W * ? *)", "cron(0 0 L * ? *)", "cron(0 9 ? JAN,FEB,MAR * *)", "rate(1 minute)",
        "rate(5 minutes)", "rate(1 hour)", "rate(1 day)"}) {
    for (DialectId id : {DialectId::eventbridge, scheduler}) {
      EXPECT_TRUE(parse(text, id).ok()) << text << ": " << error_of(text, id);
    }
  }
  EXPECT_TRUE(parse("at(2026-03-08T09:30:00)", scheduler).ok());
}

TEST(EventBridge, ReadsTheFieldsAsTheGuideDescribes) {
  // 1/10 in Minutes: the 1st, 11th, 21st ... minute.
  const Schedule every_tenth = parse("cron(1/10 * * * ? *)").schedule;
  EXPECT_EQ(every_tenth.minutes.count(), 6u);
  EXPECT_TRUE(every_tenth.minutes[1] && every_tenth.minutes[11] && every_tenth.minutes[51]);
  // 20-2 in Hours wraps past midnight (the guide's "to 2:00 am on the following day").
  const Schedule night = parse("cron(0/30 20-2 ? * MON-FRI *)").schedule;
  EXPECT_EQ(night.hours.count(), 7u);
  EXPECT_TRUE(night.hours[20] && night.hours[23] && night.hours[0] && night.hours[2]);
  // 1 = Sunday: 2-6 is Monday to Friday (the schedule model's 1-5).
  const Schedule weekdays = parse("cron(0 9 ? * 2-6 *)").schedule;
  for (int d = 1; d <= 5; ++d) EXPECT_TRUE(weekdays.days_of_week[static_cast<std::size_t>(d)]);
  EXPECT_FALSE(weekdays.days_of_week[0]);
  EXPECT_FALSE(weekdays.days_of_week[6]);
}

TEST(EventBridge, RejectsWithAwsMessageAndTheReason) {
  EXPECT_EQ(error_of("cron(0 9 * * 1-5 *)"),
            "\"Parameter ScheduleExpression is not valid.\" is all EventBridge says; the reason: "
            "Day-of-month and Day-of-week are both set: one of them must be '?' (EventBridge "
            "cannot use both, and '*' in one still needs '?' in the other), e.g. "
            "cron(0 9 ? * 1-5 *) (but 1 = Sunday in EventBridge: 1-5 is Sunday to Thursday; "
            "Monday is 2 or MON)");
  EXPECT_EQ(located_error("cron(0 9 * * 1-5 *)"), "10-16 field-syntax");
  EXPECT_EQ(error_of("0 9 * * 1-5"),
            "\"Parameter ScheduleExpression is not valid.\" is all EventBridge says; the reason: "
            "EventBridge takes cron(minutes hours day-of-month month day-of-week year) or "
            "rate(value unit); this is a bare cron line of 5 fields, not wrapped in cron(...)");
  EXPECT_EQ(error_of("cron(0 9 * * MON-FRI *)", scheduler),
            "EventBridge Scheduler rejects the expression (ValidationException): Day-of-month and "
            "Day-of-week are both set: one of them must be '?' (EventBridge cannot use both, and "
            "'*' in one still needs '?' in the other), e.g. cron(0 9 ? * MON-FRI *)");
}

TEST(EventBridge, SaysPreciselyWhatIsWrongAndWhere) {
  const auto reason = [](std::string_view text, DialectId id = DialectId::eventbridge) {
    const std::string message = error_of(text, id);
    const std::size_t at = message.find("the reason: ");
    if (at != std::string::npos) return message.substr(at + 12);
    return message.substr(message.find("): ") + 3);
  };
  EXPECT_EQ(reason("cron(0 9 ? * ? *)"),
            "Day-of-month and Day-of-week are both '?': exactly one of them must be '?', the "
            "other chooses the days");
  EXPECT_EQ(reason("cron(0 9 ? * 0 *)"),
            "0 is not a value of the Day-of-week field, which takes 1-7 (1 = SUN ... 7 = SAT)");
  EXPECT_EQ(located_error("cron(0 9 ? * 0 *)"), "14-14 dow-out-of-range");
  EXPECT_EQ(reason("cron(60 9 * * ? *)"),
            "60 is not a value of the Minutes field, which takes 0-59");
  EXPECT_EQ(reason("cron(0 9 * * ?)"),
            "found 5 fields; cron() has six fields: minutes hours day-of-month month day-of-week "
            "year");
  EXPECT_EQ(located_error("cron(0 9 * * ?)"), "6-14 field-count");
  EXPECT_EQ(reason("cron(0 0 9 * * ? *)"),
            "found 7 fields; cron() has six fields: minutes hours day-of-month month day-of-week "
            "year");
  EXPECT_EQ(reason("cron(0 0 ? * 3#1,6#3 *)"),
            "only one '#' expression is allowed in Day-of-week (3#1,6#3 is not valid)");
  EXPECT_EQ(located_error("cron(0 0 ? * 3#1,6#3 *)"), "18-20 field-syntax");
  EXPECT_EQ(reason("cron(0 0 ? * 3#6 *)"),
            "the week after '#' must be 1-5 (the first to the fifth), not 6");
  EXPECT_EQ(reason("cron(0 0 ? * 1/2 *)"),
            "unexpected '/' in the Day-of-week field (its wildcards: , - * ? L #); Day-of-week "
            "has no '/' increments");
  EXPECT_EQ(reason("cron(0 0 5L * ? *)"),
            "unexpected 'L' in the Day-of-month field (its wildcards: , - * ? / L W)");
  EXPECT_EQ(reason("cron(0 0 L,15 * ? *)"),
            "'L' must be the only item of the Day-of-month field: Quartz, whose syntax "
            "EventBridge's cron() is, cannot combine it with other days");
  EXPECT_EQ(reason("cron(0 0 ? * MONDAY *)"),
            "unexpected 'D' in the Day-of-week field (its wildcards: , - * ? L #)");
  EXPECT_EQ(reason("cron(0 0 ? * FOO *)"), "'FOO' is not a day name (SUN-SAT)");
  EXPECT_EQ(reason("cron(0 0 ? * 1 1969)"),
            "1969 is not a value of the Year field, which takes 1970-2199");
  EXPECT_EQ(reason("cron(*/0 * * * ? *)"),
            "the increment after '/' in the Minutes field must be 1-60, not 0");
  EXPECT_EQ(reason("cron(0 ? * * ? *)"),
            "expected an hour 0-23 or '*' in the Hours field, found '?' ('?' is only for "
            "Day-of-month or Day-of-week)");
  EXPECT_EQ(reason("cron(0 9 * * ? *"), "missing the closing ')'");
  EXPECT_EQ(reason("cron(0 9 * * ? *) "), "unexpected ' ' after ')'");
  EXPECT_EQ(reason("rate(1 hours)"), "a value of 1 takes the singular unit: rate(1 hour)");
  EXPECT_EQ(reason("rate(5 hour)"), "a value above 1 takes the plural unit: rate(5 hours)");
  EXPECT_EQ(reason("rate(0 minutes)"), "the value of rate() must be a positive number, not 0");
  EXPECT_EQ(reason("rate(5 weeks)"),
            "expected a unit (minute, minutes, hour, hours, day or days), found 'w'");
  EXPECT_EQ(reason("at(2026-03-08T09:30:00)"),
            "at() is EventBridge Scheduler's one-time schedule (--dialect eventbridge-scheduler); "
            "EventBridge takes cron(minutes hours day-of-month month day-of-week year) or "
            "rate(value unit)");
  EXPECT_EQ(reason("at(2026-02-30T09:30:00)", scheduler), "2026-02-30 is not a date");
  EXPECT_EQ(reason("at(2026-02-03T24:00:00)", scheduler),
            "24:00:00 is not a time of day (00:00:00-23:59:59)");
}

TEST(EventBridge, RulesRunInUtc) {
  // The example: 2-6 is Monday to Friday, 1-5 Sunday to Thursday.
  EXPECT_EQ(runs("cron(0 9 ? * 2-6 *)", "UTC", "2026-01-01T00:00:00Z", 4),
            (std::vector<std::string>{"2026-01-01T09:00:00Z", "2026-01-02T09:00:00Z",
                                      "2026-01-05T09:00:00Z", "2026-01-06T09:00:00Z"}));
  EXPECT_EQ(runs("cron(0 9 ? * 1-5 *)", "UTC", "2026-01-01T00:00:00Z", 3),
            (std::vector<std::string>{"2026-01-01T09:00:00Z", "2026-01-04T09:00:00Z",
                                      "2026-01-05T09:00:00Z"}));
  // A rule has no zone: 09:00 UTC even when the simulation is shown in New York.
  EXPECT_EQ(runs("cron(0 9 * * ? *)", "America/New_York", "2026-03-07T00:00:00-05:00", 3),
            (std::vector<std::string>{"2026-03-07T04:00:00-05:00", "2026-03-08T05:00:00-04:00",
                                      "2026-03-09T05:00:00-04:00"}));
  // The last Friday of the month, in 2019-2022 only.
  EXPECT_EQ(runs("cron(15 10 ? * 6L 2019-2022)", "UTC", "2022-11-01T00:00:00Z", 3),
            (std::vector<std::string>{"2022-11-25T10:15:00Z", "2022-12-30T10:15:00Z"}));
  // The second Tuesday; the weekday nearest the 1st (a Saturday in August 2026: Monday 3rd).
  EXPECT_EQ(runs("cron(0 0 ? * 3#2 *)", "UTC", "2026-01-01T00:00:00Z", 1),
            (std::vector<std::string>{"2026-01-13T00:00:00Z"}));
  EXPECT_EQ(runs("cron(0 0 1W * ? *)", "UTC", "2026-08-01T00:00:00Z", 1),
            (std::vector<std::string>{"2026-08-03T00:00:00Z"}));
}

TEST(EventBridge, RateRunsFromTheStart) {
  EXPECT_EQ(runs("rate(5 minutes)", "UTC", "2026-01-01T10:02:00Z", 3),
            (std::vector<std::string>{"2026-01-01T10:02:00Z", "2026-01-01T10:07:00Z",
                                      "2026-01-01T10:12:00Z"}));
  // A day is 24 hours: across the spring change the runs move an hour on the clock.
  EXPECT_EQ(runs("rate(1 day)", "America/New_York", "2026-03-07T09:00:00-05:00", 3, scheduler),
            (std::vector<std::string>{"2026-03-07T09:00:00-05:00", "2026-03-08T10:00:00-04:00",
                                      "2026-03-09T10:00:00-04:00"}));
}

TEST(EventBridge, SchedulerSkipsTheGapAndRunsARepeatedTimeOnce) {
  EXPECT_EQ(
      runs("cron(30 2 * * ? *)", "America/New_York", "2026-03-07T00:00:00-05:00", 2, scheduler),
      (std::vector<std::string>{"2026-03-07T02:30:00-05:00", "2026-03-09T02:30:00-04:00"}));
  EXPECT_EQ(
      runs("cron(30 1 * * ? *)", "America/New_York", "2026-10-31T12:00:00-04:00", 2, scheduler),
      (std::vector<std::string>{"2026-11-01T01:30:00-04:00", "2026-11-02T01:30:00-05:00"}));
  // Every 30 minutes: the repeated wall times are not run again.
  EXPECT_EQ(
      runs("cron(0/30 * * * ? *)", "America/New_York", "2026-11-01T00:30:00-04:00", 5, scheduler),
      (std::vector<std::string>{"2026-11-01T00:30:00-04:00", "2026-11-01T01:00:00-04:00",
                                "2026-11-01T01:30:00-04:00", "2026-11-01T02:00:00-05:00",
                                "2026-11-01T02:30:00-05:00"}));
  // Starting inside the second copy of the hour: its first copy has run already.
  EXPECT_EQ(
      runs("cron(30 1 * * ? *)", "America/New_York", "2026-11-01T01:10:00-05:00", 1, scheduler),
      (std::vector<std::string>{"2026-11-02T01:30:00-05:00"}));
  // Lord Howe moves by 30 minutes: 02:15 does not exist on 2026-10-04.
  EXPECT_EQ(
      runs("cron(15 2 * * ? *)", "Australia/Lord_Howe", "2026-10-03T12:00:00+10:30", 2, scheduler),
      (std::vector<std::string>{"2026-10-05T02:15:00+11:00", "2026-10-06T02:15:00+11:00"}));
}

TEST(EventBridge, AtRunsOnceInTheZone) {
  EXPECT_EQ(
      runs("at(2026-03-10T09:30:00)", "Europe/Berlin", "2026-03-01T00:00:00+01:00", 5, scheduler),
      (std::vector<std::string>{"2026-03-10T09:30:00+01:00"}));
  EXPECT_EQ(runs("at(2026-03-08T02:30:00)", "America/New_York", "2026-03-01T00:00:00-05:00", 5,
                 scheduler),
            (std::vector<std::string>{}));
  EXPECT_EQ(runs("at(2026-03-10T09:30:00)", "UTC", "2026-04-01T00:00:00Z", 5, scheduler),
            (std::vector<std::string>{}));
}

TEST(EventBridge, ExplainsInAwsTerms) {
  EXPECT_EQ(explained("cron(0 9 ? * 2-6 *)"), "At 09:00 UTC, Monday through Friday.");
  EXPECT_EQ(explained("cron(0 9 ? * 1-5 *)"), "At 09:00 UTC, Sunday through Thursday.");
  EXPECT_EQ(explained("cron(0 9 ? * 2-6 *)", scheduler), "At 09:00, Monday through Friday.");
  EXPECT_EQ(explained("cron(15 10 ? * 6L 2019-2022)"),
            "At 10:15 UTC on the last Friday of the month, only in 2019 through 2022.");
  EXPECT_EQ(explained("rate(5 minutes)"),
            "Every 5 minutes, counted from when the schedule starts (not at set times of the "
            "clock).");
  EXPECT_EQ(explained("rate(1 hour)"),
            "Every hour, counted from when the schedule starts (not at set times of the clock).");
  EXPECT_EQ(explained("rate(2 days)", scheduler),
            "Every 2 days, counted from when the schedule starts (not at set times of the "
            "clock); a day is 24 hours, so across a daylight-saving change the runs move an hour "
            "on the clock.");
  EXPECT_EQ(explained("at(2026-03-10T09:30:00)", scheduler),
            "Once, at 2026-03-10 09:30:00 in the schedule's time zone.");
}

TEST(EventBridge, FieldsSeparatedByCommasSayWhatWasMeant) {
  const std::string message = error_of("cron(5, 0, 1, *, ?, *)");
  EXPECT_NE(message.find("after ',' in the Minutes field, found ' '; cron() separates its fields "
                         "with blanks, not commas, so this is probably cron(5 0 1 * ? *)"),
            std::string::npos)
      << message;
  EXPECT_EQ(located_error("cron(5, 0, 1, *, ?, *)"), "8-8 field-syntax");
  // One comma and a blank (six words in all): a list with a blank in it, not fields.
  const std::string list = error_of("cron(0 5, 17 * * ?)");
  EXPECT_NE(list.find("; a list has no blank after its commas"), std::string::npos) << list;
  EXPECT_EQ(list.find("not commas"), std::string::npos) << list;
}

}  // namespace
}  // namespace cronkit
