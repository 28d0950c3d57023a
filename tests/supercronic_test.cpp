// The supercronic dialect: schedules as gorhill/cronexpr reads them (cronexpr_parse.go), their
// meaning (cronexpr_next.go), supercronic's line split (crontab/crontab.go parseJobLine), its
// Next() loop with Go's time.Date across daylight-saving changes, and their explanations.

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "explain/explain.hpp"
#include "parse/parse.hpp"
#include "sim/simulate.hpp"
#include "support/dialect_runs.hpp"
#include "support/schedule_support.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

using namespace std::chrono_literals;

using testing::zone;

ParsedSchedule parse(std::string_view text) {
  return parse_schedule(text, DialectId::supercronic);
}

bool accepted(std::string_view text) {
  return parse(text).ok();
}

std::string first_error(std::string_view text) {
  for (const Diagnostic& d : parse(text).diagnostics) {
    if (d.severity == Severity::error) return d.message;
  }
  return {};
}

// The first `count` firings in `zone_name` of a supercronic started at local time `start`
// (RFC 3339 text), as RFC 3339 in that zone.
std::vector<std::string> runs(std::string_view text, const char* zone_name, const char* start,
                              std::size_t count) {
  return testing::dialect_runs(text, DialectId::supercronic, zone_name, start, count);
}

// ---- what cronexpr accepts -----------------------------------------------------------------

TEST(SupercronicParse, FieldCounts) {
  EXPECT_TRUE(accepted("*/5 * * * *"));
  EXPECT_TRUE(accepted("0 9 * * * 2027"));      // six fields: the last is a year
  EXPECT_TRUE(accepted("15 30 9 * * * 2027"));  // seven: a second first, a year last
  EXPECT_FALSE(accepted("* * * *"));            // missing field(s)
  EXPECT_FALSE(accepted("* * * * * * * *"));    // supercronic's ParseStrict: too many
  EXPECT_NE(first_error("* * * *").find("missing field(s)"), std::string::npos);
  EXPECT_NE(first_error("* * * * * * * *").find("too many fields"), std::string::npos);
}

TEST(SupercronicParse, SixFieldsMeanAYearNotSeconds) {
  ParsedSchedule parsed = parse("*/10 * * * * *");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed.schedule.extras().seconds, std::bitset<60>{1});
  EXPECT_EQ(parsed.schedule.minutes.count(), 6u);
  ASSERT_EQ(parsed.second_and_year.size(), 1u);
  EXPECT_EQ(parsed.second_and_year[0].kind, FieldKind::year);
}

TEST(SupercronicParse, ValuePatternsAndTables) {
  EXPECT_TRUE(accepted("05 09 01 01 *"));  // one leading zero
  EXPECT_FALSE(accepted("007 * * * *"));   // two are not in the pattern
  EXPECT_FALSE(accepted("60 * * * *"));
  EXPECT_FALSE(accepted("* 24 * * *"));
  EXPECT_FALSE(accepted("* * 0 * *"));
  EXPECT_FALSE(accepted("0 0 1 1 * 2100"));
  EXPECT_FALSE(accepted("0 0 1 1 * 1969"));
  EXPECT_TRUE(accepted("0 0 * JANUARY,feb Sunday,FRI"));  // names: any case, full or short
  // dow 01..06 are in the pattern but not in the table: Sunday.
  ParsedSchedule sunday = parse("0 0 * * 03");
  ASSERT_TRUE(sunday.ok());
  EXPECT_TRUE(sunday.schedule.days_of_week[0]);
  EXPECT_FALSE(sunday.schedule.days_of_week[3]);
}

TEST(SupercronicParse, StepsRangesAndLists) {
  EXPECT_TRUE(accepted("5/15 * * * *"));  // a/n: a through the field's end
  EXPECT_EQ(parse("5/15 * * * *").schedule.minutes.count(), 4u);
  EXPECT_FALSE(accepted("*/0 * * * *"));
  EXPECT_FALSE(accepted("*/60 * * * *"));
  EXPECT_FALSE(accepted("* * * * */7"));  // day-of-week steps end at 6
  EXPECT_TRUE(accepted("* * * * */6"));
  EXPECT_FALSE(accepted("5-1 * * * *"));  // supercronic's copy refuses a reversed plain range
  EXPECT_FALSE(accepted("* * * * 5-7"));  // 7 is 0 first
  EXPECT_TRUE(accepted("* * * * 0-7"));   // Sunday only
  ParsedSchedule stepped = parse("5-1/2 * * * *");  // a stepped one is an empty set
  EXPECT_TRUE(stepped.ok());
  EXPECT_TRUE(stepped.schedule.never_fires());
  EXPECT_TRUE(accepted("1,,3 * * * *"));  // empty list items are dropped
  EXPECT_TRUE(accepted(",5 * * * *"));
  EXPECT_FALSE(accepted("5- * * * *"));
  EXPECT_FALSE(accepted("*5 * * * *"));
  EXPECT_NE(first_error("5x * * * *").find("syntax error in minute field: '5x'"),
            std::string::npos);
}

