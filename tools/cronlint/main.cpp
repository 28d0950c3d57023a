// cronlint: finds what makes cron jobs fail silently. Thin: options, reading files, printing;
// the rules live in lib/lint, the output formats in lib/report.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <date/tz.h>
#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "lint/lint.hpp"
#include "lint/registry.hpp"
#include "report/report.hpp"
#include "version.hpp"

namespace {

using namespace cronkit;

void print(std::string_view text, FILE* stream = stdout) {
  std::fwrite(text.data(), 1, text.size(), stream);
}

// The whole input, read the same way from a file, a pipe or a FIFO; nothing on error, with the
// reason in `error`.
std::optional<std::string> read_input(const std::string& path, std::string& error) {
  int fd = path == "-" ? STDIN_FILENO : open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = fmt::format("cannot read '{}': {}", path, std::strerror(errno));
    return std::nullopt;
  }
  struct stat info {};
  if (fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    if (fd != STDIN_FILENO) close(fd);
    error = fmt::format("cannot lint '{}': it is a directory", path);
    return std::nullopt;
  }
  std::string text;
  if (S_ISREG(info.st_mode) && info.st_size > 0)
    text.reserve(static_cast<std::size_t>(info.st_size));
  char buffer[1 << 16];
  while (true) {
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n > 0) {
      text.append(buffer, static_cast<std::size_t>(n));
    } else if (n == 0) {
      break;
    } else if (errno != EINTR) {
      error = fmt::format("cannot read '{}': {}", path, std::strerror(errno));
      if (fd != STDIN_FILENO) close(fd);
      return std::nullopt;
    }
  }
  if (fd != STDIN_FILENO) close(fd);
  return text;
}

// --enable and --disable in the order given (CLI11 groups options by name, but "--disable all
// --enable X" and "--enable X --disable all" mean different things).
std::vector<std::pair<std::string, bool>> selection_in_order(int argc, char** argv) {
  std::vector<std::pair<std::string, bool>> changes;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--") break;
    for (auto [name, enable] : {std::pair{"--enable", true}, std::pair{"--disable", false}}) {
      std::string_view option = name;
      std::string value;
      if (arg == option && i + 1 < argc) {
        value = argv[++i];
      } else if (arg.starts_with(option) && arg.size() > option.size() &&
                 arg[option.size()] == '=') {
        value = std::string(arg.substr(option.size() + 1));
      } else {
        continue;
      }
      // A comma-separated list is accepted too: --disable dom-dow-or,too-frequent.
      std::size_t start = 0;
      while (start <= value.size()) {
        std::size_t comma = value.find(',', start);
        std::string id =
            value.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!id.empty()) changes.emplace_back(id, enable);
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
    }
  }
  return changes;
}

std::string rule_list() {
  std::string out;
  for (const lint::Rule* rule : lint::all_rules()) {
    std::string notes;
    if (!rule->info.default_enabled) notes += " (off by default: --enable)";
    if (rule->info.needs_filesystem) notes += " (needs --check-paths)";
    out += fmt::format("{:<28} {:<8} {}{}\n", rule->info.id, severity_name(rule->info.severity),
                       rule->info.summary, notes);
  }
  return out;
}

std::string explanation(const lint::Rule& rule) {
  std::string out = fmt::format(
      "# {} ({}{}{})\n\n{}\n\n{}\n", rule.info.id, severity_name(rule.info.severity),
      rule.info.default_enabled ? "" : ", off by default",
      rule.info.needs_filesystem ? ", needs --check-paths" : "", rule.info.summary, rule.info.doc);
  out += fmt::format(
      "\nSuppress it for one entry with `# cronlint: disable={}` on the line "
      "above, or for the whole file with `# cronlint: disable-file={}`.\n",
      rule.info.id, rule.info.id);
  return out;
}

int usage_error(const std::string& message) {
  print(fmt::format("cronlint: error: {}\n", message), stderr);
  return 2;
}

