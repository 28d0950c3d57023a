// cronlint: finds what makes cron jobs fail silently. Options and printing only: the rules live
// in lib/lint, the output formats in lib/report, the command-line plumbing in tools/common.

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "common/config.hpp"
#include "common/diagnostics.hpp"
#include "common/inputs_walk.hpp"
#include "common/options.hpp"
#include "common/tool.hpp"
#include "config/config.hpp"
#include "embedded/embedded.hpp"
#include "fix_cli.hpp"
#include "lint/expression.hpp"
#include "lint/lint.hpp"
#include "lint/registry.hpp"
#include "report/report.hpp"
#include "rules_cli.hpp"
#include "version.hpp"

namespace {

using namespace cronkit;

// 0: no file has a finding at or above its --fail-on (or cronkit.toml's fail-on); 1: findings;
// 2: an input could not be read.
int exit_status(const std::vector<lint::LintedFile>& linted,
                const std::vector<config::FailOn>& thresholds, bool io_error) {
  if (io_error) return tool::exit_usage;
  for (std::size_t i = 0; i < linted.size(); ++i) {
    if (thresholds[i] == config::FailOn::never) continue;
    // Both orders run error, warning, info.
    const int threshold = static_cast<int>(thresholds[i]);
    for (const lint::Finding& finding : linted[i].result.findings) {
      if (static_cast<int>(finding.severity) <= threshold) return tool::exit_findings;
    }
  }
  return tool::exit_success;
}

}  // namespace

