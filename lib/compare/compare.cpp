#include "compare/compare.hpp"

#include <algorithm>
#include <chrono>
#include <iterator>

#include "explain/explain.hpp"
#include "parse/parse.hpp"
#include "sim/simulate.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

using std::chrono::days;
using std::chrono::seconds;

// Nothing is simulated from here on (RFC 3339 has four-digit years).
const date::sys_seconds last_instant = date::sys_days(date::year(9999) / 12 / 31);

// How far from an offset change the daemons are certainly back to plain matching: cron's clock
// classifies jumps of up to 3 hours and catches up within them, so a day is ample. A simulation
// started this far from every change sees what one running since `from` sees.
const seconds settle_time = days(1);

// `from` plus `years` calendar years, at the same wall-clock time (29 February becomes the 28th).
date::sys_seconds horizon_end(date::sys_seconds from, int years, const date::time_zone& zone) {
  const date::local_seconds local = zone.to_local(from);
  const date::local_days day = date::floor<days>(local);
  date::year_month_day ymd{day};
  ymd = ymd + date::years(years);
  if (!ymd.ok()) ymd = ymd.year() / ymd.month() / date::last;
  if (ymd.year() > date::year(9999)) return last_instant;
  return std::min(resolve_local_time(date::local_days(ymd) + (local - day), zone), last_instant);
}

// An interval [begin, end) of real time in which the simulations are compared firing by firing
// (around an offset change); outside them the daemons all match the wall clock plainly.
struct Window {
  date::sys_seconds begin;
  date::sys_seconds end;
};

// The windows around the zone's offset changes in [from, until), merged where they overlap.
// cronie takes a new offset only when the daylight-saving flag flips (lib/sim/simulate.cpp
// DaemonClock), so after a change that keeps the flag its clock depends on where the daemon
// started: such a window lasts until the next flip, so that no simulation is restarted inside it.
std::vector<Window> offset_change_windows(const date::time_zone& zone, date::sys_seconds from,
                                          date::sys_seconds until) {
  std::vector<Window> windows;
  date::sys_info info = zone.get_info(from);
  bool waiting_for_flip = false;
  while (info.end < until) {
    const date::sys_info next = zone.get_info(info.end);
    const bool flips =
        (next.save != std::chrono::minutes(0)) != (info.save != std::chrono::minutes(0));
    if (next.offset != info.offset || waiting_for_flip) {
      const Window window{next.begin - settle_time, next.begin + settle_time};
      if (!windows.empty() && (window.begin <= windows.back().end || waiting_for_flip)) {
        windows.back().end = std::max(windows.back().end, window.end);
      } else {
        windows.push_back(window);
      }
      waiting_for_flip = waiting_for_flip ? !flips : (next.offset != info.offset && !flips);
    }
    info = next;
  }
  if (waiting_for_flip && !windows.empty()) windows.back().end = until;
  return windows;
}

// The wall-clock days on which the accepting dialects' fields select different minutes (or
// seconds), as local midnights: on every other day they fire at the same wall-clock times.
std::vector<date::local_days> days_that_differ(const std::vector<const Schedule*>& schedules,
                                               date::local_days first, date::local_days last) {
  bool same_times = true;
  for (const Schedule* schedule : schedules) {
    const Schedule& front = *schedules.front();
    same_times = same_times && schedule->extras().seconds == front.extras().seconds &&
                 schedule->minutes == front.minutes && schedule->hours == front.hours;
  }
  std::vector<date::local_days> differing;
  for (date::local_days day = first; day <= last; day += days(1)) {
    const date::year_month_day ymd{day};
    std::size_t matching = 0;
    for (const Schedule* schedule : schedules) matching += schedule->matches_day(ymd) ? 1 : 0;
    if ((matching != 0 && matching != schedules.size()) || (matching != 0 && !same_times)) {
      differing.push_back(day);
    }
  }
  return differing;
}

struct Contender {
  DialectId dialect;
  const Schedule* schedule;
};