TEST(SupercronicParse, QuartzDayItems) {
  EXPECT_TRUE(accepted("0 0 L * ?"));
  EXPECT_TRUE(accepted("0 0 LW * *"));
  EXPECT_TRUE(accepted("0 0 15W,L * *"));
  EXPECT_TRUE(accepted("0 0 ? * 5L"));
  EXPECT_TRUE(accepted("0 0 ? * friL"));
  EXPECT_TRUE(accepted("0 0 ? * 5#3"));
  EXPECT_TRUE(accepted("0 0 ? * sun#2"));
  EXPECT_FALSE(accepted("0 0 W * *"));
  EXPECT_FALSE(accepted("0 0 L-2 * *"));
  EXPECT_FALSE(accepted("0 0 * * L"));
  EXPECT_FALSE(accepted("0 0 * * 5#6"));
  EXPECT_FALSE(accepted("0 0 * * 5#0"));
  EXPECT_FALSE(accepted("0 0 5#3 * *"));
  EXPECT_FALSE(accepted("0 0 ?/2 * *"));
  // The same text under Debian stays what it was.
  EXPECT_FALSE(parse_schedule("0 0 ? * *", DialectId::debian).ok());
  EXPECT_FALSE(parse_schedule("* * * * * *", DialectId::debian).ok());
}

TEST(SupercronicParse, Specials) {
  EXPECT_TRUE(accepted("@daily"));
  EXPECT_TRUE(accepted("@annually"));
  EXPECT_FALSE(accepted("@reboot"));
  EXPECT_FALSE(accepted("@midnight"));
  EXPECT_FALSE(accepted("@DAILY"));
  EXPECT_FALSE(accepted("@every 5m"));
}

// ---- supercronic's crontab lines -------------------------------------------------------------

Crontab crontab(std::string text) {
  ParseOptions options;
  options.dialect = DialectId::supercronic;
  return parse_crontab(std::move(text), options);
}

TEST(SupercronicCrontab, LongestScheduleThatParsesWins) {
  Crontab tab = crontab(
      "15 30 9 * * * 2027 echo seven\n"
      "*/10 * * * * * echo six\n"
      "0 9 * * * echo five\n"
      "@hourly echo special\n"
      "0 9 * * * 2030 backup\n");
  ASSERT_EQ(tab.entries.size(), 5u) << (tab.diagnostics.empty() ? "" : tab.diagnostics[0].message);
  EXPECT_EQ(tab.entries[0].command.raw, "echo seven");
  EXPECT_EQ(tab.entries[0].second_and_year.size(), 2u);
  EXPECT_EQ(tab.entries[0].schedule.extras().seconds, std::bitset<60>{1u << 15});
  EXPECT_EQ(tab.entries[1].command.raw, "echo six");
  EXPECT_EQ(tab.entries[2].command.raw, "echo five");
  EXPECT_TRUE(tab.entries[2].second_and_year.empty());
  EXPECT_EQ(tab.entries[3].command.raw, "echo special");
  // A command word that reads as a year becomes the year field.
  EXPECT_EQ(tab.entries[4].command.raw, "backup");
  EXPECT_EQ(
      schedule_text(tab.entries[0].special, tab.entries[0].fields, tab.entries[0].second_and_year),
      "15 30 9 * * * 2027");
}

TEST(SupercronicCrontab, BadLineRejectsTheFile) {
  Crontab tab = crontab("0 9 * * * ok\n61 * * * * bad\n@reboot boot\n");
  EXPECT_TRUE(tab.whole_file_ignored);
  EXPECT_EQ(tab.rejected.size(), 2u);
  Crontab no_command = crontab("0 9 * * *\n");
  EXPECT_EQ(no_command.entries.size(), 0u);
  ASSERT_FALSE(no_command.diagnostics.empty());
  EXPECT_NE(no_command.diagnostics[0].message.find("missing command"), std::string::npos);
}

// ---- meaning -------------------------------------------------------------------------------

