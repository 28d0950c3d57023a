#pragma once
// cronsim --load: how busy the crontabs make the machine. Starts per hour of the week (a heat
// map), the busiest minutes, and collisions: minutes in which several entries start together.

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include <date/tz.h>

#include "sim/render.hpp"
#include "sim/simulate.hpp"

namespace cronkit {

struct LoadReport {
  // Starts per local hour of the week in the daemon's zone: [Monday = 0 ... Sunday = 6][hour].
  std::array<std::array<std::size_t, 24>, 7> per_hour{};
  std::size_t total = 0;
  std::size_t busiest_hour = 0;  // the largest cell of per_hour

  struct BusyMinute {
    date::sys_seconds minute;
    std::vector<std::size_t> jobs;  // every start in that minute, in start order
  };
  std::vector<BusyMinute> busiest;  // up to five: most starts first, then earliest

  // Minutes in which two or more different entries start.
  std::size_t collision_minutes = 0;
  struct Collision {
    std::vector<std::size_t> jobs;  // the distinct entries, in input order
    std::size_t times = 0;          // how many minutes they start together in
    date::sys_seconds first;
  };
  std::vector<Collision> collisions;  // up to five sets: most frequent first, then earliest
};

// `firings` in the order simulate() returns them.
LoadReport compute_load(std::span<const Firing> firings, const date::time_zone& zone);

struct LoadRange {
  const date::time_zone* zone = nullptr;
  date::sys_seconds from;
  date::sys_seconds to;  // the end of the range, or the last firing when only a count was given
};

// The terminal report: a 7 x 24 heat map in shaded blocks, the busiest minutes and collisions.
std::string render_load_text(const LoadReport& report, std::span<const SimSource> sources,
                             const LoadRange& range);
// The same heat map as a standalone SVG image.
std::string render_load_svg(const LoadReport& report, const LoadRange& range);

}  // namespace cronkit
