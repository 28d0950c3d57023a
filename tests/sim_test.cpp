// The simulator against the daemon's clock (docs/semantics.md §12), the D1-D8 cases, the 2026
// observations of the real daemon, and a brute-force walk of the daemon's loop over every minute.

#include <gtest/gtest.h>

#include "text/json.hpp"

#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "sim/load.hpp"
#include "sim/render.hpp"
#include "sim/simulate.hpp"
#include "support/schedule_support.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

using namespace std::chrono_literals;

using testing::zone;

// Schedules built field by field (the parser is tested elsewhere). Every field starts as `*`.
struct Build {
  Schedule s;
  Build() {
    s.minutes.set();
    s.hours.set();
    s.days_of_month.set();
    s.days_of_month.reset(0);
    s.months.set();
    s.months.reset(0);
    s.days_of_week.set();
    s.minute_star = s.hour_star = s.day_of_month_star = s.day_of_week_star = true;
  }
  template <std::size_t N>
  static void assign(std::bitset<N>& bits, std::initializer_list<int> values) {
    bits.reset();
    for (int v : values) bits.set(static_cast<std::size_t>(v));
  }
  Build& minute(std::initializer_list<int> v) {
    return assign(s.minutes, v), s.minute_star = false, *this;
  }
  Build& hour(std::initializer_list<int> v) {
    return assign(s.hours, v), s.hour_star = false, *this;
  }
  Build& dom(std::initializer_list<int> v) {
    return assign(s.days_of_month, v), s.day_of_month_star = false, *this;
  }
  Build& month(std::initializer_list<int> v) { return assign(s.months, v), *this; }
  Build& dow(std::initializer_list<int> v) {
    assign(s.days_of_week, v);
    if (s.days_of_week.test(0) || s.days_of_week.test(7)) s.days_of_week.set(0).set(7);
    return s.day_of_week_star = false, *this;
  }
  // `*/step` in the minute or hour field: a wildcard field with a step.
  Build& minute_every(int step) {
    s.minutes.reset();
    for (int m = 0; m < 60; m += step) s.minutes.set(m);
    return s.minute_star = true, *this;
  }
  Build& hour_every(int step) {
    s.hours.reset();
    for (int h = 0; h < 24; h += step) s.hours.set(h);
    return s.hour_star = true, *this;
  }
  operator Schedule() const { return s; }
};

date::sys_seconds parse(const char* text, const char* zone_name) {
  std::string error;
  auto t = parse_time(text, zone(zone_name), error);
  EXPECT_TRUE(t.has_value()) << error;
  return t.value_or(date::sys_seconds{});
}

// "TIME" per firing, plus " late" for catch-ups and " #job" when several jobs are simulated.
std::vector<std::string> run(std::vector<SimJob> jobs, const char* zone_name, const char* from,
                             const char* to, DialectId dialect = DialectId::debian) {
  SimOptions options;
  options.zone = &zone(zone_name);
  options.dialect = dialect;
  options.from = parse(from, zone_name);
  options.to = parse(to, zone_name);
  std::vector<std::string> lines;
  for (const Firing& f : simulate(jobs, options)) {
    std::string line = format_rfc3339(f.instant, *options.zone);
    if (jobs.size() > 1) line += " #" + std::to_string(f.job);
    if (f.catch_up) line += " late";
    lines.push_back(line);
  }
  return lines;
}

std::vector<std::string> run1(Schedule schedule, const char* zone_name, const char* from,
                              const char* to, DialectId dialect = DialectId::debian) {
  return run({SimJob{schedule, nullptr}}, zone_name, from, to, dialect);
}

using Lines = std::vector<std::string>;

// ---- The classic DST cases D1-D8 (America/New_York, 2025) --------------------------------------

TEST(ModelB, D1FixedTimeJobInTheSkippedHourRunsOnceRightAfterTheJump) {
  EXPECT_EQ(run1(Build().minute({30}).hour({2}), "America/New_York", "2025-03-08", "2025-03-11"),
            (Lines{"2025-03-08T02:30:00-05:00", "2025-03-09T03:00:00-04:00 late",
                   "2025-03-10T02:30:00-04:00"}));
}

TEST(ModelB, D2WildcardJobIsNotCaughtUp) {
  EXPECT_EQ(
      run1(Build().minute_every(5), "America/New_York", "2025-03-09T01:50", "2025-03-09T03:10"),
      (Lines{"2025-03-09T01:50:00-05:00", "2025-03-09T01:55:00-05:00", "2025-03-09T03:00:00-04:00",
             "2025-03-09T03:05:00-04:00"}));
}

