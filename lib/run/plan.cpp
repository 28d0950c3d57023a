#include "run/plan.hpp"

#include "parse/command_text.hpp"
#include "shell/quoting.hpp"
#include "shell/syntax.hpp"

#include <signal.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

namespace cronkit {
namespace {

// Control characters as C escapes, so that a `\r` from a CRLF crontab is visible.
std::string visible(std::string_view text) {
  std::string result;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (c == '\n') {
      result += "\\n";
    } else if (c == '\t') {
      result += "\\t";
    } else if (c == '\r') {
      result += "\\r";
    } else if (u < 0x20 || u == 0x7f) {
      result += fmt::format("\\x{:02x}", u);
    } else {
      result += c;
    }
  }
  return result;
}

std::string dialect_title(DialectId id) {
  return std::string(dialect(id).daemon);
}

std::string origin_text(const JobVariable& v) {
  switch (v.origin) {
    case VariableOrigin::crontab:
      return fmt::format("line {}", v.line);
    case VariableOrigin::pam:
      return fmt::format("pam_env {}", v.file);
    default:
      return std::string(origin_name(v.origin));
  }
}

std::string output_text(const OutputRoute& route) {
  switch (route.kind) {
    case OutputRoute::Kind::mailed:
      return fmt::format(
          "stdout and stderr together, mailed to {} ({}){}", route.recipient, route.reason,
          route.only_when_failing ? "; only when the job fails (the -n option)" : "");
    case OutputRoute::Kind::discarded:
      return fmt::format("discarded: {}", route.reason);
    case OutputRoute::Kind::logged:
      return fmt::format("stdout and stderr go to the daemon's own output or log: {}",
                         route.reason);
    case OutputRoute::Kind::journal:
      return fmt::format("stdout and stderr go to the systemd journal: {}", route.reason);
    case OutputRoute::Kind::discarded_no_mta:
      return fmt::format("discarded: {}", route.reason);
  }
  return {};
}

std::string signal_name(int signal) {
  const char* abbrev = sigabbrev_np(signal);
  return abbrev ? fmt::format("SIG{}", abbrev) : fmt::format("signal {}", signal);
}

std::string seconds(std::chrono::nanoseconds duration) {
  return fmt::format("{:.3f} s", std::chrono::duration<double>(duration).count());
}

}  // namespace

std::string shell_quote(std::string_view text) {
  return visible(shell::shell_word(text));
}

std::optional<std::string> why_cron_would_not_run(
    const Crontab& crontab, const Entry& entry, std::string_view path,
    const std::function<bool(std::string_view)>& user_exists) {
  const Dialect& cron = dialect(crontab.dialect);
  if (crontab.format == CrontabFormat::system && cron.unknown_user_rejected_at_parse) {
    for (const Entry& other : crontab.entries) {
      if (other.user && !user_exists(*other.user)) {
        return fmt::format(
            "{} ignores this whole file: line {} names the unknown user \"{}\" (\"bad "
            "username\")",
            dialect_title(crontab.dialect), other.span.line, *other.user);
      }
    }
  }
  if (!entry.accepted) {
    for (const Diagnostic& d : crontab.diagnostics) {
      if (d.span.line == entry.span.line && d.rejected_by_cron) {
        bool whole_file =
            crontab.whole_file_ignored && d.message.find("whole file") == std::string::npos;
        return fmt::format("{} rejects this line: {}{}", dialect_title(crontab.dialect), d.message,
                           whole_file ? " (and so ignores the whole file)" : "");
      }
    }
    return fmt::format("{} rejects this line", dialect_title(crontab.dialect));
  }
  if (crontab.whole_file_ignored) {
    return fmt::format("{} ignores this whole file: {}", dialect_title(crontab.dialect),
                       crontab.whole_file_ignored_reason);
  }
  if (crontab.format == CrontabFormat::system) {
    if (auto reason = why_cron_skips_file_name(path, crontab.dialect)) return reason;
  }
  return std::nullopt;
}

