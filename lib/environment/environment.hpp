#pragma once
// The environment, working directory, shell, argv, standard input and mail routing that a cron
// daemon gives one job, built the way each cron builds it (docs/semantics.md §7, §10, 11):
//
// Debian (cron 3.0pl1-162): user.c `load_user` collects the crontab's assignments in file order
// (env.c `env_set`: a repeated name is replaced where it first appeared); entry.c `load_entry`
// copies them for each entry and adds SHELL=/bin/sh, HOME=<passwd dir> and PATH=/usr/bin:/bin
// only when absent, then forces LOGNAME=<user>; do_command.c `build_env` starts from the PAM
// session's environment (pam_env: /etc/environment, /etc/default/locale) and sets every cron
// variable over it; `child_process` chdirs to HOME (ignoring failure) and runs
// `execle(SHELL, SHELL, "-c", command, NULL, env)`.
//
// cronie: user.c `load_user` starts from crond's own LANG, LC_*, LANGUAGE, RANDOM_DELAY and
// MAILFROM (env.c `env_set_from_environ`), then the crontab's assignments; entry.c `load_entry`
// adds SHELL, HOME (env.c `env_update_home`: only when the passwd directory is not empty) and
// PATH=/usr/bin:/bin:/usr/sbin:/sbin when absent, and forces LOGNAME and USER.
//
// Everything here is pure: files and the passwd database are read by the caller.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.hpp"
#include "dialect/dialect.hpp"
#include "environment/mail.hpp"
#include "environment/pam_env.hpp"
#include "environment/passwd.hpp"

namespace cronkit {

// Where a variable of the job's environment comes from.
enum class VariableOrigin {
  crontab,       // an assignment line above the entry
  cron_default,  // cron's default because the crontab does not set it (SHELL, PATH)
  passwd,        // HOME from the user's passwd entry, because the crontab does not set it
  cron_forced,   // set by cron whatever the crontab says (LOGNAME; USER on cronie)
  pam,           // pam_env (Debian): /etc/environment, /etc/default/locale
  daemon,        // crond's own environment (cronie: LANG, LC_*, LANGUAGE, ...)
};
std::string_view origin_name(VariableOrigin origin);

struct JobVariable {
  std::string name;
  std::string value;
  VariableOrigin origin = VariableOrigin::crontab;
  std::uint32_t line = 0;  // the assignment's line, for VariableOrigin::crontab
  std::string file;        // the pam_env file, for VariableOrigin::pam
};

// A pam_env "envfile" as the PAM session reads it, in the order of Debian's /etc/pam.d/cron.
struct PamEnvFile {
  std::string path;
  std::optional<std::string> text;  // nothing when the file does not exist or cannot be read
};

// The files Debian's /etc/pam.d/cron makes pam_env read: /etc/environment (the module's default
// envfile), then /etc/default/locale (the second pam_env line, `envfile=/etc/default/locale`).
inline constexpr std::string_view debian_pam_env_paths[] = {"/etc/environment",
                                                            "/etc/default/locale"};

// The variables cronie copies from crond's environment (env.c `env_set_from_environ`).
bool cronie_takes_from_daemon(std::string_view name);

struct EnvironmentInput {
  DialectId dialect = DialectId::debian;
  PasswdEntry user;  // the run-as user
  // The assignments in force for the entry (`Crontab::environment_for`), in file order; empty
  // for a bare command.
  std::span<const EnvAssignment> assignments;
  // Debian: the pam_env files, applied in order. Ignored for dialects without PAM merging.
  std::vector<PamEnvFile> pam_files;
  // cronie: crond's environment (in its order); only the names cronie copies are used.
  std::vector<EnvVar> daemon_environment;
  // Debian: whether /usr/sbin/sendmail exists (without it cron discards the output).
  bool mta_installed = true;
};

// What cron does with the job's output (stdout and stderr together: cron points the job's
// stderr at its stdout).
struct OutputRoute {
  enum class Kind {
    mailed,            // to `recipient`
    discarded,         // MAILTO="" or an unsafe MAILTO
    discarded_no_mta,  // Debian without /usr/sbin/sendmail: logged "No MTA installed"
    logged,            // the daemon's standard error or log file (busybox, supercronic)
    journal,           // the systemd journal (systemd-cron)
  };
  Kind kind = Kind::mailed;
  std::string recipient;  // for `mailed`: the user name or MAILTO's value (cronie: expanded)
  std::string sender;     // the From: cron would use
  std::string reason;     // why, in words: "MAILTO is not set: the crontab's owner"
  bool only_when_failing = false;  // cronie's and FreeBSD's `-n` command option
  // systemd-cron: who gets the "job failed" notice (empty: nobody).
  std::string failure_notice_to;
};

struct JobEnvironment {
  // The job's environment, in the order cron passes it to execle.
  std::vector<JobVariable> variables;
  // chdir target: the HOME in effect. Nothing when cron would not have a HOME (cronie with an
  // empty passwd directory and no HOME line).
  std::optional<std::string> working_directory;
  std::string shell;  // SHELL in effect: the program cron executes
  OutputRoute output;
  // Things worth knowing: a LOGNAME line cron overrides, `$VAR` that is not expanded, a
  // pam_env variable the crontab hides, ...
  std::vector<std::string> notes;

  const JobVariable* find(std::string_view name) const;
  std::vector<std::string> envp() const;  // "NAME=value" strings
};

JobEnvironment build_job_environment(const EnvironmentInput& input);

// How the job is started.
struct JobCommand {
  std::vector<std::string> argv;  // {SHELL, "-c", command}
  std::string standard_input;     // written to a pipe; empty means immediate end of file
};
JobCommand job_command(const JobEnvironment& environment, const Command& command);

}  // namespace cronkit