TEST(SupercronicSchedule, DayRuleUnionUnlessAStarOrQuestionMark) {
  // `*/2` is restricted: odd days OR Mondays (Sat 3, Mon 5, Wed 7 Jan 2026).
  EXPECT_EQ(runs("0 0 */2 * 1", "UTC", "2026-01-02T00:00:00Z", 3),
            (std::vector<std::string>{"2026-01-03T00:00:00Z", "2026-01-05T00:00:00Z",
                                      "2026-01-07T00:00:00Z"}));
  // `L,*`: a star item makes the field unrestricted; only Fridays.
  EXPECT_EQ(runs("0 0 L,* * fri", "UTC", "2026-01-01T00:00:00Z", 2),
            (std::vector<std::string>{"2026-01-02T00:00:00Z", "2026-01-09T00:00:00Z"}));
}

TEST(SupercronicSchedule, LastNearestAndNth) {
  EXPECT_EQ(runs("0 0 L * ?", "UTC", "2026-01-31T00:00:00Z", 2),
            (std::vector<std::string>{"2026-02-28T00:00:00Z", "2026-03-31T00:00:00Z"}));
  // 2026-05-31 is a Sunday: LW is Friday 29th.
  EXPECT_EQ(runs("0 0 LW * ?", "UTC", "2026-05-01T00:00:00Z", 1),
            (std::vector<std::string>{"2026-05-29T00:00:00Z"}));
  // 1W in August 2026 (Saturday 1st): Monday 3rd, never July 31st.
  EXPECT_EQ(runs("0 0 1W * ?", "UTC", "2026-07-02T00:00:00Z", 1),
            (std::vector<std::string>{"2026-08-03T00:00:00Z"}));
  // 15W, 2026-02-15 is a Sunday: Monday 16th.
  EXPECT_EQ(runs("0 0 15W * ?", "UTC", "2026-02-01T00:00:00Z", 1),
            (std::vector<std::string>{"2026-02-16T00:00:00Z"}));
  EXPECT_EQ(runs("0 0 ? * 5#3", "UTC", "2026-01-01T00:00:00Z", 2),
            (std::vector<std::string>{"2026-01-16T00:00:00Z", "2026-02-20T00:00:00Z"}));
  EXPECT_EQ(runs("0 0 ? * 5L", "UTC", "2026-01-01T00:00:00Z", 2),
            (std::vector<std::string>{"2026-01-30T00:00:00Z", "2026-02-27T00:00:00Z"}));
  // The fifth Friday exists only in some months (2026: January, May, July, October).
  EXPECT_EQ(runs("0 0 ? * 5#5", "UTC", "2026-01-01T00:00:00Z", 2),
            (std::vector<std::string>{"2026-01-30T00:00:00Z", "2026-05-29T00:00:00Z"}));
}

TEST(SupercronicSchedule, SecondsAndYears) {
  EXPECT_EQ(runs("*/20 * * * * * *", "UTC", "2026-01-01T00:00:00Z", 3),
            (std::vector<std::string>{"2026-01-01T00:00:20Z", "2026-01-01T00:00:40Z",
                                      "2026-01-01T00:01:00Z"}));
  EXPECT_EQ(runs("15 30 9 1 1 * 2027,2030", "UTC", "2026-01-01T00:00:00Z", 3),
            (std::vector<std::string>{"2027-01-01T09:30:15Z", "2030-01-01T09:30:15Z"}));
  // Nothing after 2099, even without a year field.
  EXPECT_EQ(runs("0 0 1 1 *", "UTC", "2098-06-01T00:00:00Z", 5),
            (std::vector<std::string>{"2099-01-01T00:00:00Z"}));
  EXPECT_TRUE(parse("0 0 29 2 * 2027").schedule.never_fires());
  EXPECT_FALSE(parse("0 0 29 2 * 2028").schedule.never_fires());
}

TEST(SupercronicSchedule, NextMatchSecondAgreesWithAWalk) {
  std::mt19937 random(12);
  const std::vector<std::string> texts = {"*/7 * * * * * *", "0,30 5 */3 * * * *",
                                          "59 59 23 L * ? *", "10-20/5 0 0 ? * 1#2 2026-2030"};
  for (const std::string& text : texts) {
    const Schedule s = parse(text).schedule;
    LocalSecond t = LocalSecond{date::local_days{date::year{2026} / 1 / 1}};
    for (int i = 0; i < 30; ++i) {
      std::optional<LocalSecond> next = s.next_match_second(t);
      ASSERT_TRUE(next) << text;
      // No match in between, at minute resolution for the days and seconds within.
      ASSERT_GT(*next, t);
      const auto minute = date::floor<std::chrono::minutes>(*next);
      EXPECT_TRUE(s.matches(minute)) << text;
      EXPECT_TRUE(s.extras().seconds[static_cast<std::size_t>((*next - minute).count())]) << text;
      EXPECT_EQ(s.previous_match_second(*next + 1s), *next) << text;
      EXPECT_EQ(s.next_match_second(*next - 1s), *next) << text;
      t = *next + std::chrono::seconds{random() % 5};
    }
  }
}