int main(int argc, char** argv) {
  tool::Tool cli("cronlint",
                 "cronlint: find what makes cron jobs fail silently, before the crontab ships");
  CLI::App& app = cli.app();
  app.footer(
      "FILE is a crontab; \"-\" or no FILE reads standard input. --expr EXPR lints a schedule "
      "expression on its own instead (no command, no file): only the syntax, schedule and dst "
      "rules apply, and a finding's position is the column within the expression, shown as "
      "'EXPR':1:COLUMN. Exit status: 0 nothing at or "
      "above --fail-on, 1 findings, 2 usage or I/O error (an invalid cronkit.toml included). "
      "--fix: the same for the findings left after fixing. --diff: 0 nothing to fix, 1 a diff was "
      "printed.\n"
      "Severities: error = cron rejects the line or file, or the job cannot work as written; "
      "warning = very likely a bug, with the evidence in the message; info = advice. Rules whose "
      "precision on real crontabs is too low for a default are off until enabled (--list-rules "
      "says which); --enable CATEGORY turns on a whole category (e.g. hardening).\n"
      "In a crontab: `# cronlint: disable=RULE[,RULE]` silences the entry below, "
      "`# cronlint: disable-file=RULE` the whole file, `# cronlint: kind=system "
      "path=/etc/cron.d/NAME` says what the file is and `# cronlint: dialect=NAME` which cron "
      "reads it.\nA GitHub Actions workflow (.github/workflows/*.yml) or a Kubernetes manifest "
      "(YAML with `kind: CronJob`) is read for the schedules in it, each checked in its system's "
      "dialect and reported at its line and column in the file; --kind, a `# cronlint: kind=` "
      "comment or cronkit.toml's `kind` says what a file is when its name does not.\n"
      "The dialect is --dialect's, else the file's `dialect=` comment's, else "
      "cronkit.toml's `dialect`, else debian; when none names it, the info finding "
      "dialect-signature says which daemon the file looks written for.\n" +
      std::string(tool::config_help) +
      " cronkit.toml's enable/disable apply before --enable/--disable; a `kind=` comment in the "
      "crontab wins over the file's `kind`.");
  std::vector<std::string> files, enabled, disabled, expressions;
  bool system_format = false, user_format = false, list_rules = false, check_paths = false,
       shellcheck = false, list_files = false;
  std::string stdin_filename, zone, format = "text", fail_on = "warning", explain, root, kind;
  tool::DialectOption dialect;
  tool::ConfigChoice config_choice;
  app.add_option("FILE", files,
                 "crontab files and files with schedules inside (\"-\" is standard input); a "
                 "directory: the files of its tree cronlint reads, .gitignore honoured")
      ->type_name("");
  app.add_option("--expr", expressions,
                 "lint a bare schedule expression instead of a crontab (repeatable)")
      ->allow_extra_args(false)
      ->type_name("EXPR");
  app.add_flag("--system", system_format, "system crontab format (5 fields, user, command)")
      ->excludes(app.add_flag("--user", user_format, "user crontab format (5 fields, command)"));
  std::vector<std::string> kind_names = {"crontab"};
  for (const embedded::FileKindInfo* info : embedded::all_file_kinds())
    kind_names.emplace_back(info->name);
  app.add_option("--kind", kind,
                 "what FILE is: crontab, or a file with schedules inside (" +
                     embedded::file_kind_names() + "); default: by path and content")
      ->type_name("KIND")
      ->check(CLI::IsMember(kind_names));
  app.add_option("--stdin-filename", stdin_filename,
                 "the path to assume for standard input (format, cron.d name)")
      ->type_name("PATH");
  tool::add_tz_option(app, zone, "the zone the crontab runs in, for the DST rules");
  std::string from;
  tool::add_from_option(app, from,
                        "the instant a rule that counts runs until now counts to (an Airflow "
                        "DAG's catchup backlog; in --tz or UTC unless the time has an offset); "
                        "default: now");
  tool::add_dialect_option(app, dialect);
  app.add_option("--format", format, "text (default), json, sarif, github or gitlab")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json", "sarif", "github", "gitlab"}));
  app.add_option("--fail-on", fail_on,
                 "exit 1 when a finding at or above this: error, warning (default), info, never")
      ->type_name("LEVEL")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  CLI::Option* enable_option =
      app.add_option("--enable", enabled, "enable a rule (repeatable; `all` allowed)")
          ->allow_extra_args(false)
          ->type_name("RULE");
  CLI::Option* disable_option =
      app.add_option("--disable", disabled, "disable a rule (repeatable; `all` allowed)")
          ->allow_extra_args(false)
          ->type_name("RULE");
  app.add_flag("--list-rules", list_rules, "print id, severity and summary of every rule");
  app.add_flag("--list-files", list_files,
               "print the files cronlint would read, one per line: PATH, a tab, its kind");
  CLI::Option* explain_option =
      app.add_option("--explain", explain, "print the rationale, examples and fix of one rule")
          ->type_name("RULE");
  cli.complete_values(enable_option, cronlint::selection_words());
  cli.complete_values(disable_option, cronlint::selection_words());
  cli.complete_values(explain_option, cronlint::rule_ids());
  app.add_flag("--check-paths", check_paths,
               "also check the filesystem: scripts, cron.d file mode and owner, .env files");
  app.add_option("--root", root, "with --check-paths: look paths up under DIR")->type_name("DIR");
  app.add_flag("--shellcheck", shellcheck,
               "run ShellCheck (--shell=sh) on each command (rule shellcheck/SCxxxx)");
  tool::add_config_options(app, config_choice);
  cli.add_show_secrets_flag("the source lines, messages and fixes of findings");
  cronlint::FixRequest fix_request;
  cronlint::add_fix_options(app, fix_request);
  if (std::optional<int> done = cli.parse(argc, argv)) return *done;

  return cli.run([&]() -> int {
    if (list_rules) {
      tool::write(cronlint::rule_list());
      return tool::exit_success;
    }
    if (!explain.empty()) {
      const lint::Rule* rule = lint::find_rule(explain);
      if (!rule) return cli.fail(cronlint::unknown_rule_message(explain));
      tool::write(cronlint::explanation(*rule));
      return tool::exit_success;
    }
    std::vector<std::pair<std::string, bool>> selected = cronlint::selection_in_order(argc, argv);
    for (const auto& [id, enable] : selected) {
      if (!cronlint::known_rule_id(id)) return cli.fail(cronlint::unknown_rule_message(id));
    }
    if (!root.empty() && !check_paths) return cli.fail("--root needs --check-paths");
    if (cli.given("--dialect") && expressions.empty()) {
      if (std::optional<std::string> refusal = tool::crontab_files_refusal(dialect.id()))
        return cli.fail(*refusal);
    }
    std::string error;
    if (!zone.empty() && !tool::resolve_zone(zone, error)) return cli.fail(error);
    // The "now" of the rules that count runs until now, named in their messages.
    const std::optional<date::sys_seconds> reference_time = tool::resolve_from(
        from, zone.empty() ? *date::locate_zone("UTC") : *tool::resolve_zone(zone, error), error);
    if (!reference_time) return cli.fail(error);

    // What every way of reporting shares: findings rendered in --format.
    auto render = [&](const std::vector<report::FileReport>& reports,
                      std::string_view input_noun = "file") {
      if (format == "json") return report::render_json(reports);
      if (format == "sarif") {
        // The docs as readers see them; the descriptions point into `docs`, which outlives them.
        std::vector<std::string> docs;
        for (const lint::Rule* rule : lint::all_rules())
          docs.push_back(lint::doc_for_readers(rule->info.doc));
        std::vector<report::RuleDescription> rules;
        for (std::size_t i = 0; i < lint::all_rules().size(); ++i) {
          const lint::RuleInfo& info = lint::all_rules()[i]->info;
          rules.push_back({info.id, info.severity, info.summary, docs[i]});
        }
        return report::render_sarif(reports, rules, cronkit::version);
      }
      if (format == "github") return report::render_github(reports);
      if (format == "gitlab") return report::render_gitlab(reports);
      // Nothing read (every file missing): the errors say it all.
      if (reports.empty()) return std::string();
      return report::render_text(reports, {.color = cli.color_stdout(), .input_noun = input_noun});
    };

    if (!expressions.empty()) {
      if (!files.empty()) return cli.usage_error("--expr takes no FILE");
      if (system_format || user_format || fix_request.fix || fix_request.diff || check_paths ||
          !stdin_filename.empty() || !kind.empty()) {
        return cli.usage_error(
            "--expr lints an expression, not a file: --system, --user, --fix, --diff, "
            "--check-paths, --stdin-filename and --kind do not apply");
      }
      tool::ConfigFiles configs(config_choice);
      std::optional<config::Settings> settings = configs.settings_for("-", error);
      if (!settings) return cli.fail(error);
      lint::LintOptions options;
      options.dialect =
          cli.given("--dialect") ? dialect.id() : settings->dialect.value_or(options.dialect);
      options.dialect_declared = true;
      options.zone = !zone.empty() ? zone : settings->tz.value_or("");
      options.reference_time = reference_time;
      lint::RuleSelection selection;
      for (const config::RuleToggle& toggle : settings->rules)
        selection.changes.emplace_back(toggle.name, toggle.enable);
      selection.changes.insert(selection.changes.end(), selected.begin(), selected.end());
      const config::FailOn threshold =
          cli.given("--fail-on")
              ? config::fail_on_from_name(fail_on).value_or(config::FailOn::warning)
              : settings->fail_on.value_or(config::FailOn::warning);
      std::vector<lint::LintResult> results;
      std::vector<std::string> names;
      for (const std::string& expression : expressions) {
        results.push_back(lint::lint_expression(expression, options, selection));
        names.push_back(tool::argument_name(expression));
      }
      std::vector<report::FileReport> reports;
      bool over_threshold = false;
      for (std::size_t i = 0; i < results.size(); ++i) {
        reports.push_back(
            {names[i], expressions[i], results[i].findings, 0, false, cli.show_secrets()});
        for (const lint::Finding& finding : results[i].findings) {
          over_threshold =
              over_threshold || (threshold != config::FailOn::never &&
                                 static_cast<int>(finding.severity) <= static_cast<int>(threshold));
        }
      }
      tool::write(render(reports, "expression"));
      std::fflush(stdout);
      return over_threshold ? tool::exit_findings : tool::exit_success;
    }
    if (files.empty()) {
      if (isatty(STDIN_FILENO)) return cli.missing_input();
      files.push_back("-");
    }

    lint::LintOptions options;
    options.reference_time = reference_time;
    options.check_paths = check_paths;
    if (!root.empty()) options.root = root;
    options.shellcheck = shellcheck;
    std::optional<CrontabFormat> format_override;
    if (system_format) format_override = CrontabFormat::system;
    if (user_format) format_override = CrontabFormat::user;

    bool io_error = false;
    const bool has_directory = std::any_of(files.begin(), files.end(), [](const std::string& file) {
      return tool::is_directory(file);
    });
    if (has_directory && !kind.empty())
      return cli.usage_error(
          "--kind says what a FILE is; the files of a directory are recognised one by one");
    std::vector<tool::InputFile> input_files =
        tool::expand_directories(cli, files, !list_files, io_error);
    tool::ConfigFiles configs(config_choice);
    if (list_files) {
      std::string listing;
      for (tool::InputFile& file : input_files) {
        std::optional<embedded::FileKind> file_kind = file.kind;
        if (!file.found_in_directory) {
          std::optional<config::Settings> settings = configs.settings_for(
              file.path, error, file.path == "-" ? stdin_filename : std::string());
          if (!settings) return cli.fail(error);
          std::optional<std::string> text = cli.read(file.path);
          if (!text) {
            io_error = true;
            continue;
          }
          const embedded::FileKindInfo* forced = embedded::file_kind_named(kind);
          const std::string& path =
              file.path == "-" && !stdin_filename.empty() ? stdin_filename : file.path;
          file_kind = forced                ? std::optional(forced->id)
                      : kind == "crontab"   ? std::nullopt
                      : settings->file_kind ? settings->file_kind
                                            : embedded::recognise_file_kind(path, *text);
        } else {
          std::optional<config::Settings> settings = configs.settings_for(file.path, error);
          if (!settings) return cli.fail(error);
          if (settings->file_kind) file_kind = settings->file_kind;
        }
        listing += file.path + "\t" +
                   std::string(file_kind ? embedded::file_kind(*file_kind).name : "crontab") + "\n";
      }
      tool::write(listing);
      return io_error ? tool::exit_usage : tool::exit_success;
    }
    std::vector<lint::LintInput> inputs;
    std::vector<config::FailOn> thresholds;
    for (tool::InputFile& input_file : input_files) {
      const std::string& file = input_file.path;
      bool from_stdin = file == "-";
      std::optional<config::Settings> settings =
          configs.settings_for(file, error, from_stdin ? stdin_filename : std::string());
      if (!settings) return cli.fail(error);
      std::optional<std::string> text =
          input_file.text ? std::move(input_file.text) : cli.read(file);
      if (!text) {
        io_error = true;
        continue;
      }
      lint::LintInput input;
      input.text = std::move(*text);
      input.display_path = from_stdin ? (stdin_filename.empty() ? "-" : stdin_filename) : file;
      input.path_for_defaults = from_stdin ? stdin_filename : file;
      input.format = format_override;
      input.configured_format = settings->kind;
      input.configured_file_kind = settings->file_kind;
      input.crontab_kind = kind == "crontab";
      if (const embedded::FileKindInfo* info = embedded::file_kind_named(kind))
        input.file_kind = info->id;
      input.options = options;
      // lint_text() puts the file's `# cronlint: dialect=` between these two.
      if (cli.given("--dialect")) input.dialect = dialect.id();
      input.configured_dialect = settings->dialect;
      input.options.zone = !zone.empty() ? zone : settings->tz.value_or("");
      input.options.mail_transfer_agent = settings->mail_transfer_agent;
      input.options.file_on_disk = from_stdin ? std::string() : file;
      // The file's settings first, the command line's after them: later changes win.
      for (const config::RuleToggle& toggle : settings->rules)
        input.selection.changes.emplace_back(toggle.name, toggle.enable);
      input.selection.changes.insert(input.selection.changes.end(), selected.begin(),
                                     selected.end());
      inputs.push_back(std::move(input));
      thresholds.push_back(
          cli.given("--fail-on")
              ? config::fail_on_from_name(fail_on).value_or(config::FailOn::warning)
              : settings->fail_on.value_or(config::FailOn::warning));
    }

    if (auto done = cronlint::run_fix_request(cli, fix_request, inputs, io_error)) return *done;

    std::vector<lint::LintedFile> linted;
    linted.reserve(inputs.size());
    for (lint::LintInput& input : inputs) {
      linted.push_back(lint::lint_text(std::move(input)));
      // The dialect may also come from cronkit.toml or the file's `# cronlint: dialect=`. (A
      // workflow or a manifest has its system's dialect, and is not a crontab.)
      if (std::optional<std::string> refusal =
              linted.back().file_kind ? std::nullopt
                                      : tool::crontab_files_refusal(linted.back().crontab.dialect))
        return cli.fail(linted.back().crontab.path + ": " + *refusal);
      if (!linted.back().result.shellcheck_error.empty())
        return cli.fail("--shellcheck: " + linted.back().result.shellcheck_error);
    }

    std::vector<report::FileReport> reports;
    for (std::size_t i = 0; i < linted.size(); ++i) {
      const lint::LintedFile& file = linted[i];
      reports.push_back({file.crontab.path, file.crontab.source(), file.result.findings,
                         file.result.entries_dropped, file.result.whole_file_ignored,
                         cli.show_secrets()});
    }
    tool::write(render(reports));
    // What is left is freeing a syntax tree per file; for a big crontab that takes longer than
    // linting it, and the process is about to end anyway.
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(exit_status(linted, thresholds, io_error));
  });
}
