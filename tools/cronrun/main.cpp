// cronrun: run one crontab entry now, in the environment cron would give it. Errors of cronrun
// itself exit 125, so they are never mistaken for the job's status. Options and printing only:
// the plan and the run live in lib/run, the plumbing in tools/common.

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "common/config.hpp"
#include "common/options.hpp"
#include "common/tool.hpp"
#include "host_facts.hpp"
#include "run/host.hpp"
#include "run/plan.hpp"
#include "run/run.hpp"
#include "secret/secret.hpp"
#include "target.hpp"

namespace {

using namespace cronkit;
using namespace cronkit::cronrun;

struct Options {
  std::string target;  // FILE:LINE
  std::optional<std::string> command;
  bool system = false;
  tool::DialectOption dialect;
  bool dry_run = false;
  bool diff_env = false;
  std::optional<double> timeout_seconds;
  bool ignore_errors = false;
  std::optional<std::string> daemon_environment;  // --daemon-env FILE
  tool::ConfigChoice config;
};

// --daemon-env FILE: the daemon's environment as /proc/PID/environ gives it (NUL-separated) or
// as `env` prints it (one NAME=value per line).
std::vector<EnvVar> read_daemon_environment(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Failure{"--daemon-env: cannot read " + path + ": " + std::strerror(errno)};
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const char separator = text.find('\0') != std::string::npos ? '\0' : '\n';
  std::vector<EnvVar> variables;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(separator, start);
    if (end == std::string::npos) end = text.size();
    std::string_view entry(text.data() + start, end - start);
    std::size_t equals = entry.find('=');
    if (equals != std::string_view::npos && equals > 0) {
      variables.push_back(
          {std::string(entry.substr(0, equals)), std::string(entry.substr(equals + 1))});
    }
    start = end + 1;
  }
  return variables;
}

// The plan as cronrun prints it: the secrets of the crontab line, the command, its input, the
// environment values and the notes masked (the job itself gets the real plan).
JobPlan printable_plan(const tool::Tool& cli, const JobPlan& plan) {
  if (cli.show_secrets()) return plan;
  JobPlan shown = plan;
  shown.line_text = cli.shown(shown.line_text);
  for (std::string& arg : shown.command.argv) arg = cli.shown(arg);
  shown.command.standard_input = cli.shown(shown.command.standard_input);
  for (JobVariable& variable : shown.environment.variables)
    variable.value = secret::shown_value(variable.name, variable.value);
  for (std::string& note : shown.environment.notes) note = cli.shown(note);
  return shown;
}

std::string positive_seconds(std::string& text) {
  double value = 0;
  try {
    value = std::stod(text);
  } catch (const std::exception&) {
    return "\"" + text + "\" is not a number of seconds";
  }
  return value > 0 && std::isfinite(value) ? "" : "must be a number of seconds above 0";
}

