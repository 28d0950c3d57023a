// cronrun: run one crontab entry now, in the environment cron would give it (issue 6 is the
// contract). Errors of cronrun itself exit 125, so they are never mistaken for the job's status.

#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>

#include "crontab_file/location.hpp"
#include "environment/diff.hpp"
#include "parse/parse.hpp"
#include "run/host.hpp"
#include "run/plan.hpp"
#include "run/run.hpp"
#include "version.hpp"

extern char** environ;

namespace {

using namespace cronkit;

constexpr int own_error = 125;  // as env(1) and timeout(1)

struct Options {
  std::string target;  // FILE:LINE
  std::optional<std::string> command;
  bool system = false;
  std::string dialect_name = "debian";
  bool dry_run = false;
  bool diff_env = false;
  std::optional<double> timeout_seconds;
  bool ignore_errors = false;
  bool version = false;
};

struct Failure {
  std::string message;
};

std::string read_input(const std::string& path) {
  if (path == "-") {
    if (isatty(STDIN_FILENO)) {
      throw Failure{"standard input is a terminal: pipe a crontab in, or name a FILE:LINE"};
    }
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw Failure{"cannot read " + path + ": is a directory"};
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Failure{"cannot read " + path + ": " + std::strerror(errno)};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw Failure{"cannot read " + path};
  return buffer.str();
}

// "FILE:LINE" -> {FILE, LINE}; the last colon separates them, so FILE may contain colons.
std::pair<std::string, std::uint32_t> split_target(const std::string& target) {
  std::size_t colon = target.rfind(':');
  if (colon == std::string::npos || colon == 0) {
    throw Failure{"expected FILE:LINE (\"-:N\" for standard input), got \"" + target + "\""};
  }
  std::string number = target.substr(colon + 1);
  std::uint32_t line = 0;
  auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), line);
  if (ec != std::errc() || end != number.data() + number.size() || line == 0) {
    throw Failure{"\"" + number + "\" in \"" + target + "\" is not a line number (1, 2, ...)"};
  }
  return {target.substr(0, colon), line};
}

std::string describe_non_entry(const Crontab& crontab, const Line& line) {
  switch (line.kind) {
    case Line::Kind::blank:
      return "a blank line";
    case Line::Kind::comment:
      return "a comment";
    case Line::Kind::environment:
      return "an environment assignment (" + crontab.environment[line.index].name + "=...)";
    case Line::Kind::rejected:
      for (const Diagnostic& d : crontab.diagnostics) {
        if (d.span.line == line.number && d.rejected_by_cron) {
          return "a line cron rejects: " + d.message;
        }
      }
      return "a line cron rejects";
    case Line::Kind::entry:
      break;
  }
  return "an entry";
}

std::vector<EnvVar> current_environment() {
  std::vector<EnvVar> variables;
  for (char** env = environ; env && *env; ++env) {
    std::string_view entry(*env);
    std::size_t eq = entry.find('=');
    if (eq == std::string_view::npos) continue;
    variables.push_back({std::string(entry.substr(0, eq)), std::string(entry.substr(eq + 1))});
  }
  return variables;
}

bool is_executable_file(const std::string& path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec) && access(path.c_str(), X_OK) == 0;
}

std::optional<uid_t> spool_uid(const Host& host, const InstalledCrontab& installed) {
  if (installed.kind != InstalledCrontab::Kind::spool) return std::nullopt;
  std::optional<PasswdEntry> user = host.passwd.by_name(installed.spool_user);
  return user ? std::optional<uid_t>(user->uid) : std::nullopt;
}