std::vector<CommandLookup> commands_missing_from_path(
    std::string_view shell_command, std::string_view job_path, std::string_view current_path,
    const std::function<bool(const std::string&)>& exists) {
  static constexpr std::array<std::string_view, 48> not_commands = {
      "if",    "then",  "else",   "elif",     "fi",     "do",    "done",  "case", "esac",   "while",
      "until", "for",   "in",     "function", "select", "time",  "!",     "{",    "}",      "[[",
      "]]",    "cd",    "echo",   "printf",   "export", "set",   "unset", "exit", "return", "true",
      "false", "test",  "[",      ".",        "source", "read",  "eval",  "exec", "shift",  "trap",
      "wait",  "umask", "ulimit", "command",  "type",   "alias", "local", ":"};
  std::vector<CommandLookup> result;
  std::vector<std::string> job_dirs = split_path(job_path);
  std::vector<std::string> current_dirs = split_path(current_path);
  auto find_in = [&](const std::vector<std::string>& dirs,
                     const std::string& name) -> std::optional<std::string> {
    for (const std::string& dir : dirs) {
      if (dir.empty()) continue;  // the current directory: depends on where the job runs
      if (exists(dir + "/" + name)) return dir;
    }
    return std::nullopt;
  };
  static constexpr std::array<std::string_view, 4> keeps = {"time", "exec", "command", "eval"};
  shell::Script script = shell::parse(std::string(shell_command));
  for (const shell::SimpleCommand& command : script.commands) {
    // The string of `sh -c '...'` is another shell's business.
    if (!command.shell.empty()) continue;
    // The first word runs, or after a builtin that runs its argument (`exec x`), the next one.
    const shell::Word* word = nullptr;
    for (const shell::Word& w : command.words) {
      if (std::find(not_commands.begin(), not_commands.end(), w.text) == not_commands.end()) {
        word = &w;
        break;
      }
      if (std::find(keeps.begin(), keeps.end(), w.text) == keeps.end()) break;
    }
    if (!word || word->quoted || word->has_expansion) continue;
    const std::string& name = word->text;
    if (name.empty() || name.find_first_of("/*?") != std::string::npos || name.front() == '-') {
      continue;
    }
    if (find_in(job_dirs, name)) continue;
    if (std::any_of(result.begin(), result.end(),
                    [&](const CommandLookup& l) { return l.name == name; })) {
      continue;
    }
    result.push_back({name, find_in(current_dirs, name)});
  }
  return result;
}

std::optional<std::string> JobPlan::start_directory() const {
  const std::optional<std::string>& home = environment.working_directory;
  if (!home || home->empty() || home->front() == '/') return home;
  return (daemon_directory == "/" ? std::string() : daemon_directory) + "/" + *home;
}