TEST(ModelB, D3HourStarMakesAWildcardJob) {
  EXPECT_EQ(run1(Build().minute({30}), "America/New_York", "2025-03-09T00:00", "2025-03-09T05:00"),
            (Lines{"2025-03-09T00:30:00-05:00", "2025-03-09T01:30:00-05:00",
                   "2025-03-09T03:30:00-04:00", "2025-03-09T04:30:00-04:00"}));
}

TEST(ModelB, D4JobAtTheFirstMinuteAfterTheJumpRunsOnceAndOnTime) {
  EXPECT_EQ(run1(Build().minute({0}).hour({3}), "America/New_York", "2025-03-09", "2025-03-10"),
            (Lines{"2025-03-09T03:00:00-04:00"}));
}

TEST(ModelB, D5FixedTimeJobInTheRepeatedHourRunsOnlyInTheFirstPass) {
  EXPECT_EQ(run1(Build().minute({30}).hour({1}), "America/New_York", "2025-11-01", "2025-11-04"),
            (Lines{"2025-11-01T01:30:00-04:00", "2025-11-02T01:30:00-04:00",
                   "2025-11-03T01:30:00-05:00"}));
}

TEST(ModelB, D6EveryMinuteRunsEveryRealMinuteThroughTheRepeatedHour) {
  Lines lines = run1(Build(), "America/New_York", "2025-11-02T00:00", "2025-11-02T03:00");
  ASSERT_EQ(lines.size(), 240u);  // 00:00-00:59 EDT, 01:00-01:59 twice, 02:00-02:59 EST
  EXPECT_EQ(lines[60], "2025-11-02T01:00:00-04:00");
  EXPECT_EQ(lines[119], "2025-11-02T01:59:00-04:00");
  EXPECT_EQ(lines[120], "2025-11-02T01:00:00-05:00");
  EXPECT_EQ(lines[180], "2025-11-02T02:00:00-05:00");
}

TEST(ModelB, D7HourlyWildcardRunsInBothPasses) {
  EXPECT_EQ(run1(Build().minute({0}), "America/New_York", "2025-11-02T00:00", "2025-11-02T03:00"),
            (Lines{"2025-11-02T00:00:00-04:00", "2025-11-02T01:00:00-04:00",
                   "2025-11-02T01:00:00-05:00", "2025-11-02T02:00:00-05:00"}));
}

TEST(ModelB, D8ExplicitHourRangeIsAFixedTimeJob) {
  Schedule every_hour = Build().minute({0}).hour(
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23});
  EXPECT_EQ(run1(every_hour, "America/New_York", "2025-11-02T00:00", "2025-11-02T03:00"),
            (Lines{"2025-11-02T00:00:00-04:00", "2025-11-02T01:00:00-04:00",
                   "2025-11-02T02:00:00-05:00"}));
}

// ---- The 2026 observations of Debian's cron under libfaketime (docs/semantics.md §12) ---

TEST(ModelB, Observed2026SpringNewYork) {
  const char* z = "America/New_York";
  const char* from = "2026-03-08T00:00";
  const char* to = "2026-03-08T03:01";
  EXPECT_EQ(run1(Build().minute({30}).hour({2}), z, from, to),
            (Lines{"2026-03-08T03:00:00-04:00 late"}));
  EXPECT_EQ(run1(Build().minute({0, 30}).hour({2}), z, from, to),
            (Lines{"2026-03-08T03:00:00-04:00 late", "2026-03-08T03:00:00-04:00 late"}));
  EXPECT_EQ(run1(Build().minute_every(20).hour({2}), z, from, to), Lines{});
  EXPECT_EQ(run1(Build().hour({2}), z, from, to), Lines{});
  EXPECT_EQ(run1(Build().minute({0, 20, 40}).hour({2}), z, from, to),
            (Lines{"2026-03-08T03:00:00-04:00 late", "2026-03-08T03:00:00-04:00 late",
                   "2026-03-08T03:00:00-04:00 late"}));
  EXPECT_EQ(run1(Build().minute_every(15), z, "2026-03-08T01:40", to),
            (Lines{"2026-03-08T01:45:00-05:00", "2026-03-08T03:00:00-04:00"}));
}

