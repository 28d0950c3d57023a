// Schedules as systemd calendar expressions: every shape of field, cron's day rule as one or two
// expressions, and the schedules that have no expression.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "export/calendar.hpp"
#include "parse/parse.hpp"

namespace cronkit::exporter {
namespace {

std::vector<std::string> calendar(std::string_view text, std::string_view zone = {},
                                  DialectId dialect = DialectId::debian) {
  ParsedSchedule parsed = parse_schedule(text, dialect);
  EXPECT_TRUE(parsed.ok()) << text;
  return on_calendar(parsed.schedule, zone);
}

using Lines = std::vector<std::string>;

TEST(OnCalendar, FixedTimesAndWildcards) {
  EXPECT_EQ(calendar("30 2 * * *"), Lines{"*-*-* 02:30:00"});
  EXPECT_EQ(calendar("* * * * *"), Lines{"*-*-* *:*:00"});
  EXPECT_EQ(calendar("0 9 1,15 * *"), Lines{"*-*-01,15 09:00:00"});
  EXPECT_EQ(calendar("0 0 1 1 *"), Lines{"*-01-01 00:00:00"});
}

TEST(OnCalendar, StepsAreListedNeverRepeatedWithSlash) {
  // systemd's own `A/N` goes wrong right after a boundary (see calendar.cpp): values are listed.
  EXPECT_EQ(calendar("*/15 * * * *"), Lines{"*-*-* *:00,15,30,45:00"});
  // cron's */7 restarts every hour (:56, then :00): so does the list.
  EXPECT_EQ(calendar("*/7 * * * *"), Lines{"*-*-* *:00,07,14,21,28,35,42,49,56:00"});
  EXPECT_EQ(calendar("0 0 */8 * *"), Lines{"*-*-01,09,17,25 00:00:00"});
  EXPECT_EQ(calendar("0 0 1 */3 *"), Lines{"*-01,04,07,10-01 00:00:00"});
  EXPECT_EQ(calendar("0-30/10 * * * *"), Lines{"*-*-* *:00,10,20,30:00"});
}

TEST(OnCalendar, RunsOfThreeOrMoreAreRanges) {
  EXPECT_EQ(calendar("0 9-17 * * *"), Lines{"*-*-* 09..17:00:00"});
  EXPECT_EQ(calendar("0,1,2,5 * * * *"), Lines{"*-*-* *:00..02,05:00"});
  EXPECT_EQ(calendar("0,30 2 * * *"), Lines{"*-*-* 02:00,30:00"});
}

TEST(OnCalendar, WeekdaysAreNamedMondayFirstAndNeverStepped) {
  EXPECT_EQ(calendar("0 9 * * 1-5"), Lines{"Mon..Fri *-*-* 09:00:00"});
  EXPECT_EQ(calendar("0 0 * * */2"), Lines{"Tue,Thu,Sat,Sun *-*-* 00:00:00"});
  EXPECT_EQ(calendar("0 0 * * 0"), calendar("0 0 * * 7"));
  EXPECT_EQ(calendar("0 0 * * 0"), Lines{"Sun *-*-* 00:00:00"});
  EXPECT_EQ(calendar("0 0 * * fri-sun", {}, DialectId::cronie), Lines{"Fri..Sun *-*-* 00:00:00"});
  EXPECT_EQ(calendar("0 0 * * 0-6"), Lines{"*-*-* 00:00:00"});
}

TEST(OnCalendar, BothDayFieldsRestrictedAreOredAsTwoExpressions) {
  EXPECT_EQ(calendar("0 0 1 * 1"), (Lines{"*-*-01 00:00:00", "Mon *-*-* 00:00:00"}));
  EXPECT_EQ(calendar("0 4 15-21 6 sat"), (Lines{"*-06-15..21 04:00:00", "Sat *-06-* 04:00:00"}));
  // A side that allows every day makes every day.
  EXPECT_EQ(calendar("0 0 1-31 * 1"), Lines{"*-*-* 00:00:00"});
}

TEST(OnCalendar, AFieldStartingWithStarMakesCronAndTheDaysLikeSystemd) {
  // Debian's cron: `*/2` starts with `*`, so the days must match both fields.
  EXPECT_EQ(calendar("0 0 */8 * 1"), Lines{"Mon *-*-01,09,17,25 00:00:00"});
}

TEST(OnCalendar, SpecialsAndTheZone) {
  EXPECT_EQ(calendar("@hourly"), Lines{"*-*-* *:00:00"});
  EXPECT_EQ(calendar("@weekly"), Lines{"Sun *-*-* 00:00:00"});  // not systemd's Monday `weekly`
  EXPECT_EQ(calendar("@yearly", "Europe/Berlin"), Lines{"*-01-01 00:00:00 Europe/Berlin"});
}

TEST(OnCalendar, SecondsAndYearsOfSupercronic) {
  EXPECT_EQ(calendar("*/20 30 9 * * * *", {}, DialectId::supercronic),
            Lines{"1970..2099-*-* 09:30:00,20,40"});
  EXPECT_EQ(calendar("0 9 * * * 2027", {}, DialectId::supercronic), Lines{"2027-*-* 09:00:00"});
}

TEST(OnCalendar, NoExpressionForRebootNeverAndQuartzDays) {
  for (const auto& [text, dialect] :
       {std::pair{"@reboot", DialectId::debian}, std::pair{"0 0 31 2 *", DialectId::debian},
        std::pair{"0 0 L * *", DialectId::supercronic}}) {
    ParsedSchedule parsed = parse_schedule(text, dialect);
    ASSERT_TRUE(parsed.ok()) << text;
    EXPECT_TRUE(on_calendar(parsed.schedule, {}).empty()) << text;
    EXPECT_TRUE(why_no_calendar(parsed.schedule).has_value()) << text;
  }
  EXPECT_EQ(why_no_calendar(parse_schedule("0 0 31 2 *").schedule),
            "it never fires: February has no day 31");
}

}  // namespace
}  // namespace cronkit::exporter
