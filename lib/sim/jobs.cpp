#include "sim/jobs.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "timezone/timezone.hpp"

namespace cronkit {

namespace {

const EnvAssignment* last_assignment(const Crontab& crontab, const Entry& entry,
                                     std::string_view name) {
  auto in_force = crontab.environment_for(entry);
  for (auto it = in_force.rbegin(); it != in_force.rend(); ++it) {
    if (it->name == name) return &*it;
  }
  return nullptr;
}

// "file:3: " before a message, or nothing for --expr (the message quotes the schedule).
std::string prefix(std::string_view where) {
  return where.empty() ? std::string() : fmt::format("{}: ", where);
}

std::string_view cron_name(DialectId id) {
  return dialect(id).daemon;
}

// Whether the schedule is worth simulating; if not, says why in a note.
bool schedulable(const Schedule& schedule, std::string_view where, std::string_view text,
                 std::vector<SimNote>& notes) {
  if (schedule.at_reboot) {
    if (where.empty()) {
      notes.push_back(
          {fmt::format("note: '{}' is not time-based (cron runs it once when it starts "
                       "after a boot); nothing to list",
                       text)});
      return false;
    }
    notes.push_back(
        {fmt::format("{}note: @reboot is not time-based (cron runs it once when it "
                     "starts after a boot); not listed",
                     prefix(where))});
    return false;
  }
  std::string why = schedule.why_never_fires();
  if (!why.empty()) {
    notes.push_back({fmt::format("{}warning: '{}' never fires: {}", prefix(where), text, why)});
    return false;
  }
  return true;
}

}  // namespace

void add_crontab_jobs(const Crontab& crontab, std::string_view display_name, JobSet& set,
                      std::vector<SimNote>& notes) {
  const Dialect& cron = dialect(crontab.dialect);
  if (crontab.whole_file_ignored) {
    notes.push_back(
        {fmt::format("{}: error: {} ignores this whole file: {}; nothing from it is "
                     "listed",
                     display_name, cron_name(crontab.dialect), crontab.whole_file_ignored_reason)});
    return;
  }
  bool random_delay_noted = false;
  bool cron_tz_noted = false;
  std::vector<std::string> unknown_zones_noted;
  for (const Entry& entry : crontab.entries) {
    if (!entry.accepted) continue;
    std::string where = fmt::format("{}:{}", display_name, entry.span.line);
    std::string text = schedule_text(entry.special, entry.fields, entry.second_and_year);
    if (!schedulable(entry.schedule, where, text, notes)) continue;
    SimJob job{entry.schedule, nullptr};
    if (cron.honours_cron_tz) {
      if (const EnvAssignment* tz = last_assignment(crontab, entry, "CRON_TZ");
          tz && !tz->value.empty()) {
        std::string error;
        job.zone = find_zone(tz->value, error);
        if (!job.zone) {
          // cronie hands the name to the C library, which falls back to UTC.
          if (std::find(unknown_zones_noted.begin(), unknown_zones_noted.end(), tz->value) ==
              unknown_zones_noted.end()) {
            unknown_zones_noted.push_back(tz->value);
            notes.push_back(
                {fmt::format("{}: warning: CRON_TZ={}: {}; cronie reads the entries "
                             "under it in UTC",
                             where, tz->value, error)});
          }
          job.zone = find_zone("UTC", error);
        }
      }
    }
    if (!cron.honours_cron_tz && !cron_tz_noted) {
      if (const EnvAssignment* tz = last_assignment(crontab, entry, "CRON_TZ")) {
        cron_tz_noted = true;
        notes.push_back(
            {fmt::format("{}: note: CRON_TZ={} does not change when {} runs entries "
                         "(it only passes it to the job); listed in the daemon's zone",
                         where, tz->value, cron_name(crontab.dialect))});
      }
    }
    if (cron.honours_random_delay && !random_delay_noted) {
      const EnvAssignment* delay = last_assignment(crontab, entry, "RANDOM_DELAY");
      if (delay && !delay->value.empty() && delay->value != "0") {
        random_delay_noted = true;
        notes.push_back({fmt::format(
            "{}: note: RANDOM_DELAY={}: cronie starts these entries up to that many minutes "
            "later (fixed at random when it starts); listed at their nominal times",
            where, delay->value)});
      }
    }
    set.jobs.push_back(job);
    set.sources.push_back(
        SimSource{where, entry.span.line, std::string(entry.command.raw), std::move(text)});
  }
}

void add_schedule_job(const ParsedSchedule& parsed, JobSet& set, std::vector<SimNote>& notes) {
  std::string text(parsed.text());
  if (!schedulable(parsed.schedule, "", text, notes)) return;
  // robfig/cron's TZ= prefix (Kubernetes): the parser has loaded the zone already.
  const date::time_zone* zone = nullptr;
  if (parsed.zone_name) {
    std::string error;
    zone = find_zone(*parsed.zone_name, error);
  }
  set.jobs.push_back(SimJob{parsed.schedule, zone});
  set.sources.push_back(SimSource{text, std::nullopt, std::nullopt, text});
}

}  // namespace cronkit
