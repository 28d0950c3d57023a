// The clocks of busybox crond, systemd's calendar timers and FreeBSD's cron -s across the 2026
// daylight-saving changes of America/New_York (2026-03-08 02:00 EST -> 03:00 EDT, 2026-11-01
// 02:00 EDT -> 01:00 EST).

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/parse.hpp"
#include "sim/simulate.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

using Lines = std::vector<std::string>;

const date::time_zone& new_york() {
  std::string error;
  const date::time_zone* zone = find_zone("America/New_York", error);
  EXPECT_NE(zone, nullptr) << error;
  return *zone;
}

// "TIME" per firing, " #job" when several schedules are given, " late" for a catch-up.
Lines run(DialectId dialect, std::vector<std::string> schedules, const char* from, const char* to) {
  std::vector<SimJob> jobs;
  for (const std::string& text : schedules) {
    ParsedSchedule parsed = parse_schedule(text, dialect);
    EXPECT_TRUE(parsed.ok()) << text;
    jobs.push_back(SimJob{parsed.schedule, nullptr});
  }
  std::string error;
  SimOptions options;
  options.zone = &new_york();
  options.dialect = dialect;
  options.from = *parse_time(from, new_york(), error);
  options.to = *parse_time(to, new_york(), error);
  Lines lines;
  for (const Firing& f : simulate(jobs, options)) {
    std::string line = format_rfc3339(f.instant, new_york());
    if (jobs.size() > 1) line += " #" + std::to_string(f.job);
    if (f.catch_up) line += " late";
    lines.push_back(line);
  }
  return lines;
}

// ---- busybox crond: every real minute through localtime() --------------------------------------

TEST(BusyboxClock, SpringForwardMinutesNeverOccur) {
  EXPECT_EQ(run(DialectId::busybox, {"30 2 * * *"}, "2026-03-07", "2026-03-10"),
            (Lines{"2026-03-07T02:30:00-05:00", "2026-03-09T02:30:00-04:00"}));
  EXPECT_EQ(run(DialectId::busybox, {"* 2 * * *"}, "2026-03-08", "2026-03-09"), Lines{});
  // Nothing is caught up: the next run of a wildcard job is simply the next minute it matches.
  EXPECT_EQ(run(DialectId::busybox, {"*/15 * * * *"}, "2026-03-08T01:40", "2026-03-08T03:20"),
            (Lines{"2026-03-08T01:45:00-05:00", "2026-03-08T03:00:00-04:00",
                   "2026-03-08T03:15:00-04:00"}));
}

TEST(BusyboxClock, RepeatedHourIsMatchedTwice) {
  EXPECT_EQ(run(DialectId::busybox, {"30 1 * * *"}, "2026-11-01", "2026-11-02"),
            (Lines{"2026-11-01T01:30:00-04:00", "2026-11-01T01:30:00-05:00"}));
  EXPECT_EQ(run(DialectId::busybox, {"* 1 * * *"}, "2026-11-01", "2026-11-02").size(), 120u);
}

// ---- systemd: OnCalendar= is the next wall-clock time after the last elapse ---------------------

TEST(SystemdCalendarClock, WallTimeInTheGapIsSkipped) {
  EXPECT_EQ(run(DialectId::systemd_cron, {"30 2 * * *"}, "2026-03-07", "2026-03-11"),
            (Lines{"2026-03-07T02:30:00-05:00", "2026-03-09T02:30:00-04:00",
                   "2026-03-10T02:30:00-04:00"}));
  EXPECT_EQ(run(DialectId::systemd_cron, {"15 * * * *"}, "2026-03-08T00:00", "2026-03-08T04:00"),
            (Lines{"2026-03-08T00:15:00-05:00", "2026-03-08T01:15:00-05:00",
                   "2026-03-08T03:15:00-04:00"}));
}

