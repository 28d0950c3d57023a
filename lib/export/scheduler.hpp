#pragma once
// A crontab as jobs of a scheduler that takes one five-field expression per job: a Kubernetes
// CronJob per entry (`batch/v1`, the command in a container the user names) or a GitHub Actions
// workflow per entry (`on.schedule`, the command as a step).
//
// The job moves to another machine, so its programs, files and user are the image's or the
// runner's: that is said once in the notes, not counted as a difference. What is compared is
// what cron itself decides: the instants (the expression is written from cron's sets and read
// back with the target's own dialect; its firings are simulated with the target's clock over a
// year in the zone given), the command and its shell, the standard input after `%`, the
// variables, where the output goes, what happens to overlapping and missed runs.

#include <optional>
#include <string>
#include <vector>

#include <date/date.h>
#include <date/tz.h>

#include "ast/ast.hpp"
#include "export/export.hpp"

namespace cronkit::exporter {

struct SchedulerExportOptions {
  // The crontab's name in job names ("backup" for /etc/cron.d/backup).
  std::string crontab_name;
  // The zone cron runs in, when known: the job's `timeZone`/`timezone`, and the zone cron's and
  // the target's firings are compared in. nullptr: not known, nothing compared.
  const date::time_zone* zone = nullptr;
  // The year compared starts here.
  date::sys_seconds from;
  // Kubernetes: the container image the job runs in (required).
  std::string image;
  // GitHub Actions: the `runs-on` label of the runner.
  std::string runner = "ubuntu-latest";
};

// One EntryExport per entry, in file order, each with one `NAME.yaml` CronJob manifest.
std::vector<EntryExport> export_kubernetes(const Crontab& crontab,
                                           const SchedulerExportOptions& options);
// One EntryExport per entry, in file order, each with one `NAME.yml` workflow (for
// `.github/workflows/`).
std::vector<EntryExport> export_github_actions(const Crontab& crontab,
                                               const SchedulerExportOptions& options);

// A Kubernetes object name from a unit name: lower case, `_` and `.` as `-`, at most 52
// characters (a CronJob's limit: its Jobs add 11), no `-` at either end.
std::string kubernetes_name(std::string_view unit);

}  // namespace cronkit::exporter