std::vector<date::sys_seconds> firings_in(const Contender& contender, const CompareOptions& options,
                                          date::sys_seconds begin, date::sys_seconds end,
                                          std::optional<std::size_t> count = std::nullopt) {
  std::vector<date::sys_seconds> instants;
  if (contender.schedule->at_reboot || contender.schedule->never_fires()) return instants;
  const SimJob job{*contender.schedule, nullptr};
  const SimOptions sim{
      .zone = options.zone, .dialect = contender.dialect, .from = begin, .to = end, .count = count};
  for (const Firing& firing : simulate({&job, 1}, sim)) instants.push_back(firing.instant);
  return instants;
}

// Compares the firings of [begin, end), every simulation started at `begin`. The parting, if
// the sequences differ there.
std::optional<Parting> compare_segment(const std::vector<Contender>& contenders,
                                       const CompareOptions& options, date::sys_seconds begin,
                                       date::sys_seconds end, date::sys_seconds until) {
  std::vector<std::vector<date::sys_seconds>> lists;
  for (const Contender& contender : contenders) {
    lists.push_back(firings_in(contender, options, begin, end));
  }
  std::size_t longest = 0;
  for (const auto& list : lists) longest = std::max(longest, list.size());
  for (std::size_t k = 0; k < longest; ++k) {
    std::optional<date::sys_seconds> earliest;
    bool differ = false;
    for (const auto& list : lists) {
      if (k >= list.size()) {
        differ = true;
        continue;
      }
      if (earliest && *earliest != list[k]) differ = true;
      earliest = earliest ? std::min(*earliest, list[k]) : list[k];
    }
    if (!differ) continue;
    Parting parting{*earliest, {}};
    for (std::size_t i = 0; i < contenders.size(); ++i) {
      const auto& list = lists[i];
      PartingDialect where{contenders[i].dialect, 0, std::nullopt};
      where.firings_at_instant =
          static_cast<std::size_t>(std::count(list.begin(), list.end(), parting.instant));
      if (where.firings_at_instant == 0) {
        auto later = std::upper_bound(list.begin(), list.end(), parting.instant);
        if (later != list.end()) {
          where.next = *later;
        } else {
          // Past this segment the daemon is back to plain matching: a fresh start finds it.
          std::vector<date::sys_seconds> after = firings_in(contenders[i], options, end, until, 1);
          if (!after.empty()) where.next = after.front();
        }
      }
      parting.dialects.push_back(where);
    }
    return parting;
  }
  return std::nullopt;
}

// The first instant in [from, until) where the contenders' firing sequences differ. Compared
// firing by firing around offset changes and on the days whose fields differ; everywhere else
// every daemon starts the job at the same wall-clock times, so those stretches are skipped.
std::optional<Parting> find_parting(const std::vector<Contender>& contenders,
                                    const CompareOptions& options, date::sys_seconds until) {
  const date::time_zone& zone = *options.zone;
  const std::vector<Window> windows = offset_change_windows(zone, options.from, until);
  std::vector<const Schedule*> schedules;
  for (const Contender& contender : contenders) {
    if (!contender.schedule->at_reboot && !contender.schedule->never_fires())
      schedules.push_back(contender.schedule);
  }
  std::vector<date::local_days> differing;
  if (!schedules.empty()) {
    differing = days_that_differ(schedules, date::floor<days>(zone.to_local(options.from)),
                                 date::floor<days>(zone.to_local(until)));
  }
  auto next_differing = differing.begin();
  auto next_window = windows.begin();
  date::sys_seconds cursor = options.from;
  bool first_segment = true;
  while (cursor < until) {
    while (next_window != windows.end() && next_window->end <= cursor) ++next_window;
    date::sys_seconds segment_end;
    if (first_segment || (next_window != windows.end() && next_window->begin <= cursor)) {
      // Around an offset change; or the first day, since a change just before `from` may still
      // be settling (the windows start with the first change after it).
      segment_end = next_window != windows.end() && next_window->begin <= cursor
                        ? next_window->end
                        : cursor + settle_time;
      if (next_window != windows.end() && next_window->begin > cursor)
        segment_end = std::min(segment_end, next_window->begin);
    } else {
      const date::sys_seconds quiet_end =
          next_window != windows.end() ? std::min(next_window->begin, until) : until;
      while (next_differing != differing.end() &&
             resolve_local_time(*next_differing + days(1), zone) <= cursor) {
        ++next_differing;
      }
      if (next_differing == differing.end()) {
        cursor = quiet_end;
        continue;
      }
      const date::sys_seconds day_begin = resolve_local_time(*next_differing, zone);
      if (day_begin > cursor) {
        cursor = std::min(day_begin, quiet_end);
        continue;
      }
      segment_end = std::min(resolve_local_time(*next_differing + days(1), zone), quiet_end);
    }
    first_segment = false;
    segment_end = std::min(segment_end, until);
    if (std::optional<Parting> parting =
            compare_segment(contenders, options, cursor, segment_end, until)) {
      return parting;
    }
    cursor = segment_end;
  }
  return std::nullopt;
}

}  // namespace

