// Property test: next_match(), matches() and never_fires() against a brute-force walk over the
// calendar on thousands of random schedules. The generator is seeded; a failure prints the seed,
// the case number, the schedule text and the start minute, so it can be replayed exactly.

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "parse/parse.hpp"
#include "schedule/schedule.hpp"
#include "schedule_fields.hpp"

namespace cronkit {
namespace {

using testing::local_minute;
using testing::schedule_from_text;

constexpr std::uint32_t property_seed = 20261127;

// ---- random schedule text -------------------------------------------------------------------

struct FieldShape {
  int low;
  int high;
  std::vector<int> interesting;  // values drawn more often than the rest
  std::vector<const char*> names;
};

const FieldShape minute_shape{0, 59, {0, 1, 30, 58, 59}, {}};
const FieldShape hour_shape{0, 23, {0, 1, 2, 12, 22, 23}, {}};
const FieldShape dom_shape{1, 31, {1, 2, 13, 28, 29, 30, 31}, {}};
const FieldShape month_shape{
    1,
    12,
    {1, 2, 4, 6, 9, 11, 12},
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}};
const FieldShape dow_shape{
    0, 7, {0, 1, 5, 6, 7}, {"sun", "mon", "tue", "wed", "thu", "fri", "sat"}};

class Generator {
 public:
  explicit Generator(std::uint32_t seed) : rng_(seed) {}

  int uniform(int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng_); }
  bool chance(int percent) { return uniform(1, 100) <= percent; }

  std::string value(const FieldShape& f) {
    const int v = chance(40) ? f.interesting[static_cast<std::size_t>(
                                   uniform(0, static_cast<int>(f.interesting.size()) - 1))]
                             : uniform(f.low, f.high);
    // Names exist for months (1-12) and weekdays 0-6 (7 has no name).
    if (!f.names.empty() && chance(25)) {
      const int index = v - f.low;
      if (index >= 0 && index < static_cast<int>(f.names.size())) {
        return f.names[static_cast<std::size_t>(index)];
      }
    }
    return std::to_string(v);
  }

  static int number(const std::string& value) {
    static const char* const names[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    static const char* const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 7; ++i) {
      if (value == names[i]) return i;
    }
    for (int i = 0; i < 12; ++i) {
      if (value == months[i]) return i + 1;
    }
    return std::stoi(value);
  }

  std::string item(const FieldShape& f) {
    const int kind = uniform(0, 99);
    if (kind < 20) return "*";
    if (kind < 35) return "*/" + std::to_string(uniform(1, f.high));
    if (kind < 60) return value(f);
    // Ranges, sometimes reversed (cron: selects nothing), sometimes with a step.
    std::string first = value(f);
    std::string last = value(f);
    if (chance(80) && number(first) > number(last)) std::swap(first, last);
    std::string range = first + "-" + last;
    if (kind >= 85) range += "/" + std::to_string(uniform(1, f.high));
    return range;
  }

  std::string field(const FieldShape& f) {
    std::string text = item(f);
    for (int extra = chance(30) ? uniform(1, 3) : 0; extra > 0; --extra) text += "," + item(f);
    return text;
  }

  std::string schedule() {
    if (chance(3)) {
      static const char* const specials[] = {"@yearly", "@annually", "@monthly", "@weekly",
                                             "@daily",  "@midnight", "@hourly"};
      return specials[uniform(0, 6)];
    }
    return field(minute_shape) + " " + field(hour_shape) + " " + field(dom_shape) + " " +
           field(month_shape) + " " + field(dow_shape);
  }

  LocalMinute start() {
    int y = uniform(1995, 2110);
    if (chance(10)) y = 2100;
    unsigned m = static_cast<unsigned>(uniform(1, 12));
    unsigned d = static_cast<unsigned>(uniform(1, 31));
    unsigned h = static_cast<unsigned>(uniform(0, 23));
    unsigned mi = static_cast<unsigned>(uniform(0, 59));
    if (chance(15)) {  // the last minute of a month or year
      if (chance(30)) m = 12;
      d = 31;
      h = 23;
      mi = 59;
    }
    if (chance(10)) m = 2;
    const auto last = static_cast<unsigned>((date::year{y} / date::month{m} / date::last).day());
    return local_minute(y, m, std::min(d, last), h, mi);
  }

 private:
  std::mt19937 rng_;
};

