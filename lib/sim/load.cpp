#include "sim/load.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "text/xml.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {

namespace {

constexpr std::array<const char*, 7> weekday_names = {"Mon", "Tue", "Wed", "Thu",
                                                      "Fri", "Sat", "Sun"};

// 0 for an empty cell, else 1..4 by the fraction of the busiest hour.
int shade_level(std::size_t count, std::size_t max) {
  if (count == 0 || max == 0) return 0;
  return static_cast<int>((count * 4 + max - 1) / max);
}

std::string list_sources(const std::vector<std::size_t>& jobs, std::span<const SimSource> sources,
                         std::string_view separator, std::size_t shown) {
  std::string out;
  for (std::size_t i = 0; i < jobs.size() && i < shown; ++i) {
    if (i > 0) out += separator;
    out += sources[jobs[i]].source;
  }
  if (jobs.size() > shown) out += fmt::format(" (+{} more)", jobs.size() - shown);
  return out;
}

std::string range_text(const LoadRange& range) {
  return fmt::format("{} to {}", format_rfc3339(range.from, *range.zone),
                     format_rfc3339(range.to, *range.zone));
}

}  // namespace

LoadReport compute_load(std::span<const Firing> firings, const date::time_zone& zone) {
  LoadReport report;
  Rfc3339Writer offsets(zone);
  std::vector<LoadReport::BusyMinute> minutes;
  std::map<std::vector<std::size_t>, LoadReport::Collision> collision_sets;
  for (const Firing& firing : firings) {
    auto local =
        date::local_seconds(firing.instant.time_since_epoch() + offsets.offset_at(firing.instant));
    auto day = date::floor<date::days>(local);
    unsigned weekday = date::weekday(day).iso_encoding() - 1;
    auto hour = static_cast<std::size_t>((local - day) / std::chrono::hours(1));
    ++report.per_hour[weekday][hour];
    ++report.total;
    auto minute = date::floor<std::chrono::minutes>(firing.instant);
    if (minutes.empty() || minutes.back().minute != minute) {
      minutes.push_back({minute, {}});
    }
    minutes.back().jobs.push_back(firing.job);
  }
  for (const auto& row : report.per_hour) {
    for (std::size_t count : row) report.busiest_hour = std::max(report.busiest_hour, count);
  }
  for (const auto& minute : minutes) {
    std::vector<std::size_t> distinct = minute.jobs;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    if (distinct.size() < 2) continue;
    ++report.collision_minutes;
    auto [it, inserted] = collision_sets.try_emplace(distinct);
    if (inserted) {
      it->second.jobs = distinct;
      it->second.first = minute.minute;
    }
    ++it->second.times;
  }
  std::stable_sort(minutes.begin(), minutes.end(),
                   [](const auto& a, const auto& b) { return a.jobs.size() > b.jobs.size(); });
  if (minutes.size() > 5) minutes.resize(5);
  report.busiest = std::move(minutes);
  for (auto& [jobs, collision] : collision_sets) report.collisions.push_back(collision);
  std::sort(report.collisions.begin(), report.collisions.end(), [](const auto& a, const auto& b) {
    return a.times != b.times ? a.times > b.times : a.first < b.first;
  });
  if (report.collisions.size() > 5) report.collisions.resize(5);
  return report;
}

