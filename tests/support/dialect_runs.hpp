#pragma once
// One expression's firings as a dialect reads and schedules it: what every dialect test compares
// with the dates its system's own documentation or tests give.

#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parse/parse.hpp"
#include "sim/simulate.hpp"
#include "timezone/timezone.hpp"

namespace cronkit::testing {

// Whether a firing at the start instant itself counts.
enum class FromStart { included, excluded };

// The first `count` firings of `text` read with `dialect`, from `start` (read as --from reads
// it, in the zone `zone_name`, the scheduler's own), as RFC 3339 in that zone. An expression the
// dialect refuses fails the test with its first message.
inline std::vector<std::string> dialect_runs(std::string_view text, DialectId dialect,
                                             const char* zone_name, const char* start,
                                             std::size_t count,
                                             FromStart from = FromStart::excluded) {
  const ParsedSchedule parsed = parse_schedule(text, dialect);
  EXPECT_TRUE(parsed.ok()) << text << ": "
                           << (parsed.diagnostics.empty() ? std::string()
                                                          : parsed.diagnostics.front().message);
  std::string error;
  const date::time_zone* zone = find_zone(zone_name, error);
  EXPECT_NE(zone, nullptr) << error;
  if (!zone) return {};
  const std::optional<date::sys_seconds> begin = parse_time(start, *zone, error);
  EXPECT_TRUE(begin.has_value()) << error;
  if (!begin) return {};
  // A zone the expression names itself (robfig/cron's `TZ=` prefix) is the job's own.
  const date::time_zone* own = parsed.zone_name ? find_zone(*parsed.zone_name, error) : nullptr;
  const SimJob job{parsed.schedule, own};
  SimOptions options;
  options.zone = zone;
  options.dialect = dialect;
  options.from = *begin + std::chrono::seconds(from == FromStart::excluded ? 1 : 0);
  options.count = count;
  std::vector<std::string> out;
  for (const Firing& firing : simulate(std::span<const SimJob>(&job, 1), options))
    out.push_back(format_rfc3339(firing.instant, *zone));
  return out;
}

}  // namespace cronkit::testing