int run_cronrun(const tool::Tool& cli, const Options& options) {
  // cronkit.toml: the crontab file's, or the current directory's for -c and standard input.
  tool::ConfigFiles configs(options.config);
  std::string error;
  std::optional<config::Settings> settings =
      configs.settings_for(options.command ? "-" : split_target(options.target).first, error);
  if (!settings) throw Failure{error};
  const DialectId dialect_id =
      tool::chosen_dialect(cli.given("--dialect"), options.dialect.id(), *settings);
  // A scheduler such as Kubernetes has no crontab entry to run, and no environment of its own.
  if (std::optional<std::string> refusal = tool::crontab_files_refusal(dialect_id))
    throw Failure{*refusal};
  Host host = read_host();
  if (!host.error.empty()) throw Failure{host.error};
  if (options.daemon_environment) {
    host.inherited_environment = read_daemon_environment(*options.daemon_environment);
    host.inherited_environment_source = *options.daemon_environment;
  }

  Target target =
      options.command
          ? command_target(*options.command, dialect_id)
          : file_target(options.target,
                        options.system ? std::optional(CrontabFormat::system) : settings->kind,
                        dialect_id);
  const std::string& path = target.path;
  const std::string& source = target.label;
  const std::uint32_t line_number = target.line;
  const Crontab& crontab = target.crontab;
  const Line* line = crontab.line_at(line_number);
  if (!line) {
    throw Failure{(path == "-" ? std::string("standard input") : path) + " has no line " +
                  std::to_string(line_number) + " (it has " + std::to_string(crontab.lines.size()) +
                  ")"};
  }
  // The parser's errors of the line, shown as every tool shows them, before cronrun refuses it.
  // Not for -c: its line is made up around the command.
  auto show_errors = [&] {
    if (!options.command)
      cli.print_errors(path, crontab.source(), crontab.diagnostics, line_number);
  };
  const Entry* entry = crontab.entry_at_line(line_number);
  if (!entry) {
    show_errors();
    if (options.command) {
      throw Failure{"-c: cron cannot read this command: " + describe_non_entry(crontab, *line)};
    }
    throw Failure{source + " is not an entry: it is " + describe_non_entry(crontab, *line)};
  }

  InstalledCrontab installed;
  std::optional<std::string> skip_file;
  if (!options.command && path != "-")
    skip_file = why_cron_skips(path, dialect_id, host, installed);
  std::optional<std::string> owner;
  if (installed.kind == InstalledCrontab::Kind::spool) owner = installed.spool_user;
  PlanOutcome outcome = plan_entry(crontab, *entry, source, host, owner);
  if (!outcome.plan) throw Failure{outcome.error};
  JobPlan& plan = *outcome.plan;
  auto user_exists = [&](std::string_view name) { return host.passwd.by_name(name).has_value(); };
  std::optional<std::string> reason = skip_file;
  if (!reason) reason = why_cron_would_not_run(crontab, *entry, path, user_exists);
  if (reason) {
    if (!options.ignore_errors) {
      show_errors();
      throw Failure{"cron would not run " + (options.command ? "this command" : source) + ": " +
                    *reason + " (--ignore-errors runs it anyway)"};
    }
    plan.cron_would_not_run = *reason;
  }

  const JobPlan shown = printable_plan(cli, plan);
  if (options.dry_run) std::cout << render_dry_run(shown);
  if (options.diff_env) {
    if (options.dry_run) std::cout << "\n";
    std::cout << environment_diff_text(plan, host);
  }
  if (options.dry_run || options.diff_env) return tool::exit_success;

  const bool other_user = plan.user.uid != host.real_uid;
  if (other_user && !host.is_root) {
    throw Failure{"the job runs as " + plan.user.name + " (uid " + std::to_string(plan.user.uid) +
                  "), not as you (uid " + std::to_string(host.real_uid) +
                  "): only root can run a job as another user (--dry-run shows what would run)"};
  }
  if (!plan.cron_would_not_run.empty()) {
    cli.warn("cron would not run this entry: " + plan.cron_would_not_run);
  }
  if (!plan.environment.working_directory) {
    throw Failure{plan.user.name +
                  " has no home directory and the crontab sets no HOME: cronie would not run "
                  "the job"};
  }
  std::cerr << render_run_header(shown, host.is_root && other_user) << std::flush;

  RunRequest request = run_request(plan, host, options.timeout_seconds);
  RunResult result = run_job(request);
  if (!result.started) {
    if (dialect_id == DialectId::cronie && result.error.starts_with("chdir")) {
      throw Failure{result.error + ": cronie logs \"chdir failed\" and does not run the job"};
    }
    throw Failure{"cannot start the job: " + result.error};
  }
  std::cerr << render_run_summary(shown, result);
  return result.status;
}

}  // namespace

