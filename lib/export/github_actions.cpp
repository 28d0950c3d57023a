// A crontab entry as a GitHub Actions workflow: `on.schedule` with the five fields, the command
// as its one step. GitHub's documented behaviour is in docs/dialects/github-actions.md.

#include <fmt/format.h>

#include "export/five_fields.hpp"
#include "export/scheduler.hpp"
#include "export/scheduler_job.hpp"
#include "shell/quoting.hpp"
#include "text/base64.hpp"
#include "text/json.hpp"

namespace cronkit::exporter {
namespace {

// The step runs its script with the job's shell, as `SHELL FILE` (GitHub's custom `shell:`
// form); the script is the command, or, with standard input, the command run by that shell with
// the input piped in.
std::string workflow(const SchedulerJob& job, const std::string& name,
                     const SchedulerExportOptions& options) {
  const std::string& shell = job.setup.environment.shell;
  std::string out = fmt::format(
      "# cronkit: {} line {}: {}\n"
      "name: {}\n"
      "on:\n"
      "  schedule:\n"
      "    - cron: {}\n",
      options.crontab_name, job.result.line, job.result.schedule, json_string(name),
      json_string(job.expression));
  if (job.zone && job.zone->name() != "UTC") {
    out += fmt::format("      timezone: {}\n", json_string(job.zone->name()));
  }
  out += fmt::format(
      "jobs:\n"
      "  job:\n"
      "    runs-on: {}\n"
      "    steps:\n"
      "      - name: {}\n"
      "        shell: {}\n",
      json_string(options.runner),
      json_string(fmt::format("{} line {}", options.crontab_name, job.result.line)),
      json_string(shell + " {0}"));
  if (!job.setup.variables.empty()) {
    out += "        env:\n";
    for (const auto& [variable, value] : job.setup.variables)
      out += fmt::format("          {}: {}\n", json_string(variable), json_string(value));
  }
  std::string script(job.shell_command);
  if (!job.standard_input.empty()) {
    script = fmt::format("printf %s {} | base64 -d | {} -c {}",
                         shell::shell_word(base64_encode(job.standard_input)),
                         shell::shell_word(shell), shell::shell_word(job.shell_command));
  }
  out += fmt::format("        run: {}\n", json_string(script));
  return out;
}

}  // namespace

std::vector<EntryExport> export_github_actions(const Crontab& crontab,
                                               const SchedulerExportOptions& options) {
  const SchedulerTarget target{DialectId::github_actions, "GitHub Actions",
                               "GitHub keeps it in the run's log", "the workflow runs in UTC"};
  const Dialect& github = dialect(DialectId::github_actions);
  std::vector<EntryExport> out;
  for (const Entry& entry : crontab.entries) {
    SchedulerJob job = prepare_scheduler_job(crontab, entry, options, target);
    EntryExport& result = job.result;
    if (!result.impossible.empty()) {
      out.push_back(std::move(result));
      continue;
    }
    const std::string name = export_name(crontab, entry, options.crontab_name);
    result.unit = name;
    if (const int interval = shortest_interval_minutes(entry.schedule);
        interval < github.min_interval_minutes) {
      result.differences.push_back(fmt::format(
          "runs {} minute{} apart: GitHub runs a schedule at most once every {} minutes and "
          "leaves out the runs in between",
          interval, interval == 1 ? "" : "s", github.min_interval_minutes));
    }
    if (!dialect(crontab.dialect).starts_overlapping_runs) {
      result.differences.push_back(
          fmt::format("{} skips a run while the previous one still runs; GitHub starts every run",
                      dialect(crontab.dialect).daemon));
    }
    result.differences.push_back(
        "GitHub starts scheduled runs late when it is busy (most often at the start of an hour) "
        "and may drop them; cron starts them on the minute");
    result.notes.push_back(fmt::format(
        "the job runs on the runner {}, as its user, not on this host: the programs and files it "
        "uses must be there; schedules run from the default branch, and GitHub turns them off "
        "in a public repository after 60 days without activity",
        options.runner));
    result.files.push_back({name + ".yml", workflow(job, name, options)});
    out.push_back(std::move(result));
  }
  return out;
}

}  // namespace cronkit::exporter
