// How long cronexplain's library takes to explain a schedule and to read a command's redirections.

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "explain/explain.hpp"
#include "explain/output.hpp"
#include "parse/parse.hpp"

namespace {

using namespace cronkit;

const std::vector<std::string> schedules = {
    "* * * * *",       "*/7 * * * *",         "30 2 * * 1-5",          "0 0 13 * 5",
    "0,30 9-17 * * *", "0 */2 * * *",         "0 0 */2 * sun",         "0 0 31 * *",
    "0 0 31 2 *",      "0 0 1 * fri-mon",     "15 9-11,14-17 * * *",   "0 0 * */3 *",
    "@weekly",         "0 1-5,10-20/2 * * *", "*/15 9-17 * * mon-fri", "0 0 1-31 * 5"};

void BM_ExplainSchedule(benchmark::State& state) {
  std::vector<ParsedSchedule> parsed;
  for (const std::string& text : schedules) parsed.push_back(parse_schedule(text));
  for (auto _ : state) {
    for (const ParsedSchedule& p : parsed) {
      benchmark::DoNotOptimize(explain_schedule(p.special, p.fields, p.schedule, {}));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(parsed.size()));
}
BENCHMARK(BM_ExplainSchedule);

void BM_RouteOutput(benchmark::State& state) {
  const std::string command =
      "test -x /usr/sbin/anacron || ( cd / && run-parts --report /etc/cron.daily ) "
      ">> /var/log/cron-daily.log 2>&1";
  for (auto _ : state) benchmark::DoNotOptimize(route_output(command, false));
}
BENCHMARK(BM_RouteOutput);

}  // namespace