PlanOutcome plan_entry(const Crontab& crontab, const Entry& entry, std::string source,
                       const Host& host, std::optional<std::string> owner) {
  PlanOutcome outcome;
  std::optional<PasswdEntry> user;
  if (entry.user) {
    user = host.passwd.by_name(*entry.user);
    if (!user) {
      outcome.error = fmt::format("unknown user \"{}\" on line {}", *entry.user, entry.span.line);
      if (crontab.dialect == DialectId::cronie) {
        outcome.error += " (cronie accepts the line and the job fails when it is due)";
      }
      return outcome;
    }
  } else if (owner) {
    user = host.passwd.by_name(*owner);
    if (!user) {
      outcome.error = fmt::format("unknown user \"{}\" (the owner of this spool crontab)", *owner);
      return outcome;
    }
  } else {
    user = host.current_user;
    if (!user) {
      outcome.error = fmt::format("no passwd entry for the current uid {}", host.real_uid);
      return outcome;
    }
  }
  JobPlan plan;
  plan.source = std::move(source);
  if (const Line* line = crontab.line_at(entry.span.line)) {
    plan.line_text = std::string(crontab.line_text(*line));
  }
  plan.dialect = crontab.dialect;
  plan.user = *user;
  EnvironmentInput input;
  input.dialect = crontab.dialect;
  input.user = *user;
  input.assignments = crontab.environment_for(entry);
  input.pam_files = host.pam_files;
  const Dialect& cron = dialect(crontab.dialect);
  input.daemon_environment = cron.inherits_daemon_environment ? host.inherited_environment
                                                              : host.cronie_daemon_environment;
  input.mta_installed = host.sendmail_installed;
  plan.environment = build_job_environment(input);
  Command command = entry.command;
  std::pmr::monotonic_buffer_resource command_memory;  // for a command split again below
  // cronie reads `-n` before the command as "mail the output only when the job fails"
  // (entry.c `load_entry`, MAIL_WHEN_ERR); the option is not part of the shell command.
  if (crontab.dialect == DialectId::cronie) {
    std::string_view raw = command.raw;
    if (raw.size() > 2 && raw.starts_with("-n") && (raw[2] == ' ' || raw[2] == '\t')) {
      std::size_t start = raw.find_first_not_of(" \t", 2);
      if (start != std::string_view::npos) {
        command = split_command(raw.substr(start), dialect(crontab.dialect), &command_memory);
        plan.environment.output.only_when_failing = true;
      }
    }
  }
  // FreeBSD's `-n` (entry.c load_entry(), kept in the entry): mail only when the job fails.
  if (entry.line_options & Entry::mail_only_on_failure) {
    plan.environment.output.only_when_failing = true;
  }
  plan.command = job_command(plan.environment, command);
  if (cron.inherits_daemon_environment) {
    plan.environment.notes.push_back(fmt::format(
        "{} passes its own environment on to the job: cronrun used {} as the daemon's "
        "(--daemon-env FILE names another, e.g. /proc/PID/environ of the running daemon)",
        cron.daemon, host.inherited_environment_source));
  }
  if (cron.job_directory == JobDirectory::daemon_directory) {
    plan.environment.notes.push_back(fmt::format(
        "{} starts the job in its own working directory; cronrun runs it in the current one",
        cron.daemon));
  }
  if (crontab.dialect == DialectId::debian) {
    plan.daemon_directory = std::string(debian_cron_directory);
    plan.fallback_directory = plan.daemon_directory;
    if (host.pam_env_conf_has_settings) {
      plan.environment.notes.push_back(
          "/etc/security/pam_env.conf has settings: pam_env applies them to cron jobs too, "
          "but cronrun reads only /etc/environment and /etc/default/locale");
    }
  } else if (crontab.dialect == DialectId::cronie) {
    plan.environment.notes.push_back(
        "cronie's systemd unit gives crond and its jobs a private /tmp (PrivateTmp=yes): files "
        "the job writes to /tmp are not the ones you see");
  }
  if (std::optional<std::string> start = plan.start_directory();
      start && plan.environment.working_directory &&
      *start != *plan.environment.working_directory) {
    plan.environment.notes.push_back(fmt::format(
        "HOME is the relative path \"{}\": the job starts in {}, relative to the daemon's "
        "directory",
        *plan.environment.working_directory, *start));
  }
  outcome.plan = std::move(plan);
  return outcome;
}

std::string render_dry_run(const JobPlan& plan) {
  const JobEnvironment& env = plan.environment;
  std::string out;
  out += fmt::format("cronrun: dry run of {} as {} would run it (nothing is run)\n", plan.source,
                     dialect_title(plan.dialect));
  if (!plan.cron_would_not_run.empty()) {
    out += fmt::format("  warning:   cron would not run it: {}\n", plan.cron_would_not_run);
  }
  if (!plan.line_text.empty()) out += fmt::format("  line:      {}\n", visible(plan.line_text));
  out += fmt::format("  user:      {} (uid {}, gid {})\n", plan.user.name, plan.user.uid,
                     plan.user.gid);
  const Dialect& cron = dialect(plan.dialect);
  if (cron.job_directory == JobDirectory::daemon_directory) {
    out += fmt::format("  directory: the current one ({} runs jobs in its own directory)\n",
                       cron.daemon);
  } else if (cron.job_directory == JobDirectory::root_directory) {
    out += fmt::format("  directory: / (systemd services start in the root directory)\n");
  } else if (std::optional<std::string> start = plan.start_directory()) {
    const JobVariable* home = env.find("HOME");
    out += fmt::format("  directory: {} (HOME, {})\n", visible(*start),
                       home ? origin_text(*home) : "");
  } else {
    out += "  directory: none: no HOME, cronie does not run the job\n";
  }
  const JobVariable* shell = env.find("SHELL");
  if (shell && shell->value == env.shell &&
      (cron.identity_variables != IdentityVariables::none ||
       shell->origin == VariableOrigin::crontab)) {
    out += fmt::format("  shell:     {} (SHELL, {})\n", visible(env.shell), origin_text(*shell));
  } else {
    out += fmt::format("  shell:     {} ({}'s default)\n", visible(env.shell), cron.daemon);
  }
  std::string argv;
  for (const std::string& arg : plan.command.argv) {
    if (!argv.empty()) argv += ' ';
    argv += shell_quote(arg);
  }
  out += fmt::format("  argv:      {}\n", argv);
  if (!cron.percent_is_special) {
    out += fmt::format("  stdin:     empty ({} gives no input; % is passed to the shell)\n",
                       cron.daemon);
  } else if (plan.command.standard_input.empty()) {
    out += "  stdin:     empty (end of file at once: the command has no unescaped %)\n";
  } else {
    out += fmt::format("  stdin:     \"{}\" ({} bytes: the text after the first unescaped %)\n",
                       visible(plan.command.standard_input), plan.command.standard_input.size());
  }
  out += fmt::format("  output:    {}\n", output_text(env.output));
  if (cron.inherits_daemon_environment) {
    out += fmt::format(
        "  umask:     {:03o} (the job inherits {}'s own umask; cronrun uses this one)\n",
        plan.umask, cron.daemon);
  } else if (plan.dialect == DialectId::debian || plan.dialect == DialectId::cronie ||
             cron.job_directory == JobDirectory::root_directory) {
    out +=
        fmt::format("  umask:     {:03o} (systemd's default for the cron service)\n", plan.umask);
  } else {
    out += fmt::format("  umask:     {:03o} (cronrun's; {} sets the login class's umask)\n",
                       plan.umask, cron.daemon);
  }
  out += fmt::format("environment ({} variables; nothing else is passed to the job):\n",
                     env.variables.size());
  std::size_t width = 0;
  for (const JobVariable& v : env.variables) {
    width = std::max(width, visible(v.name).size() + visible(v.value).size() + 1);
  }
  width = std::min<std::size_t>(width, 60);
  for (const JobVariable& v : env.variables) {
    std::string assignment = visible(v.name) + "=" + visible(v.value);
    out += fmt::format("  {:<{}}  {}\n", assignment, width, origin_text(v));
  }
  if (!env.notes.empty()) {
    out += "notes:\n";
    for (const std::string& note : env.notes) out += fmt::format("  - {}\n", visible(note));
  }
  return out;
}

