#pragma once
// Everything cronrun knows about one job before it runs it: which entry, which user, the
// environment cron would build, the command line and what cron would do with the output. The
// renderers turn a plan into the text of --dry-run, --diff-env and the labels around a run.

#include <sys/types.h>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.hpp"
#include "crontab_file/acceptance.hpp"
#include "environment/diff.hpp"
#include "environment/environment.hpp"
#include "run/host.hpp"
#include "run/run.hpp"

namespace cronkit {

struct JobPlan {
  std::string source;  // "llm-report.crontab:7", or "-c" for a bare command
  std::string line_text;
  DialectId dialect = DialectId::debian;
  PasswdEntry user;
  JobEnvironment environment;
  JobCommand command;
  // Where the job starts when HOME cannot be entered: Debian ignores the failed chdir and the
  // job inherits the daemon's directory (misc.c `set_cron_cwd`: /var/spool/cron); cronie does
  // not run the job.
  std::optional<std::string> fallback_directory;
  // Set when cron would not run the entry at all (and cronrun was told to run it anyway).
  std::string cron_would_not_run;
  // The daemon's own working directory, against which a relative HOME is resolved: Debian's
  // cron chdirs to /var/spool/cron at start; cronie's crond stays where systemd starts it, /.
  std::string daemon_directory = "/";
  // The file mode creation mask the job inherits from the daemon: systemd starts services with
  // UMask=0022, and neither cron changes it for jobs.
  mode_t umask = 022;

  // The directory the job's chdir(HOME) aims at (HOME resolved against the daemon's directory).
  std::optional<std::string> start_directory() const;
};

// Debian's cron daemon works in CRONDIR.
inline constexpr std::string_view debian_cron_directory = "/var/spool/cron";

// Why the chosen cron would not run the entry on `line` of `crontab` (read from `path`), or
// nothing: Debian ignores the whole file after any rejected line or without a final newline
// (docs/semantics.md §8), cronie drops a rejected line, and both skip /etc/cron.d files whose
// names they do not accept (§9).
// `user_exists` answers for the user fields of a system crontab: Debian's load_entry rejects an
// unknown user ("bad username"), which makes the whole file ignored.
std::optional<std::string> why_cron_would_not_run(
    const Crontab& crontab, const Entry& entry, std::string_view path,
    const std::function<bool(std::string_view)>& user_exists);

// Commands the job names that its PATH does not find.
struct CommandLookup {
  std::string name;
  std::optional<std::string> found_in_current_path;  // the directory, if this shell finds it
};
// The words in command position of a shell command line (`a | b && c; d`), minus shell
// keywords and builtins, looked up in both PATHs (`exists` decides whether dir/name is an
// executable file).
std::vector<CommandLookup> commands_missing_from_path(
    std::string_view shell_command, std::string_view job_path, std::string_view current_path,
    const std::function<bool(const std::string&)>& exists);

// Builds the plan for one entry. The run-as user is the entry's user field (system format) or
// the host's current user. Fails (with `error`) when that user does not exist.
struct PlanOutcome {
  std::optional<JobPlan> plan;
  std::string error;
};
// `owner` overrides the host's current user as the owner of a user crontab (a spool file).
PlanOutcome plan_entry(const Crontab& crontab, const Entry& entry, std::string source,
                       const Host& host, std::optional<std::string> owner = std::nullopt);

// `'a b'` -> quoted for a POSIX shell only when needed.
std::string shell_quote(std::string_view text);

std::string render_dry_run(const JobPlan& plan);
std::string render_environment_diff(const JobPlan& plan, const EnvironmentDiff& diff,
                                    std::span<const CommandLookup> missing_commands);
// What cronrun prints on stderr before the job's output, and after it.
std::string render_run_header(const JobPlan& plan, bool switching_user);
std::string render_run_summary(const JobPlan& plan, const RunResult& result);

}  // namespace cronkit
