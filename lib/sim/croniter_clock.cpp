#include "sim/croniter_clock.hpp"
#include "sim/run_after_run.hpp"

#include <algorithm>
#include <array>
#include <deque>
#include <limits>
#include <queue>

namespace cronkit {
namespace {

using std::chrono::seconds;

// croniter's _calc loop: `while abs(year - current_year) <= max_years_between_matches` (50).
constexpr int croniter_years_searched = 50;

int year_of(date::local_seconds wall) {
  return static_cast<int>(date::year_month_day{date::floor<date::days>(wall)}.year());
}

// croniter(expr, naive).get_next(): the next wall time strictly after `after`, or nothing when
// croniter raises "failed to find next date".
std::optional<date::local_seconds> croniter_next(const Schedule& schedule,
                                                 date::local_seconds after) {
  const auto within_years = [&](const std::optional<LocalSecond>& found) {
    return found && year_of(*found) - year_of(after) <= croniter_years_searched;
  };
  if (schedule.day_rule() != DayRule::either_may_match) {
    const std::optional<LocalSecond> next = schedule.next_match_second(after);
    if (!within_years(next)) return std::nullopt;
    return *next;
  }
  // _calc_next with both day fields restricted: one search with the day of week made `*`, one
  // with the day of month made `*`, the earlier result taken; when either search fails (`30-31`
  // in February only) croniter raises, although the other would have found a day. A `*` there
  // only replaces the expanded field: `W` days (proc_nearest_weekday) and `#`/`L` weekdays
  // (proc_day_of_week_nth) are searched from their own tables, so each still restricts its
  // search: with `15W` the day of week never adds days, with `fri#3` or `L5` the day of month
  // never does.
  Schedule day_of_week_star = schedule;
  const bool nth_weekdays = schedule.extras().quartz.last_in_month != 0 ||
                            schedule.extras().quartz.nth_in_month != std::array<std::uint8_t, 5>{};
  if (!nth_weekdays) day_of_week_star.days_of_week.set();
  day_of_week_star.day_of_week_star = true;
  day_of_week_star.both_day_fields_must_match = true;
  Schedule day_of_month_star = schedule;
  if (schedule.extras().quartz.nearest_weekday == 0) {
    for (std::size_t d = 1; d <= 31; ++d) day_of_month_star.days_of_month.set(d);
    day_of_month_star.writable_extras().quartz.last_day = false;
  }
  day_of_month_star.day_of_month_star = true;
  day_of_month_star.both_day_fields_must_match = true;
  const std::optional<LocalSecond> first = day_of_week_star.next_match_second(after);
  if (!within_years(first)) return std::nullopt;
  const std::optional<LocalSecond> second = day_of_month_star.next_match_second(after);
  if (!within_years(second)) return std::nullopt;
  return std::min(*first, *second);
}

date::local_seconds wall_of(const date::time_zone& zone, date::sys_seconds instant) {
  return date::local_seconds{instant.time_since_epoch() + zone.get_info(instant).offset};
}

// Every instant whose wall time matches, in order: a nonexistent wall time never comes, a
// repeated one comes twice (Dagster's hourly schedules).
std::optional<date::sys_seconds> next_real_instant(const Schedule& schedule,
                                                   const date::time_zone& zone,
                                                   date::sys_seconds after) {
  date::sys_seconds t = after;
  const int start_year = year_of(wall_of(zone, after));
  for (int guard = 0; guard < 100000; ++guard) {
    const date::sys_info period = zone.get_info(t + seconds{1});
    const date::local_seconds wall{t.time_since_epoch() + period.offset};
    const std::optional<LocalSecond> next = croniter_next(schedule, wall);
    if (!next || year_of(*next) - start_year > croniter_years_searched) return std::nullopt;
    const date::sys_seconds candidate{next->time_since_epoch() - period.offset};
    if (candidate < period.end) return candidate;
    t = period.end - seconds{1};
  }
  return std::nullopt;
}

// One job's run of firings, as its scheduler produces them.
class CroniterJob {
 public:
  CroniterJob(ClockModel clock, const Schedule& schedule, const date::time_zone& zone,
              date::sys_seconds from)
      : clock_(clock), schedule_(schedule), zone_(zone), from_(from), last_(from - seconds{1}) {
    // Prefect walks wall times from `start` minus one second (so a run at `start` is included).
    naive_ = wall_of(zone, from - seconds{1});
  }

  // The next firing, with the wall time croniter matched; nothing when croniter gives up.
  std::optional<std::pair<date::sys_seconds, date::local_seconds>> next() {
    switch (clock_) {
      case ClockModel::airflow_cron_mixin:
        return next_airflow();
      case ClockModel::prefect_dates_generator:
        return next_prefect();
      default:
        return next_dagster();
    }
  }

