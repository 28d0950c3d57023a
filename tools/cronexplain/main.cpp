// cronexplain: each schedule or crontab entry in plain English. Options and printing only: the
// explanations live in lib/explain, the plumbing in tools/common.

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common/options.hpp"
#include "common/tool.hpp"
#include "crontab_file/location.hpp"
#include "explain/render.hpp"
#include "items.hpp"
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
  std::string tz, from, format = "text";
  tool::DialectOption dialect;
  app.add_option("SCHEDULE", schedules,
                 "a schedule to explain: '30 2 * * 1-5' or '@daily' (one per argument)")
      ->type_name("");
  app.add_option("-f,--file", files,
                 "explain every entry of a crontab file (\"-\" is standard input); repeatable")
      ->type_name("FILE");
  app.add_flag("--system", system,
               "system format (user field); automatic for /etc/crontab and /etc/cron.d/*");
  app.add_option("-n,--next", next, "also list the next N firings (RFC 3339)")
      ->type_name("N")
      ->check(CLI::NonNegativeNumber);
  tool::add_tz_option(app, tz, "zone for --next (default: $TZ, else the system zone)");
  tool::add_from_option(app, from,
                        "start for --next (default: now): RFC 3339, or YYYY-MM-DD[THH:MM] in --tz");
  tool::add_dialect_option(app, dialect);
  app.add_flag("--12h", twelve_hour, "12-hour times (2:30 AM); default is 24-hour");
  app.add_option("--format", format, "text (default) or json")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json"}));
  app.footer(
      "Exit status: 0 success, 1 some input is invalid (the valid ones are still explained),\n"
      "2 usage or I/O error.");
  if (std::optional<int> done = cli.parse(argc, argv)) return *done;

  return cli.run([&] {
    if (schedules.empty() && files.empty()) {
      if (isatty(STDIN_FILENO)) return cli.missing_input();
      files.push_back("-");
    }
    Context context;
    context.explain.dialect = dialect.id();
    context.explain.twelve_hour = twelve_hour;
    context.next = next;
    if (next > 0 || !tz.empty() || !from.empty()) {
      std::string error;
      context.zone = tool::resolve_zone(tz, error);
      if (!context.zone) return cli.fail(error);
      std::optional<date::sys_seconds> start = tool::resolve_from(from, *context.zone, error);
      if (!start) return cli.fail(error);
      context.from = *start;
    }

    std::vector<ExplainedItem> items;
    for (const std::string& schedule : schedules) explain_argument(cli, schedule, context, items);
    bool read_stdin = false;
    for (const std::string& path : files) {
      if (path == "-") {
        if (read_stdin) continue;  // standard input can be read only once
        read_stdin = true;
      }
      std::optional<std::string> text = cli.read(path);
      if (!text) return cli.failure_status();
      if (cron_skips_file_name(path, context.explain.dialect)) {
        tool::write(
            path + ": warning: " +
                (context.explain.dialect == DialectId::debian ? "Debian's cron" : "cronie") +
                " does not read a file of this name in cron.d, so none of its entries run\n",
            stderr);
      }
      ParseOptions parse_options;
      parse_options.dialect = context.explain.dialect;
      parse_options.path = path;
      parse_options.format = system ? CrontabFormat::system : format_for_path(path);
      explain_crontab(cli, parse_crontab(std::move(*text), parse_options), context, items);
    }
    const bool sentence_only = files.empty() && schedules.size() == 1 && next == 0;
    tool::write(format == "json" ? render_json(items) : render_text(items, sentence_only));
    std::fflush(stdout);
    return context.invalid_content ? tool::exit_findings : tool::exit_success;
  });
}
