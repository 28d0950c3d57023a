// next_match() calls per second on typical schedules (target: at least 10 million per second on
// one core). Two access patterns: a start that moves through four centuries in uneven steps (so
// every month, weekday and leap-year case is hit), and a chain of successive firings (what a
// simulator listing the next runs does).

#include <benchmark/benchmark.h>

#include <array>
#include <string_view>

#include "parse/parse.hpp"
#include "schedule/schedule.hpp"

namespace {

using cronkit::LocalMinute;
using cronkit::Schedule;

constexpr std::array<std::string_view, 7> typical{
    "*/5 * * * *", "30 2 * * 1-5", "0 0 1,15 * 5", "0 0 29 2 *",
    "* * * * *",   "0 0 13 * 5",   "0 0 29 2 */7",
};

const LocalMinute first_start{date::local_days{date::year{2026} / 1 / 1}};
const LocalMinute wrap_at{date::local_days{date::year{2426} / 1 / 1}};

Schedule parsed(std::string_view text) {
  return cronkit::parse_schedule(text).schedule;
}

void next_match_moving_start(benchmark::State& state) {
  const auto text = typical[static_cast<std::size_t>(state.range(0))];
  const Schedule schedule = parsed(text);
  state.SetLabel(std::string(text));
  // A prime number of minutes (about 5.5 days) so the start drifts across hours and weekdays.
  constexpr std::chrono::minutes stride{7919};
  LocalMinute start = first_start;
  for (auto _ : state) {
    benchmark::DoNotOptimize(schedule.next_match(start));
    start += stride;
    if (start >= wrap_at) start = first_start;
  }
  state.SetItemsProcessed(state.iterations());
}

void next_match_chained(benchmark::State& state) {
  const auto text = typical[static_cast<std::size_t>(state.range(0))];
  const Schedule schedule = parsed(text);
  state.SetLabel(std::string(text));
  LocalMinute at = first_start;
  for (auto _ : state) {
    const auto next = schedule.next_match(at);
    benchmark::DoNotOptimize(next);
    at = next && *next < wrap_at ? *next : first_start;
  }
  state.SetItemsProcessed(state.iterations());
}

void previous_match_moving_start(benchmark::State& state) {
  const auto text = typical[static_cast<std::size_t>(state.range(0))];
  const Schedule schedule = parsed(text);
  state.SetLabel(std::string(text));
  constexpr std::chrono::minutes stride{7919};
  LocalMinute start = first_start;
  for (auto _ : state) {
    benchmark::DoNotOptimize(schedule.previous_match(start));
    start += stride;
    if (start >= wrap_at) start = first_start;
  }
  state.SetItemsProcessed(state.iterations());
}

// A schedule that never fires is refused up front, from the sets.
void never_fires_check(benchmark::State& state) {
  const Schedule schedule = parsed("0 0 31 2,4 *");
  LocalMinute start = first_start;
  for (auto _ : state) {
    benchmark::DoNotOptimize(schedule.next_match(start));
    start += std::chrono::minutes{7919};
  }
  state.SetItemsProcessed(state.iterations());
}

BENCHMARK(next_match_moving_start)->DenseRange(0, typical.size() - 1);
BENCHMARK(next_match_chained)->DenseRange(0, typical.size() - 1);
BENCHMARK(previous_match_moving_start)->DenseRange(0, typical.size() - 1);
BENCHMARK(never_fires_check);

}  // namespace