std::string render_load_text(const LoadReport& report, std::span<const SimSource> sources,
                             const LoadRange& range) {
  static constexpr std::array<const char*, 5> shades = {"· ", "░░", "▒▒", "▓▓", "██"};
  std::string out;
  out += fmt::format("Starts per hour of the week in {}, {}: {} in total\n\n", range.zone->name(),
                     range_text(range), report.total);
  out += "     ";
  for (int hour = 0; hour < 24; hour += 3) out += fmt::format("{:02}    ", hour);
  out += "  total\n";
  for (std::size_t day = 0; day < 7; ++day) {
    out += fmt::format("{}  ", weekday_names[day]);
    std::size_t day_total = 0;
    for (std::size_t hour = 0; hour < 24; ++hour) {
      std::size_t count = report.per_hour[day][hour];
      day_total += count;
      out += shades[static_cast<std::size_t>(shade_level(count, report.busiest_hour))];
    }
    out += fmt::format("  {:>5}\n", day_total);
  }
  std::size_t max = report.busiest_hour;
  out += "\nScale (starts per hour): · none";
  if (max > 0) {
    std::size_t low = 1;
    for (int level = 1; level <= 4; ++level) {
      std::size_t high = (max * static_cast<std::size_t>(level)) / 4;
      if (high < low) continue;
      out += fmt::format("  {} {}", shades[static_cast<std::size_t>(level)],
                         low == high ? fmt::format("{}", low) : fmt::format("{}-{}", low, high));
      low = high + 1;
    }
  }
  out += "\n\nBusiest minutes:\n";
  if (report.busiest.empty()) out += "  none\n";
  for (const auto& minute : report.busiest) {
    out += fmt::format("  {}  {} start{}  {}\n", format_rfc3339(minute.minute, *range.zone),
                       minute.jobs.size(), minute.jobs.size() == 1 ? "" : "s",
                       list_sources(minute.jobs, sources, ", ", 4));
  }
  out += "\nCollisions (minutes in which several entries start together): ";
  if (report.collision_minutes == 0) {
    out += "none\n";
    return out;
  }
  out += fmt::format("{}\n", report.collision_minutes);
  for (const auto& collision : report.collisions) {
    out += fmt::format("  {:>5}x  {}  (first {})\n", collision.times,
                       list_sources(collision.jobs, sources, " + ", 4),
                       format_rfc3339(collision.first, *range.zone));
  }
  return out;
}

std::string render_load_svg(const LoadReport& report, const LoadRange& range) {
  constexpr int cell = 24;
  constexpr int left = 48;
  constexpr int top = 56;
  constexpr int width = left + 24 * cell + 16;
  constexpr int height = top + 7 * cell + 40;
  std::string out;
  out += fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" font-family=\"sans-serif\" font-size=\"11\">\n",
      width, height);
  out += fmt::format(
      "<title>{}</title>\n",
      xml_text(fmt::format("cron job starts per hour of the week, {}", range.zone->name())));
  out += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  out += fmt::format("<text x=\"{}\" y=\"18\" font-size=\"13\">{}</text>\n", left,
                     xml_text(fmt::format("Starts per hour of the week in {}: {} in total",
                                          range.zone->name(), report.total)));
  out += fmt::format("<text x=\"{}\" y=\"34\" fill=\"#555555\">{}</text>\n", left,
                     xml_text(range_text(range)));
  for (int hour = 0; hour < 24; hour += 3) {
    out += fmt::format("<text x=\"{}\" y=\"{}\">{:02}</text>\n", left + hour * cell + 4, top - 6,
                       hour);
  }
  for (std::size_t day = 0; day < 7; ++day) {
    int y = top + static_cast<int>(day) * cell;
    out += fmt::format("<text x=\"8\" y=\"{}\">{}</text>\n", y + 16, weekday_names[day]);
    for (std::size_t hour = 0; hour < 24; ++hour) {
      std::size_t count = report.per_hour[day][hour];
      double opacity =
          report.busiest_hour == 0
              ? 0.0
              : 0.15 + 0.85 * static_cast<double>(count) / static_cast<double>(report.busiest_hour);
      std::string fill = count == 0
                             ? "fill=\"#eeeeee\""
                             : fmt::format("fill=\"#1f5fa8\" fill-opacity=\"{:.3f}\"", opacity);
      out += fmt::format(
          "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {} stroke=\"#ffffff\">"
          "<title>{} {:02}:00-{:02}:59: {} start{}</title></rect>\n",
          left + static_cast<int>(hour) * cell, y, cell, cell, fill, weekday_names[day], hour, hour,
          count, count == 1 ? "" : "s");
    }
  }
  out += fmt::format(
      "<text x=\"{}\" y=\"{}\" fill=\"#555555\">darkest: {} starts in one hour</text>\n", left,
      top + 7 * cell + 24, report.busiest_hour);
  out += "</svg>\n";
  return out;
}

}  // namespace cronkit