// The schedule as the parser builds it from the text (Debian's cron). For five-field text, the
// parser's sets and flags must also equal the test helper's straightforward expansion.
Schedule parsed(const std::string& text) {
  const ParsedSchedule result = parse_schedule(text);
  EXPECT_TRUE(result.ok()) << "'" << text << "' does not parse";
  if (text.front() != '@') {
    const Schedule expanded = schedule_from_text(text);
    const Schedule& s = result.schedule;
    EXPECT_EQ(s.minutes, expanded.minutes) << text;
    EXPECT_EQ(s.hours, expanded.hours) << text;
    EXPECT_EQ(s.days_of_month, expanded.days_of_month) << text;
    EXPECT_EQ(s.months, expanded.months) << text;
    EXPECT_EQ(s.days_of_week, expanded.days_of_week) << text;
    EXPECT_EQ(s.minute_star, expanded.minute_star) << text;
    EXPECT_EQ(s.hour_star, expanded.hour_star) << text;
    EXPECT_EQ(s.day_of_month_star, expanded.day_of_month_star) << text;
    EXPECT_EQ(s.day_of_week_star, expanded.day_of_week_star) << text;
  }
  return result.schedule;
}

// ---- the reference: cron's predicate, evaluated field by field -------------------------------

bool reference_day(const Schedule& s, date::year_month_day ymd) {
  const unsigned wd = date::weekday{date::sys_days{ymd}}.c_encoding();
  const bool dom = s.days_of_month[static_cast<unsigned>(ymd.day())];
  const bool dow = s.days_of_week[wd];
  const bool day = (s.day_of_month_star || s.day_of_week_star) ? (dom && dow) : (dom || dow);
  return s.months[static_cast<unsigned>(ymd.month())] && day;
}

bool reference_matches(const Schedule& s, LocalMinute t) {
  const auto day = date::floor<date::days>(t);
  const date::hh_mm_ss<std::chrono::minutes> time{t - day};
  return s.minutes[static_cast<std::size_t>(time.minutes().count())] &&
         s.hours[static_cast<std::size_t>(time.hours().count())] &&
         reference_day(s, date::year_month_day{day});
}

// The first matching minute in (after, limit_day): a walk over every day, and on a matching
// day over every minute.
std::optional<LocalMinute> brute_next(const Schedule& s, LocalMinute after,
                                      date::local_days limit) {
  const LocalMinute start = after + std::chrono::minutes{1};
  const auto first_day = date::floor<date::days>(start);
  for (auto day = first_day; day < limit; day += date::days{1}) {
    if (!reference_day(s, date::year_month_day{day})) continue;
    const int from = day == first_day ? static_cast<int>((start - LocalMinute{day}).count()) : 0;
    for (int minute = from; minute < 24 * 60; ++minute) {
      if (s.hours[static_cast<std::size_t>(minute / 60)] &&
          s.minutes[static_cast<std::size_t>(minute % 60)]) {
        return LocalMinute{day} + std::chrono::minutes{minute};
      }
    }
  }
  return std::nullopt;
}

// The last matching minute in [limit_day, before), walking backwards.
std::optional<LocalMinute> brute_previous(const Schedule& s, LocalMinute before,
                                          date::local_days limit) {
  const LocalMinute start = before - std::chrono::minutes{1};
  const auto first_day = date::floor<date::days>(start);
  for (auto day = first_day; day >= limit; day -= date::days{1}) {
    if (!reference_day(s, date::year_month_day{day})) continue;
    const int from =
        day == first_day ? static_cast<int>((start - LocalMinute{day}).count()) : 24 * 60 - 1;
    for (int minute = from; minute >= 0; --minute) {
      if (s.hours[static_cast<std::size_t>(minute / 60)] &&
          s.minutes[static_cast<std::size_t>(minute % 60)]) {
        return LocalMinute{day} + std::chrono::minutes{minute};
      }
    }
  }
  return std::nullopt;
}

std::string show(LocalMinute t) {
  return date::format("%F %R", t);
}

// ---- the properties ---------------------------------------------------------------------------

TEST(ScheduleProperty, NextMatchAgreesWithABruteForceWalk) {
  Generator gen(property_seed);
  constexpr int cases = 4000;
  constexpr int steps = 4;  // consecutive next_match calls per case
  int failures = 0;
  int fired = 0;
  int never = 0;
  int long_gaps = 0;
  for (int c = 0; c < cases && failures < 10; ++c) {
    const std::string text = gen.schedule();
    const Schedule s = parsed(text);
    LocalMinute after = gen.start();
    SCOPED_TRACE("seed " + std::to_string(property_seed) + " case " + std::to_string(c) + ": '" +
                 text + "' after " + show(after));
    if (s.never_fires()) {
      ++never;
      EXPECT_EQ(s.next_match(after), std::nullopt);
      // Nothing within 4 years; for a sample nothing in 28 years (the weekday/date patterns
      // repeat about that often), and for a few nothing in a whole 400-year cycle.
      const auto years = never <= 5     ? date::years{400}
                         : never <= 100 ? date::years{28}
                                        : date::years{4};
      const auto from = date::year_month_day{date::floor<date::days>(after)};
      const auto found = brute_next(s, after, date::local_days{from + years});
      EXPECT_EQ(found, std::nullopt) << "never_fires() says: " << s.why_never_fires();
      if (found) ++failures;
      continue;
    }
    EXPECT_EQ(s.why_never_fires(), "");
    for (int step = 0; step < steps; ++step) {
      const auto got = s.next_match(after);
      if (!got) {
        ADD_FAILURE() << "no next match after " << show(after) << " but never_fires() is false";
        ++failures;
        break;
      }
      // Walk up to the answer (and 4 years at least): it must be the first match.
      const auto horizon =
          date::local_days{date::year_month_day{date::floor<date::days>(after)} + date::years{4}};
      const auto walk_limit = std::max(horizon, date::floor<date::days>(*got) + date::days{1});
      const auto expected = brute_next(s, after, walk_limit);
      if (got != expected) {
        ADD_FAILURE() << "after " << show(after) << ": next_match " << show(*got)
                      << ", brute force " << (expected ? show(*expected) : "nothing");
        ++failures;
        break;
      }
      if (*got >= LocalMinute{horizon}) ++long_gaps;
      ++fired;
      after = *got;
    }
  }
  // The generator must exercise every branch, or the property says little.
  EXPECT_GT(never, 100);
  EXPECT_GT(long_gaps, 5);
  EXPECT_GT(fired, 10000);
  RecordProperty("never", never);
  RecordProperty("long_gaps", long_gaps);
  RecordProperty("fired", fired);
}

