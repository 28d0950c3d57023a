#include "environment/environment.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

namespace cronkit {
namespace {

constexpr std::string_view default_shell = "/bin/sh";  // _PATH_BSHELL in both crons

// env.c `env_set`: replace the variable where it is, or append it.
void set_variable(std::vector<JobVariable>& variables, JobVariable variable) {
  auto it = std::find_if(variables.begin(), variables.end(),
                         [&](const JobVariable& v) { return v.name == variable.name; });
  if (it != variables.end()) {
    *it = std::move(variable);
  } else {
    variables.push_back(std::move(variable));
  }
}

const JobVariable* find_variable(const std::vector<JobVariable>& variables, std::string_view name) {
  auto it = std::find_if(variables.begin(), variables.end(),
                         [&](const JobVariable& v) { return v.name == name; });
  return it == variables.end() ? nullptr : &*it;
}

std::string describe(const JobVariable& variable) {
  return variable.origin == VariableOrigin::crontab ? fmt::format("line {}", variable.line)
                                                    : std::string(origin_name(variable.origin));
}

bool is_name_start(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || c == '_';
}

// Whether a crontab value looks like it expects shell expansion (`$HOME/bin`, `~/bin`).
bool looks_expanded_by_shell(std::string_view value) {
  for (std::size_t i = 0; i + 1 < value.size(); ++i) {
    if (value[i] == '$' && (is_name_start(value[i + 1]) || value[i + 1] == '{')) return true;
  }
  return value.starts_with("~") || value.find(":~") != std::string_view::npos;
}

OutputRoute route_output(const EnvironmentInput& input, const std::vector<JobVariable>& cron_env) {
  const bool debian = input.dialect == DialectId::debian;
  const Dialect& cron = dialect(input.dialect);
  OutputRoute route;
  // Every daemon reads MAILTO from the crontab's assignments (Debian's e->envp), which also
  // holds it where the job does not get it (busybox). cronie reads the job's environment, which
  // is the same list there.
  const JobVariable* mailto = find_variable(cron_env, "MAILTO");
  const JobVariable* mailfrom = find_variable(cron_env, "MAILFROM");
  auto used_value = [&](const JobVariable* variable) -> std::optional<std::string> {
    if (!variable) return std::nullopt;
    if (!cron.expands_mail_variables) return variable->value;
    return cronie_expand_mail_variable(variable->value, input.daemon_environment);
  };
  std::optional<std::string> to = used_value(mailto);
  route.sender = mail_sender(used_value(mailfrom), input.dialect, input.user.name);
  if (!cron.mails_output_to_mailto) {
    route.kind = cron.output_without_mailto == JobOutput::systemd_journal
                     ? OutputRoute::Kind::journal
                     : OutputRoute::Kind::logged;
    route.reason = fmt::format("{} mails no output", cron.daemon);
    if (cron.mails_failure_notices) {
      // systemd-cron's generator writes OnFailure=cron-failure@ unless MAILTO is empty; the
      // notice goes to MAILTO, else the unit's User=, else root.
      if (to && to->empty()) {
        route.reason +=
            fmt::format(", and no failure notice: MAILTO is empty ({})", describe(*mailto));
      } else {
        route.failure_notice_to = to ? *to : input.user.name;
        route.reason += fmt::format("; when the job fails it mails a status notice to {} ({})",
                                    route.failure_notice_to,
                                    to ? fmt::format("MAILTO, {}", describe(*mailto))
                                       : std::string("MAILTO is not set: the job's user"));
      }
    }
    return route;
  }
  switch (mailto_effect(to, input.dialect)) {
    case MailtoEffect::owner:
      if (cron.output_without_mailto == JobOutput::logged_by_daemon) {
        route.kind = OutputRoute::Kind::logged;
        route.reason = fmt::format("MAILTO is not set: {} mails nothing", cron.daemon);
        break;
      }
      route.kind = OutputRoute::Kind::mailed;
      route.recipient = input.user.name;
      route.reason = "MAILTO is not set: the crontab's owner";
      break;
    case MailtoEffect::none:
      route.kind = cron.output_without_mailto == JobOutput::logged_by_daemon
                       ? OutputRoute::Kind::logged
                       : OutputRoute::Kind::discarded;
      route.reason =
          mailto->value.empty()
              ? fmt::format("MAILTO is empty ({})", describe(*mailto))
              : fmt::format("MAILTO \"{}\" ({}) expands to nothing in crond's environment",
                            mailto->value, describe(*mailto));
      break;
    case MailtoEffect::refused:
      route.kind = OutputRoute::Kind::discarded;
      route.reason =
          fmt::format("MAILTO \"{}\" ({}) fails cron's address check, cron logs \"UNSAFE\"", *to,
                      describe(*mailto));
      break;
    case MailtoEffect::address:
      route.kind = OutputRoute::Kind::mailed;
      route.recipient = *to;
      route.reason = *to == mailto->value ? fmt::format("MAILTO, {}", describe(*mailto))
                                          : fmt::format("MAILTO \"{}\", {}, expanded by cronie",
                                                        mailto->value, describe(*mailto));
      break;
  }
  if (debian && route.kind == OutputRoute::Kind::mailed && !input.mta_installed) {
    route.kind = OutputRoute::Kind::discarded_no_mta;
    route.reason = fmt::format(
        "there is no /usr/sbin/sendmail, so instead of mailing {} cron logs \"No MTA installed, "
        "discarding output\"",
        route.recipient);
    route.recipient.clear();
  }
  return route;
}

}  // namespace

std::string_view origin_name(VariableOrigin origin) {
  switch (origin) {
    case VariableOrigin::crontab:
      return "crontab";
    case VariableOrigin::cron_default:
      return "cron's default";
    case VariableOrigin::passwd:
      return "passwd";
    case VariableOrigin::cron_forced:
      return "set by cron";
    case VariableOrigin::pam:
      return "pam_env";
    case VariableOrigin::daemon:
      return "crond's environment";
  }
  return "";
}

bool cronie_takes_from_daemon(std::string_view name) {
  static constexpr std::array<std::string_view, 17> names = {
      "LANG",         "LC_CTYPE",       "LC_NUMERIC",        "LC_TIME", "LC_COLLATE",
      "LC_MONETARY",  "LC_MESSAGES",    "LC_PAPER",          "LC_NAME", "LC_ADDRESS",
      "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION", "LC_ALL",  "LANGUAGE",
      "RANDOM_DELAY", "MAILFROM"};
  return std::find(names.begin(), names.end(), name) != names.end();
}

const JobVariable* JobEnvironment::find(std::string_view name) const {
  return find_variable(variables, name);
}

std::vector<std::string> JobEnvironment::envp() const {
  std::vector<std::string> result;
  result.reserve(variables.size());
  for (const JobVariable& variable : variables) {
    result.push_back(variable.name + "=" + variable.value);
  }
  return result;
}

namespace {

// The variables Vixie cron adds to the crontab's (entry.c `load_entry`): SHELL, HOME and PATH
// when the crontab sets none, LOGNAME (and cronie's USER) always.
void add_vixie_identity(const EnvironmentInput& input, std::vector<JobVariable>& cron_env,
                        JobEnvironment& job) {
  const Dialect& cron = dialect(input.dialect);
  if (!find_variable(cron_env, "SHELL")) {
    set_variable(cron_env,
                 {"SHELL", std::string(default_shell), VariableOrigin::cron_default, 0, {}});
  }
  if (!find_variable(cron_env, "HOME")) {
    if (!input.user.home.empty() || input.dialect != DialectId::cronie) {
      set_variable(cron_env, {"HOME", input.user.home, VariableOrigin::passwd, 0, {}});
    } else {
      job.notes.push_back(fmt::format(
          "{} has no home directory in passwd and the crontab sets no HOME: cronie sets no "
          "HOME, cannot change into it and does not run the job",
          input.user.name));
    }
  }
  if (!find_variable(cron_env, "PATH")) {
    set_variable(cron_env,
                 {"PATH", std::string(cron.default_path), VariableOrigin::cron_default, 0, {}});
  }
  std::vector<std::string_view> forced = {"LOGNAME"};
  if (cron.sets_user_variable) forced.push_back("USER");
  for (std::string_view name : forced) {
    if (const JobVariable* set = find_variable(cron_env, name);
        set && set->origin == VariableOrigin::crontab && set->value != input.user.name) {
      job.notes.push_back(fmt::format("line {} sets {}={}: {} replaces it with {}", set->line, name,
                                      set->value, cron.daemon, input.user.name));
    }
    set_variable(cron_env,
                 {std::string(name), input.user.name, VariableOrigin::cron_forced, 0, {}});
  }
}

// busybox crond (crond.c `set_env_vars`): LOGNAME, USER and HOME from passwd, and SHELL set to
// the shell that runs the job: the crontab's SHELL= line, else the one crond was started with
// (its own $SHELL, else its user's login shell, else /bin/sh: libbb `get_shell_name`).
void add_busybox_identity(const EnvironmentInput& input, std::vector<JobVariable>& job_env) {
  std::optional<JobVariable> shell;  // the last SHELL= line before the entry wins
  for (auto it = input.assignments.rbegin(); it != input.assignments.rend(); ++it) {
    if (it->name == "SHELL") {
      shell = JobVariable{"SHELL", it->value, VariableOrigin::crontab, it->span.line, {}};
      break;
    }
  }
  if (!shell) {
    const EnvVar* daemon_shell = nullptr;
    for (const EnvVar& v : input.daemon_environment) {
      if (v.name == "SHELL" && !v.value.empty()) daemon_shell = &v;
    }
    shell =
        daemon_shell
            ? JobVariable{"SHELL", daemon_shell->value, VariableOrigin::daemon, 0, {}}
            : JobVariable{"SHELL", std::string(default_shell), VariableOrigin::cron_default, 0, {}};
  }
  set_variable(job_env, {"LOGNAME", input.user.name, VariableOrigin::cron_forced, 0, {}});
  set_variable(job_env, {"USER", input.user.name, VariableOrigin::cron_forced, 0, {}});
  set_variable(job_env, {"HOME", input.user.home, VariableOrigin::passwd, 0, {}});
  set_variable(job_env, *shell);
}

// systemd sets USER, LOGNAME, HOME and SHELL (from passwd) for a unit with User=; the
// generator writes User= only for users other than root.
void add_systemd_identity(const EnvironmentInput& input, std::vector<JobVariable>& job_env,
                          JobEnvironment& job) {
  if (input.user.uid == 0) {
    job.notes.push_back(
        "the unit runs as root without User=, so systemd sets no HOME, LOGNAME, USER or SHELL");
    return;
  }
  for (std::string_view name : {"USER", "LOGNAME"}) {
    set_variable(job_env, {std::string(name), input.user.name, VariableOrigin::cron_forced, 0, {}});
  }
  set_variable(job_env, {"HOME", input.user.home, VariableOrigin::passwd, 0, {}});
  if (!find_variable(job_env, "SHELL")) {
    set_variable(job_env, {"SHELL", input.user.shell, VariableOrigin::passwd, 0, {}});
  }
}

void merge_pam_environment(const EnvironmentInput& input, const std::vector<JobVariable>& cron_env,
                           JobEnvironment& job) {
  PamEnvironment pam;
  std::vector<std::pair<std::string, std::string>> file_of;  // name -> the file that set it
  for (const PamEnvFile& file : input.pam_files) {
    if (!file.text) continue;
    PamEnvironment before = pam;
    apply_pam_env_file(pam, *file.text);
    for (const EnvVar& v : pam.variables()) {
      const EnvVar* old = before.find(v.name);
      if (!old || old->value != v.value) {
        std::erase_if(file_of, [&](const auto& p) { return p.first == v.name; });
        file_of.emplace_back(v.name, file.path);
      }
    }
  }
  for (const EnvVar& v : pam.variables()) {
    auto it = std::find_if(file_of.begin(), file_of.end(),
                           [&](const auto& p) { return p.first == v.name; });
    std::string file = it != file_of.end() ? it->second : std::string();
    job.variables.push_back({v.name, v.value, VariableOrigin::pam, 0, file});
  }
  for (const JobVariable& v : cron_env) {
    if (const JobVariable* hidden = find_variable(job.variables, v.name);
        hidden && hidden->origin == VariableOrigin::pam && hidden->value != v.value) {
      job.notes.push_back(fmt::format("{} sets {}; the job gets cron's value instead ({})",
                                      hidden->file, v.name, describe(v)));
    }
    set_variable(job.variables, v);
  }
}

}  // namespace

JobEnvironment build_job_environment(const EnvironmentInput& input) {
  const Dialect& cron = dialect(input.dialect);
  JobEnvironment job;
  // The variables the daemon keeps for the entry: the crontab's assignments (and cronie's locale
  // from crond), which also decide MAILTO and SHELL.
  std::vector<JobVariable> cron_env;

  if (cron.passes_locale_from_daemon && !cron.inherits_daemon_environment) {
    for (const EnvVar& v : input.daemon_environment) {
      if (cronie_takes_from_daemon(v.name)) {
        set_variable(cron_env, {v.name, v.value, VariableOrigin::daemon, 0, {}});
      }
    }
  }
  for (const EnvAssignment& assignment : input.assignments) {
    set_variable(
        cron_env,
        {assignment.name, assignment.value, VariableOrigin::crontab, assignment.span.line, {}});
  }
  for (const JobVariable& v : cron_env) {
    if (v.origin != VariableOrigin::crontab || !looks_expanded_by_shell(v.value)) continue;
    if (cron.expands_mail_variables && (v.name == "MAILTO" || v.name == "MAILFROM")) {
      job.notes.push_back(fmt::format(
          "line {}: the job gets {} as the literal text \"{}\"; cronie expands it (with "
          "crond's environment) only to address the mail",
          v.line, v.name, v.value));
    } else if (cron.exports_crontab_variables) {
      job.notes.push_back(
          fmt::format("line {}: {} is the literal text \"{}\": cron expands no variables and no ~",
                      v.line, v.name, v.value));
    }
  }

  if (cron.identity_variables == IdentityVariables::vixie) add_vixie_identity(input, cron_env, job);

  // The environment the job starts with, before the daemon's own settings.
  if (cron.merges_pam_environment) {
    merge_pam_environment(input, cron_env, job);
  } else if (cron.inherits_daemon_environment) {
    for (const EnvVar& v : input.daemon_environment) {
      set_variable(job.variables, {v.name, v.value, VariableOrigin::daemon, 0, {}});
    }
    if (cron.exports_crontab_variables) {
      for (const JobVariable& v : cron_env) set_variable(job.variables, v);
    }
  } else if (cron.identity_variables == IdentityVariables::systemd_user_only_for_non_root) {
    // A systemd service starts from PID 1's clean environment: PATH (and the system locale,
    // which cronrun does not read), then the unit's Environment= lines from the crontab.
    set_variable(job.variables,
                 {"PATH", std::string(cron.default_path), VariableOrigin::cron_default, 0, {}});
    for (const JobVariable& v : cron_env) set_variable(job.variables, v);
  } else {
    job.variables = cron_env;
  }
  if (cron.identity_variables == IdentityVariables::forced_from_passwd) {
    for (const EnvAssignment& assignment : input.assignments) {
      if (assignment.name != "SHELL" && assignment.name != "MAILTO") {
        job.notes.push_back(fmt::format(
            "line {}: {} reads only MAILTO= and SHELL= lines and passes neither to the job; {}= "
            "does not reach it",
            assignment.span.line, cron.daemon, assignment.name));
      }
    }
    add_busybox_identity(input, job.variables);
  } else if (cron.identity_variables == IdentityVariables::systemd_user_only_for_non_root) {
    add_systemd_identity(input, job.variables, job);
  }

  switch (cron.job_directory) {
    case JobDirectory::home:
      if (const JobVariable* home = find_variable(job.variables, "HOME")) {
        job.working_directory = home->value;
      }
      break;
    case JobDirectory::daemon_directory:
      break;  // the caller knows the daemon's directory
    case JobDirectory::root_directory:
      job.working_directory.emplace(1, '/');  // `= "/"` trips GCC 12's -Wrestrict at -O3
      break;
  }
  // supercronic runs `$SHELL -c` with the crontab's SHELL (else /bin/sh), whatever its own
  // environment says (cron.go runJob); the others use the SHELL the job gets.
  const JobVariable* shell = cron.identity_variables == IdentityVariables::none
                                 ? nullptr
                                 : find_variable(job.variables, "SHELL");
  if (!shell) shell = find_variable(cron_env, "SHELL");
  job.shell = shell ? shell->value : std::string(default_shell);
  if ((!shell || shell->origin != VariableOrigin::crontab) && !input.user.shell.empty() &&
      input.user.shell != job.shell) {
    job.notes.push_back(fmt::format("{}'s login shell is {}, but {} runs the command with {}{}",
                                    input.user.name, input.user.shell, cron.daemon, job.shell,
                                    shell ? " (SHELL)" : ""));
  }
  if (cron.identity_variables == IdentityVariables::vixie && !cron.sets_user_variable &&
      !find_variable(job.variables, "USER")) {
    job.notes.push_back(
        fmt::format("USER is not set: {} sets only LOGNAME, so a script reading $USER gets nothing",
                    cron.daemon));
  }
  job.output = route_output(input, cron_env);
  return job;
}

JobCommand job_command(const JobEnvironment& environment, const Command& command) {
  return {{environment.shell, "-c", std::string(command.shell_command)},
          std::string(command.standard_input)};
}

}  // namespace cronkit