int run_cronrun(const Options& options) {
  DialectId dialect_id = *dialect_from_name(options.dialect_name);
  Host host = read_host();
  if (!host.error.empty()) throw Failure{host.error};

  std::string path;
  std::string source;
  std::string text;
  std::uint32_t line_number = 1;
  CrontabFormat format = CrontabFormat::user;
  if (options.command) {
    // A bare command is read as the command of a user-crontab entry, so that `%` and the
    // escapes are handled exactly as for a line in a file.
    if (options.command->find('\n') != std::string::npos) {
      throw Failure{"-c: the command must be one line (cron commands end at the newline)"};
    }
    if (options.command->find_first_not_of(" \t") == std::string::npos) {
      throw Failure{"-c: the command is empty"};
    }
    text = "* * * * * " + *options.command + "\n";
    path = "-c";
    source = "-c";
  } else {
    auto [file, line] = split_target(options.target);
    path = file;
    line_number = line;
    source = (file == "-" ? std::string("-") : file) + ":" + std::to_string(line);
    text = read_input(file);
    format = options.system || (file != "-" && format_for_path(file) == CrontabFormat::system)
                 ? CrontabFormat::system
                 : CrontabFormat::user;
  }
  Crontab crontab = parse_crontab(std::move(text), ParseOptions{format, dialect_id, path});
  const Line* line = crontab.line_at(line_number);
  if (!line) {
    throw Failure{(path == "-" ? std::string("standard input") : path) + " has no line " +
                  std::to_string(line_number) + " (it has " + std::to_string(crontab.lines.size()) +
                  ")"};
  }
  const Entry* entry = crontab.entry_at_line(line_number);
  if (!entry) {
    if (options.command) {
      throw Failure{"-c: cron cannot read this command: " + describe_non_entry(crontab, *line)};
    }
    throw Failure{source + " is not an entry: it is " + describe_non_entry(crontab, *line)};
  }

  // A crontab cron reads itself (/etc/crontab, /etc/cron.d/*, the spool) belongs to whoever
  // the spool file is named after, and cron checks the file before reading it.
  InstalledCrontab installed;
  std::optional<std::string> skip_file;
  if (!options.command && path != "-") {
    std::error_code ec;
    std::string absolute = std::filesystem::absolute(path, ec).lexically_normal().string();
    installed = installed_location(absolute, dialect_id);
    std::optional<FileFacts> facts = read_file_facts(path);
    if (installed.kind != InstalledCrontab::Kind::elsewhere && facts) {
      skip_file = why_cron_skips_file(installed, *facts, spool_uid(host, installed), dialect_id);
    }
  }
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
      throw Failure{"cron would not run " + (options.command ? "this command" : source) + ": " +
                    *reason + " (--ignore-errors runs it anyway)"};
    }
    plan.cron_would_not_run = *reason;
  }

  if (options.dry_run) std::cout << render_dry_run(plan);
  if (options.diff_env) {
    if (options.dry_run) std::cout << "\n";
    std::vector<EnvVar> current = current_environment();
    EnvironmentDiff diff = diff_environment(plan.environment, current);
    std::string current_path;
    for (const EnvVar& v : current) {
      if (v.name == "PATH") current_path = v.value;
    }
    const JobVariable* job_path = plan.environment.find("PATH");
    std::vector<CommandLookup> missing = commands_missing_from_path(
        plan.command.argv.back(), job_path ? job_path->value : "", current_path,
        [&](const std::string& file) { return is_executable_file(host.root + file); });
    std::cout << render_environment_diff(plan, diff, missing);
  }
  if (options.dry_run || options.diff_env) return 0;

  const bool other_user = plan.user.uid != host.real_uid;
  if (other_user && !host.is_root) {
    throw Failure{"the job runs as " + plan.user.name + " (uid " + std::to_string(plan.user.uid) +
                  "), not as you (uid " + std::to_string(host.real_uid) +
                  "): only root can run a job as another user (--dry-run shows what would run)"};
  }
  if (!plan.cron_would_not_run.empty()) {
    std::cerr << "cronrun: warning: cron would not run this entry: " << plan.cron_would_not_run
              << "\n";
  }
  if (!plan.environment.working_directory) {
    throw Failure{plan.user.name +
                  " has no home directory and the crontab sets no HOME: cronie would not run "
                  "the job"};
  }
  std::cerr << render_run_header(plan, host.is_root && other_user) << std::flush;

  RunRequest request;
  request.argv = plan.command.argv;
  request.environment = plan.environment.envp();
  request.working_directory = plan.start_directory();
  request.umask = plan.umask;
  request.fallback_directory = plan.fallback_directory;
  request.standard_input = plan.command.standard_input;
  if (host.is_root) request.switch_to_user = plan.user;  // cron always sets gid, groups, uid
  if (options.timeout_seconds) {
    request.timeout = std::chrono::milliseconds(
        static_cast<long long>(std::llround(*options.timeout_seconds * 1000)));
  }
  request.on_stdout = [](std::string_view chunk) {
    std::cout.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    std::cout.flush();
  };
  request.on_stderr = [](std::string_view chunk) {
    std::cerr.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    std::cerr.flush();
  };
  RunResult result = run_job(request);
  if (!result.started) {
    if (dialect_id == DialectId::cronie && result.error.starts_with("chdir")) {
      throw Failure{result.error + ": cronie logs \"chdir failed\" and does not run the job"};
    }
    throw Failure{"cannot start the job: " + result.error};
  }
  std::cerr << render_run_summary(plan, result);
  return result.status;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app{
      "Run one crontab entry now, in the environment cron would give it.\n"
      "  cronrun [options] FILE:LINE      run the entry at that line (\"-:N\" for stdin)\n"
      "  cronrun [options] -c 'COMMAND'   run a bare command as a cron job would",
      "cronrun"};
  app.set_help_flag("-h,--help", "Print this help and exit");
  app.add_option("FILE:LINE", options.target, "The entry to run: a crontab file and a line number");
  app.add_option("-c", options.command, "Run this command as the command of a cron entry")
      ->type_name("COMMAND");
  app.add_flag("--system", options.system,
               "System format (user field); automatic for /etc/crontab and /etc/cron.d/*");
  app.add_option("--dialect", options.dialect_name, "debian (default) or cronie")
      ->type_name("NAME")
      ->check(CLI::IsMember({"debian", "cronie"}));
  app.add_flag("--dry-run", options.dry_run,
               "Print the environment, working directory, shell, argv and standard input that "
               "would be used, and run nothing");
  app.add_flag("--diff-env", options.diff_env,
               "Compare that environment with this shell's: name the variables (API keys, ...) "
               "and PATH entries the job will not have, never their values; runs nothing");
  app.add_option("--timeout", options.timeout_seconds,
                 "Kill the job's process group after SECONDS (exit status 124, as timeout(1))")
      ->type_name("SECONDS")
      ->check(CLI::Validator(
          [](std::string& text) -> std::string {
            double value = 0;
            try {
              value = std::stod(text);
            } catch (const std::exception&) {
              return "\"" + text + "\" is not a number of seconds";
            }
            return value > 0 && std::isfinite(value) ? "" : "must be a number of seconds above 0";
          },
          ""));
  app.add_flag("--ignore-errors", options.ignore_errors,
               "Run the entry even if cron would not (a file it ignores, a line it rejects)");
  app.add_flag("--version", options.version, "Print the version and exit");
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
      "unknown user, an entry cron would not run).\n"
      "\n"
      "For tests only: CRONKIT_SYSTEM_ROOT=DIR reads DIR/etc/passwd, DIR/etc/environment,\n"
      "DIR/etc/default/locale, DIR/etc/locale.conf, DIR/etc/sysconfig/crond and\n"
      "DIR/usr/sbin/sendmail instead of the machine's; with it, CRONKIT_CURRENT_USER=NAME\n"
      "acts for that user of DIR/etc/passwd.");
  // "-:N" names standard input, but looks like an option to CLI11: take it out first.
  std::vector<std::string> arguments;
  for (int i = argc - 1; i >= 1; --i) {
    std::string_view arg(argv[i]);
    if (arg.starts_with("-:")) {
      if (!options.target.empty()) {
        std::cerr << "error: more than one FILE:LINE (cronrun --help shows the usage)\n";
        return own_error;
      }
      options.target = arg;
    } else {
      arguments.emplace_back(arg);
    }
  }
  try {
    std::string stdin_target = options.target;
    app.parse(arguments);
    if (!stdin_target.empty()) {
      if (options.target != stdin_target) {
        std::cerr << "error: more than one FILE:LINE (cronrun --help shows the usage)\n";
        return own_error;
      }
    }
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return 0;
  } catch (const CLI::ParseError& e) {
    std::cerr << "error: " << e.what() << " (cronrun --help shows the usage)\n";
    return own_error;
  }
  if (options.version) {
    std::cout << "cronrun " << cronkit::version << "\n";
    return 0;
  }
  const bool has_target = !options.target.empty();
  if (has_target == options.command.has_value()) {
    if (!has_target && isatty(STDIN_FILENO)) {
      std::cerr << app.help();
      return own_error;
    }
    std::cerr << (has_target ? "error: give either FILE:LINE or -c 'COMMAND', not both"
                             : "error: nothing to run: give FILE:LINE or -c 'COMMAND'")
              << " (cronrun --help shows the usage)\n";
    return own_error;
  }
  try {
    return run_cronrun(options);
  } catch (const Failure& failure) {
    std::cerr << "error: " << failure.message << "\n";
    return own_error;
  }
}
