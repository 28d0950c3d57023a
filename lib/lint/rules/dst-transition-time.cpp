// dst-transition-time: jobs at the times cron treats specially when daylight-saving time starts or
// ends (docs/semantics.md §12: the daemon's "virtual clock", wildcard/fixed-time jobs).

#include <date/tz.h>
#include <fmt/format.h>

#include <optional>
#include <string>
#include <vector>

#include <map>

#include "lint/expression.hpp"
#include "lint/fields.hpp"
#include "lint/rule.hpp"
#include "lint/run_cache.hpp"
#include "sim/simulate.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds jobs that fire inside a daylight-saving gap or repeated hour of the zone they run in. The
zone must be known: `--tz` (or the config file's `tz`), else cronie's `CRON_TZ` (with
`--dialect cronie`). Without a known zone the rule says nothing: which zone a server uses is not
something the crontab tells, and guessing one was wrong far more often than right. Zones that
change at midnight (Havana, Beirut, Cairo, Santiago, Asunción) are covered. What is reported
follows what Debian's cron and cronie do:

- a wildcard job (minute or hour field starts with `*`) whose runs that day all fall in the
  spring gap does not run at all that day (`*/20 2 * * *`): warning, a run is lost;
- a job whose minute field starts with `*` and whose hour field is restricted to the repeated
  autumn hour runs in both passes (`*/15 1 * * *` eight times instead of four): warning, runs are
  doubled;
- a fixed-time job in the spring gap runs late, at the first minute after the jump, once per
  matching skipped minute (`30 2 * * *` at 03:00): info, since it still runs, at most an hour
  late, once a year.

A job that also runs at other hours (`*/20 * * * *`) just skips the missing hour, and a
fixed-time job in the repeated hour runs once: neither is reported.

## Why is this bad?
At these times cron behaves differently from a wall clock and from every popular scheduling
library; cronie's crontab(5) even describes an older behaviour than its code. A backup at 02:30
is the classic case.

## Example
<!-- cronlint: --tz=America/New_York -->
    */20 2 * * * /usr/local/bin/sync.sh >> /var/log/sync.log 2>&1

## Use instead
<!-- cronlint: --tz=America/New_York -->
    */20 4 * * * /usr/local/bin/sync.sh >> /var/log/sync.log 2>&1

or run the server (or, on cronie, `CRON_TZ=`) in UTC.

## Notes
The list above is Vixie cron's clock (Debian's cron, cronie, FreeBSD's cron). The other dialects
follow their daemon's clock (`Dialect::clock`): busybox crond reads the real clock once a minute,
so a job whose runs that day all fall in the gap does not run, and a job restricted to some hours
runs twice in the repeated hour; systemd-cron's calendar timers skip a time in the gap and run a
repeated time once; supercronic moves a time in the gap by the size of the jump, earlier west of
UTC (a warning: it then loops on "job took too long" until the gap ends), later east of it
(info), and runs a repeated time once.

A scheduler's expression (`cronlint --dialect kubernetes --tz ZONE --expr`, a CronJob with
`timeZone`, an EventBridge Scheduler schedule with its zone, a `CRON_TZ=` prefix) is run through
that system's own clock (`cronsim --dialect`) on each day the zone changes its offset, and what
it does differently from the wall clock is reported: a run skipped (warning when it was the
day's only run, or when the time exists and the system still skips it, as robfig/cron does with
`0 2 * * *` on Lord Howe Island's 30-minute change), moved to another time (info: Azure, Airflow
and Dagster run a time in the gap late), or run twice (warning: Kubernetes, Spring and GitLab run
both copies of a repeated time). A schedule that runs every hour is not reported: the change
moves or repeats one of many runs.)doc";

constexpr int first_year = 2026;
constexpr int years = 28;  // the Gregorian weekday pattern repeats every 28 years (until 2100)

// One offset change of a zone, in local wall-clock terms.
struct Transition {
  date::year_month_day day;
  bool gap = false;          // spring forward: [start, end) does not exist; else repeated
  int start_minute = 0;      // minute of the day (0-1439)
  int end_minute = 0;        // exclusive; at most 1440 (a window is clipped to its day)
  std::string before;        // "02:00"
  std::string after;         // "03:00"
  bool west_of_utc = false;  // the offset before the change is negative (America)
};

struct ZoneTransitions {
  std::string name;
  std::vector<Transition> transitions;
  std::bitset<24> hours;  // the hours touched by any window
};

