#pragma once
// Private to lib/export: what the Kubernetes and GitHub Actions exports share for one entry.

#include <optional>
#include <string>
#include <string_view>

#include "export/entry_facts.hpp"
#include "export/scheduler.hpp"
#include "parse/parse.hpp"

namespace cronkit::exporter {

// The target a SchedulerJob is prepared for.
struct SchedulerTarget {
  DialectId dialect;             // the target's own reading of the expression and its clock
  std::string_view name;         // "Kubernetes"
  std::string_view output_kept;  // "Kubernetes keeps it in the pod's log"
  // What happens without a known zone: "the CronJob gets no timeZone and runs in the
  // kube-controller-manager's zone".
  std::string_view without_zone;
};

// One entry, checked and translated; `result.impossible` set when it cannot be exported.
struct SchedulerJob {
  EntryExport result;
  std::string expression;                 // the five fields the target reads
  const date::time_zone* zone = nullptr;  // the job's zone; nullptr: not known
  JobSetup setup;                         // the variables cron gives the job, its shell
  std::string_view shell_command;
  std::string_view standard_input;
};

SchedulerJob prepare_scheduler_job(const Crontab& crontab, const Entry& entry,
                                   const SchedulerExportOptions& options,
                                   const SchedulerTarget& target);

// Whether `text` is valid UTF-8 (YAML holds nothing else).
bool is_utf8(std::string_view text);

}  // namespace cronkit::exporter