std::string render_environment_diff(const JobPlan& plan, const EnvironmentDiff& diff,
                                    std::span<const CommandLookup> missing_commands) {
  std::string out;
  out += fmt::format(
      "cronrun: the environment {} gives {} compared with this shell's (values from this shell "
      "are not shown)\n",
      dialect_title(plan.dialect), plan.source);
  std::vector<const EnvironmentDiff::Missing*> secrets, others, session;
  for (const auto& m : diff.missing) {
    (m.secret ? secrets : m.session ? session : others).push_back(&m);
  }
  if (diff.missing.empty()) {
    out += "set here and missing in the job: nothing\n";
  } else {
    out += fmt::format("set here and missing in the job ({}):\n", diff.missing.size());
    for (const auto* m : secrets) {
      out += fmt::format(
          "  {}  looks like a secret (API key, token, password): the job will "
          "not have it\n",
          m->name);
    }
    for (const auto* m : others) {
      out += m->hint.empty() ? fmt::format("  {}\n", m->name)
                             : fmt::format("  {}  {}\n", m->name, m->hint);
    }
    if (!session.empty()) {
      std::string names;
      for (const auto* m : session) names += (names.empty() ? "" : ", ") + m->name;
      out += fmt::format("  terminal and login-session variables, rarely needed by a job: {}\n",
                         names);
    }
  }
  const JobVariable* job_path = plan.environment.find("PATH");
  std::string path_text = job_path ? visible(job_path->value) : "(unset)";
  if (diff.missing_path_entries.empty()) {
    out += fmt::format("PATH entries missing in the job (PATH={}): none\n", path_text);
  } else {
    out += fmt::format("PATH entries missing in the job (PATH={}):\n", path_text);
    for (const std::string& entry : diff.missing_path_entries) {
      out += fmt::format("  {}\n",
                         entry.empty() ? "(empty entry: the current directory)" : visible(entry));
    }
  }
  if (!diff.extra_path_entries.empty()) {
    out += "PATH entries only the job has:\n";
    for (const std::string& entry : diff.extra_path_entries) {
      bool literal = entry.find('$') != std::string::npos || entry.starts_with("~");
      out += literal ? fmt::format(
                           "  {}  literal text: cron expands no variables and no ~, so "
                           "this names a directory that is not there\n",
                           visible(entry))
                     : fmt::format("  {}\n", entry.empty() ? "(empty entry: the current directory)"
                                                           : visible(entry));
    }
  }
  if (!missing_commands.empty()) {
    out += "commands of the job that its PATH does not find:\n";
    for (const CommandLookup& c : missing_commands) {
      out += c.found_in_current_path
                 ? fmt::format(
                       "  {}  this shell finds it in {}: use the full path or set PATH "
                       "in the crontab\n",
                       c.name, visible(*c.found_in_current_path))
                 : fmt::format(
                       "  {}  not found in this shell's PATH either (a function or "
                       "alias?)\n",
                       c.name);
    }
  }
  if (!diff.different.empty()) {
    out += "set differently in the job:\n";
    for (const std::string& name : diff.different) {
      const JobVariable* v = plan.environment.find(name);
      out += looks_like_secret(name)
                 ? fmt::format("  {}  ({})\n", name, origin_text(*v))
                 : fmt::format("  {}  job: {} ({})\n", name, visible(v->value), origin_text(*v));
    }
  }
  if (!diff.only_in_job.empty()) {
    std::string names;
    for (const std::string& name : diff.only_in_job) names += (names.empty() ? "" : ", ") + name;
    out += fmt::format("only in the job: {}\n", names);
  }
  return out;
}

