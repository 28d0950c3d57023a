#include "export/calendar.hpp"

#include "export/entry_facts.hpp"

#include <fmt/format.h>

#include <array>
#include <cstddef>

namespace cronkit::exporter {
namespace {

std::string number(int value, int width) {
  return fmt::format("{:0{}}", value, width);
}

// One component of a calendar expression: `*` for every value, otherwise runs of three or more
// values as `A..B` and single values, comma-separated. Never systemd's `A/N` repetition: systemd
// 252 computes it wrongly when it starts looking just before a boundary (from 23:59:59, `00/7`
// in the minute first elapses at 00:07, and from 31 December `01/8` in the day first elapses on
// the 9th), which the verification against systemd-analyze found; listed values have no such
// problem.
std::string component(const std::vector<int>& values, int low, int high, int width) {
  if (values.size() == static_cast<std::size_t>(high - low + 1)) return "*";
  std::string out;
  for (std::size_t i = 0; i < values.size();) {
    std::size_t end = i;
    while (end + 1 < values.size() && values[end + 1] == values[end] + 1) ++end;
    if (!out.empty()) out += ',';
    if (end - i >= 2) {
      out += number(values[i], width) + ".." + number(values[end], width);
    } else {
      for (std::size_t k = i; k <= end; ++k) {
        if (k > i) out += ',';
        out += number(values[k], width);
      }
    }
    i = end + 1;
  }
  return out;
}

// The weekday prefix, in systemd's Monday-first order (so Sunday, cron's 0, comes last and a run
// like Sat..Sun stays a range); empty when every day is allowed.
std::string weekdays(const std::bitset<8>& days_of_week) {
  static constexpr std::array<const char*, 7> names = {"Mon", "Tue", "Wed", "Thu",
                                                       "Fri", "Sat", "Sun"};
  std::vector<int> monday_first;  // 0 = Monday ... 6 = Sunday
  for (int day = 0; day < 7; ++day) {
    if (days_of_week[static_cast<std::size_t>((day + 1) % 7)]) monday_first.push_back(day);
  }
  if (monday_first.size() == 7) return {};
  std::string out;
  for (std::size_t i = 0; i < monday_first.size();) {
    std::size_t end = i;
    while (end + 1 < monday_first.size() && monday_first[end + 1] == monday_first[end] + 1) ++end;
    if (!out.empty()) out += ',';
    if (end - i >= 2) {
      out += fmt::format("{}..{}", names[static_cast<std::size_t>(monday_first[i])],
                         names[static_cast<std::size_t>(monday_first[end])]);
    } else {
      for (std::size_t k = i; k <= end; ++k) {
        if (k > i) out += ',';
        out += names[static_cast<std::size_t>(monday_first[k])];
      }
    }
    i = end + 1;
  }
  return out;
}

struct Parts {
  std::string years = "*";
  std::string months;
  std::string time;  // HH:MM:SS
};

std::string expression(const Parts& parts, const std::string& weekday_prefix,
                       const std::string& days, std::string_view zone) {
  std::string out;
  if (!weekday_prefix.empty()) out += weekday_prefix + ' ';
  out += fmt::format("{}-{}-{} {}", parts.years, parts.months, days, parts.time);
  if (!zone.empty()) out += fmt::format(" {}", zone);
  return out;
}

}  // namespace

std::optional<std::string> why_no_calendar(const Schedule& schedule) {
  if (schedule.at_reboot) return "@reboot is not a time of day";
  if (const std::string why = schedule.why_never_fires(); !why.empty()) {
    return fmt::format("it never fires: {}", why);
  }
  if (schedule.extras().quartz.any()) {
    return "its `L`, `W` or `#` day items name days that depend on the month, which one calendar "
           "expression cannot say";
  }
  return std::nullopt;
}

std::vector<std::string> on_calendar(const Schedule& schedule, std::string_view zone) {
  if (why_no_calendar(schedule)) return {};
  Parts parts;
  if (schedule.extras().years_limited) {
    // gorhill/cronexpr knows no year outside 1970-2099, even without a year field.
    std::vector<int> years;
    for (int year = first_cronexpr_year; year <= last_cronexpr_year; ++year) {
      if (schedule.year_allowed(year)) years.push_back(year);
    }
    parts.years = component(years, first_cronexpr_year, last_cronexpr_year, 4);
    if (parts.years == "*")
      parts.years = fmt::format("{}..{}", first_cronexpr_year, last_cronexpr_year);
  }
  parts.months = component(values_of(schedule.months, 1, 12), 1, 12, 2);
  parts.time = fmt::format("{}:{}:{}", component(values_of(schedule.hours, 0, 23), 0, 23, 2),
                           component(values_of(schedule.minutes, 0, 59), 0, 59, 2),
                           component(values_of(schedule.extras().seconds, 0, 59), 0, 59, 2));
  const std::vector<int> day_values = values_of(schedule.days_of_month, 1, 31);
  const std::string days = component(day_values, 1, 31, 2);
  const std::string weekday_prefix = weekdays(schedule.days_of_week);
  if (schedule.day_rule() == DayRule::both_must_match) {
    return {expression(parts, weekday_prefix, days, zone)};
  }
  // cron's OR: a side that allows every day makes every day; an empty side (a reversed range)
  // adds nothing; otherwise one expression per side.
  const bool every_weekday = (schedule.days_of_week.to_ulong() & 0x7Fu) == 0x7Fu;
  if (days == "*" || every_weekday) return {expression(parts, "", "*", zone)};
  std::vector<std::string> out;
  if (!day_values.empty()) out.push_back(expression(parts, "", days, zone));
  if ((schedule.days_of_week.to_ulong() & 0x7Fu) != 0)
    out.push_back(expression(parts, weekday_prefix, "*", zone));
  return out;
}

}  // namespace cronkit::exporter
