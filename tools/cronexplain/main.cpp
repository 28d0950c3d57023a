// cronexplain: each schedule or crontab entry in plain English. Options and printing only: the
// explanations live in lib/explain, the plumbing in tools/common.

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common/config.hpp"
#include "common/inputs_walk.hpp"
#include "common/options.hpp"
#include "common/tool.hpp"
#include "compare/compare.hpp"
#include "crontab_file/location.hpp"
#include "embedded/embedded.hpp"
#include "explain/render.hpp"
#include "items.hpp"
#include "lint/directives.hpp"
#include "parse/parse.hpp"

using namespace cronkit;
using namespace cronkit::cronexplain;

int main(int argc, char** argv) {
  tool::Tool cli("cronexplain",
                 "cronexplain: explain cron schedules and crontab entries in plain English");
  CLI::App& app = cli.app();
  std::vector<std::string> schedules, files;
  bool system = false, twelve_hour = false;
  std::size_t next = 0;
  std::string tz, from, format = "text", compare;
  tool::DialectOption dialect;
  tool::ConfigChoice config_choice;
  app.add_option("SCHEDULE", schedules,
                 "a schedule to explain: '30 2 * * 1-5' or '@daily' (one per argument)")
      ->type_name("");
  app.add_option(
         "-f,--file", files,
         "explain every entry of a crontab file, or every schedule of a workflow or manifest "
         "(\"-\" is standard input; a directory: the files of its tree cronexplain "
         "reads); repeatable")
      ->type_name("FILE");
  app.add_flag("--system", system,
               "system format (user field); automatic for /etc/crontab and /etc/cron.d/*");
  app.add_option("-n,--next", next, "also list the next N firings (RFC 3339)")
      ->type_name("N")
      ->check(CLI::NonNegativeNumber);
  tool::add_tz_option(app, tz,
                      "zone for --next and --compare (default: $TZ, else the system zone)");
  tool::add_from_option(app, from,
                        "start for --next and --compare (default: now): RFC 3339, or "
                        "YYYY-MM-DD[THH:MM] in --tz");
  CLI::Option* dialect_option = tool::add_dialect_option(app, dialect);
  app.add_option("--compare", compare,
                 "compare the dialects named (comma-separated, or `all`) on each SCHEDULE: "
                 "whether each accepts it, what it means there, and the first firing from --from "
                 "in --tz where they part ways, over " +
                     std::to_string(CompareOptions{}.years) + " years")
      ->type_name("DIALECTS")
      ->excludes(dialect_option)
      ->excludes("--file")
      ->excludes("--next")
      ->excludes("--system");
  app.add_flag("--12h", twelve_hour, "12-hour times (2:30 AM); default is 24-hour");
  app.add_option("--format", format, "text (default) or json")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json"}));
  tool::add_config_options(app, config_choice);
  cli.add_show_secrets_flag("commands, their input and environment values");
  app.footer(
      "Exit status: 0 success, 1 some input is invalid (the valid ones are still explained),\n"
      "2 usage or I/O error (an invalid cronkit.toml included). With --compare: 0, or 1 when no\n"
      "dialect compared accepts some SCHEDULE.\n" +
      std::string(tool::config_help) +
      " cronexplain reads kind, dialect and tz (the zone of --next and --compare) from it.");
  if (std::optional<int> done = cli.parse(argc, argv)) return *done;

  return cli.run([&] {
    if (schedules.empty() && files.empty()) {
      if (isatty(STDIN_FILENO)) return cli.missing_input();
      files.push_back("-");
    }
    tool::ConfigFiles configs(config_choice);
    // The context an input is explained in: the command line's options over its cronkit.toml
    // (whose settings are left in `settings`). A status to exit with when the config is invalid.
    auto context_for = [&](const std::string& input, Context& context,
                           config::Settings& settings) -> std::optional<int> {
      std::string error;
      std::optional<config::Settings> found = configs.settings_for(input, error);
      if (!found) return cli.fail(error);
      settings = std::move(*found);
      context.explain.dialect =
          tool::chosen_dialect(cli.given("--dialect"), dialect.id(), settings);
      context.explain.twelve_hour = twelve_hour;
      context.next = next;
      std::string zone_name = cli.given("--tz") ? tz : settings.tz.value_or(tz);
      // A scheduler with a zone of its own (GitHub Actions: UTC) instead of the machine's.
      if (zone_name.empty() && next > 0)
        zone_name = cronkit::dialect(context.explain.dialect).default_zone;
      if (next > 0 || !zone_name.empty() || !from.empty()) {
        context.zone = tool::resolve_zone(zone_name, error);
        if (!context.zone) return cli.fail(error);
        std::optional<date::sys_seconds> start = tool::resolve_from(from, *context.zone, error);
        if (!start) return cli.fail(error);
        context.from = *start;
      }
      return std::nullopt;
    };

    if (cli.given("--compare")) {
      std::string error;
      std::optional<std::vector<DialectId>> dialects = dialects_from_list(compare, error);
      if (!dialects) return cli.usage_error("--compare: " + error);
      if (schedules.empty()) return cli.usage_error("--compare needs a SCHEDULE to compare");
      config::Settings settings;
      if (std::optional<config::Settings> found = configs.settings_for("-", error)) {
        settings = std::move(*found);
      } else {
        return cli.fail(error);
      }
      CompareOptions options;
      options.twelve_hour = twelve_hour;
      options.zone = tool::resolve_zone(cli.given("--tz") ? tz : settings.tz.value_or(tz), error);
      if (!options.zone) return cli.fail(error);
      std::optional<date::sys_seconds> start = tool::resolve_from(from, *options.zone, error);
      if (!start) return cli.fail(error);
      options.from = *start;
      std::vector<Comparison> comparisons;
      bool accepted_by_none = false;
      for (const std::string& schedule : schedules) {
        comparisons.push_back(compare_dialects(schedule, *dialects, options));
        accepted_by_none = accepted_by_none || comparisons.back().accepting() == 0;
      }
      tool::write(format == "json" ? render_comparisons_json(comparisons)
                                   : render_comparisons_text(comparisons));
      std::fflush(stdout);
      return accepted_by_none ? tool::exit_findings : tool::exit_success;
    }

    bool invalid_content = false;
    std::vector<ExplainedItem> items;
    if (!schedules.empty()) {
      // Schedules on the command line belong to no file: the current directory's config.
      Context context;
      config::Settings settings;
      if (std::optional<int> failed = context_for("-", context, settings)) return *failed;
      for (const std::string& schedule : schedules) explain_argument(cli, schedule, context, items);
      invalid_content = context.invalid_content;
    }
    bool read_stdin = false;
    bool io_error = false;
    std::vector<tool::InputFile> input_files = tool::expand_directories(cli, files, true, io_error);
    if (io_error) return cli.failure_status();
    for (tool::InputFile& input_file : input_files) {
      const std::string& path = input_file.path;
      if (path == "-") {
        if (read_stdin) continue;  // standard input can be read only once
        read_stdin = true;
      }
      Context context;
      config::Settings settings;
      if (std::optional<int> failed = context_for(path, context, settings)) return *failed;
      std::optional<std::string> text =
          input_file.text ? std::move(input_file.text) : cli.read(path);
      if (!text) return cli.failure_status();
      // A workflow or a manifest: its schedules, each in its own system's dialect.
      // Its kind as cronlint decides it: the file's `# cronlint: kind=`, cronkit.toml, its name
      // and content.
      const std::optional<embedded::FileKind> declared = lint::scan_directives(*text).file_kind;
      if (std::optional<embedded::FileKind> kind =
              declared             ? declared
              : settings.file_kind ? settings.file_kind
                                   : embedded::recognise_file_kind(path, *text)) {
        explain_found_file(cli, path, *text, *kind, context,
                           cli.given("--tz") || settings.tz.has_value(), invalid_content, items);
        continue;
      }
      if (std::optional<std::string> refusal = tool::crontab_files_refusal(context.explain.dialect))
        return cli.fail(*refusal);
      if (std::optional<std::string> skipped =
              why_cron_skips_file_name(path, context.explain.dialect)) {
        tool::write(path + ": warning: " + *skipped + "\n", stderr);
      }
      ParseOptions parse_options;
      parse_options.dialect = context.explain.dialect;
      parse_options.path = path;
      parse_options.format =
          system ? CrontabFormat::system : settings.kind.value_or(format_for_path(path));
      explain_crontab(cli, parse_crontab(std::move(*text), parse_options), context, items);
      invalid_content = invalid_content || context.invalid_content;
    }
    const bool sentence_only = files.empty() && schedules.size() == 1 && next == 0;
    tool::write(format == "json" ? render_json(items) : render_text(items, sentence_only));
    std::fflush(stdout);
    return invalid_content ? tool::exit_findings : tool::exit_success;
  });
}