TEST(ModelB, Observed2026AutumnNewYork) {
  const char* z = "America/New_York";
  const char* from = "2026-11-01T00:00";
  const char* to = "2026-11-01T03:00";
  EXPECT_EQ(run1(Build().minute({59}).hour({1}), z, from, to),
            (Lines{"2026-11-01T01:59:00-04:00"}));
  EXPECT_EQ(run1(Build().minute_every(20).hour({1}), z, from, to),
            (Lines{"2026-11-01T01:00:00-04:00", "2026-11-01T01:20:00-04:00",
                   "2026-11-01T01:40:00-04:00", "2026-11-01T01:00:00-05:00",
                   "2026-11-01T01:20:00-05:00", "2026-11-01T01:40:00-05:00"}));
  EXPECT_EQ(run1(Build().minute({30}).hour({0, 1, 2}), z, from, to),
            (Lines{"2026-11-01T00:30:00-04:00", "2026-11-01T01:30:00-04:00",
                   "2026-11-01T02:30:00-05:00"}));
}

TEST(ModelB, CatchUpBurstOrderWildcardsFirstThenFixedMinuteByMinute) {
  std::vector<SimJob> jobs = {
      {Build().minute({30}).hour({2}), nullptr},  // #0 fixed 02:30
      {Build().minute_every(15), nullptr},        // #1 wildcard
      {Build().minute({0}).hour({3}), nullptr},   // #2 fixed 03:00 (on time)
      {Build().minute({0}).hour({2}), nullptr},   // #3 fixed 02:00
      {Build().minute({0}), nullptr},             // #4 wildcard (hour `*`)
  };
  EXPECT_EQ(run(jobs, "America/New_York", "2026-03-08T01:45", "2026-03-08T03:01"),
            (Lines{"2026-03-08T01:45:00-05:00 #1", "2026-03-08T03:00:00-04:00 #1",
                   "2026-03-08T03:00:00-04:00 #4", "2026-03-08T03:00:00-04:00 #3 late",
                   "2026-03-08T03:00:00-04:00 #0 late", "2026-03-08T03:00:00-04:00 #2"}));
}

TEST(ModelB, TiesOutsideABurstFollowInputOrder) {
  std::vector<SimJob> jobs = {{Build().minute({0}).hour({12}), nullptr},
                              {Build().minute_every(30), nullptr},
                              {Build().minute({0}).hour({12}), nullptr}};
  EXPECT_EQ(
      run(jobs, "UTC", "2026-01-01T11:59", "2026-01-01T12:01"),
      (Lines{"2026-01-01T12:00:00Z #0", "2026-01-01T12:00:00Z #1", "2026-01-01T12:00:00Z #2"}));
}

// ---- Other zones -------------------------------------------------------------------------------

TEST(ModelB, EuropeLondon) {
  const char* z = "Europe/London";
  EXPECT_EQ(run1(Build().minute({30}).hour({1}), z, "2026-03-29", "2026-03-30"),
            (Lines{"2026-03-29T02:00:00+01:00 late"}));
  EXPECT_EQ(run1(Build().minute({30}).hour({1}), z, "2026-10-25", "2026-10-26"),
            (Lines{"2026-10-25T01:30:00+01:00"}));
  EXPECT_EQ(run1(Build().minute({30}), z, "2026-10-25T00:00", "2026-10-25T02:00"),
            (Lines{"2026-10-25T00:30:00+01:00", "2026-10-25T01:30:00+01:00",
                   "2026-10-25T01:30:00+00:00"}));
}

TEST(ModelB, AustraliaSydneyChangesInAprilAndOctober) {
  const char* z = "Australia/Sydney";
  // DST ends 2026-04-05 03:00 AEDT -> 02:00 AEST: 02:00-02:59 repeats.
  EXPECT_EQ(run1(Build().minute({30}).hour({2}), z, "2026-04-05", "2026-04-06"),
            (Lines{"2026-04-05T02:30:00+11:00"}));
  EXPECT_EQ(run1(Build().minute({30}).hour_every(1), z, "2026-04-05T01:00", "2026-04-05T04:00"),
            (Lines{"2026-04-05T01:30:00+11:00", "2026-04-05T02:30:00+11:00",
                   "2026-04-05T02:30:00+10:00", "2026-04-05T03:30:00+10:00"}));
  // DST starts 2026-10-04 02:00 AEST -> 03:00 AEDT.
  EXPECT_EQ(run1(Build().minute({30}).hour({2}), z, "2026-10-04", "2026-10-05"),
            (Lines{"2026-10-04T03:00:00+11:00 late"}));
}

