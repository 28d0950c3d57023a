#include "export/five_fields.hpp"

#include <fmt/format.h>

#include <vector>

#include "export/entry_facts.hpp"

namespace cronkit::exporter {
namespace {

// Values as `a-b` for runs of three or more, `a,b` otherwise; an arithmetic progression of three
// or more values with a step above 1 as `first-last/step` (`0-50/10`).
std::string values_text(const std::vector<int>& values) {
  if (values.size() >= 3) {
    const int step = values[1] - values[0];
    bool progression = step > 1;
    for (std::size_t i = 2; progression && i < values.size(); ++i)
      progression = values[i] - values[i - 1] == step;
    if (progression) return fmt::format("{}-{}/{}", values.front(), values.back(), step);
  }
  std::string out;
  for (std::size_t i = 0; i < values.size();) {
    std::size_t end = i;
    while (end + 1 < values.size() && values[end + 1] == values[end] + 1) ++end;
    if (!out.empty()) out += ',';
    if (end - i >= 2) {
      out += fmt::format("{}-{}", values[i], values[end]);
      i = end + 1;
    } else {
      out += fmt::format("{}", values[i]);
      ++i;
    }
  }
  return out;
}

// A minute or hour field. A field cron read from text starting with `*` is written `*` or
// `*/N` when its values allow: Vixie-family clocks treat such "wildcard" jobs differently across
// daylight-saving changes, and GitHub Actions' reading follows Vixie's.
std::string time_field(const std::vector<int>& values, int low, int high, bool star) {
  if (star && values.size() > 1 && values.front() == low) {
    const int step = values[1] - values[0];
    bool whole = true;
    for (std::size_t i = 0; whole && i < values.size(); ++i)
      whole = values[i] == low + static_cast<int>(i) * step;
    if (whole && values.back() + step > high) return step == 1 ? "*" : fmt::format("*/{}", step);
  }
  if (static_cast<int>(values.size()) == high - low + 1) return "*";
  return values_text(values);
}

}  // namespace

FiveFields five_field_expression(const Schedule& schedule, std::string_view daemon,
                                 std::string_view target) {
  FiveFields out;
  if (schedule.extras().seconds != std::bitset<60>(1)) {
    out.impossible = fmt::format(
        "the schedule starts jobs at seconds other than 0; {} starts them at the "
        "full minute only",
        target);
    return out;
  }
  if (schedule.extras().years_limited && !schedule.extras().years.all()) {
    out.impossible =
        fmt::format("the schedule runs in some years only; {}'s five fields have no year", target);
    return out;
  }
  const std::vector<int> days_of_month = values_of(schedule.days_of_month, 1, 31);
  const std::vector<int> days_of_week = values_of(schedule.days_of_week, 0, 6);
  const bool every_day_of_month = days_of_month.size() == 31;
  const bool every_day_of_week = days_of_week.size() == 7;
  std::string day_of_month_text = "*", day_of_week_text = "*";
  if (schedule.day_rule() == DayRule::either_may_match) {
    // Either field matching is enough: one that matches every day makes every day match.
    if (!every_day_of_month && !every_day_of_week) {
      day_of_month_text = values_text(days_of_month);
      day_of_week_text = values_text(days_of_week);
    }
  } else if (!every_day_of_month && !every_day_of_week) {
    out.impossible = fmt::format(
        "{} runs it on days that pass both day fields (a field starting with `*` makes it so); "
        "{} reads two restricted day fields as either one, and no five fields say both",
        daemon, target);
    return out;
  } else {
    if (!every_day_of_month) day_of_month_text = values_text(days_of_month);
    if (!every_day_of_week) day_of_week_text = values_text(days_of_week);
  }
  out.expression = fmt::format(
      "{} {} {} {} {}", time_field(values_of(schedule.minutes, 0, 59), 0, 59, schedule.minute_star),
      time_field(values_of(schedule.hours, 0, 23), 0, 23, schedule.hour_star), day_of_month_text,
      time_field(values_of(schedule.months, 1, 12), 1, 12, false), day_of_week_text);
  return out;
}

int shortest_interval_minutes(const Schedule& schedule) {
  const std::vector<int> minutes = values_of(schedule.minutes, 0, 59);
  const std::vector<int> hours = values_of(schedule.hours, 0, 23);
  if (minutes.empty() || hours.empty()) return 1440;
  int shortest = 1440;
  for (std::size_t i = 1; i < minutes.size(); ++i)
    shortest = std::min(shortest, minutes[i] - minutes[i - 1]);
  // From the last minute of an hour to the first of the next hour (or of the same hour the next
  // day, when the schedule runs once an hour in a single hour: then the gap is a day).
  for (std::size_t i = 0; i < hours.size(); ++i) {
    const int next_hour = i + 1 < hours.size() ? hours[i + 1] : hours.front() + 24;
    shortest = std::min(shortest, (next_hour - hours[i]) * 60 - minutes.back() + minutes.front());
  }
  return shortest;
}

}  // namespace cronkit::exporter
