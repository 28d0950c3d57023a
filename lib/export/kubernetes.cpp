// A crontab entry as a Kubernetes CronJob (batch/v1). The schedule is read by robfig/cron v3,
// the cron library of the CronJob controller; docs/dialects/kubernetes.md describes its reading
// and clock, docs/export.md this translation.

#include <fmt/format.h>

#include "export/scheduler.hpp"
#include "export/scheduler_job.hpp"
#include "text/base64.hpp"
#include "text/json.hpp"

namespace cronkit::exporter {
namespace {

// Scalars are written as JSON strings: YAML reads a JSON string as the same text, escapes and
// all, whatever characters the command holds.
std::string cronjob_manifest(const SchedulerJob& job, const std::string& name,
                             const Crontab& crontab, const SchedulerExportOptions& options) {
  const Dialect& cron = dialect(crontab.dialect);
  std::string out = fmt::format(
      "# cronkit: {} line {}: {}\n"
      "apiVersion: batch/v1\n"
      "kind: CronJob\n"
      "metadata:\n"
      "  name: {}\n"
      "spec:\n"
      "  schedule: {}\n",
      options.crontab_name, job.result.line, job.result.schedule, name,
      json_string(job.expression));
  if (job.zone) out += fmt::format("  timeZone: {}\n", json_string(job.zone->name()));
  out += fmt::format(
      "  concurrencyPolicy: {}\n"
      "  startingDeadlineSeconds: 60\n"
      "  jobTemplate:\n"
      "    spec:\n"
      "      backoffLimit: 0\n"
      "      template:\n"
      "        spec:\n"
      "          restartPolicy: Never\n"
      "          containers:\n"
      "            - name: job\n"
      "              image: {}\n",
      cron.starts_overlapping_runs ? "Allow" : "Forbid", json_string(options.image));
  const std::string shell = json_string(job.setup.environment.shell);
  if (job.standard_input.empty()) {
    out += fmt::format("              command: [{}, \"-c\", {}]\n", shell,
                       json_string(job.shell_command));
  } else {
    // sh -c SCRIPT NAME ARGS: $0 is the shell, $1 the input, $2 the command; nothing is quoted
    // into the script.
    out += fmt::format(
        "              command: [{0}, \"-c\", \"printf %s \\\"$1\\\" | base64 -d | \\\"$0\\\" -c "
        "\\\"$2\\\"\", {0}, {1}, {2}]\n",
        shell, json_string(base64_encode(job.standard_input)), json_string(job.shell_command));
  }
  if (!job.setup.variables.empty()) {
    out += "              env:\n";
    for (const auto& [variable, value] : job.setup.variables) {
      out += fmt::format("                - name: {}\n                  value: {}\n",
                         json_string(variable), json_string(value));
    }
  }
  return out;
}

}  // namespace

std::vector<EntryExport> export_kubernetes(const Crontab& crontab,
                                           const SchedulerExportOptions& options) {
  const SchedulerTarget target{
      DialectId::kubernetes, "Kubernetes", "Kubernetes keeps it in the pod's log",
      "the CronJob gets no timeZone and runs in the kube-controller-manager's zone"};
  const Dialect& cron = dialect(crontab.dialect);
  std::vector<EntryExport> out;
  for (const Entry& entry : crontab.entries) {
    SchedulerJob job = prepare_scheduler_job(crontab, entry, options, target);
    EntryExport& result = job.result;
    if (!result.impossible.empty()) {
      out.push_back(std::move(result));
      continue;
    }
    const std::string name = kubernetes_name(export_name(crontab, entry, options.crontab_name));
    result.unit = name;
    result.notes.push_back(fmt::format(
        "the job runs in a container of {}, as its user, not on this host: the programs and "
        "files it uses must be in the image",
        options.image));
    if (!cron.starts_overlapping_runs) {
      result.notes.push_back(
          fmt::format("{} skips a run while the previous one still runs: concurrencyPolicy: Forbid",
                      cron.daemon));
    }
    result.notes.push_back(
        "cron never starts a run it missed while it was down; startingDeadlineSeconds: 60 lets "
        "the controller start a run at most a minute late");
    result.files.push_back({name + ".yaml", cronjob_manifest(job, name, crontab, options)});
    out.push_back(std::move(result));
  }
  return out;
}

}  // namespace cronkit::exporter