TEST(ModelB, LordHoweShiftsByHalfAnHour) {
  const char* z = "Australia/Lord_Howe";
  // 2026-10-04 02:00 +10:30 -> 02:30 +11:00: a jump of 31 minutes (d = 31, "medium").
  EXPECT_EQ(run1(Build().minute({15}).hour({2}), z, "2026-10-04", "2026-10-05"),
            (Lines{"2026-10-04T02:30:00+11:00 late"}));
  EXPECT_EQ(run1(Build().minute_every(10), z, "2026-10-04T01:45", "2026-10-04T02:45"),
            (Lines{"2026-10-04T01:50:00+10:30", "2026-10-04T02:30:00+11:00",
                   "2026-10-04T02:40:00+11:00"}));
  // 2026-04-05 02:00 +11:00 -> 01:30 +10:30: 01:30-01:59 repeats.
  EXPECT_EQ(run1(Build().minute({45}).hour({1}), z, "2026-04-05", "2026-04-06"),
            (Lines{"2026-04-05T01:45:00+11:00"}));
  EXPECT_EQ(run1(Build().minute_every(15), z, "2026-04-05T01:15", "2026-04-05T02:01"),
            (Lines{"2026-04-05T01:15:00+11:00", "2026-04-05T01:30:00+11:00",
                   "2026-04-05T01:45:00+11:00", "2026-04-05T01:30:00+10:30",
                   "2026-04-05T01:45:00+10:30", "2026-04-05T02:00:00+10:30"}));
}

TEST(ModelB, ZoneWithoutDstIsPlainMatching) {
  EXPECT_EQ(run1(Build().minute({30}).hour({2}), "Asia/Tokyo", "2026-03-07", "2026-03-10"),
            (Lines{"2026-03-07T02:30:00+09:00", "2026-03-08T02:30:00+09:00",
                   "2026-03-09T02:30:00+09:00"}));
}

TEST(ModelB, JumpOfMoreThanThreeHoursIsAClockSetWithoutCatchUp) {
  // Samoa skipped 2011-12-30 (-10:00 -> +14:00): cron takes it for a clock correction.
  EXPECT_EQ(run1(Build().minute({0}).hour({12}), "Pacific/Apia", "2011-12-29", "2012-01-01"),
            (Lines{"2011-12-29T12:00:00-10:00", "2011-12-31T12:00:00+14:00"}));
}

TEST(ModelB, CronieMissesAnOffsetChangeThatKeepsTheDstFlag) {
  // Moscow left permanent +04 (not DST) for +03 on 2014-10-26 02:00. Debian's cron sees the
  // jump; cronie keeps its old offset until the DST flag flips, i.e. for good.
  Schedule noon = Build().minute({0}).hour({12});
  EXPECT_EQ(run1(noon, "Europe/Moscow", "2014-10-26T03:00", "2014-10-28"),
            (Lines{"2014-10-26T12:00:00+03:00", "2014-10-27T12:00:00+03:00"}));
  EXPECT_EQ(run1(noon, "Europe/Moscow", "2014-10-26T03:00", "2014-10-28", DialectId::cronie),
            (Lines{"2014-10-26T11:00:00+03:00", "2014-10-27T11:00:00+03:00"}));
}

// ---- cronie's CRON_TZ (docs/semantics.md §12) -------------------------------------------

TEST(CronTz, JobZoneIsReadLikeModelAWithoutCompensation) {
  SimJob berlin{Build().minute({30}).hour({2}), &zone("Europe/Berlin")};
  // D9: the job zone skips 02:00-03:00 -> missed; D10: it repeats 02:00-03:00 -> twice.
  EXPECT_EQ(run({berlin}, "UTC", "2025-03-29", "2025-03-31", DialectId::cronie),
            (Lines{"2025-03-29T01:30:00Z"}));
  EXPECT_EQ(run({berlin}, "UTC", "2025-10-26", "2025-10-27", DialectId::cronie),
            (Lines{"2025-10-26T00:30:00Z", "2025-10-26T01:30:00Z"}));
  SimJob tokyo{Build().minute({0}).hour({9}), &zone("Asia/Tokyo")};
  EXPECT_EQ(run({tokyo}, "America/New_York", "2026-01-10", "2026-01-11", DialectId::cronie),
            (Lines{"2026-01-10T19:00:00-05:00"}));
}

TEST(CronTz, SkippedWhileCatchingUpAcrossADaemonZoneJump) {
  // The daemon runs in New York; at the spring jump it catches up 02:00-02:59 with the old
  // offset, and CRON_TZ jobs are left out of those steps (only the last step, 03:00, counts).
  SimJob utc_job{Build().minute({30}).hour({7}), &zone("UTC")};     // 07:30Z = 03:30 EDT: normal
  SimJob utc_at_jump{Build().minute({0}).hour({7}), &zone("UTC")};  // 07:00Z = the wake-up itself
  EXPECT_EQ(run({utc_job, utc_at_jump}, "America/New_York", "2026-03-08T01:00", "2026-03-08T04:00",
                DialectId::cronie),
            (Lines{"2026-03-08T03:00:00-04:00 #1", "2026-03-08T03:30:00-04:00 #0"}));
}

