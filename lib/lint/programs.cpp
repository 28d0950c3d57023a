// Small shared facts about programs, users and crontab text (programs.hpp).

#include "lint/programs.hpp"

#include <algorithm>
#include <array>
#include <span>

#include "dialect/dialect.hpp"
#include "shell/chars.hpp"

namespace cronkit::lint {

const EnvAssignment* assignment_in_force(const Crontab& crontab, const Entry& entry,
                                         std::string_view name) {
  std::span<const EnvAssignment> in_force = crontab.environment_for(entry);
  for (auto it = in_force.rbegin(); it != in_force.rend(); ++it) {
    if (it->name == name) return &*it;
  }
  return nullptr;
}

UnredirectedOutput unredirected_output(const Crontab& crontab, const Entry& entry,
                                       const Dialect& dialect) {
  const EnvAssignment* mailto = assignment_in_force(crontab, entry, "MAILTO");
  const bool has_recipient = mailto && !mailto->value.empty();
  if (has_recipient && dialect.mails_output_to_mailto) return {true, false, "cron's mail"};
  switch (dialect.output_without_mailto) {
    case JobOutput::mailed_to_owner:
      if (mailto && !has_recipient) return {false, true, "nowhere (MAILTO=\"\")"};
      return {true, false, "cron's mail"};
    case JobOutput::logged_by_daemon:
      return {false, false, std::string(dialect.daemon) + "'s log"};
    case JobOutput::systemd_journal:
      return {false, false, "the journal"};
  }
  return {true, false, "cron's mail"};
}

std::string_view path_basename(std::string_view path) {
  return cronkit::shell::chars::basename_of(path);
}

bool is_bash_like_shell(std::string_view shell) {
  std::string_view name = cronkit::shell::chars::basename_of(shell);
  return name == "bash" || name == "zsh" || name == "ksh" || name == "ksh93" || name == "mksh";
}

bool looks_like_command_token(std::string_view token) {
  if (token.empty()) return false;
  if (token.find('/') != std::string_view::npos) return true;
  char first = token.front();
  if (first == '~' || first == '.' || first == '$' || first == '"' || first == '\'') return true;
  static constexpr std::array<std::string_view, 40> programs = {
      "cd",    "python", "python3", "bash",    "sh",      "node",      "php",       "perl",
      "ruby",  "curl",   "wget",    "rsync",   "tar",     "find",      "rm",        "echo",
      "test",  "[",      "flock",   "timeout", "nice",    "ionice",    "run-parts", "docker",
      "sleep", "cp",     "mv",      "mkdir",   "certbot", "systemctl", "logger",    "date",
      "cat",   "env",    "sudo",    "java",    "npm",     "npx",       "make",      "source"};
  if (std::find(programs.begin(), programs.end(), token) != programs.end()) return true;
  return is_interpreter(token);
}

std::string job_user_name(const Crontab& crontab, const Entry& entry, std::string_view path) {
  if (crontab.format == CrontabFormat::system) {
    return entry.user ? std::string(*entry.user) : std::string();
  }
  // The crontab's own cron keeps user crontabs in its spool directory, one file per user named
  // after the user. The path may sit under a --root, so the directory is matched at its end.
  std::size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return {};
  std::string_view directory = path.substr(0, slash);
  if (directory.ends_with(cronkit::dialect(crontab.dialect).spool_directory)) {
    return std::string(path.substr(slash + 1));
  }
  return {};
}

}  // namespace cronkit::lint