int main(int argc, char** argv) {
  tool::Tool cli(
      "cronrun",
      "cronrun: run one crontab entry now, in the environment cron would give it\n"
      "  cronrun [options] FILE:LINE      run the entry at that line (\"-:N\" for stdin)\n"
      "  cronrun [options] -c 'COMMAND'   run a bare command as a cron job would",
      tool::exit_own_error);
  CLI::App& app = cli.app();
  Options options;
  app.add_option("FILE:LINE", options.target, "the entry to run: a crontab file and a line number")
      ->type_name("");
  app.add_option("-c", options.command, "run this command as the command of a cron entry")
      ->type_name("COMMAND");
  app.add_flag("--system", options.system,
               "system format (user field); automatic for /etc/crontab and /etc/cron.d/*");
  tool::add_dialect_option(app, options.dialect);
  app.add_flag("--dry-run", options.dry_run,
               "print the environment, working directory, shell, argv and standard input that "
               "would be used, and run nothing");
  app.add_flag("--diff-env", options.diff_env,
               "compare that environment with this shell's: name the variables (API keys, ...) "
               "and PATH entries the job will not have, never their values; runs nothing");
  app.add_option("--timeout", options.timeout_seconds,
                 "kill the job's process group after SECONDS (exit status 124, as timeout(1))")
      ->type_name("SECONDS")
      ->check(CLI::Validator(positive_seconds, ""));
  app.add_flag("--ignore-errors", options.ignore_errors,
               "run the entry even if cron would not (a file it ignores, a line it rejects)");
  app.add_option("--daemon-env", options.daemon_environment,
                 "busybox, supercronic: the environment the daemon runs with, which its jobs "
                 "inherit (/proc/PID/environ, or NAME=value lines; default: cronrun's own)")
      ->type_name("FILE");
  tool::add_config_options(app, options.config);
  cli.add_show_secrets_flag("--dry-run and the run's report (the job always gets the real values)");
  app.footer(
      "The job runs as cron runs it: $SHELL -c 'command before the first unescaped %' with the\n"
      "rest of the command (each % a newline) on standard input, in $HOME, with only the\n"
      "variables cron sets. Its stdout and stderr are shown as they come; what cron would do\n"
      "with them (mail, discard) and the exit status and duration are reported on stderr.\n"
      "The job runs as the crontab's owner: you, the user field of a system crontab, or NAME\n"
      "for a spool file (/var/spool/cron/crontabs/NAME; cronie: /var/spool/cron/NAME).\n"
      "\n"
      "Exit status: the job's status (128+N when signal N killed it, 124 after --timeout);\n"
      "125 for an error of cronrun itself (bad options, unreadable file, no entry at that line,\n"
      "unknown user, an entry cron would not run, an invalid cronkit.toml).\n"
      "\n"
      "For tests only: CRONKIT_SYSTEM_ROOT=DIR reads DIR/etc/passwd, DIR/etc/environment,\n"
      "DIR/etc/default/locale, DIR/etc/locale.conf, DIR/etc/sysconfig/crond and\n"
      "DIR/usr/sbin/sendmail instead of the machine's; with it, CRONKIT_CURRENT_USER=NAME\n"
      "acts for that user of DIR/etc/passwd.\n"
      "\n" +
      std::string(tool::config_help) + " cronrun reads kind and dialect from it.");
  // "-:N" names standard input, but looks like an option to CLI11: take it out first.
  std::vector<std::string> arguments;
  std::string stdin_target;
  for (int i = argc - 1; i >= 1; --i) {
    std::string_view arg(argv[i]);
    if (!arg.starts_with("-:")) {
      arguments.emplace_back(arg);
    } else if (!stdin_target.empty()) {
      return cli.usage_error("more than one FILE:LINE");
    } else {
      stdin_target = arg;
    }
  }
  if (std::optional<int> done = cli.parse(arguments)) return *done;
  if (!stdin_target.empty()) {
    if (!options.target.empty()) return cli.usage_error("more than one FILE:LINE");
    options.target = stdin_target;
  }
  const bool has_target = !options.target.empty();
  if (has_target == options.command.has_value()) {
    if (!has_target && isatty(STDIN_FILENO)) return cli.missing_input();
    return cli.usage_error(has_target ? "give either FILE:LINE or -c 'COMMAND', not both"
                                      : "nothing to run: give FILE:LINE or -c 'COMMAND'");
  }
  return cli.run([&] {
    try {
      return run_cronrun(cli, options);
    } catch (const Failure& failure) {
      return cli.fail(failure.message);
    }
  });
}