// ---- Calendar ----------------------------------------------------------------------------------

TEST(Calendar, LeapDays) {
  Schedule feb29 = Build().minute({0}).hour({0}).dom({29}).month({2});
  auto got = next_firings(feb29, zone("UTC"), parse("2026-01-01", "UTC"), 3);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(format_rfc3339(got[0], zone("UTC")), "2028-02-29T00:00:00Z");
  EXPECT_EQ(format_rfc3339(got[1], zone("UTC")), "2032-02-29T00:00:00Z");
  auto century = next_firings(feb29, zone("UTC"), parse("2097-01-01", "UTC"), 1);
  ASSERT_EQ(century.size(), 1u);
  EXPECT_EQ(format_rfc3339(century[0], zone("UTC")), "2104-02-29T00:00:00Z");  // 2100: no
}

TEST(Calendar, YearBoundary) {
  std::vector<SimJob> jobs = {{Build().minute({59}).hour({23}).dom({31}).month({12}), nullptr},
                              {Build().minute({0}).hour({0}).dom({1}).month({1}), nullptr}};
  EXPECT_EQ(run(jobs, "Asia/Tokyo", "2026-12-31", "2027-01-02"),
            (Lines{"2026-12-31T23:59:00+09:00 #0", "2027-01-01T00:00:00+09:00 #1"}));
}

TEST(Calendar, DayRuleOrWhenBothRestrictedAndWhenEitherStarred) {
  // `0 0 1,15 * 5`: the 1st, the 15th and every Friday.
  EXPECT_EQ(
      run1(Build().minute({0}).hour({0}).dom({1, 15}).dow({5}), "UTC", "2026-05-01", "2026-05-16"),
      (Lines{"2026-05-01T00:00:00Z", "2026-05-08T00:00:00Z", "2026-05-15T00:00:00Z"}));
  // `0 0 */2 * 0`: odd dates that are Sundays (DOM starts with `*`: both must match).
  Build odd_sundays = Build().minute({0}).hour({0}).dow({0});
  odd_sundays.s.days_of_month.reset();
  for (int d = 1; d <= 31; d += 2) odd_sundays.s.days_of_month.set(d);
  EXPECT_EQ(run1(odd_sundays, "UTC", "2026-05-01", "2026-06-01"),
            (Lines{"2026-05-03T00:00:00Z", "2026-05-17T00:00:00Z", "2026-05-31T00:00:00Z"}));
}

TEST(Simulate, CountWithoutEndAndNeverFiring) {
  SimOptions options;
  options.zone = &zone("America/New_York");
  options.from = parse("2026-03-08T01:00", "America/New_York");
  options.count = 3;
  std::vector<SimJob> jobs = {{Build().minute({30}).hour({2}), nullptr}};
  EXPECT_EQ(simulate(jobs, options).size(), 3u);
  std::vector<SimJob> never = {{Build().minute({0}).hour({0}).dom({31}).month({2}), nullptr}};
  EXPECT_TRUE(simulate(never, options).empty());
  Schedule reboot = Build();
  reboot.at_reboot = true;
  EXPECT_TRUE(next_firings(reboot, zone("UTC"), options.from, 5).empty());
  // Without an end or a count the range is 7 days.
  options.count.reset();
  EXPECT_EQ(simulate(jobs, options).size(), 7u);
}

TEST(Simulate, FromInsideARepeatedHourSeesTheDaemonsState) {
  // Starting in the second 01:xx pass, fixed-time jobs of that hour are still suppressed.
  EXPECT_EQ(run1(Build().minute({45}).hour({1}), "America/New_York", "2026-11-01T06:10:00Z",
                 "2026-11-02"),
            Lines{});
  // Starting exactly at the jump, the catch-up is included.
  EXPECT_EQ(run1(Build().minute({30}).hour({2}), "America/New_York", "2026-03-08T03:00",
                 "2026-03-08T04:00"),
            (Lines{"2026-03-08T03:00:00-04:00 late"}));
}

// ---- Brute force: the daemon's loop for every real minute --------------------------------------

