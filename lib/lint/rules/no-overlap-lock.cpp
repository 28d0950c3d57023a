// no-overlap-lock: cron starts the next run even when the previous one is still running.

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds jobs that can fire again within 60 minutes of a previous run (the shortest gap between
two consecutive firings is 60 minutes or less; `@hourly` included) and whose command has no lock
wrapper (`flock`, `run-one`, `lockrun`, `solo`, `setlock`, `lckdo`).

## Why is this bad?
Debian's cron, cronie and FreeBSD's cron start a new instance every time, whether or not the
previous one has finished. A slow LLM API, a big backup or a stuck
network call piles up processes, doubles API spend and corrupts shared output files.

## Example
    */15 * * * * /srv/llm/.venv/bin/python /srv/llm/embed_new_docs.py >> /var/log/llm/embed.log 2>&1

## Use instead
    */15 * * * * flock -n /run/lock/embed.lock /srv/llm/.venv/bin/python /srv/llm/embed_new_docs.py >> /var/log/llm/embed.log 2>&1

## Notes
busybox crond, supercronic and systemd-cron (a systemd timer does not start a service that is
still running) skip a run while the previous run of the same entry is still going; under those
dialects the rule is silent.)doc";

constexpr auto lock_programs = std::to_array<std::string_view>(
    {"flock", "run-one", "run-this-one", "keep-one-running", "run-one-constantly",
     "run-one-until-success", "run-one-until-failure", "lockrun", "solo", "setlock", "lckdo",
     "pgrep", "pidof"});

bool is_lock(std::string_view name) {
  return std::find(lock_programs.begin(), lock_programs.end(), name) != lock_programs.end();
}

// Whether two consecutive calendar days both pass the day fields.
bool has_consecutive_days(const Schedule& schedule) {
  using namespace date;
  year_month_day day = 2024_y / January / 1;
  bool previous = false;
  for (int i = 0; i < 4 * 366 + 1; ++i) {
    bool matches = schedule.matches_day(day);
    if (matches && previous) return true;
    previous = matches;
    day = year_month_day(sys_days(day) + days(1));
  }
  return false;
}

// The shortest gap in minutes between two consecutive firings when it is 60 or less; 0 when
// there is none that short. Works on the sets, not on the 1440 minutes of a day.
int short_gap(const Schedule& schedule) {
  const auto& minutes = schedule.minutes;
  const auto& hours = schedule.hours;
  if (minutes.none() || hours.none()) return 0;
  int first_minute = -1, last_minute = -1, in_hour = 0;
  for (int m = 0; m < 60; ++m) {
    if (!minutes.test(static_cast<std::size_t>(m))) continue;
    if (last_minute >= 0 && (in_hour == 0 || m - last_minute < in_hour)) in_hour = m - last_minute;
    if (first_minute < 0) first_minute = m;
    last_minute = m;
  }
  // Across an hour boundary: the last minute of hour h to the first of hour h+1.
  int across_hours = first_minute + 60 - last_minute;
  bool consecutive_hours = false;
  for (int h = 0; h + 1 < 24; ++h) {
    if (hours.test(static_cast<std::size_t>(h)) && hours.test(static_cast<std::size_t>(h + 1))) {
      consecutive_hours = true;
    }
  }
  int gap = in_hour;
  if (consecutive_hours && (gap == 0 || across_hours < gap)) gap = across_hours;
  if (gap > 0 && gap <= 60) return gap;
  // Across midnight: 23:xx to 00:xx on consecutive days.
  if (hours.test(23) && hours.test(0)) {
    int across_midnight = first_minute + 60 - last_minute;
    if (across_midnight <= 60 && has_consecutive_days(schedule)) return across_midnight;
  }
  return 0;
}

bool mentions_lock(std::string_view raw) {
  for (std::string_view name : lock_programs) {
    if (raw.find(name) != std::string_view::npos) return true;
  }
  return false;
}

void check_entry(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.schedule.at_reboot || !ctx.schedule_is_trusted(entry)) return;
  // busybox crond, supercronic and systemd's timers skip a run while the previous one of the
  // same entry is still going: nothing piles up.
  if (!ctx.dialect.starts_overlapping_runs) return;
  // Cheap test first: no two firings within an hour unless some hour has one.
  int gap = short_gap(entry.schedule);
  if (gap == 0) return;
  if (entry.command.raw.find_first_not_of(" \t") == std::string_view::npos) return;
  if (mentions_lock(entry.command.raw)) {
    lint::CommandAnalysis analysis = lint::analyze_entry(ctx.crontab, entry, ctx.dialect);
    bool locked = false;
    for (const lint::SimpleCommand& command : analysis.commands) {
      if (is_lock(command.command_name())) locked = true;
      for (const lint::Wrapper& wrapper : command.wrappers) {
        if (is_lock(wrapper.name)) locked = true;
      }
    }
    if (locked) return;
  }
  ctx.report(lint::trimmed_command_span(entry),
             fmt::format("this job can start again {} minute{} after a run, and {} does not "
                         "wait for the previous run to finish; wrap it in `flock -n "
                         "/run/lock/NAME.lock ...` so runs cannot pile up",
                         gap, gap == 1 ? "" : "s", ctx.dialect.daemon));
}

}  // namespace

extern const lint::Rule no_overlap_lock{
    {.id = "no-overlap-lock",
     .severity = Severity::warning,
     .category = lint::Category::hardening,
     .summary = "a frequent job has no lock, so slow runs pile up",
     .doc = doc,
     .default_enabled = false},
    nullptr,
    check_entry};

}  // namespace cronkit::rules