TEST(ScheduleProperty, PreviousMatchAgreesWithABackwardWalk) {
  Generator gen(property_seed + 3);
  int failures = 0;
  int found = 0;
  for (int c = 0; c < 2000 && failures < 10; ++c) {
    const std::string text = gen.schedule();
    const Schedule s = parsed(text);
    LocalMinute before = gen.start();
    SCOPED_TRACE("seed " + std::to_string(property_seed + 3) + " case " + std::to_string(c) +
                 ": '" + text + "' before " + show(before));
    if (s.never_fires()) {
      EXPECT_EQ(s.previous_match(before), std::nullopt);
      continue;
    }
    for (int step = 0; step < 3; ++step) {
      const auto got = s.previous_match(before);
      if (!got) {
        ADD_FAILURE() << "no previous match before " << show(before);
        ++failures;
        break;
      }
      const auto expected = brute_previous(s, before, date::floor<date::days>(*got));
      if (got != expected) {
        ADD_FAILURE() << "before " << show(before) << ": previous_match " << show(*got)
                      << ", brute force " << (expected ? show(*expected) : "nothing");
        ++failures;
        break;
      }
      // The two directions agree: the next firing after the previous one is at or after `before`.
      EXPECT_GE(s.next_match(*got), before);
      ++found;
      before = *got;
    }
  }
  EXPECT_GT(found, 3000);
}

TEST(ScheduleProperty, MatchesAgreesWithCronsPredicate) {
  Generator gen(property_seed + 1);
  int failures = 0;
  int matched = 0;
  for (int c = 0; c < 3000 && failures < 10; ++c) {
    const std::string text = gen.schedule();
    const Schedule s = parsed(text);
    SCOPED_TRACE("seed " + std::to_string(property_seed + 1) + " case " + std::to_string(c) +
                 ": '" + text + "'");
    // Random minutes, and every minute of one random day's first and last hours.
    for (int i = 0; i < 50; ++i) {
      const LocalMinute t = gen.start();
      if (s.matches(t) != reference_matches(s, t)) {
        ADD_FAILURE() << "matches(" << show(t) << ") is " << s.matches(t);
        ++failures;
      }
      matched += s.matches(t);
      const date::year_month_day day{date::floor<date::days>(t)};
      EXPECT_EQ(s.matches_day(day), reference_day(s, day)) << show(t);
    }
    const auto day = date::floor<date::days>(gen.start());
    for (int minute = 0; minute < 24 * 60; minute += 37) {
      const LocalMinute t = LocalMinute{day} + std::chrono::minutes{minute};
      EXPECT_EQ(s.matches(t), reference_matches(s, t)) << show(t);
    }
  }
  EXPECT_GT(matched, 1000);
}

TEST(ScheduleProperty, DayRuleFlagsComeFromTheTextsFirstCharacter) {
  Generator gen(property_seed + 2);
  int either = 0;
  int both = 0;
  for (int c = 0; c < 2000; ++c) {
    const std::string text = gen.schedule();
    if (text.front() == '@') continue;
    const Schedule s = parsed(text);
    const auto dom = text.substr(text.find(' ', text.find(' ') + 1) + 1);
    const auto dow = text.substr(text.rfind(' ') + 1);
    const bool restricted = dom.front() != '*' && dow.front() != '*';
    EXPECT_EQ(s.day_rule(), restricted ? DayRule::either_may_match : DayRule::both_must_match)
        << text;
    EXPECT_EQ(s.days_of_week[0], s.days_of_week[7]) << text;
    (restricted ? either : both) += 1;
  }
  EXPECT_GT(either, 200);
  EXPECT_GT(both, 200);
}

}  // namespace
}  // namespace cronkit
