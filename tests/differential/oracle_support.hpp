#pragma once
// What the differential tests against other schedulers' code share: sending a batch of requests
// to the oracle program (one process for thousands of cases), reading the firing times it
// answers, cronkit's own firings for the same case, printing a disagreement with its times in the
// zone, and the random choices the expression generators are made of. Each test keeps what is
// its own: the request format, the kinds of answer its oracle gives and what counts as agreeing.

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "sim/simulate.hpp"
#include "timezone/timezone.hpp"

namespace cronkit::differential {

using UnixSeconds = long long;

// Runs `command` once with `requests` as its standard input, one per line, and returns its
// standard output split into lines. The requests go through a temporary file, not a pipe, so
// that a large batch cannot deadlock with an oracle that answers while it reads.
inline std::vector<std::string> run_oracle(const std::string& command,
                                           const std::vector<std::string>& requests) {
  char path[] = "/tmp/cronkit-oracle-XXXXXX";
  const int fd = mkstemp(path);
  EXPECT_GE(fd, 0);
  {
    std::ofstream file(path, std::ios::binary);
    for (const std::string& request : requests) file << request << '\n';
  }
  close(fd);
  const std::string shell_command = command + " < " + path;
  std::string output;
  if (FILE* pipe = popen(shell_command.c_str(), "r")) {
    std::array<char, 65536> buffer{};
    std::size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
    EXPECT_EQ(pclose(pipe), 0) << shell_command;
  }
  unlink(path);
  std::vector<std::string> lines;
  std::istringstream stream(output);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

// Whether an answer line is "ok" with firing times ("ok 1767225600 1767312000").
inline bool is_ok_line(std::string_view line) {
  return line == "ok" || line.starts_with("ok ");
}

// The times after "ok", up to a word that is not a number ("none": the scheduler found no more).
inline std::vector<UnixSeconds> times_after_ok(std::string_view line) {
  std::vector<UnixSeconds> times;
  std::istringstream words{std::string(line.substr(2))};
  for (UnixSeconds t = 0; words >> t;) times.push_back(t);
  return times;
}

// cronkit's first `count` firings strictly after `from`, as `dialect`'s scheduler makes them in
// `zone`, for a schedule that may carry a zone of its own (a robfig TZ= prefix).
inline std::vector<UnixSeconds> simulated_times(const Schedule& schedule,
                                                const date::time_zone& zone, DialectId dialect,
                                                UnixSeconds from, int count,
                                                const date::time_zone* own_zone = nullptr) {
  const SimJob job{schedule, own_zone};
  SimOptions options;
  options.zone = &zone;
  options.dialect = dialect;
  options.from = date::sys_seconds{std::chrono::seconds{from + 1}};
  options.count = static_cast<std::size_t>(count);
  std::vector<UnixSeconds> times;
  for (const Firing& firing : simulate(std::span<const SimJob>(&job, 1), options))
    times.push_back(firing.instant.time_since_epoch().count());
  return times;
}

// "ok T1 T2 …", as the oracles write it, for printing cronkit's side of a disagreement.
inline std::string ok_text(const std::vector<UnixSeconds>& times) {
  std::string text = "ok";
  for (UnixSeconds t : times) text += " " + std::to_string(t);
  return text;
}

// A side of a disagreement for people: its text, then its times as local RFC 3339 in the zone.
inline std::string with_times(const std::string& text, const std::vector<UnixSeconds>& times,
                              const std::string& zone_name) {
  std::string error;
  const date::time_zone* zone = find_zone(zone_name, error);
  std::string shown = text;
  if (zone && !times.empty()) {
    shown += "\n      =";
    for (UnixSeconds t : times)
      shown += " " + format_rfc3339(date::sys_seconds{std::chrono::seconds{t}}, *zone);
  }
  return shown;
}

// The random choices an expression generator is built from, reproducible from a seed.
class RandomChoices {
 public:
  explicit RandomChoices(unsigned seed) : random_(seed) {}

  bool chance(int percent) { return std::uniform_int_distribution<int>(0, 99)(random_) < percent; }
  int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
  template <typename T>
  const T& pick(const std::vector<T>& values) {
    return values[static_cast<std::size_t>(between(0, static_cast<int>(values.size()) - 1))];
  }

  // A start between 2015 and 2031 (so that the years searched from it stay inside those the zone
  // files list offset changes for), half of them in the three days before one of the zone's
  // offset changes, most on a whole minute.
  UnixSeconds start_near_offset_change(const std::string& zone_name) {
    const UnixSeconds first = 1420070400;  // 2015-01-01
    const UnixSeconds last = 1924992000;   // 2031-01-01
    UnixSeconds t = std::uniform_int_distribution<UnixSeconds>(first, last)(random_);
    if (chance(50)) {
      const date::time_zone* zone = date::locate_zone(zone_name);
      const date::sys_info info = zone->get_info(date::sys_seconds{std::chrono::seconds{t}});
      const UnixSeconds change = info.end.time_since_epoch().count();
      if (change < last) t = change - between(0, 3 * 86400);
    }
    if (chance(70)) t -= t % 60;
    return t;
  }

 protected:
  std::mt19937 random_;
};

}  // namespace cronkit::differential
