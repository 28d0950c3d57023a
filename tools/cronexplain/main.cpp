// cronexplain: each schedule or crontab entry in plain English. Options and printing only: the
// explanations live in lib/explain, the plumbing in tools/common.

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common/diagnostics.hpp"
#include "common/options.hpp"
#include "common/tool.hpp"
#include "explain/entry.hpp"
#include "explain/explain.hpp"
#include "explain/render.hpp"
#include "parse/parse.hpp"
#include "sim/simulate.hpp"
#include "timezone/timezone.hpp"

namespace {

using namespace cronkit;

struct Context {
  ExplainOptions explain;
  const date::time_zone* zone = nullptr;  // for --next
  date::sys_seconds from;
  std::size_t next = 0;
  bool invalid_content = false;
};

std::vector<std::string> next_firings_text(const Schedule& schedule,
                                           const date::time_zone* job_zone,
                                           const Context& context) {
  std::vector<std::string> times;
  if (context.next == 0 || schedule.at_reboot || schedule.never_fires()) return times;
  const SimJob job{schedule, job_zone};
  SimOptions sim{.zone = context.zone,
                 .dialect = context.explain.dialect,
                 .from = context.from,
                 .to = std::nullopt,
                 .count = context.next};
  for (const Firing& firing : simulate({&job, 1}, sim)) {
    times.push_back(format_rfc3339(firing.instant, *context.zone));
  }
  return times;
}

void explain_argument(const tool::Tool& cli, const std::string& text, Context& context,
                      std::vector<ExplainedItem>& items) {
  const ParsedSchedule parsed = parse_schedule(text, context.explain.dialect);
  cli.print_errors(tool::argument_name(text), parsed.text(), parsed.diagnostics);
  if (!parsed.ok()) {
    context.invalid_content = true;
    return;
  }
  ExplainedItem item;
  item.schedule_text = text;
  item.explanation =
      explain_schedule(parsed.special, parsed.fields, parsed.schedule, context.explain);
  if (item.explanation.never) {
    tool::write(
        "warning: " + quoted_text(text) + " never fires: " + item.explanation.never_reason + "\n",
        stderr);
  }
  item.next = next_firings_text(parsed.schedule, nullptr, context);
  items.push_back(std::move(item));
}

void explain_crontab(const tool::Tool& cli, const Crontab& crontab, Context& context,
                     std::vector<ExplainedItem>& items) {
  cli.print_errors(crontab.path, crontab.source(), crontab.diagnostics);
  if (crontab.has_errors()) context.invalid_content = true;
  const std::string cron = crontab.dialect == DialectId::debian ? "Debian's cron" : "cronie";
  if (crontab.whole_file_ignored) {
    context.invalid_content = true;
    tool::write(crontab.path + ": warning: " + cron +
                    " ignores this whole file, so none of its entries run: " +
                    crontab.whole_file_ignored_reason + "\n",
                stderr);
  }
  for (const Entry& entry : crontab.entries) {
    if (!entry.accepted) continue;
    ExplainedItem item;
    item.entry = describe_entry(crontab, entry);
    item.schedule_text = item.entry->schedule_text;
    item.explanation =
        explain_schedule(entry.special, entry.fields, entry.schedule, context.explain);
    const std::string where = crontab.path + ":" + std::to_string(entry.span.line);
    if (item.explanation.never) {
      tool::write(
          where + ": warning: this entry never fires: " + item.explanation.never_reason + "\n",
          stderr);
    }
    const date::time_zone* job_zone = nullptr;
    if (item.entry->schedule_zone) {
      std::string error;
      job_zone = find_zone(*item.entry->schedule_zone, error);
      if (!job_zone) {
        // cronie hands the name to the C library, which falls back to UTC.
        tool::write(where + ": warning: " + error + "; cronie reads this entry's times in UTC\n",
                    stderr);
        job_zone = find_zone("UTC", error);
      }
    }
    item.next = next_firings_text(entry.schedule, job_zone, context);
    items.push_back(std::move(item));
  }
}

}  // namespace

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
      const std::filesystem::path file_path(path);
      if (file_path.parent_path().filename() == "cron.d" &&
          !cronkit::dialect(context.explain.dialect)
               .reads_cron_d_file(file_path.filename().string())) {
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