TEST(SystemdCalendarClock, RepeatedWallTimeRunsOnceAtItsFirstOccurrence) {
  EXPECT_EQ(run(DialectId::systemd_cron, {"30 1 * * *"}, "2026-11-01", "2026-11-02"),
            (Lines{"2026-11-01T01:30:00-04:00"}));
  EXPECT_EQ(run(DialectId::systemd_cron, {"15 * * * *"}, "2026-11-01T00:00", "2026-11-01T03:00"),
            (Lines{"2026-11-01T00:15:00-04:00", "2026-11-01T01:15:00-04:00",
                   "2026-11-01T02:15:00-05:00"}));
}

// ---- FreeBSD's cron -s: the old offset's wall time for |change| seconds after the change --------

TEST(FreeBsdClock, JobOfTheSkippedHourRunsOnceAtItsOldOffsetTime) {
  // 02:30 EST never comes; at 03:30 EDT the old offset's wall time is 02:30.
  EXPECT_EQ(run(DialectId::bsd, {"30 2 * * *"}, "2026-03-07", "2026-03-10"),
            (Lines{"2026-03-07T02:30:00-05:00", "2026-03-08T03:30:00-04:00 late",
                   "2026-03-09T02:30:00-04:00"}));
  // `0 2,3`: the 02:00 of the old offset is due at 03:00 EDT and stands in for 03:00 as well.
  EXPECT_EQ(run(DialectId::bsd, {"0 2,3 * * *"}, "2026-03-08", "2026-03-09"),
            (Lines{"2026-03-08T03:00:00-04:00 late"}));
  // A job that ran within the hour before the change is not marked: `*/15` and hourly go on.
  EXPECT_EQ(
      run(DialectId::bsd, {"*/15 * * * *", "0 * * * *"}, "2026-03-08T01:40", "2026-03-08T04:01"),
      (Lines{"2026-03-08T01:45:00-05:00 #0", "2026-03-08T03:00:00-04:00 #0",
             "2026-03-08T03:00:00-04:00 #1", "2026-03-08T03:15:00-04:00 #0",
             "2026-03-08T03:30:00-04:00 #0", "2026-03-08T03:45:00-04:00 #0",
             "2026-03-08T04:00:00-04:00 #0", "2026-03-08T04:00:00-04:00 #1"}));
}

TEST(FreeBsdClock, RepeatedHourRunsAJobOnlyOnceItsOldOffsetTimeMatched) {
  EXPECT_EQ(run(DialectId::bsd, {"30 1 * * *"}, "2026-11-01", "2026-11-02"),
            (Lines{"2026-11-01T01:30:00-04:00"}));
  // The old offset's wall time in the second pass is 02:xx: an hour-1 job waits it out.
  EXPECT_EQ(run(DialectId::bsd, {"*/20 1 * * *"}, "2026-11-01", "2026-11-02"),
            (Lines{"2026-11-01T01:00:00-04:00", "2026-11-01T01:20:00-04:00",
                   "2026-11-01T01:40:00-04:00"}));
  // Hourly and every-minute jobs match 02:00 at once and keep running.
  EXPECT_EQ(run(DialectId::bsd, {"0 * * * *"}, "2026-11-01T00:00", "2026-11-01T03:00"),
            (Lines{"2026-11-01T00:00:00-04:00", "2026-11-01T01:00:00-04:00",
                   "2026-11-01T01:00:00-05:00", "2026-11-01T02:00:00-05:00"}));
  EXPECT_EQ(run(DialectId::bsd, {"* * * * *"}, "2026-11-01T00:00", "2026-11-01T03:00").size(),
            240u);
  EXPECT_EQ(run(DialectId::bsd, {"30 2 * * *"}, "2026-11-01", "2026-11-02"),
            (Lines{"2026-11-01T02:30:00-05:00"}));
}

TEST(DaemonClocks, AwayFromOffsetChangesEveryClockIsPlainMatching) {
  for (DialectId dialect : {DialectId::busybox, DialectId::systemd_cron, DialectId::bsd}) {
    EXPECT_EQ(run(dialect, {"0 12 * * *"}, "2026-06-01", "2026-06-04"),
              (Lines{"2026-06-01T12:00:00-04:00", "2026-06-02T12:00:00-04:00",
                     "2026-06-03T12:00:00-04:00"}));
  }
}

}  // namespace
}  // namespace cronkit
