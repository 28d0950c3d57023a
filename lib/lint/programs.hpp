#pragma once
// Small facts about programs, users and crontab text that several command rules share.

#include <cstddef>
#include <string>
#include <string_view>

#include "ast/ast.hpp"
#include "dialect/dialect.hpp"
#include "shell/queries.hpp"
#include "text/excerpt.hpp"

namespace cronkit::lint {

using shell::interpreter_script;
using shell::is_interpreter;
using shell::sourced_file;

// The last assignment of `name` above the entry, or nullptr.
const EnvAssignment* assignment_in_force(const Crontab& crontab, const Entry& entry,
                                         std::string_view name);
// Where the output a job does not redirect goes, for the output rules: under the Vixie crons
// into a mail (to MAILTO or the owner; nowhere with MAILTO=""), under busybox crond without
// MAILTO and supercronic into the daemon's log, under systemd-cron into the journal
// (Dialect::output_without_mailto, Dialect::mails_output_to_mailto).
struct UnredirectedOutput {
  bool mailed = false;     // a mail is sent (whether it arrives is another matter)
  bool discarded = false;  // MAILTO="" under a daemon that would otherwise mail it
  std::string where;       // as a message names it: "cron's mail", "busybox crond's log"
};
UnredirectedOutput unredirected_output(const Crontab& crontab, const Entry& entry,
                                       const Dialect& dialect);
// Text from the crontab as a message quotes it (text/excerpt.hpp).
using cronkit::excerpt;
// The name of a path without its directories.
std::string_view path_basename(std::string_view path);
// Whether a SHELL value names bash or zsh (which understand the bash-only syntax).
bool is_bash_like_shell(std::string_view shell);
// Whether the token in a system crontab's user position is really the start of a command: a path
// (`/`, `~`, `.`, `$`) or a well-known program name (`python3`, `cd`, `bash`, ...).
bool looks_like_command_token(std::string_view token);
// The name of the user a job runs as, when the text tells: the user field of a system crontab,
// or the file's name for a user crontab in the spool directory of the crontab's dialect
// (Dialect::spool_directory). Empty when unknown.
std::string job_user_name(const Crontab& crontab, const Entry& entry, std::string_view path);

}  // namespace cronkit::lint
