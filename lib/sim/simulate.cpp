#include "sim/simulate.hpp"

#include "sim/croniter_clock.hpp"
#include "sim/eventbridge_clock.hpp"
#include "sim/fugit_clock.hpp"
#include "sim/go_clock.hpp"
#include "sim/quartz_clock.hpp"
#include "sim/robfig_clock.hpp"
#include "sim/scheduler_clocks.hpp"
#include "timezone/timezone.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <vector>

namespace cronkit {

namespace {

using std::chrono::minutes;
using std::chrono::seconds;

// Nothing is simulated from this instant on: RFC 3339 has four-digit years.
const date::sys_seconds horizon = date::sys_days(date::year(10000) / 1 / 1);

// How long before `from` the daemon is assumed to have been running normally. Longer than the
// longest jump cron still classifies (3 hours), so a range that starts inside a repeated
// interval or right after a jump sees the state the daemon would really be in.
const seconds warm_up = std::chrono::hours(4);

// Floor division for minute arithmetic on possibly negative second counts.
long long floor_div(long long a, long long b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
long long ceil_div(long long a, long long b) {
  return -floor_div(-a, b);
}

// An interval of real time during which the daemon computes its clock with one UTC offset.
struct OffsetPeriod {
  date::sys_seconds begin;
  date::sys_seconds end;  // exclusive
  seconds offset{0};
};

// The offset the daemon uses, which is not always the zone's: Debian's cron asks for it on every
// wake-up (patch Check_for_timezone_changes), cronie only when tm_isdst flips, so cronie misses
// an offset change that keeps the DST flag (a zone changing its standard time) until the next
// flip. Periods of equal offset are merged: a change of abbreviation alone is no jump.
class DaemonClock {
 public:
  DaemonClock(const date::time_zone& zone, DialectId dialect, date::sys_seconds start)
      : zone_(&zone), only_on_dst_flip_(dialect == DialectId::cronie), start_(start) {}

  OffsetPeriod period_at(date::sys_seconds t) const {
    date::sys_info info = zone_->get_info(t);
    OffsetPeriod period{info.begin, info.end, info.offset};
    if (!only_on_dst_flip_) {
      for (int guard = 0; guard < 64 && period.end < horizon; ++guard) {
        date::sys_info next = zone_->get_info(period.end);
        if (next.offset != period.offset) break;
        period.end = next.end;
      }
      return clamp(period);
    }
    bool dst = info.save != minutes(0);
    // cronie took its offset when the flag last flipped, or at start-up.
    date::sys_info first = info;
    for (int guard = 0; guard < 64 && first.begin > start_; ++guard) {
      date::sys_info previous = zone_->get_info(first.begin - seconds(1));
      if ((previous.save != minutes(0)) != dst) break;
      first = previous;
    }
    period.offset = first.begin > start_ ? first.offset : zone_->get_info(start_).offset;
    period.begin = std::max(first.begin, start_);
    for (int guard = 0; guard < 64 && period.end < horizon; ++guard) {
      date::sys_info next = zone_->get_info(period.end);
      if ((next.save != minutes(0)) != dst) break;
      period.end = next.end;
    }
    return clamp(period);
  }

 private:
  static OffsetPeriod clamp(OffsetPeriod period) {
    if (period.end > horizon) period.end = horizon;
    return period;
  }
  const date::time_zone* zone_;
  bool only_on_dst_flip_;
  date::sys_seconds start_;
};

long long minute_number(LocalMinute minute) {
  return minute.time_since_epoch().count();
}
LocalMinute local_minute(long long number) {
  return LocalMinute(minutes(number));
}

// The daemon's clock reading at a real instant: minutes of local time since the epoch.
long long clock_at(date::sys_seconds t, seconds offset) {
  return floor_div((t.time_since_epoch() + offset).count(), 60);
}
// The real instant at which the daemon's clock reaches local minute `clock`.
date::sys_seconds instant_of(long long clock, seconds offset) {
  return date::sys_seconds(seconds(clock * 60) - offset);
}

// The hours and minutes a job allows, as lists, for the per-day expansion of the fast path.
struct JobPlan {
  const SimJob* job = nullptr;
  bool fires = false;
  std::array<std::uint8_t, 24> hours{};
  std::uint8_t hour_count = 0;
  std::array<std::uint8_t, 60> minutes_list{};
  std::uint8_t minute_count = 0;
};

class Simulator {
 public:
  Simulator(std::span<const SimJob> jobs, const SimOptions& options)
      : jobs_(jobs),
        options_(options),
        dialect_(dialect(options.dialect)),
        clock_(*options.zone, options.dialect, options.from - warm_up),
        plans_(jobs.size()) {
    for (std::size_t j = 0; j < jobs.size(); ++j) {
      JobPlan& plan = plans_[j];
      plan.job = &jobs[j];
      const Schedule& schedule = jobs[j].schedule;
      plan.fires = !schedule.at_reboot && !schedule.never_fires();
      // Quartz: only its own getTimeAfter() says whether and when (quartz_clock.cpp).
      if (schedule.extras().quartz_cron || schedule.is_rate_or_one_time()) any_fires_ = true;
      if (schedule.extras().fugit_cron)
        any_fires_ = true;  // likewise fugit's next_time (fugit_clock.cpp)
      for (std::uint8_t h = 0; h < 24; ++h) {
        if (schedule.hours.test(h)) plan.hours[plan.hour_count++] = h;
      }
      for (std::uint8_t m = 0; m < 60; ++m) {
        if (schedule.minutes.test(m)) plan.minutes_list[plan.minute_count++] = m;
      }
      if (plan.hour_count == 0 || plan.minute_count == 0) plan.fires = false;
      if (plan.fires && jobs[j].zone) has_zoned_jobs_ = true;
      if (plan.fires) any_fires_ = true;
    }
    end_ = horizon;
    if (options.to) {
      end_ = std::min(*options.to, horizon);
    } else if (!options.count) {
      end_ = std::min(add_local_days(options.from, 7, *options.zone), horizon);
    }
    limit_ = options.count.value_or(std::numeric_limits<std::size_t>::max());
  }

  void set_sink(const FiringSink* sink) { sink_ = sink; }

  std::vector<Firing> run() {
    if (!any_fires_ || limit_ == 0 || options_.from >= end_) return {};
    switch (dialect_.clock) {
      case ClockModel::real_time_minutes:
      case ClockModel::systemd_calendar:
      case ClockModel::freebsd_dst_switch:
        run_real_time();
        return finish();
      case ClockModel::go_wall_clock_next:
        simulate_go_wall_clock(jobs_, options_, end_, out_, sink_);
        return std::move(out_);
      case ClockModel::quartz_time_after:
        simulate_quartz_triggers(jobs_, options_, end_, out_, sink_);
        return std::move(out_);
      case ClockModel::robfig_spec_next:
        simulate_robfig(jobs_, options_, end_, out_, sink_);
        return std::move(out_);
      case ClockModel::spring_cron_next:
        simulate_next_after(jobs_, options_, end_, out_, sink_, spring_next);
        return std::move(out_);
      case ClockModel::ncrontab_functions:
        simulate_next_after(jobs_, options_, end_, out_, sink_, functions_next);
        return std::move(out_);
      case ClockModel::airflow_cron_mixin:
      case ClockModel::prefect_dates_generator:
      case ClockModel::dagster_cron_iterator:
        simulate_croniter(dialect_.clock, jobs_, options_, end_, out_, sink_);
        return std::move(out_);
      case ClockModel::fugit_next_time:
        simulate_fugit_schedules(jobs_, options_, end_, out_, sink_);
        return std::move(out_);
      case ClockModel::eventbridge_wall_clock:
        simulate_eventbridge(jobs_, options_, end_, out_, sink_);
        return std::move(out_);
      case ClockModel::vixie_wall_clock:
        break;
    }
    date::sys_seconds start = options_.from - warm_up;
    OffsetPeriod period = clock_.period_at(start);
    long long first_clock = ceil_div((start.time_since_epoch() + period.offset).count(), 60);
    date::sys_seconds wake = instant_of(first_clock, period.offset);
    if (wake >= period.end) wake = period.end;
    // Assume the daemon handled the minute before this one normally.
    {
      OffsetPeriod p = clock_.period_at(wake);
      time_running_ = clock_at(wake, p.offset) - 1;
      virtual_time_ = time_running_;
      old_offset_ = p.offset;
    }
    while (wake < end_ && produced() < limit_) {
      OffsetPeriod p = clock_.period_at(wake);
      long long now = clock_at(wake, p.offset);
      if (now == time_running_) {
        // The clock went back by less than a minute: cron sleeps on without doing anything.
        wake = next_wake(wake, p);
        continue;
      }
      if (now - virtual_time_ == 1 && now > time_running_) {
        wake = run_steady(now, p);
      } else {
        wake_up(wake, now, p.offset);
        wake = next_wake(wake, p);
      }
      flush(false);
    }
    return finish();
  }

 private:
  std::vector<Firing> finish() {
    if (sink_) {
      flush(true);
      return {};
    }
    if (out_.size() > limit_) out_.resize(limit_);
    return std::move(out_);
  }

  // The clocks that follow real time, period by period of one UTC offset; every minute of real
  // time is one local minute of its period:
  //  - busybox crond (crond.c crond_main): each real minute is matched once, through
  //    localtime(); wall minutes a forward change skips never occur, a repeated hour is matched
  //    twice. Its "time disparity" rule (|dt| > 3600 s) is about steps of the system clock,
  //    which an offset change is not.
  //  - systemd (calendarspec.c, via the generator's OnCalendar=): the next elapse is the next
  //    wall-clock time after the last one, so the wall clock never goes back: a gap's times do
  //    not exist, and a repeated hour's times run once, at their first occurrence.
  //  - FreeBSD's cron -s (cron.c cron_tick): busybox's loop, plus the |change| seconds after an
  //    offset change handled minute by minute (freebsd_switch_window).
  void run_real_time() {
    const bool systemd = dialect_.clock == ClockModel::systemd_calendar;
    const bool freebsd = dialect_.clock == ClockModel::freebsd_dst_switch;
    date::sys_seconds t = options_.from - warm_up;
    long long done_clock = std::numeric_limits<long long>::min();
    std::optional<seconds> previous_offset;
    while (t < end_ && produced() < limit_) {
      const OffsetPeriod p = clock_.period_at(t);
      const date::sys_seconds stop = std::min(p.end, end_);
      long long begin = ceil_div((t.time_since_epoch() + p.offset).count(), 60);
      const long long end = ceil_div((stop.time_since_epoch() + p.offset).count(), 60);
      if (freebsd && previous_offset && *previous_offset != p.offset && t == p.begin) {
        begin = freebsd_switch_window(begin, end, *previous_offset, p.offset);
      }
      if (systemd && done_clock != std::numeric_limits<long long>::min()) {
        begin = std::max(begin, done_clock + 1);
      }
      if (begin < end) expand_daemon_zone_jobs(begin, end, p.offset);
      done_clock = std::max(done_clock, end - 1);
      previous_offset = p.offset;
      t = p.end;
      flush(false);
    }
  }

  // FreeBSD cron_tick() with -s, for the ticks from the first one under the new offset until
  // |change| seconds later (difflimit). A forward change marks RUN_AT every job that last ran
  // more than an hour before; such a job also runs, once, at the tick whose wall time under the
  // old offset it matches. A backward change marks every job NOT_UNTIL: it is skipped until the
  // old-offset wall time matches it. Returns the first clock reading after the window.
  long long freebsd_switch_window(long long begin, long long end, seconds old_offset,
                                  seconds offset) {
    const seconds diff = offset - old_offset;
    const long long window_end = std::min(end, begin + std::chrono::abs(diff).count() / 60);
    const long long diff_minutes = diff.count() / 60;
    enum : std::uint8_t { run_at = 1, not_until = 2 };
    std::vector<std::uint8_t> flags(jobs_.size(), 0);
    const date::sys_seconds first_tick = instant_of(begin, offset);
    for (std::size_t j = 0; j < jobs_.size(); ++j) {
      if (!plans_[j].fires) continue;
      if (diff > seconds(0)) {
        // e->lastrun: the job's last run under the old offset (0 if it never ran).
        auto previous =
            jobs_[j].schedule.previous_match(local_minute(clock_at(first_tick, old_offset)));
        const bool ran_within_hour = previous && instant_of(minute_number(*previous), old_offset) >=
                                                     first_tick - std::chrono::hours(1);
        if (!ran_within_hour) flags[j] = run_at;
      } else {
        flags[j] = not_until;
      }
    }
    for (long long clock = begin; clock < window_end && produced() < limit_; ++clock) {
      const date::sys_seconds tick = instant_of(clock, offset);
      const LocalMinute old_wall = local_minute(clock - diff_minutes);
      for (std::size_t j = 0; j < jobs_.size(); ++j) {
        if (!plans_[j].fires) continue;
        const Schedule& schedule = jobs_[j].schedule;
        if (flags[j] != 0) {
          if (schedule.matches(old_wall)) {
            if (flags[j] & run_at) {
              flags[j] = 0;
              emit(tick, j, true, old_wall);
              continue;
            }
            flags[j] &= static_cast<std::uint8_t>(~not_until);
          } else if (flags[j] & not_until) {
            continue;
          }
        }
        if (schedule.matches(local_minute(clock))) {
          flags[j] &= static_cast<std::uint8_t>(~run_at);
          emit(tick, j, false, local_minute(clock));
        }
      }
    }
    return window_end;
  }

  date::sys_seconds next_wake(date::sys_seconds wake, const OffsetPeriod& p) const {
    date::sys_seconds next = instant_of(clock_at(wake, p.offset) + 1, p.offset);
    return next < p.end ? next : p.end;
  }

  std::size_t produced() const { return flushed_ + out_.size(); }

  // Hands finished firings to the sink in blocks (never more than the count allows).
  void flush(bool force) {
    if (!sink_ || out_.empty() || (!force && out_.size() < 8192)) return;
    std::size_t n = std::min(out_.size(), limit_ - flushed_);
    if (n > 0) (*sink_)(std::span<const Firing>(out_.data(), n));
    flushed_ += n;
    out_.clear();
  }

  void emit(date::sys_seconds instant, std::size_t job, bool catch_up, LocalMinute matched) {
    if (instant < options_.from || instant >= end_) return;
    out_.push_back(Firing{instant, job, catch_up, matched});
  }

  // One wake-up of the daemon outside the steady state: cron's classification of the jump.
  void wake_up(date::sys_seconds wake, long long now, seconds offset) {
    time_running_ = now;
    long long diff = now - virtual_time_;
    if (diff == 1) {
      virtual_time_ = now;
      old_offset_ = offset;
      find_jobs(wake, now, now, true, true, old_offset_, offset);
    } else if (diff > 3 * 60 || diff < -dialect_.backward_jump_limit_minutes) {
      // The clock was set: start afresh from the new time.
      virtual_time_ = now;
      old_offset_ = offset;
      find_jobs(wake, now, now, true, true, offset, offset);
    } else if (diff > 5) {
      // Jumped forward (DST began): wildcard jobs once for the new minute, then the fixed-time
      // jobs of every minute up to and including the new one.
      find_jobs(wake, now, now, true, false, offset, offset);
      do {
        ++virtual_time_;
        if (virtual_time_ >= now) old_offset_ = offset;
        find_jobs(wake, now, virtual_time_, false, true, old_offset_, offset);
      } while (virtual_time_ < now);
    } else if (diff > 0) {
      // Woke up a few minutes late: everything of every missed minute.
      do {
        ++virtual_time_;
        if (virtual_time_ >= now) old_offset_ = offset;
        find_jobs(wake, now, virtual_time_, true, true, old_offset_, offset);
      } while (virtual_time_ < now);
    } else {
      // Jumped back (DST ended): wildcard jobs only; the virtual clock waits for real time.
      find_jobs(wake, now, now, true, false, offset, offset);
    }
  }

  // cron's find_jobs(): queue the jobs that match virtual minute `vtime`.
  void find_jobs(date::sys_seconds wake, long long now, long long vtime, bool wild, bool fixed,
                 seconds virtual_offset, seconds offset) {
    for (std::size_t j = 0; j < jobs_.size(); ++j) {
      const JobPlan& plan = plans_[j];
      if (!plan.fires) continue;
      const SimJob& job = *plan.job;
      LocalMinute local = local_minute(vtime);
      if (job.zone) {
        date::sys_seconds instant = instant_of(vtime, virtual_offset);
        auto zoned = job.zone->to_local(instant);
        local = date::floor<minutes>(zoned);
      }
      if (!job.schedule.matches(local)) continue;
      // cronie leaves CRON_TZ jobs alone while catching up across an offset change.
      if (job.zone && virtual_offset != offset) continue;
      if (job.schedule.is_wildcard_job() ? wild : fixed) emit(wake, j, vtime != now, local);
    }
  }

  // Wake-ups from clock reading `now` to the end of the offset period (or of the range) are all
  // normal (d = 1): list what matches, day by day, without visiting the minutes in between.
  // Returns the next wake-up instant.
  date::sys_seconds run_steady(long long now, const OffsetPeriod& p) {
    seconds offset = p.offset;
    date::sys_seconds stop = std::min(p.end, end_);
    long long first = now;
    // The first clock reading whose wake-up is at or after `stop`.
    long long last_exclusive =
        std::max(first, ceil_div((stop.time_since_epoch() + offset).count(), 60));
    // Nothing before `from` is listed; skip ahead (the state is the same either way).
    long long from_clock = ceil_div((options_.from.time_since_epoch() + offset).count(), 60);
    long long begin = std::max(first, from_clock);
    std::size_t before = out_.size();
    if (begin < last_exclusive) {
      expand_daemon_zone_jobs(begin, last_exclusive, offset);
      if (has_zoned_jobs_) {
        expand_zoned_jobs(begin, last_exclusive, offset);
        std::stable_sort(out_.begin() + static_cast<std::ptrdiff_t>(before), out_.end(),
                         [](const Firing& a, const Firing& b) {
                           return a.instant < b.instant ||
                                  (a.instant == b.instant && a.job < b.job);
                         });
      }
    }
    virtual_time_ = time_running_ = last_exclusive - 1;
    old_offset_ = offset;
    date::sys_seconds next = instant_of(last_exclusive, offset);
    return next < p.end ? next : p.end;
  }

  // Jobs in the daemon's zone match the clock reading itself.
  void expand_daemon_zone_jobs(long long begin, long long end, seconds offset) {
    std::size_t n = jobs_.size();
    cursors_.assign(n, std::numeric_limits<long long>::max());
    for (std::size_t j = 0; j < n; ++j) {
      if (!plans_[j].fires || jobs_[j].zone) continue;
      auto next = jobs_[j].schedule.next_match(local_minute(begin - 1));
      if (next) cursors_[j] = minute_number(*next);
    }
    std::vector<std::pair<std::uint16_t, std::uint32_t>>& day_firings = day_buffer_;
    std::array<std::uint32_t, 1441> bucket_start{};
    while (produced() < limit_) {
      long long earliest = *std::min_element(cursors_.begin(), cursors_.end());
      if (earliest >= end) break;
      long long day = floor_div(earliest, 1440) * 1440;
      long long day_end = std::min(day + 1440, end);
      day_firings.clear();
      std::size_t contributing = 0;
      for (std::size_t j = 0; j < n; ++j) {
        long long cursor = cursors_[j];
        if (cursor >= day_end) continue;
        ++contributing;
        const JobPlan& plan = plans_[j];
        int from_minute = static_cast<int>(cursor - day);
        for (int hi = 0; hi < plan.hour_count; ++hi) {
          int hour = plan.hours[hi];
          if (hour < from_minute / 60) continue;
          for (int mi = 0; mi < plan.minute_count; ++mi) {
            int minute_of_day = hour * 60 + plan.minutes_list[mi];
            if (minute_of_day < from_minute) continue;
            if (day + minute_of_day >= day_end) break;
            day_firings.emplace_back(static_cast<std::uint16_t>(minute_of_day),
                                     static_cast<std::uint32_t>(j));
          }
        }
        auto next = jobs_[j].schedule.next_match(local_minute(std::max(day + 1439, cursor)));
        cursors_[j] = next ? minute_number(*next) : std::numeric_limits<long long>::max();
      }
      if (contributing > 1) {
        // A stable counting sort by minute keeps input order among jobs of the same minute.
        bucket_start.fill(0);
        for (const auto& f : day_firings) ++bucket_start[f.first + 1];
        for (int i = 1; i <= 1440; ++i) bucket_start[i] += bucket_start[i - 1];
        sorted_buffer_.resize(day_firings.size());
        for (const auto& f : day_firings) sorted_buffer_[bucket_start[f.first]++] = f;
        day_firings.swap(sorted_buffer_);
      }
      for (const auto& [minute_of_day, j] : day_firings) {
        long long clock = day + minute_of_day;
        emit(instant_of(clock, offset), j, false, local_minute(clock));
        if (produced() >= limit_) break;
      }
      // CRON_TZ firings are merged in afterwards, so only without them is a day final here.
      if (!has_zoned_jobs_) flush(false);
    }
  }

  // cronie's CRON_TZ jobs match the wall clock of their own zone at each (normal) wake-up.
  void expand_zoned_jobs(long long begin, long long end, seconds offset) {
    date::sys_seconds range_begin = instant_of(begin, offset);
    date::sys_seconds range_end = instant_of(end, offset);
    for (std::size_t j = 0; j < jobs_.size(); ++j) {
      const SimJob& job = jobs_[j];
      if (!plans_[j].fires || !job.zone) continue;
      std::size_t found = 0;
      date::sys_seconds t = range_begin;
      while (t < range_end && found < limit_) {
        date::sys_info info = job.zone->get_info(t);
        date::sys_seconds period_end = std::min(info.end, range_end);
        // Local minutes of this zone whose wake-up falls in [t, period_end).
        long long local_first = floor_div((t.time_since_epoch() + info.offset).count(), 60) - 1;
        auto match = job.schedule.next_match(local_minute(local_first));
        while (match && found < limit_) {
          long long m = minute_number(*match);
          // The daemon's wake-up during that zone-local minute.
          date::sys_seconds minute_start(seconds(m * 60) - info.offset);
          long long clock = ceil_div((minute_start.time_since_epoch() + offset).count(), 60);
          date::sys_seconds wake = instant_of(clock, offset);
          if (wake >= period_end) break;
          if (wake >= t && wake - minute_start < minutes(1)) {
            emit(wake, j, false, *match);
            ++found;
          }
          match = job.schedule.next_match(*match);
        }
        t = period_end;
      }
    }
  }

  std::span<const SimJob> jobs_;
  const SimOptions& options_;
  const Dialect& dialect_;
  DaemonClock clock_;
  std::vector<JobPlan> plans_;
  bool has_zoned_jobs_ = false;
  bool any_fires_ = false;
  date::sys_seconds end_;
  std::size_t limit_ = 0;

  long long virtual_time_ = 0;  // cron's virtualTime: the last minute whose jobs were handled
  long long time_running_ = 0;  // cron's timeRunning: the clock reading of the last wake-up
  seconds old_offset_{0};       // cronie's oldGMToff (for CRON_TZ jobs)

  std::vector<Firing> out_;
  const FiringSink* sink_ = nullptr;
  std::size_t flushed_ = 0;  // firings already handed to the sink
  std::vector<long long> cursors_;
  std::vector<std::pair<std::uint16_t, std::uint32_t>> day_buffer_;
  std::vector<std::pair<std::uint16_t, std::uint32_t>> sorted_buffer_;
};

}  // namespace

std::vector<Firing> simulate(std::span<const SimJob> jobs, const SimOptions& options) {
  if (!options.zone) return {};
  return Simulator(jobs, options).run();
}

void simulate(std::span<const SimJob> jobs, const SimOptions& options, const FiringSink& sink) {
  if (!options.zone) return;
  Simulator simulator(jobs, options);
  simulator.set_sink(&sink);
  simulator.run();
}

std::vector<date::sys_seconds> next_firings(const Schedule& schedule, const date::time_zone& zone,
                                            date::sys_seconds from, std::size_t count) {
  SimJob job{schedule, nullptr};
  SimOptions options;
  options.zone = &zone;
  options.from = from;
  options.count = count;
  std::vector<Firing> firings = simulate(std::span<const SimJob>(&job, 1), options);
  std::vector<date::sys_seconds> instants;
  instants.reserve(firings.size());
  for (const Firing& firing : firings) instants.push_back(firing.instant);
  return instants;
}

}  // namespace cronkit