// A literal transcription of cron.c's main loop (docs/semantics.md §12): wake up at every real
// minute, read the offset, classify d. Slow and simple, for checking the fast simulator.
std::vector<Firing> brute_force(const std::vector<SimJob>& jobs, const date::time_zone& daemon_zone,
                                DialectId dialect, date::sys_seconds from, date::sys_seconds to) {
  std::vector<Firing> out;
  const int back_limit = cronkit::dialect(dialect).backward_jump_limit_minutes;
  auto start = date::floor<std::chrono::minutes>(from - 4h);
  auto offset_of = [&](date::sys_seconds t) { return daemon_zone.get_info(t).offset; };
  auto clock_of = [](date::sys_seconds t, std::chrono::seconds off) {
    return date::floor<std::chrono::minutes>(t + off).time_since_epoch().count();
  };
  std::chrono::seconds gmt_off = offset_of(start);
  bool dst = daemon_zone.get_info(start).save != 0min;
  long long vt = clock_of(start, gmt_off) - 1;
  std::chrono::seconds old_off = gmt_off;
  for (date::sys_seconds t = start; t < to; t += 60s) {
    auto info = daemon_zone.get_info(t);
    if (dialect == DialectId::debian || (info.save != 0min) != dst) {
      gmt_off = info.offset;
      dst = info.save != 0min;
    }
    long long tr = clock_of(t, gmt_off);
    auto find = [&](long long vtime, bool wild, bool fixed, std::chrono::seconds voff) {
      for (std::size_t j = 0; j < jobs.size(); ++j) {
        const SimJob& job = jobs[j];
        LocalMinute local{std::chrono::minutes(vtime)};
        if (job.zone) {
          date::sys_seconds instant{std::chrono::seconds(vtime * 60) - voff};
          local = date::floor<std::chrono::minutes>(job.zone->to_local(instant));
        }
        if (!job.schedule.matches(local)) continue;
        if (job.zone && voff != gmt_off) continue;
        if (job.schedule.is_wildcard_job() ? wild : fixed) {
          if (t >= from) out.push_back(Firing{t, j, vtime != tr, local});
        }
      }
    };
    long long d = tr - vt;
    if (d == 1) {
      vt = tr;
      old_off = gmt_off;
      find(vt, true, true, old_off);
    } else if (d > 180 || d < -back_limit) {
      vt = tr;
      old_off = gmt_off;
      find(tr, true, true, gmt_off);
    } else if (d > 5) {
      find(tr, true, false, gmt_off);
      while (vt < tr) {
        ++vt;
        if (vt >= tr) old_off = gmt_off;
        find(vt, false, true, old_off);
      }
    } else if (d > 0) {
      while (vt < tr) {
        ++vt;
        if (vt >= tr) old_off = gmt_off;
        find(vt, true, true, old_off);
      }
    } else {
      find(tr, true, false, gmt_off);
    }
  }
  return out;
}

Schedule random_schedule(std::mt19937& rng) {
  auto chance = [&](int percent) { return static_cast<int>(rng() % 100) < percent; };
  Build b;
  auto fill = [&](auto& bits, int lo, int hi, int density) {
    bits.reset();
    for (int v = lo; v <= hi; ++v) {
      if (chance(density)) bits.set(static_cast<std::size_t>(v));
    }
    if (bits.none())
      bits.set(static_cast<std::size_t>(lo + static_cast<int>(rng() % (hi - lo + 1))));
  };
  if (chance(40)) {
    b.minute_every(1 + static_cast<int>(rng() % 30));
  } else {
    fill(b.s.minutes, 0, 59, chance(50) ? 3 : 20);
    b.s.minute_star = false;
  }
  if (chance(35)) {
    b.hour_every(1 + static_cast<int>(rng() % 6));
  } else {
    fill(b.s.hours, 0, 23, chance(50) ? 8 : 40);
    b.s.hour_star = false;
  }
  if (chance(25)) {
    fill(b.s.days_of_month, 1, 31, 50);
    b.s.day_of_month_star = chance(20);
  }
  if (chance(25)) {
    fill(b.s.days_of_week, 0, 6, 50);
    if (b.s.days_of_week.test(0)) b.s.days_of_week.set(7);
    b.s.day_of_week_star = chance(20);
  }
  return b;
}