std::string render_run_header(const JobPlan& plan, bool switching_user) {
  std::string argv;
  for (const std::string& arg : plan.command.argv) {
    if (!argv.empty()) argv += ' ';
    argv += shell_quote(arg);
  }
  std::string out;
  out += fmt::format("cronrun: running {} as {} would{}: {}\n", plan.source,
                     dialect_title(plan.dialect),
                     switching_user ? fmt::format(", as user {}", plan.user.name) : "", argv);
  if (plan.environment.working_directory) {
    out +=
        fmt::format("cronrun: in {} with {} environment variables{}\n",
                    visible(*plan.environment.working_directory), plan.environment.variables.size(),
                    plan.command.standard_input.empty()
                        ? ""
                        : fmt::format(", {} bytes on stdin", plan.command.standard_input.size()));
  }
  out += fmt::format("cronrun: cron would treat the output as: {}\n",
                     output_text(plan.environment.output));
  return out;
}

std::string render_run_summary(const JobPlan& plan, const RunResult& result) {
  std::string out;
  if (result.used_fallback_directory) {
    out += fmt::format(
        "cronrun: {} failed: the job ran in {} instead, as Debian's cron ignores "
        "the failure\n",
        result.chdir_error, result.directory);
  }
  std::string ending;
  if (result.timed_out) {
    ending =
        fmt::format("timed out after {}: the job's process group got SIGTERM (exit status 124)",
                    seconds(result.duration));
  } else if (result.signal != 0) {
    ending = fmt::format("killed by {} after {} (exit status {})", signal_name(result.signal),
                         seconds(result.duration), result.status);
  } else {
    ending = fmt::format("exit status {} after {}", result.exit_code, seconds(result.duration));
  }
  if (result.forwarded_signal != 0) {
    ending +=
        fmt::format("; cronrun passed {} on to the job", signal_name(result.forwarded_signal));
  }
  out += fmt::format("cronrun: {}\n", ending);
  std::size_t bytes = result.stdout_bytes + result.stderr_bytes;
  const OutputRoute& route = plan.environment.output;
  const std::string_view daemon = dialect(plan.dialect).daemon;
  if (route.kind == OutputRoute::Kind::logged || route.kind == OutputRoute::Kind::journal) {
    out += fmt::format(
        "cronrun: {} would have written these {} bytes to {}\n", daemon, bytes,
        route.kind == OutputRoute::Kind::journal ? "the journal" : "its own output or log");
  } else if (bytes == 0) {
    out += "cronrun: no output, so cron would send no mail\n";
  } else if (route.kind == OutputRoute::Kind::mailed && route.only_when_failing &&
             result.signal == 0 && !result.timed_out && result.exit_code == 0) {
    out += fmt::format("cronrun: the job succeeded, so {} (-n) would not mail these {} bytes\n",
                       daemon, bytes);
  } else if (route.kind == OutputRoute::Kind::mailed) {
    out += fmt::format("cronrun: {} would have mailed these {} bytes to {}\n", daemon, bytes,
                       route.recipient);
  } else {
    out +=
        fmt::format("cronrun: cron would have discarded these {} bytes: {}\n", bytes, route.reason);
  }
  return out;
}

}  // namespace cronkit
