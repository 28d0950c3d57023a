#include "schedule/schedule.hpp"

#include <gtest/gtest.h>

#include "parse/parse.hpp"
#include "schedule_fields.hpp"

namespace cronkit {
namespace {

using testing::local_minute;
using testing::schedule_from_text;

// The next firing after `after` for the schedule `text`, or nothing.
std::optional<LocalMinute> next(std::string_view text, LocalMinute after) {
  return schedule_from_text(text).next_match(after);
}

// ---- the fields ----------------------------------------------------------------------------

TEST(ScheduleNext, EveryMinuteIsTheNextMinute) {
  EXPECT_EQ(next("* * * * *", local_minute(2026, 11, 27, 13, 10)),
            local_minute(2026, 11, 27, 13, 11));
  EXPECT_EQ(next("* * * * *", local_minute(2026, 11, 27, 13, 59)),
            local_minute(2026, 11, 27, 14, 0));
  EXPECT_EQ(next("* * * * *", local_minute(2026, 11, 27, 23, 59)),
            local_minute(2026, 11, 28, 0, 0));
}

TEST(ScheduleNext, IsStrictlyAfter) {
  EXPECT_EQ(next("30 2 * * *", local_minute(2026, 11, 27, 2, 30)),
            local_minute(2026, 11, 28, 2, 30));
  EXPECT_EQ(next("30 2 * * *", local_minute(2026, 11, 27, 2, 29)),
            local_minute(2026, 11, 27, 2, 30));
}

TEST(ScheduleNext, DecemberThirtyFirstRollsIntoTheNextYear) {
  EXPECT_EQ(next("* * * * *", local_minute(2026, 12, 31, 23, 59)), local_minute(2027, 1, 1, 0, 0));
  EXPECT_EQ(next("0 0 1 1 *", local_minute(2026, 6, 1, 12, 0)), local_minute(2027, 1, 1, 0, 0));
  EXPECT_EQ(next("0 0 1 1 *", local_minute(2026, 12, 31, 23, 59)), local_minute(2027, 1, 1, 0, 0));
  EXPECT_EQ(next("0 0 1 1 *", local_minute(2027, 1, 1, 0, 0)), local_minute(2028, 1, 1, 0, 0));
  // Only December: the next one is eleven months away.
  EXPECT_EQ(next("15 10 * dec *", local_minute(2026, 12, 31, 23, 59)),
            local_minute(2027, 12, 1, 10, 15));
}

TEST(ScheduleNext, MinuteStepSevenLeavesAFourMinuteGapAtTheHour) {
  const Schedule s = schedule_from_text("*/7 * * * *");
  for (int m : {0, 7, 14, 21, 28, 35, 42, 49, 56}) EXPECT_TRUE(s.minutes[m]) << m;
  EXPECT_EQ(s.minutes.count(), 9u);
  EXPECT_EQ(s.next_match(local_minute(2026, 1, 1, 10, 0)), local_minute(2026, 1, 1, 10, 7));
  EXPECT_EQ(s.next_match(local_minute(2026, 1, 1, 10, 50)), local_minute(2026, 1, 1, 10, 56));
  EXPECT_EQ(s.next_match(local_minute(2026, 1, 1, 10, 56)), local_minute(2026, 1, 1, 11, 0));
}

TEST(ScheduleNext, HourStepSkipsToTheNextAllowedHourAtItsFirstMinute) {
  EXPECT_EQ(next("23 0-23/2 * * *", local_minute(2026, 1, 1, 0, 24)),
            local_minute(2026, 1, 1, 2, 23));
  EXPECT_EQ(next("23 0-23/2 * * *", local_minute(2026, 1, 1, 22, 23)),
            local_minute(2026, 1, 2, 0, 23));
  EXPECT_EQ(next("10-20/5,45 9,17 * * *", local_minute(2026, 1, 1, 9, 45)),
            local_minute(2026, 1, 1, 17, 10));
}

TEST(ScheduleNext, WeekdaysSkipTheWeekend) {
  // 2026-11-27 is a Friday.
  EXPECT_EQ(next("30 2 * * 1-5", local_minute(2026, 11, 27, 3, 0)),
            local_minute(2026, 11, 30, 2, 30));
  EXPECT_EQ(next("30 2 * * mon-fri", local_minute(2026, 11, 27, 2, 0)),
            local_minute(2026, 11, 27, 2, 30));
}

TEST(ScheduleNext, MonthStepSelectsEveryDayOfThoseMonths) {
  EXPECT_EQ(next("0 0 * */3 *", local_minute(2026, 1, 31, 0, 0)), local_minute(2026, 4, 1, 0, 0));
  EXPECT_EQ(next("0 0 * */3 *", local_minute(2026, 4, 1, 0, 0)), local_minute(2026, 4, 2, 0, 0));
  EXPECT_EQ(next("0 0 * */3 *", local_minute(2026, 10, 31, 0, 0)), local_minute(2027, 1, 1, 0, 0));
}

// ---- days that do not exist ----------------------------------------------------------------

TEST(ScheduleNext, DayThirtyOneOnlyInLongMonths) {
  EXPECT_EQ(next("0 0 31 * *", local_minute(2026, 4, 1, 0, 0)), local_minute(2026, 5, 31, 0, 0));
  EXPECT_EQ(next("0 0 31 * *", local_minute(2026, 5, 31, 0, 0)), local_minute(2026, 7, 31, 0, 0));
  EXPECT_EQ(next("0 0 31 * *", local_minute(2026, 7, 31, 0, 0)), local_minute(2026, 8, 31, 0, 0));
  EXPECT_EQ(next("0 0 30 * *", local_minute(2027, 1, 30, 0, 0)), local_minute(2027, 3, 30, 0, 0));
}

TEST(ScheduleNext, FebruaryTwentyNinthOnlyInLeapYears) {
  EXPECT_EQ(next("0 0 29 2 *", local_minute(2026, 3, 1, 0, 0)), local_minute(2028, 2, 29, 0, 0));
  // 2100 is not a leap year (divisible by 100, not by 400); 2000 was.
  EXPECT_EQ(next("0 0 29 2 *", local_minute(2097, 1, 1, 0, 0)), local_minute(2104, 2, 29, 0, 0));
  EXPECT_EQ(next("0 0 29 2 *", local_minute(1997, 1, 1, 0, 0)), local_minute(2000, 2, 29, 0, 0));
  EXPECT_EQ(next("0 0 29 feb *", local_minute(2028, 2, 28, 23, 59)),
            local_minute(2028, 2, 29, 0, 0));
}

TEST(ScheduleNext, LongestRealGapFebruaryTwentyNinthOnASunday) {
  // `*/7` in the day-of-week field is {0,7} and starts with `*`, so the rule is AND: a February
  // 29 that is a Sunday. After 2088 the next is 2128 (2100 has no February 29).
  EXPECT_EQ(next("0 0 29 2 */7", local_minute(2060, 3, 1, 0, 0)), local_minute(2088, 2, 29, 0, 0));
  EXPECT_EQ(next("0 0 29 2 */7", local_minute(2088, 2, 29, 0, 0)), local_minute(2128, 2, 29, 0, 0));
}

TEST(ScheduleNext, EndsOfTheCalendarGiveNothingInsteadOfWrapping) {
  const Schedule s = schedule_from_text("0 0 1 1 *");
  EXPECT_EQ(s.next_match(local_minute(32767, 6, 1)), std::nullopt);
  EXPECT_EQ(s.next_match(local_minute(32766, 6, 1)), local_minute(32767, 1, 1));
  EXPECT_EQ(s.previous_match(local_minute(-32767, 6, 1)), local_minute(-32767, 1, 1));
  EXPECT_EQ(s.previous_match(local_minute(-32767, 1, 1)), std::nullopt);
  EXPECT_EQ(schedule_from_text("* * * * *").next_match(local_minute(32767, 12, 31, 23, 59)),
            std::nullopt);
}

// ---- previous_match ------------------------------------------------------------------------

std::optional<LocalMinute> previous(std::string_view text, LocalMinute before) {
  return schedule_from_text(text).previous_match(before);
}

TEST(SchedulePrevious, IsStrictlyBefore) {
  EXPECT_EQ(previous("* * * * *", local_minute(2027, 1, 1, 0, 0)),
            local_minute(2026, 12, 31, 23, 59));
  EXPECT_EQ(previous("30 2 * * *", local_minute(2026, 11, 27, 2, 30)),
            local_minute(2026, 11, 26, 2, 30));
  EXPECT_EQ(previous("30 2 * * *", local_minute(2026, 11, 27, 2, 31)),
            local_minute(2026, 11, 27, 2, 30));
}

TEST(SchedulePrevious, JumpsToTheLastMinuteOfTheLastHourOfTheLastDay) {
  EXPECT_EQ(previous("*/7 9-17 * * *", local_minute(2026, 11, 27, 9, 0)),
            local_minute(2026, 11, 26, 17, 56));
  EXPECT_EQ(previous("*/7 9-17 * * *", local_minute(2026, 11, 27, 12, 3)),
            local_minute(2026, 11, 27, 12, 0));
  EXPECT_EQ(previous("*/7 9-17 * * *", local_minute(2026, 11, 27, 12, 0)),
            local_minute(2026, 11, 27, 11, 56));
  // Weekdays: before Monday 2026-11-30 comes Friday 2026-11-27.
  EXPECT_EQ(previous("30 2 * * 1-5", local_minute(2026, 11, 30, 2, 0)),
            local_minute(2026, 11, 27, 2, 30));
  EXPECT_EQ(previous("0 0 31 * *", local_minute(2026, 7, 1)), local_minute(2026, 5, 31));
  EXPECT_EQ(previous("0 0 29 2 *", local_minute(2104, 1, 1)), local_minute(2096, 2, 29));
  EXPECT_EQ(previous("0 0 1-7 * mon", local_minute(2026, 12, 1)), local_minute(2026, 11, 30));
  EXPECT_EQ(previous("0 0 */2 * sun", local_minute(2026, 12, 13)), local_minute(2026, 11, 29));
}

TEST(SchedulePrevious, NothingWhenItNeverFires) {
  EXPECT_EQ(previous("0 0 31 2 *", local_minute(2026, 1, 1)), std::nullopt);
  EXPECT_EQ(previous("0 0 * * 5-1", local_minute(2026, 1, 1)), std::nullopt);
  Schedule reboot;
  reboot.at_reboot = true;
  EXPECT_EQ(reboot.previous_match(local_minute(2026, 1, 1)), std::nullopt);
}

// ---- the day rule --------------------------------------------------------------------------

TEST(ScheduleDayRule, FollowsTheStarFlagsFromTheText) {
  EXPECT_EQ(schedule_from_text("0 0 * * *").day_rule(), DayRule::both_must_match);
  EXPECT_EQ(schedule_from_text("0 0 1,15 * *").day_rule(), DayRule::both_must_match);
  EXPECT_EQ(schedule_from_text("0 0 * * 5").day_rule(), DayRule::both_must_match);
  EXPECT_EQ(schedule_from_text("0 0 */2 * sun").day_rule(), DayRule::both_must_match);
  EXPECT_EQ(schedule_from_text("0 0 1,15 * 5").day_rule(), DayRule::either_may_match);
  EXPECT_EQ(schedule_from_text("0 0 1-31 * 5").day_rule(), DayRule::either_may_match);
}

TEST(ScheduleDayRule, BothRestrictedMeansEitherDay) {
  // 1st, 15th and every Friday. 2026-11-27 is a Friday; 2026-12-01 a Tuesday.
  const Schedule s = schedule_from_text("0 0 1,15 * 5");
  EXPECT_TRUE(s.matches(local_minute(2026, 11, 27, 0, 0)));
  EXPECT_FALSE(s.matches(local_minute(2026, 11, 27, 0, 1)));
  EXPECT_TRUE(s.matches(local_minute(2026, 12, 1, 0, 0)));
  EXPECT_FALSE(s.matches(local_minute(2026, 12, 2, 0, 0)));
  EXPECT_EQ(s.next_match(local_minute(2026, 11, 27, 0, 0)), local_minute(2026, 12, 1, 0, 0));
  EXPECT_EQ(s.next_match(local_minute(2026, 12, 1, 0, 0)), local_minute(2026, 12, 4, 0, 0));
  EXPECT_EQ(s.next_match(local_minute(2026, 12, 11, 0, 0)), local_minute(2026, 12, 15, 0, 0));
}

TEST(ScheduleDayRule, FirstWeekPlusMondayIsNotFirstMonday) {
  const Schedule s = schedule_from_text("0 0 1-7 * mon");
  EXPECT_EQ(s.next_match(local_minute(2026, 11, 27, 0, 0)), local_minute(2026, 11, 30, 0, 0));
  EXPECT_EQ(s.next_match(local_minute(2026, 11, 30, 0, 0)), local_minute(2026, 12, 1, 0, 0));
  EXPECT_EQ(s.next_match(local_minute(2026, 12, 1, 0, 0)), local_minute(2026, 12, 2, 0, 0));
  EXPECT_EQ(s.next_match(local_minute(2026, 12, 7, 0, 0)), local_minute(2026, 12, 14, 0, 0));
}

TEST(ScheduleDayRule, StarStepInDayOfMonthMeansOddSundaysOnly) {
  const Schedule s = schedule_from_text("0 0 */2 * sun");
  // Sundays: 2026-11-29 (odd), 2026-12-06 (even, skipped), 2026-12-13 (odd).
  EXPECT_EQ(s.next_match(local_minute(2026, 11, 27, 0, 0)), local_minute(2026, 11, 29, 0, 0));
  EXPECT_EQ(s.next_match(local_minute(2026, 11, 29, 0, 0)), local_minute(2026, 12, 13, 0, 0));
  EXPECT_FALSE(s.matches(local_minute(2026, 12, 6, 0, 0)));
  EXPECT_FALSE(s.matches(local_minute(2026, 12, 1, 0, 0)));
}

TEST(ScheduleDayRule, StarOneInDayOfMonthMeansFridaysOnly) {
  const Schedule star = schedule_from_text("0 0 */1 * 5");
  EXPECT_EQ(star.next_match(local_minute(2026, 11, 27, 0, 0)), local_minute(2026, 12, 4, 0, 0));
  // Without the star the full day-of-month set ORs in every day.
  const Schedule range = schedule_from_text("0 0 1-31 * 5");
  EXPECT_EQ(range.next_match(local_minute(2026, 11, 27, 0, 0)), local_minute(2026, 11, 28, 0, 0));
}

TEST(ScheduleDayRule, ThirteenthOrFriday) {
  const Schedule s = schedule_from_text("0 0 13 * 5");
  // From Saturday 2026-11-28: Friday 2026-12-04, then 11, then Sunday 13, then Friday 18.
  EXPECT_EQ(s.next_match(local_minute(2026, 11, 28, 0, 0)), local_minute(2026, 12, 4, 0, 0));
  EXPECT_EQ(s.next_match(local_minute(2026, 12, 11, 0, 0)), local_minute(2026, 12, 13, 0, 0));
  EXPECT_EQ(s.next_match(local_minute(2026, 12, 13, 0, 0)), local_minute(2026, 12, 18, 0, 0));
}

TEST(ScheduleDayRule, SevenIsSunday) {
  const LocalMinute friday = local_minute(2026, 11, 27, 0, 0);
  const LocalMinute sunday = local_minute(2026, 11, 29, 0, 0);
  EXPECT_EQ(next("0 0 * * 7", friday), sunday);
  EXPECT_EQ(next("0 0 * * 0", friday), sunday);
  EXPECT_EQ(next("0 0 * * 0,7", friday), sunday);
  // A schedule built with only bit 7 (cron always sets both) still means Sunday.
  Schedule only_seven = schedule_from_text("0 0 * * 1");
  only_seven.days_of_week.reset();
  only_seven.days_of_week.set(7);
  EXPECT_EQ(only_seven.next_match(friday), sunday);
  EXPECT_TRUE(only_seven.matches(sunday));
  EXPECT_TRUE(only_seven.matches_day(date::year{2026} / 11 / 29));
  EXPECT_FALSE(only_seven.matches_day(date::year{2026} / 11 / 30));
}

TEST(ScheduleDayRule, WeekdayStepTwoIsSundayTuesdayThursdaySaturday) {
  const Schedule s = schedule_from_text("0 0 * * */2");
  EXPECT_TRUE(s.days_of_week[7]);
  EXPECT_EQ(s.next_match(local_minute(2026, 11, 27, 0, 0)), local_minute(2026, 11, 28, 0, 0));
  EXPECT_EQ(s.next_match(local_minute(2026, 11, 28, 0, 0)), local_minute(2026, 11, 29, 0, 0));
  EXPECT_EQ(s.next_match(local_minute(2026, 11, 29, 0, 0)), local_minute(2026, 12, 1, 0, 0));
}

TEST(ScheduleDayRule, SpecialsExpandWithCronsFlags) {
  // @weekly: 0 0 * * 0 with DOM_STAR only.
  Schedule weekly;
  weekly.minutes.set(0);
  weekly.hours.set(0);
  weekly.days_of_month.set();
  weekly.days_of_month.reset(0);
  weekly.months.set();
  weekly.months.reset(0);
  weekly.days_of_week.set(0).set(7);
  weekly.day_of_month_star = true;
  EXPECT_EQ(weekly.next_match(local_minute(2026, 11, 27, 0, 0)), local_minute(2026, 11, 29, 0, 0));
  EXPECT_FALSE(weekly.is_wildcard_job());
  // @daily: both day fields full and no flags: OR of two full sets is every day.
  Schedule daily = weekly;
  daily.days_of_week.set();
  daily.day_of_month_star = false;
  EXPECT_EQ(daily.day_rule(), DayRule::either_may_match);
  EXPECT_EQ(daily.next_match(local_minute(2026, 11, 27, 0, 0)), local_minute(2026, 11, 28, 0, 0));
  // @hourly is a wildcard job through HR_STAR.
  Schedule hourly = daily;
  hourly.hours.set();
  hourly.hour_star = true;
  EXPECT_TRUE(hourly.is_wildcard_job());
  EXPECT_EQ(hourly.next_match(local_minute(2026, 11, 27, 5, 0)), local_minute(2026, 11, 27, 6, 0));
}

// The @-strings as the parser expands them, with the star flags Debian's patch sets: without
// them V3 fired @yearly every day of January and @weekly every day.
Schedule special(std::string_view text) {
  const ParsedSchedule result = parse_schedule(text);
  EXPECT_TRUE(result.ok()) << text;
  return result.schedule;
}

TEST(ScheduleSpecials, FireWhenCronFiresThem) {
  const LocalMinute friday = local_minute(2026, 11, 27, 5, 0);
  for (const char* yearly : {"@yearly", "@annually"}) {
    EXPECT_EQ(special(yearly).next_match(friday), local_minute(2027, 1, 1)) << yearly;
    EXPECT_EQ(special(yearly).next_match(local_minute(2027, 1, 1)), local_minute(2028, 1, 1));
  }
  EXPECT_EQ(special("@monthly").next_match(friday), local_minute(2026, 12, 1));
  EXPECT_EQ(special("@monthly").next_match(local_minute(2026, 12, 1)), local_minute(2027, 1, 1));
  EXPECT_EQ(special("@weekly").next_match(friday), local_minute(2026, 11, 29));
  EXPECT_EQ(special("@weekly").next_match(local_minute(2026, 11, 29)), local_minute(2026, 12, 6));
  for (const char* daily : {"@daily", "@midnight"}) {
    EXPECT_EQ(special(daily).next_match(friday), local_minute(2026, 11, 28)) << daily;
    EXPECT_FALSE(special(daily).is_wildcard_job()) << daily;
  }
  EXPECT_EQ(special("@hourly").next_match(friday), local_minute(2026, 11, 27, 6, 0));
  EXPECT_TRUE(special("@hourly").is_wildcard_job());
  const Schedule reboot = special("@reboot");
  EXPECT_TRUE(reboot.at_reboot);
  EXPECT_EQ(reboot.next_match(friday), std::nullopt);
  EXPECT_FALSE(reboot.never_fires());
}

// ---- never --------------------------------------------------------------------------------

void expect_never(std::string_view text, std::string_view why) {
  const Schedule s = schedule_from_text(text);
  EXPECT_TRUE(s.never_fires()) << text;
  EXPECT_EQ(s.why_never_fires(), why) << text;
  EXPECT_EQ(s.next_match(local_minute(2026, 1, 1, 0, 0)), std::nullopt) << text;
  EXPECT_EQ(s.next_match(local_minute(2096, 2, 28, 0, 0)), std::nullopt) << text;
}

void expect_fires(std::string_view text, LocalMinute after, LocalMinute expected) {
  const Schedule s = schedule_from_text(text);
  EXPECT_FALSE(s.never_fires()) << text << ": " << s.why_never_fires();
  EXPECT_EQ(s.why_never_fires(), "") << text;
  EXPECT_EQ(s.next_match(after), expected) << text;
}

TEST(ScheduleNever, EmptyMinuteHourOrMonthSet) {
  expect_never("5-1 * * * *", "the minute field selects no minute");
  expect_never("0 5-1 * * *", "the hour field selects no hour");
  expect_never("0 0 * 5-1 *", "the month field selects no month");
  expect_never("5-1 5-1 * 5-1 *", "the minute field selects no minute");
}

TEST(ScheduleNever, DatesThatDoNotExist) {
  expect_never("0 0 31 2 *", "February has no day 31");
  expect_never("59 23 31 2 *", "February has no day 31");
  expect_never("0 0 30 feb *", "February has no day 30");
  expect_never("0 0 30,31 2 *", "February has no day 30 or 31");
  expect_never("0 0 31 4,6,9,11 *", "April, June, September and November have no day 31");
  expect_never("0 0 31 2,4 *", "February and April have no day 31");
  // With a restricted day of week the rule is OR: Fridays in February do exist.
  expect_fires("0 0 31 2 fri", local_minute(2026, 1, 1), local_minute(2026, 2, 6));
  // Day 30 exists in April, and 31 in March.
  expect_fires("0 0 30 2,4 *", local_minute(2026, 1, 1), local_minute(2026, 4, 30));
  expect_fires("0 0 31 2-3 *", local_minute(2026, 1, 1), local_minute(2026, 3, 31));
}

TEST(ScheduleNever, EmptyDayOfWeekSetFollowsTheDayRule) {
  // DOM starts with `*`: AND with an empty set.
  expect_never("0 0 * * 5-1", "the day-of-week field selects no day");
  expect_never("0 0 */2 * fri-mon", "the day-of-week field selects no day");
  // Debian reads `sat-sun` as 6-0: empty.
  expect_never("0 0 * * 6-0", "the day-of-week field selects no day");
  // Both restricted: OR, so the day of month alone decides.
  expect_fires("0 0 1 * 5-1", local_minute(2026, 11, 27), local_minute(2026, 12, 1));
  expect_fires("0 0 10-12 * 5-1", local_minute(2026, 11, 27), local_minute(2026, 12, 10));
  expect_never("0 0 31 2 5-1", "February has no day 31");
}

TEST(ScheduleNever, EmptyDayOfMonthSetFollowsTheDayRule) {
  // DOW starts with `*`: AND with an empty day-of-month set.
  expect_never("0 0 5-1 * *", "the day-of-month field selects no day");
  // Both restricted: OR, so the day of week alone decides.
  expect_fires("0 0 5-1 * 1", local_minute(2026, 11, 27), local_minute(2026, 11, 30));
  expect_never("0 0 5-1 * 5-1", "neither the day-of-month nor the day-of-week field selects a day");
}

TEST(ScheduleNever, LeapDayIsNotNever) {
  expect_fires("0 0 29 2 *", local_minute(2097, 1, 1), local_minute(2104, 2, 29));
  expect_fires("0 0 29 2 */7", local_minute(2089, 1, 1), local_minute(2128, 2, 29));
}

TEST(ScheduleNever, RebootIsNotTimeBased) {
  Schedule reboot;
  reboot.at_reboot = true;
  EXPECT_EQ(reboot.next_match(local_minute(2026, 1, 1)), std::nullopt);
  EXPECT_FALSE(reboot.matches(local_minute(2026, 1, 1)));
  // It does fire, at boot: that is not "never".
  EXPECT_FALSE(reboot.never_fires());
}

TEST(ScheduleNever, DefaultScheduleSelectsNothing) {
  const Schedule empty;
  EXPECT_TRUE(empty.never_fires());
  EXPECT_EQ(empty.next_match(local_minute(2026, 1, 1)), std::nullopt);
  EXPECT_FALSE(empty.matches(local_minute(2026, 1, 1)));
}

// ---- matches -------------------------------------------------------------------------------

TEST(ScheduleMatches, ChecksEveryField) {
  const Schedule s = schedule_from_text("30 2 15 jun *");
  EXPECT_TRUE(s.matches(local_minute(2026, 6, 15, 2, 30)));
  EXPECT_FALSE(s.matches(local_minute(2026, 6, 15, 2, 31)));
  EXPECT_FALSE(s.matches(local_minute(2026, 6, 15, 3, 30)));
  EXPECT_FALSE(s.matches(local_minute(2026, 6, 16, 2, 30)));
  EXPECT_FALSE(s.matches(local_minute(2026, 7, 15, 2, 30)));
  EXPECT_TRUE(s.matches(local_minute(1970, 6, 15, 2, 30)));
  EXPECT_TRUE(s.matches(local_minute(1900, 6, 15, 2, 30)));
}

TEST(ScheduleMatches, InvalidDatesNeverMatch) {
  const Schedule s = schedule_from_text("* * * * *");
  EXPECT_TRUE(s.matches_day(date::year{2028} / 2 / 29));
  EXPECT_FALSE(s.matches_day(date::year{2100} / 2 / 29));
  EXPECT_FALSE(s.matches_day(date::year{2026} / 2 / 30));
  EXPECT_FALSE(s.matches_day(date::year{2026} / 4 / 31));
}

TEST(ScheduleMatches, WildcardJobFollowsMinuteAndHourStars) {
  EXPECT_TRUE(schedule_from_text("*/5 3 * * *").is_wildcard_job());
  EXPECT_TRUE(schedule_from_text("0 */2 * * *").is_wildcard_job());
  EXPECT_FALSE(schedule_from_text("0 0-23/2 * * *").is_wildcard_job());
  EXPECT_FALSE(schedule_from_text("0-59 0-23 * * *").is_wildcard_job());
}

// The members only some schedulers use live in a separate block: reading them from a schedule
// that has none gives the defaults, and a copy owns its own block.
TEST(ScheduleExtras, ReadWithoutABlockGivesTheDefaults) {
  const Schedule schedule;
  EXPECT_EQ(schedule.extras().seconds, std::bitset<60>{1});
  EXPECT_FALSE(schedule.extras().years_limited);
  EXPECT_FALSE(schedule.extras().quartz.any());
  EXPECT_FALSE(schedule.is_rate_or_one_time());
  EXPECT_TRUE(schedule.year_allowed(2300));
}

TEST(ScheduleExtras, ACopyOwnsItsBlock) {
  Schedule original;
  original.writable_extras().seconds = std::bitset<60>{1u << 15};
  original.writable_extras().rate = std::chrono::minutes{5};
  Schedule copy = original;
  copy.writable_extras().seconds.set(30);
  copy.writable_extras().rate = std::chrono::minutes{10};
  EXPECT_EQ(original.extras().seconds, std::bitset<60>{1u << 15});
  EXPECT_EQ(original.extras().rate, std::chrono::minutes{5});
  EXPECT_TRUE(copy.extras().seconds.test(15));
  EXPECT_TRUE(copy.extras().seconds.test(30));
  Schedule assigned;
  assigned = copy;
  EXPECT_EQ(assigned.extras().rate, std::chrono::minutes{10});
  EXPECT_TRUE(assigned.is_rate_or_one_time());
}

// A crontab line for a Vixie-style cron has none of them, so its entry stays small.
TEST(ScheduleExtras, AnOrdinaryCrontabLineHasNoBlock) {
  const Crontab tab = parse_crontab("*/5 9-17 * * mon-fri /usr/bin/true\n", {});
  ASSERT_EQ(tab.entries.size(), 1u);
  EXPECT_EQ(&tab.entries[0].schedule.extras(), &Schedule{}.extras());
}

}  // namespace
}  // namespace cronkit