TEST(BruteForce, FastSimulatorMatchesTheMinuteByMinuteDaemonLoop) {
  struct Window {
    const char* zone;
    const char* from;  // UTC
  };
  // Around transitions (both directions, 30-minute shifts, midnight changes, big jumps) and a
  // quiet stretch.
  const std::vector<Window> windows = {
      {"America/New_York", "2026-03-08T04:00:00Z"},
      {"America/New_York", "2026-11-01T03:00:00Z"},
      {"Europe/London", "2026-03-28T22:00:00Z"},
      {"Europe/London", "2026-10-24T22:00:00Z"},
      {"Australia/Sydney", "2026-04-04T12:00:00Z"},
      {"Australia/Sydney", "2026-10-03T13:00:00Z"},
      {"Australia/Lord_Howe", "2026-04-04T12:00:00Z"},
      {"Australia/Lord_Howe", "2026-10-03T13:00:00Z"},
      {"Asia/Tokyo", "2026-03-08T00:00:00Z"},
      {"America/Havana", "2026-03-08T02:00:00Z"},
      {"America/Santiago", "2026-04-04T22:00:00Z"},
      {"Pacific/Apia", "2011-12-29T12:00:00Z"},
      {"Europe/Moscow", "2014-10-25T18:00:00Z"},
      {"Africa/Casablanca", "2026-02-14T20:00:00Z"},
      {"UTC", "2028-02-28T00:00:00Z"},
  };
  std::mt19937 rng(20260308);
  int cases = 0;
  std::size_t firings = 0, catch_ups = 0;
  for (int round = 0; round < 20; ++round) {
    for (const Window& w : windows) {
      for (DialectId dialect : {DialectId::debian, DialectId::cronie}) {
        std::vector<SimJob> jobs;
        int n = 1 + static_cast<int>(rng() % 4);
        for (int i = 0; i < n; ++i) {
          SimJob job{random_schedule(rng), nullptr};
          if (dialect == DialectId::cronie && rng() % 5 == 0) {
            static const char* zones[] = {"UTC", "Europe/Berlin", "America/New_York",
                                          "Australia/Lord_Howe"};
            job.zone = &zone(zones[rng() % 4]);
          }
          jobs.push_back(job);
        }
        const date::time_zone& z = zone(w.zone);
        date::sys_seconds from = parse(w.from, "UTC") + std::chrono::minutes(rng() % 180);
        date::sys_seconds to = from + std::chrono::hours(6 + rng() % 40);
        SimOptions options;
        options.zone = &z;
        options.dialect = dialect;
        options.from = from;
        options.to = to;
        std::vector<Firing> fast = simulate(jobs, options);
        std::vector<Firing> slow = brute_force(jobs, z, dialect, from, to);
        ASSERT_EQ(fast.size(), slow.size()) << w.zone << " from " << format_rfc3339(from, z);
        for (std::size_t i = 0; i < fast.size(); ++i) {
          ASSERT_EQ(fast[i].instant, slow[i].instant) << w.zone << " #" << i;
          ASSERT_EQ(fast[i].job, slow[i].job) << w.zone << " #" << i;
          ASSERT_EQ(fast[i].catch_up, slow[i].catch_up) << w.zone << " #" << i;
          ASSERT_EQ(fast[i].matched, slow[i].matched) << w.zone << " #" << i;
        }
        ++cases;
        firings += fast.size();
        for (const Firing& f : fast) catch_ups += f.catch_up;
      }
    }
  }
  EXPECT_EQ(cases, 600);
  // The comparison covered real ground, including catch-up bursts.
  EXPECT_GT(firings, 50000u);
  EXPECT_GT(catch_ups, 100u);
  std::printf("brute force: %d cases, %zu firings, %zu catch-ups\n", cases, firings, catch_ups);
}

TEST(BruteForce, CountStopsAtTheSameFiringsAsTheFullList) {
  std::mt19937 rng(7);
  for (int i = 0; i < 50; ++i) {
    std::vector<SimJob> jobs = {{random_schedule(rng), nullptr}, {random_schedule(rng), nullptr}};
    SimOptions options;
    options.zone = &zone("America/New_York");
    options.from = parse("2026-10-31T20:00:00Z", "UTC");
    options.to = options.from + date::days(3);
    std::vector<Firing> all = simulate(jobs, options);
    std::size_t count = rng() % 50;
    options.to.reset();
    options.count = count;
    std::vector<Firing> first = simulate(jobs, options);
    ASSERT_EQ(first.size(), count);
    for (std::size_t k = 0; k < first.size() && k < all.size(); ++k) {
      ASSERT_EQ(first[k].instant, all[k].instant);
      ASSERT_EQ(first[k].job, all[k].job);
    }
  }
}

// ---- Renderers ---------------------------------------------------------------------------------