std::size_t Comparison::accepting() const {
  return static_cast<std::size_t>(std::count_if(
      readings.begin(), readings.end(), [](const DialectReading& r) { return r.accepted; }));
}

Comparison compare_dialects(std::string_view expression, std::span<const DialectId> dialects,
                            const CompareOptions& options) {
  Comparison comparison;
  comparison.expression = std::string(expression);
  comparison.zone = options.zone;
  comparison.from = options.from;
  comparison.until = horizon_end(options.from, options.years, *options.zone);

  std::vector<DialectId> order;
  for (DialectId id : dialects) {
    if (std::find(order.begin(), order.end(), id) == order.end()) order.push_back(id);
  }
  // The parsed schedules own the field text the explanations read; keep them alive together.
  std::vector<ParsedSchedule> parsed;
  parsed.reserve(order.size());
  for (DialectId id : order) {
    parsed.push_back(parse_schedule(expression, id));
    const ParsedSchedule& schedule = parsed.back();
    DialectReading reading;
    reading.dialect = id;
    reading.accepted = schedule.ok();
    reading.diagnostics = schedule.diagnostics;
    if (reading.accepted) {
      const ExplainOptions explain{.dialect = id, .twelve_hour = options.twelve_hour};
      const ScheduleExplanation explanation =
          explain_schedule(schedule.special, schedule.fields, schedule.schedule, explain);
      reading.meaning = explanation.summary;
      reading.at_reboot = explanation.at_reboot;
      const std::vector<date::sys_seconds> first = firings_in(
          {id, &schedule.schedule}, options, comparison.from, comparison.until, std::size_t{1});
      if (!first.empty()) reading.first_firing = first.front();
    }
    comparison.readings.push_back(std::move(reading));
  }

  std::vector<Contender> contenders;
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (comparison.readings[i].accepted) contenders.push_back({order[i], &parsed[i].schedule});
  }
  if (contenders.size() >= 2)
    comparison.parting = find_parting(contenders, options, comparison.until);
  return comparison;
}

std::optional<std::vector<DialectId>> dialects_from_list(std::string_view list,
                                                         std::string& error) {
  if (list == "all")
    return std::vector<DialectId>(std::begin(all_dialects), std::end(all_dialects));
  std::vector<DialectId> ids;
  std::size_t begin = 0;
  while (true) {
    const std::size_t comma = list.find(',', begin);
    const std::string_view name = list.substr(
        begin, comma == std::string_view::npos ? std::string_view::npos : comma - begin);
    const std::optional<DialectId> id = dialect_from_name(name);
    if (!id) {
      error = "unknown dialect \"" + std::string(name) + "\"; known: all, ";
      for (DialectId known : all_dialects) {
        if (known != all_dialects[0]) error += ", ";
        error += dialect(known).name;
      }
      return std::nullopt;
    }
    ids.push_back(*id);
    if (comma == std::string_view::npos) break;
    begin = comma + 1;
  }
  return ids;
}

}  // namespace cronkit