// ---- supercronic's loop across daylight-saving changes ----------------------------------------

TEST(SupercronicClock, NewYorkSpringForwardRunsAnHourEarly) {
  // time.Date(02:30) on 2026-03-08 is 01:30 EST.
  EXPECT_EQ(runs("30 2 * * *", "America/New_York", "2026-03-07T12:00:00-05:00", 3),
            (std::vector<std::string>{"2026-03-08T01:30:00-05:00", "2026-03-09T02:30:00-04:00",
                                      "2026-03-10T02:30:00-04:00"}));
  // Next(01:00 EST) is 01:00 EST again; the loop retries until 03:00 EDT, whose own run is
  // then behind it.
  EXPECT_EQ(runs("0 * * * *", "America/New_York", "2026-03-08T00:30:00-05:00", 3),
            (std::vector<std::string>{"2026-03-08T01:00:00-05:00", "2026-03-08T04:00:00-04:00",
                                      "2026-03-08T05:00:00-04:00"}));
}

TEST(SupercronicClock, NewYorkFallBackSkipsTheRepeatedHour) {
  EXPECT_EQ(runs("*/30 * * * *", "America/New_York", "2026-11-01T00:40:00-04:00", 4),
            (std::vector<std::string>{"2026-11-01T01:00:00-04:00", "2026-11-01T01:30:00-04:00",
                                      "2026-11-01T02:00:00-05:00", "2026-11-01T02:30:00-05:00"}));
  EXPECT_EQ(runs("30 1 * * *", "America/New_York", "2026-10-31T12:00:00-04:00", 2),
            (std::vector<std::string>{"2026-11-01T01:30:00-04:00", "2026-11-02T01:30:00-05:00"}));
  // Started inside the repeated hour, every second: nothing until 02:00 EST.
  EXPECT_EQ(runs("* * * * * * *", "America/New_York", "2026-11-01T01:10:00-05:00", 2),
            (std::vector<std::string>{"2026-11-01T02:00:00-05:00", "2026-11-01T02:00:01-05:00"}));
}

TEST(SupercronicClock, BerlinResolvesGapsLater) {
  EXPECT_EQ(runs("30 2 * * *", "Europe/Berlin", "2026-03-28T12:00:00+01:00", 2),
            (std::vector<std::string>{"2026-03-29T03:30:00+02:00", "2026-03-30T02:30:00+02:00"}));
  EXPECT_EQ(runs("*/30 * * * *", "Europe/Berlin", "2026-10-25T01:10:00+02:00", 3),
            (std::vector<std::string>{"2026-10-25T01:30:00+02:00", "2026-10-25T02:00:00+01:00",
                                      "2026-10-25T02:30:00+01:00"}));
}

// ---- explanations --------------------------------------------------------------------------

std::string explain(std::string_view text) {
  ParsedSchedule parsed = parse(text);
  EXPECT_TRUE(parsed.ok()) << text;
  return explain_schedule(parsed.special, parsed.fields, parsed.schedule,
                          ExplainOptions{DialectId::supercronic, false})
      .summary;
}

TEST(SupercronicExplain, SecondsYearsAndQuartzDays) {
  EXPECT_EQ(explain("15 30 9 * * * 2027"), "At 09:30:15 every day, only in 2027.");
  EXPECT_EQ(explain("*/20 * * * * * *"), "Every 20 seconds.");
  EXPECT_EQ(explain("0 0 L * ?"),
            "At 00:00 on the last day of the month ('?' in the day-of-week field means any "
            "value, like '*').");
  EXPECT_EQ(explain("0 9 15W * *"),
            "At 09:00 on the weekday (Monday to Friday) nearest the 15th within the month.");
  EXPECT_EQ(explain("0 9 * * 5#3"), "At 09:00 on the third Friday of the month.");
  EXPECT_EQ(explain("0 9 * * friL"), "At 09:00 on the last Friday of the month.");
  EXPECT_EQ(explain("0 9 L * 1#1"),
            "At 09:00 on the last day of the month or on the first Monday of the month.");
}

}  // namespace
}  // namespace cronkit