 private:
  // CronMixin._get_next(current): croniter on make_naive(current); when the hour field is `*`
  // the wall-clock step is added to `current` itself, else make_aware(fold=1).
  std::optional<std::pair<date::sys_seconds, date::local_seconds>> next_airflow() {
    date::local_seconds naive = wall_of(zone_, last_);
    for (int guard = 0; guard < 1000; ++guard) {
      const std::optional<date::local_seconds> wall = croniter_next(schedule_, naive);
      if (!wall) return std::nullopt;
      // _covers_every_hour: croniter's expansion of the hour field is exactly ['*'] (not
      // `*,3`); pendulum's DateTime + timedelta then adds the step to the real time.
      const bool real_time_step = schedule_.croniter_hour_expanded_star;
      const date::sys_seconds instant =
          real_time_step ? last_ + (*wall - naive) : croniter_wall_to_instant(clock_, zone_, *wall);
      if (instant > last_) {
        last_ = instant;
        return std::pair{instant, *wall};
      }
      naive = *wall;
    }
    return std::nullopt;
  }

  // _get_dates_generator: one croniter walking wall times; each re-read in the zone with fold 0,
  // those already produced (and those before `start`) dropped.
  std::optional<std::pair<date::sys_seconds, date::local_seconds>> next_prefect() {
    for (int guard = 0; guard < 1000; ++guard) {
      const std::optional<date::local_seconds> wall = croniter_next(schedule_, naive_);
      if (!wall) return std::nullopt;
      naive_ = *wall;
      const date::sys_seconds instant = croniter_wall_to_instant(clock_, zone_, *wall);
      if (instant < from_ || std::find(seen_.begin(), seen_.end(), instant) != seen_.end())
        continue;
      seen_.push_back(instant);
      if (seen_.size() > 64) seen_.pop_front();
      return std::pair{instant, *wall};
    }
    return std::nullopt;
  }

  // cron_string_iterator: a schedule whose hour field is `*` runs at every existing matching
  // wall time, both copies of a repeated one; any other at the instant each matching wall time
  // resolves to (end of a gap, second of two copies).
  std::optional<std::pair<date::sys_seconds, date::local_seconds>> next_dagster() {
    if (schedule_.hour_star) {
      const std::optional<date::sys_seconds> instant = next_real_instant(schedule_, zone_, last_);
      if (!instant) return std::nullopt;
      last_ = *instant;
      return std::pair{*instant, wall_of(zone_, *instant)};
    }
    for (int guard = 0; guard < 1000; ++guard) {
      const std::optional<date::local_seconds> wall = croniter_next(schedule_, naive_);
      if (!wall) return std::nullopt;
      naive_ = *wall;
      const date::sys_seconds instant = croniter_wall_to_instant(clock_, zone_, *wall);
      if (instant <= last_) continue;
      last_ = instant;
      return std::pair{instant, *wall};
    }
    return std::nullopt;
  }

  ClockModel clock_;
  const Schedule& schedule_;
  const date::time_zone& zone_;
  date::sys_seconds from_;
  date::sys_seconds last_;
  date::local_seconds naive_;
  std::deque<date::sys_seconds> seen_;
};

}  // namespace

date::sys_seconds croniter_wall_to_instant(ClockModel clock, const date::time_zone& zone,
                                           date::local_seconds wall) {
  const date::local_info info = zone.get_info(wall);
  switch (info.result) {
    case date::local_info::unique:
      return date::sys_seconds{wall.time_since_epoch() - info.first.offset};
    case date::local_info::ambiguous:
      // first = the earlier occurrence's period.
      return date::sys_seconds{
          wall.time_since_epoch() -
          (clock == ClockModel::prefect_dates_generator ? info.first.offset : info.second.offset)};
    case date::local_info::nonexistent:
      switch (clock) {
        case ClockModel::airflow_cron_mixin:
          return date::sys_seconds{wall.time_since_epoch() - info.first.offset};
        case ClockModel::prefect_dates_generator:
          return date::sys_seconds{wall.time_since_epoch() - info.second.offset};
        default:
          return info.second.begin;
      }
  }
  return date::sys_seconds{wall.time_since_epoch() - info.first.offset};
}

void simulate_croniter(ClockModel clock, std::span<const SimJob> jobs, const SimOptions& options,
                       date::sys_seconds end, std::vector<Firing>& out, const FiringSink* sink) {
  std::vector<CroniterJob> runs;
  runs.reserve(jobs.size());
  for (std::size_t j = 0; j < jobs.size(); ++j) {
    const date::time_zone& zone = jobs[j].zone ? *jobs[j].zone : *options.zone;
    runs.emplace_back(clock, jobs[j].schedule, zone, options.from);
  }
  // Each job's iterator keeps its own last wall time: the instant of the run before is not
  // what croniter is handed.
  simulate_run_after_run(jobs.size(), options, end, out, sink,
                         [&](std::size_t j, date::sys_seconds) -> std::optional<NextRun> {
                           if (jobs[j].schedule.at_reboot) return std::nullopt;
                           if (auto next = runs[j].next())
                             return NextRun{next->first, next->second};
                           return std::nullopt;
                         });
}

}  // namespace cronkit