TEST(Render, IcalLinesFoldAt75OctetsWithoutSplittingCharacters) {
  std::string text = "SUMMARY:";
  for (int i = 0; i < 60; ++i) text += "\xc3\xa9";  // é, two octets each
  std::string out;
  append_ical_line(out, text);
  std::string unfolded;
  std::size_t start = 0;
  while (start < out.size()) {
    std::size_t end = out.find("\r\n", start);
    ASSERT_NE(end, std::string::npos);
    std::string line = out.substr(start, end - start);
    EXPECT_LE(line.size(), 75u);
    if (start > 0) {
      ASSERT_EQ(line.front(), ' ');
      line.erase(0, 1);
    }
    // No line starts with a UTF-8 continuation byte.
    EXPECT_NE(static_cast<unsigned char>(line.front()) & 0xC0, 0x80);
    unfolded += line;
    start = end + 2;
  }
  EXPECT_EQ(unfolded, text);
  EXPECT_EQ(escape_ical_text("a,b;c\\d\ne\r"), "a\\,b\\;c\\\\d\\ne");
}

TEST(Render, JsonAndCsvEscaping) {
  std::string json;
  append_json_string(json, "say \"hi\"\t\\ \x01");
  EXPECT_EQ(json, "\"say \\\"hi\\\"\\t\\\\ \\u0001\"");
  std::string csv;
  append_csv_field(csv, "plain");
  csv += '|';
  append_csv_field(csv, "a,\"b\"");
  csv += '|';
  append_csv_field(csv, " padded");
  EXPECT_EQ(csv, "plain|\"a,\"\"b\"\"\"|\" padded\"");
}

TEST(Render, TextListsTimestampsOnlyForASingleSchedule) {
  std::vector<SimSource> sources = {{"t:3", 3, "echo hi", "0 * * * *"},
                                    {"*/30 * * * *", std::nullopt, std::nullopt, "*/30 * * * *"}};
  std::vector<Firing> firings = {{parse("2026-03-08T03:00:00Z", "UTC"), 0, false, {}},
                                 {parse("2026-03-08T03:00:00Z", "UTC"), 1, true, {}}};
  ListOptions options;
  options.zone = &zone("America/New_York");
  std::string out;
  FiringListWriter writer(sources, options);
  writer.rows(out, firings);
  EXPECT_EQ(out,
            "2026-03-07T22:00:00-05:00  t:3  echo hi\n"
            "2026-03-07T22:00:00-05:00  */30 * * * *\n");
  options.format = ListFormat::jsonl;
  out.clear();
  FiringListWriter jsonl(sources, options);
  jsonl.rows(out, firings);
  EXPECT_EQ(
      out,
      "{\"time\": \"2026-03-07T22:00:00-05:00\", \"source\": \"t:3\", \"line\": 3, "
      "\"command\": \"echo hi\"}\n"
      "{\"time\": \"2026-03-07T22:00:00-05:00\", \"source\": \"*/30 * * * *\", \"line\": null, "
      "\"command\": null, \"catch_up\": true}\n");
}

TEST(Load, CountsHoursOfTheWeekBusiestMinutesAndCollisions) {
  // Monday 2026-03-02 in UTC: #0 at 00:00 and 12:00, #1 at 00:00, #2 at 00:00 and 00:30.
  std::vector<SimJob> jobs = {{Build().minute({0}).hour({0, 12}), nullptr},
                              {Build().minute({0}).hour({0}), nullptr},
                              {Build().minute({0, 30}).hour({0}), nullptr}};
  SimOptions options;
  options.zone = &zone("UTC");
  options.from = parse("2026-03-02", "UTC");
  options.to = parse("2026-03-03", "UTC");
  std::vector<Firing> firings = simulate(jobs, options);
  LoadReport report = compute_load(firings, zone("UTC"));
  EXPECT_EQ(report.total, 5u);
  EXPECT_EQ(report.per_hour[0][0], 4u);  // Monday 00:xx
  EXPECT_EQ(report.per_hour[0][12], 1u);
  EXPECT_EQ(report.busiest_hour, 4u);
  ASSERT_EQ(report.busiest.size(), 3u);
  EXPECT_EQ(report.busiest[0].jobs, (std::vector<std::size_t>{0, 1, 2}));
  EXPECT_EQ(report.collision_minutes, 1u);
  ASSERT_EQ(report.collisions.size(), 1u);
  EXPECT_EQ(report.collisions[0].times, 1u);
  std::string svg = render_load_svg(report, LoadRange{&zone("UTC"), *options.to, *options.to});
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
  EXPECT_EQ(svg.substr(svg.size() - 7), "</svg>\n");
  std::size_t cells = 0;
  for (std::size_t at = svg.find("<rect x="); at != std::string::npos;
       at = svg.find("<rect x=", at + 1)) {
    ++cells;
  }
  EXPECT_EQ(cells, 7u * 24u);
  EXPECT_NE(svg.find("<title>Mon 00:00-00:59: 4 starts</title>"), std::string::npos);
}

}  // namespace
}  // namespace cronkit
