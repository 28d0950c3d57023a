// Simulation speed: a year of '* * * * *' listed as text, 1,000 varied entries over a
// week merged, a never-firing schedule, and next_firings() across a DST change.

#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "parse/parse.hpp"
#include "sim/render.hpp"
#include "sim/simulate.hpp"
#include "timezone/timezone.hpp"

namespace {

using namespace cronkit;

const date::time_zone& zone(const char* name) {
  std::string error;
  return *find_zone(name, error);
}

date::sys_seconds at(const char* text) {
  std::string error;
  return *parse_time(text, zone("UTC"), error);
}

Schedule schedule(const char* text) {
  return parse_schedule(text).schedule;
}

// The work of `cronsim -e '* * * * *' --from 2026-01-01 --to 2027-01-01 --tz UTC` without the
// process start and the write to /dev/null: simulate and render 525,600 lines.
void BM_EveryMinuteForAYearAsText(benchmark::State& state) {
  std::vector<SimJob> jobs = {{schedule("* * * * *"), nullptr}};
  std::vector<SimSource> sources = {{"* * * * *", std::nullopt, std::nullopt, "* * * * *"}};
  SimOptions options;
  options.zone = &zone("UTC");
  options.from = at("2026-01-01T00:00:00Z");
  options.to = at("2027-01-01T00:00:00Z");
  ListOptions list;
  list.zone = options.zone;
  list.timestamps_only = true;
  std::size_t bytes = 0;
  for (auto _ : state) {
    FiringListWriter writer(sources, list);
    std::string out;
    out.reserve(1 << 20);
    bytes = 0;
    simulate(jobs, options, [&](std::span<const Firing> block) {
      writer.rows(out, block);
      if (out.size() >= (1 << 20)) {
        bytes += out.size();
        out.clear();
      }
    });
    bytes += out.size();
    benchmark::DoNotOptimize(out.data());
  }
  state.counters["lines"] = 525600;
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_EveryMinuteForAYearAsText)->Unit(benchmark::kMillisecond);

std::vector<SimJob> varied_entries(std::size_t count) {
  static const char* const minutes[] = {"*/5", "0", "30", "15,45", "*/15", "7", "0-59/20", "*"};
  static const char* const hours[] = {"*", "2", "0-23/2", "9-17", "*/6", "1,13", "3", "22"};
  static const char* const days[] = {"*", "1", "1,15", "*/2", "28-31"};
  static const char* const months[] = {"*", "*", "*", "jan-jun", "*/3"};
  static const char* const weekdays[] = {"*", "*", "mon-fri", "0", "sat,sun"};
  std::mt19937 random(4);
  std::vector<SimJob> jobs;
  for (std::size_t i = 0; i < count; ++i) {
    std::string text = std::string(minutes[random() % 8]) + " " + hours[random() % 8] + " " +
                       days[random() % 5] + " " + months[random() % 5] + " " +
                       weekdays[random() % 5];
    jobs.push_back({schedule(text.c_str()), nullptr});
  }
  return jobs;
}

// 1,000 entries over the week of the 2026 spring change in New York, merged in start order.
void BM_ThousandEntriesOverAWeek(benchmark::State& state) {
  std::vector<SimJob> jobs = varied_entries(1000);
  SimOptions options;
  options.zone = &zone("America/New_York");
  options.from = at("2026-03-05T00:00:00Z");
  options.to = at("2026-03-12T00:00:00Z");
  std::size_t firings = 0;
  for (auto _ : state) {
    firings = simulate(jobs, options).size();
    benchmark::DoNotOptimize(firings);
  }
  state.counters["firings"] = static_cast<double>(firings);
}
BENCHMARK(BM_ThousandEntriesOverAWeek)->Unit(benchmark::kMillisecond);

// `0 0 31 2 *` with a count and no end: must answer at once instead of searching forever.
void BM_NeverFiringSchedule(benchmark::State& state) {
  Schedule never = schedule("0 0 31 2 *");
  for (auto _ : state) {
    auto firings = next_firings(never, zone("UTC"), at("2026-01-01T00:00:00Z"), 10);
    benchmark::DoNotOptimize(firings);
  }
}
BENCHMARK(BM_NeverFiringSchedule)->Unit(benchmark::kMicrosecond);

// What cronexplain asks: the next five runs, across the spring change.
void BM_NextFiringsAcrossDst(benchmark::State& state) {
  Schedule nightly = schedule("30 2 * * *");
  for (auto _ : state) {
    auto firings = next_firings(nightly, zone("America/New_York"), at("2026-03-06T12:00:00Z"), 5);
    benchmark::DoNotOptimize(firings);
  }
}
BENCHMARK(BM_NextFiringsAcrossDst)->Unit(benchmark::kMicrosecond);

}  // namespace