std::string clock_text(int minute_of_day) {
  return fmt::format("{:02}:{:02}", (minute_of_day / 60) % 24, minute_of_day % 60);
}

std::optional<ZoneTransitions> compute_transitions(const std::string& name) {
  const date::time_zone* zone = nullptr;
  try {
    zone = date::locate_zone(name);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  using namespace std::chrono;
  ZoneTransitions result{name, {}, {}};
  sys_seconds t = date::sys_days{date::year{first_year} / 1 / 1};
  sys_seconds stop = date::sys_days{date::year{first_year + years} / 1 / 1};
  date::sys_info info = zone->get_info(t);
  while (info.end < stop) {
    date::sys_info next = zone->get_info(info.end);
    auto delta = duration_cast<minutes>(next.offset - info.offset);
    if (delta.count() != 0 && std::chrono::abs(delta) < hours(3)) {
      // The local time at which the clock jumps, read on the old offset.
      auto local_jump = date::local_seconds{(info.end + info.offset).time_since_epoch()};
      auto day = date::floor<date::days>(local_jump);
      int jump_minute = static_cast<int>(duration_cast<minutes>(local_jump - day).count());
      Transition transition;
      transition.day = date::year_month_day{day};
      transition.gap = delta.count() > 0;
      transition.west_of_utc = info.offset.count() < 0;
      int delta_minutes = static_cast<int>(std::chrono::abs(delta).count());
      transition.start_minute = transition.gap ? jump_minute : jump_minute - delta_minutes;
      transition.end_minute = transition.gap ? jump_minute + delta_minutes : jump_minute;
      transition.before = clock_text(jump_minute);
      transition.after = clock_text(jump_minute + static_cast<int>(delta.count()) + 1440);
      if (transition.start_minute < 0) {
        // The repeated interval starts the day before (a change at 00:xx): keep today's part.
        transition.start_minute = 0;
      }
      transition.end_minute = std::min(transition.end_minute, 1440);
      for (int m = transition.start_minute; m < transition.end_minute; m += 60) {
        result.hours.set(static_cast<std::size_t>(m / 60));
      }
      result.hours.set(static_cast<std::size_t>((transition.end_minute - 1) / 60));
      result.transitions.push_back(std::move(transition));
    }
    info = next;
  }
  return result;
}

// A zone's transitions are computed once per lint run (the run's cache keeps them); nothing for
// an unknown zone.
const ZoneTransitions* transitions_of(lint::RuleContext& ctx, std::string_view name) {
  const auto& transitions = ctx.run_cache().derived<std::optional<ZoneTransitions>>(
      name, [](std::string_view zone) { return compute_transitions(std::string(zone)); });
  return transitions ? &*transitions : nullptr;
}

struct Hit {
  Severity severity = Severity::warning;
  std::string message;
};

bool fires_at(const Schedule& schedule, int minute_of_day) {
  return schedule.hours[static_cast<std::size_t>(minute_of_day / 60)] &&
         schedule.minutes[static_cast<std::size_t>(minute_of_day % 60)];
}

// "02:30" or "02:00-02:40": the firings of one window, as a message lists them.
std::string firing_text(const std::vector<int>& firings) {
  return clock_text(firings.front()) +
         (firings.size() > 1 ? fmt::format("-{}", clock_text(firings.back())) : std::string());
}

// Vixie cron's virtual clock (Debian's cron, cronie, FreeBSD's cron): docs/semantics.md §12.
std::optional<Hit> check_vixie_clock(const Schedule& schedule, const ZoneTransitions& zone,
                                     std::string_view daemon) {
  const std::string& where = zone.name;
  std::optional<Hit> autumn;
  for (const Transition& transition : zone.transitions) {
    std::vector<int> firings;
    for (int m = transition.start_minute; m < transition.end_minute; ++m) {
      if (fires_at(schedule, m)) firings.push_back(m);
    }
    if (firings.empty() || !schedule.matches_day(transition.day)) continue;
    if (transition.gap) {
      if (schedule.is_wildcard_job()) {
        std::size_t per_day = schedule.hours.count() * schedule.minutes.count();
        if (per_day != firings.size()) continue;
        return Hit{
            Severity::warning,
            fmt::format("the job runs only at {} on the day the clocks go forward ({} -> "
                        "{} in {}), times that do not exist then: as a wildcard job (minute "
                        "or hour starts with '*') {} skips it that day",
                        firing_text(firings), transition.before, transition.after, where, daemon)};
      }
      return Hit{Severity::info,
                 fmt::format("{} does not exist on the day the clocks go forward ({} -> {} in "
                             "{}): {} runs the job late, at {}{}",
                             clock_text(firings.front()), transition.before, transition.after,
                             where, daemon, transition.after,
                             firings.size() > 1 ? fmt::format(", {} times", firings.size())
                                                : std::string())};
    }
    if (!autumn && schedule.minute_star && !schedule.hour_star) {
      autumn =
          Hit{Severity::warning,
              fmt::format("{}-{} happens twice on the day the clocks go back ({} -> {} in "
                          "{}): the minute field starts with '*', so {} runs the job in "
                          "both passes ({} times instead of {})",
                          clock_text(transition.start_minute),
                          clock_text(transition.end_minute - 1), transition.before,
                          transition.after, where, daemon, 2 * firings.size(), firings.size())};
    }
  }
  return autumn;
}

// The other clocks: busybox crond reads the real clock once a minute (gap minutes never come,
// repeated ones come twice); systemd's calendar timers skip a time the gap removes and fire a
// repeated time once; supercronic's Go time.Date() moves a time in the gap by the size of the
// jump, earlier west of UTC (and then loops on "job took too long" until the gap ends), later
// east of it, and fires a repeated time once.
std::optional<Hit> check_other_clock(const Schedule& schedule, const ZoneTransitions& zone,
                                     const Dialect& dialect) {
  const std::string& where = zone.name;
  const std::size_t per_day = schedule.hours.count() * schedule.minutes.count();
  for (const Transition& transition : zone.transitions) {
    std::vector<int> firings;
    for (int m = transition.start_minute; m < transition.end_minute; ++m) {
      if (fires_at(schedule, m)) firings.push_back(m);
    }
    if (firings.empty() || !schedule.matches_day(transition.day)) continue;
    const int jump = transition.end_minute - transition.start_minute;
    if (transition.gap) {
      if (dialect.clock == ClockModel::go_wall_clock_next) {
        if (transition.west_of_utc) {
          return Hit{Severity::warning,
                     fmt::format("{} does not exist on the day the clocks go forward ({} -> {} in "
                                 "{}): {} computes it with Go's time.Date, which moves it {} "
                                 "minutes earlier, to {}, and then logs 'job took too long' in a "
                                 "loop until {}",
                                 clock_text(firings.front()), transition.before, transition.after,
                                 where, dialect.daemon, jump, clock_text(firings.front() - jump),
                                 transition.after)};
        }
        return Hit{Severity::info,
                   fmt::format("{} does not exist on the day the clocks go forward ({} -> {} in "
                               "{}): {} runs the job {} minutes late, at {}",
                               clock_text(firings.front()), transition.before, transition.after,
                               where, dialect.daemon, jump, clock_text(firings.front() + jump))};
      }
      if (dialect.clock == ClockModel::freebsd_dst_switch) {
        // cron.c cron_tick() with -s: after the offset grows, jobs are also matched against the
        // wall clock under the old offset, so a time in the gap runs that much later.
        if (per_day != firings.size()) continue;
        return Hit{Severity::info,
                   fmt::format("{} does not exist on the day the clocks go forward ({} -> {} in "
                               "{}): {} (started with -s, as FreeBSD's rc.conf does) runs the "
                               "job {} minutes late, at {}",
                               clock_text(firings.front()), transition.before, transition.after,
                               where, dialect.daemon, jump, clock_text(firings.front() + jump))};
      }
      // The real clock and systemd's calendar: a time the gap removes never comes.
      if (per_day != firings.size()) continue;
      return Hit{Severity::warning,
                 fmt::format("the job runs only at {} on the day the clocks go forward ({} -> {} "
                             "in {}), times that do not exist then: {} does not run it that day",
                             firing_text(firings), transition.before, transition.after, where,
                             dialect.daemon)};
    }
    // A repeated time runs twice only on the real clock; a job that runs every hour anyway just
    // gets one more run.
    if (dialect.clock == ClockModel::real_time_minutes && schedule.hours.count() < 24) {
      return Hit{Severity::warning,
                 fmt::format("{} happens twice on the day the clocks go back ({} -> {} in {}): "
                             "{} follows the real clock, so it runs the job in both passes ({} "
                             "times instead of {})",
                             firing_text(firings), transition.before, transition.after, where,
                             dialect.daemon, 2 * firings.size(), firings.size())};
    }
  }
  return std::nullopt;
}

std::optional<Hit> check_zone(const Schedule& schedule, const ZoneTransitions& zone,
                              const Dialect& dialect) {
  if ((zone.hours & schedule.hours).none()) return std::nullopt;
  if (dialect.clock == ClockModel::vixie_wall_clock) {
    return check_vixie_clock(schedule, zone, dialect.daemon);
  }
  return check_other_clock(schedule, zone, dialect);
}

void check(lint::RuleContext& ctx, const Entry& entry) {
  if (!ctx.schedule_is_trusted(entry) || entry.schedule.at_reboot) return;
  std::string_view zone = ctx.options.zone;
  if (ctx.dialect.honours_cron_tz) {
    for (const EnvAssignment& assignment : ctx.crontab.environment_for(entry)) {
      if (assignment.name == "CRON_TZ") zone = assignment.value;
    }
  }
  // No known zone, no finding: the zone a server runs in is not written in its crontab.
  if (zone.empty()) return;
  const ZoneTransitions* transitions = transitions_of(ctx, zone);
  if (!transitions) return;
  std::optional<Hit> hit = check_zone(entry.schedule, *transitions, ctx.dialect);
  if (!hit) return;
  Span span = entry.special ? entry.special_span()
                            : lint::join_spans(entry.fields[0].span(), entry.fields[1].span());
  ctx.report(hit->severity, span, std::move(hit->message));
}

// --- a scheduler's expression, through its own clock -------------------------------------------

// "02:30" or "02:30:15": a wall time of the day, with seconds when it has any.
std::string wall_text(date::local_seconds time) {
  const auto day = date::floor<date::days>(time);
  const date::hh_mm_ss<std::chrono::seconds> clock{time - day};
  if (clock.seconds().count() != 0) {
    return fmt::format("{:02}:{:02}:{:02}", clock.hours().count(), clock.minutes().count(),
                       clock.seconds().count());
  }
  return fmt::format("{:02}:{:02}", clock.hours().count(), clock.minutes().count());
}

// The wall times at which the scheduler runs `schedule` on the local days `first` and the day
// after, each with how often it runs at that wall time, as its clock computes them. The clock
// starts a day earlier: a scheduler that computes each run from the last one carries a mistake
// into the next day (robfig/cron loses the next midnight after Lord Howe's change).
std::map<date::local_seconds, int> runs_on(const Schedule& schedule, const Dialect& cron,
                                           const date::time_zone& zone, date::local_days first) {
  SimOptions options;
  options.zone = &zone;
  options.dialect = cron.id;
  options.from = zone.to_sys(date::local_seconds{first - date::days{1}}, date::choose::earliest);
  options.to = zone.to_sys(date::local_seconds{first + date::days{2}}, date::choose::earliest);
  const SimJob job{schedule, nullptr};
  std::map<date::local_seconds, int> runs;
  for (const Firing& firing : simulate(std::span<const SimJob>(&job, 1), options)) {
    const date::local_seconds wall = zone.to_local(firing.instant);
    const date::local_days day = date::floor<date::days>(wall);
    if (day == first || day == first + date::days{1}) ++runs[wall];
  }
  return runs;
}

// What the scheduler does on the day of an offset change and the day after, against the wall
// clock's runs of the same days (the same clock in UTC, which has no change); nothing when it
// does the same.
std::optional<Hit> scheduler_hit(const Schedule& schedule, const Dialect& cron,
                                 const date::time_zone& zone, const date::time_zone& utc,
                                 const Transition& transition, const std::string& where) {
  const date::local_days day{transition.day};
  const std::map<date::local_seconds, int> wall = runs_on(schedule, cron, utc, day);
  if (wall.empty()) return std::nullopt;
  const std::map<date::local_seconds, int> real = runs_on(schedule, cron, zone, day);
  std::vector<date::local_seconds> missing, moved, doubled;
  for (const auto& [time, count] : wall) {
    const auto found = real.find(time);
    if (found == real.end()) {
      missing.push_back(time);
    } else if (found->second > count) {
      doubled.push_back(time);
    }
  }
  for (const auto& [time, count] : real) {
    if (!wall.contains(time)) moved.push_back(time);
  }
  const std::string change =
      fmt::format("on the day the clocks go {} ({} -> {} in {})",
                  transition.gap ? "forward" : "back", transition.before, transition.after, where);
  auto in_gap = [&](date::local_seconds time) {
    const auto minute = std::chrono::duration_cast<std::chrono::minutes>(time - day).count();
    return transition.gap && minute >= transition.start_minute && minute < transition.end_minute;
  };
  auto runs_that_day = [&](date::local_seconds time) {
    const date::local_days of = date::floor<date::days>(time);
    return std::count_if(real.begin(), real.end(),
                         [&](const auto& run) { return date::floor<date::days>(run.first) == of; });
  };
  // "02:30", or "00:00 the next day".
  auto when = [&](date::local_seconds time) {
    return date::floor<date::days>(time) == day ? wall_text(time)
                                                : wall_text(time) + " the next day";
  };
  if (!missing.empty()) {
    const date::local_seconds first = missing.front();
    // A time that exists, skipped all the same (robfig/cron after a 30-minute change).
    if (!in_gap(first)) {
      const bool same_day = date::floor<date::days>(first) == day;
      return Hit{Severity::warning,
                 fmt::format("{} does not run the job at {} {} {}, although that time exists: "
                             "its clock skips it (cronsim --dialect {} shows it)",
                             cron.daemon, wall_text(first), same_day ? "on" : "the day after",
                             change.substr(3), cron.name)};
    }
    if (!moved.empty()) {
      return Hit{Severity::info,
                 fmt::format("{} does not exist {}: {} runs the job at {} instead",
                             wall_text(first), change, cron.daemon, when(moved.front()))};
    }
    if (runs_that_day(first) == 0) {
      return Hit{Severity::warning,
                 fmt::format("the job runs only at {} {}, {} that does not exist then: {} does "
                             "not run it that day",
                             missing.size() > 1
                                 ? fmt::format("{}-{}", wall_text(first), wall_text(missing.back()))
                                 : wall_text(first),
                             change, missing.size() > 1 ? "times" : "a time", cron.daemon)};
    }
  }
  if (!doubled.empty()) {
    return Hit{Severity::warning,
               fmt::format("{} happens twice {}: {} runs the job in both passes ({} times instead "
                           "of {})",
                           doubled.size() > 1 ? fmt::format("{}-{}", wall_text(doubled.front()),
                                                            wall_text(doubled.back()))
                                              : wall_text(doubled.front()),
                           change, cron.daemon, 2 * doubled.size(), doubled.size())};
  }
  if (missing.empty() && !moved.empty()) {
    return Hit{Severity::warning,
               fmt::format("{} runs the job once more {}, at {}, a time the schedule does not "
                           "name: its clock adds it (cronsim --dialect {} shows it)",
                           cron.daemon, change, when(moved.front()), cron.name)};
  }
  return std::nullopt;
}

void check_expression(lint::ExpressionContext& ctx) {
  const Schedule& schedule = ctx.parsed.schedule;
  // No known zone, no finding; a schedule that runs every hour loses or repeats one of many runs.
  if (ctx.zone.empty() || schedule.at_reboot || schedule.is_rate_or_one_time() ||
      schedule.never_fires() || schedule.hours.count() == 24)
    return;
  // Dense schedules (more than once a minute) run through any change regardless.
  if (schedule.minutes.count() * schedule.extras().seconds.count() > 60) return;
  const std::optional<ZoneTransitions> zone = compute_transitions(std::string(ctx.zone));
  if (!zone) return;
  const date::time_zone& local = *date::locate_zone(zone->name);
  const date::time_zone& utc = *date::locate_zone("UTC");
  // The wall-clock sets describe the schedule except where the system's own reading (Quartz's
  // `L`/`W`/`#`, fugit's) keeps more; those are left to the clock.
  const bool sets_decide_days = !schedule.extras().quartz.any() && !schedule.extras().quartz_cron &&
                                !schedule.extras().fugit_cron;
  for (const Transition& transition : zone->transitions) {
    // Every hour of the day and the next, not only those near the change: after a 30-minute
    // change robfig/cron's hour walk loses the day's runs at minutes 0-29.
    const date::year_month_day next{date::local_days{transition.day} + date::days{1}};
    if (sets_decide_days && !schedule.matches_day(transition.day) && !schedule.matches_day(next))
      continue;
    if (std::optional<Hit> hit =
            scheduler_hit(schedule, ctx.dialect, local, utc, transition, zone->name)) {
      ctx.report(hit->severity, 0, ctx.parsed.text().size(), std::move(hit->message));
      return;
    }
  }
}

}  // namespace

extern const lint::Rule dst_transition_time{
    {.id = "dst-transition-time",
     .severity = Severity::warning,
     .category = lint::Category::dst,
     .summary = "a job in a daylight-saving gap or repeated hour: cron skips, delays or doubles it",
     .doc = doc},
    nullptr,
    check,
    nullptr,
    check_expression};

}  // namespace cronkit::rules
