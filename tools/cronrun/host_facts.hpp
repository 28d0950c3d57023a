#pragma once
// What cronrun asks the machine it runs on (this shell's environment, executables, the
// ownership and mode of a crontab file that cron checks before reading it) and how it hands a
// planned job to the runner.

#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

#include "crontab_file/acceptance.hpp"
#include "crontab_file/location.hpp"
#include "environment/pam_env.hpp"
#include "run/host.hpp"
#include "run/plan.hpp"
#include "run/run.hpp"

namespace cronkit::cronrun {

// This process's environment, for --diff-env (values are compared, never printed).
std::vector<EnvVar> current_environment();
// A regular file this user may execute.
bool is_executable_file(const std::string& path);
// Owner, mode, link count and symlink-ness of `path`, as cron's checks see them.
FileFacts file_facts(const std::string& path);
// The uid of the user a spool crontab is named after, when it is one and the user exists.
std::optional<uid_t> spool_uid(const Host& host, const InstalledCrontab& installed);

// Why cron would skip the crontab at `path` when it is one cron reads itself (/etc/crontab,
// /etc/cron.d/*, the spool), which it checks before reading; `installed` says which it is.
std::optional<std::string> why_cron_skips(const std::string& path, DialectId dialect,
                                          const Host& host, InstalledCrontab& installed);

// --diff-env: what this shell has that the job will not, and the job's commands its PATH does
// not find.
std::string environment_diff_text(const JobPlan& plan, const Host& host);

// The request that runs the planned job as cron would, streaming its output to ours.
RunRequest run_request(const JobPlan& plan, const Host& host,
                       std::optional<double> timeout_seconds);

}  // namespace cronkit::cronrun
