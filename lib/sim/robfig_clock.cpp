#include "sim/robfig_clock.hpp"
#include "sim/run_after_run.hpp"

#include <limits>
#include <queue>

#include "sim/go_clock.hpp"

namespace cronkit {
namespace {

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

// A Go time.Time's calendar fields in its location.
struct GoFields {
  int year;
  int month;  // 1-12
  int day;    // 1-31
  int hour;
  int minute;
  int second;
  unsigned weekday;  // 0 = Sunday
};

GoFields fields_of(const date::time_zone& zone, date::sys_seconds t) {
  const date::local_seconds wall{t.time_since_epoch() + zone.get_info(t).offset};
  const auto day = date::floor<date::days>(wall);
  const date::year_month_day ymd{day};
  const date::hh_mm_ss<seconds> clock{wall - day};
  return GoFields{static_cast<int>(ymd.year()),
                  static_cast<int>(static_cast<unsigned>(ymd.month())),
                  static_cast<int>(static_cast<unsigned>(ymd.day())),
                  static_cast<int>(clock.hours().count()),
                  static_cast<int>(clock.minutes().count()),
                  static_cast<int>(clock.seconds().count()),
                  date::weekday{day}.c_encoding()};
}

// time.Date(year, month, day, hour, min, sec, 0, zone), fields out of range carried over as Go
// does (month 13 is January of the next year, day 32 runs into the next month).
date::sys_seconds go_date(const date::time_zone& zone, long long year, long long month,
                          long long day, long long hour, long long minute, long long second) {
  long long m = month - 1;
  year += m >= 0 ? m / 12 : -((11 - m) / 12);
  m -= (m >= 0 ? m / 12 : -((11 - m) / 12)) * 12;
  const date::local_days first =
      date::local_days{date::year{static_cast<int>(year)} / static_cast<unsigned>(m + 1) / 1};
  const date::local_seconds wall =
      first + date::days{day - 1} + hours{hour} + minutes{minute} + seconds{second};
  return go_time_date(zone, wall);
}

// spec.go dayMatches(): both day fields when either has the star bit, else either.
bool day_matches(const Schedule& s, const GoFields& f) {
  const bool dom = s.days_of_month.test(static_cast<std::size_t>(f.day));
  const bool dow = s.days_of_week.test(f.weekday);
  return s.day_rule() == DayRule::both_must_match ? dom && dow : dom || dow;
}

}  // namespace

std::optional<date::sys_seconds> robfig_next(const Schedule& s, const date::time_zone& zone,
                                             date::sys_seconds after) {
  // A schedule that matches no calendar second walks five years and returns the zero time;
  // the outcome is the same without the walk.
  if (s.at_reboot || s.never_fires()) return std::nullopt;
  // "Start at the earliest possible time (the upcoming second)."
  date::sys_seconds t = after + seconds{1};
  GoFields f = fields_of(zone, t);
  bool added = false;
  const int year_limit = f.year + 5;
  auto set = [&](date::sys_seconds to) {
    t = to;
    f = fields_of(zone, t);
  };
wrap:
  if (f.year > year_limit) return std::nullopt;
  while (!s.months.test(static_cast<std::size_t>(f.month))) {
    if (!added) {
      added = true;
      set(go_date(zone, f.year, f.month, 1, 0, 0, 0));
    }
    set(go_date(zone, f.year, f.month + 1, f.day, f.hour, f.minute, f.second));  // AddDate(0,1,0)
    if (f.month == 1) goto wrap;
  }
  while (!day_matches(s, f)) {
    if (!added) {
      added = true;
      set(go_date(zone, f.year, f.month, f.day, 0, 0, 0));
    }
    set(go_date(zone, f.year, f.month, f.day + 1, f.hour, f.minute, f.second));  // AddDate(0,0,1)
    // robfig's patch for days without a midnight: back to hour 0, or on to the next day.
    if (f.hour != 0) set(f.hour > 12 ? t + hours{24 - f.hour} : t - hours{f.hour});
    if (f.day == 1) goto wrap;
  }
  while (!s.hours.test(static_cast<std::size_t>(f.hour))) {
    if (!added) {
      added = true;
      set(go_date(zone, f.year, f.month, f.day, f.hour, 0, 0));
    }
    set(t + hours{1});
    if (f.hour == 0) goto wrap;
  }
  while (!s.minutes.test(static_cast<std::size_t>(f.minute))) {
    if (!added) {
      added = true;
      set(date::floor<minutes>(t));  // t.Truncate(time.Minute): absolute time, not wall time
    }
    set(t + minutes{1});
    if (f.minute == 0) goto wrap;
  }
  while (!s.extras().seconds.test(static_cast<std::size_t>(f.second))) {
    added = true;
    set(t + seconds{1});
    if (f.second == 0) goto wrap;
  }
  return t;
}

void simulate_robfig(std::span<const SimJob> jobs, const SimOptions& options, date::sys_seconds end,
                     std::vector<Firing>& out, const FiringSink* sink) {
  // The controller's first run is Next of the moment before `from` (Next is strictly after).
  simulate_run_after_run(jobs.size(), options, end, out, sink,
                         [&](std::size_t j, date::sys_seconds after) -> std::optional<NextRun> {
                           const date::time_zone& zone =
                               jobs[j].zone ? *jobs[j].zone : *options.zone;
                           if (auto next = robfig_next(jobs[j].schedule, zone, after))
                             return run_at(*next, zone);
                           return std::nullopt;
                         });
}

}  // namespace cronkit