bool known_rule_id(const std::string& id) {
  return id == "all" || id == "shellcheck" || id.starts_with("shellcheck/SC") ||
         lint::find_rule(id) != nullptr || lint::category_named(id).has_value();
}

std::string unknown_rule_message(const std::string& id) {
  std::string suggestion = lint::closest_rule_id(id);
  return suggestion.empty()
             ? fmt::format("unknown rule '{}' (cronlint --list-rules shows them)", id)
             : fmt::format("unknown rule '{}'; did you mean '{}'?", id, suggestion);
}

// 0: nothing at or above --fail-on; 1: findings; 2: an input could not be read.
int exit_status(const std::vector<lint::LintedFile>& linted, bool io_error,
                const std::string& fail_on) {
  if (io_error) return 2;
  if (fail_on == "never") return 0;
  Severity threshold = fail_on == "error"     ? Severity::error
                       : fail_on == "warning" ? Severity::warning
                                              : Severity::info;
  for (const lint::LintedFile& file : linted) {
    for (const lint::Finding& finding : file.result.findings) {
      // Severities are ordered error < warning < info.
      if (static_cast<int>(finding.severity) <= static_cast<int>(threshold)) return 1;
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"cronlint: find what makes cron jobs fail silently, before the crontab ships",
               "cronlint"};
  app.footer(
      "FILE is a crontab; \"-\" or no FILE reads standard input. Exit status: 0 nothing at or "
      "above --fail-on, 1 findings, 2 usage or I/O error.\n"
      "In a crontab: `# cronlint: disable=RULE[,RULE]` silences the entry below, "
      "`# cronlint: disable-file=RULE` the whole file, `# cronlint: kind=system "
      "path=/etc/cron.d/NAME` says what the file is.");
  std::vector<std::string> files;
  bool system_format = false, user_format = false;
  std::string stdin_filename, zone, dialect_name = "debian", format = "text", fail_on = "warning";
  std::vector<std::string> enabled, disabled;
  bool list_rules = false, check_paths = false, shellcheck = false, show_version = false;
  std::string explain, root, color = "auto";
  app.add_option("FILE", files, "crontab files (\"-\" is standard input)")->type_name("");
  auto* system_flag =
      app.add_flag("--system", system_format, "system crontab format (5 fields, user, command)");
  auto* user_flag = app.add_flag("--user", user_format, "user crontab format (5 fields, command)");
  system_flag->excludes(user_flag);
  app.add_option("--stdin-filename", stdin_filename,
                 "the path to assume for standard input (format, cron.d name)")
      ->type_name("PATH");
  app.add_option("--tz", zone, "the zone the crontab runs in, for the DST rules")
      ->type_name("ZONE");
  app.add_option("--dialect", dialect_name, "debian (default) or cronie")
      ->check(CLI::IsMember({"debian", "cronie"}));
  app.add_option("--format", format, "text (default), json, sarif or github")
      ->check(CLI::IsMember({"text", "json", "sarif", "github"}));
  app.add_option("--fail-on", fail_on,
                 "exit 1 when a finding at or above this: error, warning (default), info, never")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  app.add_option("--enable", enabled, "enable a rule (repeatable; `all` allowed)")
      ->allow_extra_args(false)
      ->type_name("RULE");
  app.add_option("--disable", disabled, "disable a rule (repeatable; `all` allowed)")
      ->allow_extra_args(false)
      ->type_name("RULE");
  app.add_flag("--list-rules", list_rules, "print id, severity and summary of every rule");
  app.add_option("--explain", explain, "print the rationale, examples and fix of one rule")
      ->type_name("RULE");
  app.add_flag("--check-paths", check_paths,
               "also check the filesystem: scripts, cron.d file mode and owner, .env files");
  app.add_option("--root", root, "with --check-paths: look paths up under DIR")->type_name("DIR");
  app.add_flag("--shellcheck", shellcheck,
               "run ShellCheck (--shell=sh) on each command (rule shellcheck/SCxxxx)");
  app.add_option("--color", color, "auto (default; honours NO_COLOR), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("--version", show_version, "print the version and exit");
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    print(app.help());
    return 0;
  } catch (const CLI::ParseError& e) {
    return usage_error(fmt::format("{} (see cronlint --help)", e.what()));
  }

  if (show_version) {
    print(fmt::format("cronlint {}\n", cronkit::version));
    return 0;
  }
  if (list_rules) {
    print(rule_list());
    return 0;
  }
  if (!explain.empty()) {
    const lint::Rule* rule = lint::find_rule(explain);
    if (!rule) return usage_error(unknown_rule_message(explain));
    print(explanation(*rule));
    return 0;
  }
  lint::RuleSelection selection;
  selection.changes = selection_in_order(argc, argv);
  for (const auto& [id, enable] : selection.changes) {
    if (!known_rule_id(id)) return usage_error(unknown_rule_message(id));
  }
  if (!root.empty() && !check_paths) return usage_error("--root needs --check-paths");
  if (!zone.empty()) {
    try {
      date::locate_zone(zone);
    } catch (const std::exception&) {
      return usage_error(fmt::format("unknown time zone '{}'", zone));
    }
  }
  if (files.empty()) {
    if (isatty(STDIN_FILENO)) {
      print(app.help(), stderr);
      return 2;
    }
    files.push_back("-");
  }

  lint::LintOptions options;
  options.dialect = *dialect_from_name(dialect_name);
  options.zone = zone;
  options.check_paths = check_paths;
  if (!root.empty()) options.root = root;
  options.shellcheck = shellcheck;
  std::optional<CrontabFormat> format_override;
  if (system_format) format_override = CrontabFormat::system;
  if (user_format) format_override = CrontabFormat::user;

  std::vector<lint::LintedFile> linted;
  std::vector<std::string> display_paths;
  linted.reserve(files.size());
  bool io_error = false;
  for (const std::string& file : files) {
    std::string error;
    std::optional<std::string> text = read_input(file, error);
    if (!text) {
      print(fmt::format("cronlint: error: {}\n", error), stderr);
      io_error = true;
      continue;
    }
    lint::LintInput input;
    input.text = std::move(*text);
    bool from_stdin = file == "-";
    input.display_path = from_stdin ? (stdin_filename.empty() ? "-" : stdin_filename) : file;
    input.path_for_defaults = from_stdin ? stdin_filename : file;
    input.format = format_override;
    input.options = options;
    input.options.file_on_disk = from_stdin ? std::string() : file;
    input.selection = selection;
    display_paths.push_back(input.display_path);
    linted.push_back(lint::lint_text(std::move(input)));
    if (!linted.back().result.shellcheck_error.empty()) {
      print(
          fmt::format("cronlint: error: --shellcheck: {}\n", linted.back().result.shellcheck_error),
          stderr);
      return 2;
    }
  }

  std::vector<report::FileReport> reports;
  for (std::size_t i = 0; i < linted.size(); ++i) {
    const lint::LintedFile& file = linted[i];
    reports.push_back({display_paths[i], file.crontab.source(), file.result.findings,
                       file.result.entries_dropped, file.result.whole_file_ignored});
  }
  std::string output;
  if (format == "json") {
    output = report::render_json(reports);
  } else if (format == "sarif") {
    output = report::render_sarif(reports, lint::all_rules(), cronkit::version);
  } else if (format == "github") {
    output = report::render_github(reports);
  } else {
    const char* no_color = std::getenv("NO_COLOR");
    const char* term = std::getenv("TERM");
    bool use_color = color == "always" ||
                     (color == "auto" && isatty(STDOUT_FILENO) && !(no_color && *no_color) &&
                      !(term && std::string_view(term) == "dumb"));
    // Nothing was read (every file missing): the error messages say it all.
    if (!reports.empty()) output = report::render_text(reports, {.color = use_color});
  }
  print(output);
  // What is left is freeing a syntax tree per file; for a big crontab that takes longer than
  // linting it, and the process is about to end anyway.
  std::fflush(stdout);
  std::fflush(stderr);
  int status = exit_status(linted, io_error, fail_on);
  std::_Exit(status);
}
