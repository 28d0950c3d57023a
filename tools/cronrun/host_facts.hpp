#pragma once
// What cronrun asks the machine it runs on: this shell's environment, executables, and the
// ownership and mode of a crontab file that cron checks before reading it.

#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

#include "environment/pam_env.hpp"
#include "run/host.hpp"
#include "run/plan.hpp"

namespace cronkit::cronrun {

// This process's environment, for --diff-env (values are compared, never printed).
std::vector<EnvVar> current_environment();
// A regular file this user may execute.
bool is_executable_file(const std::string& path);
// Owner, mode, link count and symlink-ness of `path`, as cron's checks see them.
FileFacts file_facts(const std::string& path);
// The uid of the user a spool crontab is named after, when it is one and the user exists.
std::optional<uid_t> spool_uid(const Host& host, const InstalledCrontab& installed);

}  // namespace cronkit::cronrun
