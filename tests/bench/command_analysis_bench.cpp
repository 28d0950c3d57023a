// Throughput of the shared command analysis (lib/lint/command_analysis) and of the command
// rules over a clean generated crontab. Each command rule analyses a command at most once, and
// the quick pre-checks let clean lines skip the analysis altogether, so both numbers matter.

#include <benchmark/benchmark.h>

#include <fstream>
#include <string>
#include <vector>

#include "lint/command_analysis.hpp"
#include "lint/lint.hpp"
#include "parse/parse.hpp"

namespace {

const std::vector<std::string>& commands() {
  static const std::vector<std::string> list = {
      "/usr/local/bin/backup.sh >> /var/log/backup.log 2>&1",
      "cd /srv/app && /srv/app/.venv/bin/python report.py --day \"$(date +\\%F)\" >> "
      "/var/log/app.log 2>&1",
      "flock -n /run/lock/sync.lock timeout 600 /opt/jobs/sync.sh >> /var/log/sync.log 2>&1",
      "tar czf /backups/site-$(date +\\%Y\\%m\\%d).tgz /var/www/site > /dev/null 2>&1",
      "test -x /usr/sbin/anacron || { cd / && run-parts --report /etc/cron.daily; }"};
  return list;
}

void BM_AnalyzeCommand(benchmark::State& state) {
  const cronkit::Dialect& dialect = cronkit::dialect(cronkit::DialectId::debian);
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& command : commands()) {
      cronkit::Span span{1, 11, static_cast<std::uint32_t>(11 + command.size()), 10,
                         10 + command.size()};
      cronkit::lint::CommandAnalysis analysis =
          cronkit::lint::analyze_command_text(command, span, dialect);
      benchmark::DoNotOptimize(analysis.commands.data());
      bytes += command.size();
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}
BENCHMARK(BM_AnalyzeCommand);

std::string clean_crontab(std::size_t entries) {
  std::string text = "MAILTO=ops@example.com\nPATH=/usr/local/bin:/usr/bin:/bin\n";
  for (std::size_t i = 0; i < entries; ++i) {
    text += std::to_string(i % 60) + " " + std::to_string(i % 24) + " * * * " +
            commands()[i % commands().size()] + "\n";
  }
  return text;
}

// Only the command and environment rules (the id list above), over a 100,000-entry crontab.
void BM_LintRulesOnCleanCrontab(benchmark::State& state) {
  std::string text = clean_crontab(100000);
  cronkit::Crontab crontab = cronkit::parse_crontab(
      text, {.format = cronkit::CrontabFormat::user, .dialect = cronkit::DialectId::cronie});
  cronkit::lint::LintOptions options;
  options.dialect = cronkit::DialectId::cronie;
  cronkit::lint::RuleSelection selection;
  selection.changes.emplace_back("all", false);
  for (const char* id : {"cd-without-and",
                         "env-empty-unquoted",
                         "env-export",
                         "env-inline-comment",
                         "env-name-typo",
                         "env-tilde",
                         "env-trailing-whitespace",
                         "env-var-expansion",
                         "env-var-undefined",
                         "flock-blocking",
                         "mailto-invalid",
                         "no-overlap-lock",
                         "output-not-redirected",
                         "path-not-set",
                         "percent-unescaped",
                         "python-unversioned",
                         "reboot-caveats",
                         "redirect-order",
                         "relative-path",
                         "secret-in-crontab",
                         "shell-bashism",
                         "sources-shell-rc",
                         "stderr-not-captured",
                         "sudo-in-cron",
                         "tilde-quoted",
                         "tz-not-schedule",
                         "unbalanced-quotes",
                         "user-field-in-user-crontab",
                         "venv-activate"}) {
    selection.changes.emplace_back(id, true);
  }
  cronkit::lint::Directives directives;
  for (auto _ : state) {
    cronkit::lint::LintResult result =
        cronkit::lint::lint_crontab(crontab, options, selection, directives);
    benchmark::DoNotOptimize(result.findings.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_LintRulesOnCleanCrontab)->Unit(benchmark::kMillisecond);

}  // namespace
