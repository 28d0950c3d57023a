// cronsim: when do these cron jobs fire? Exact, time-zone and DST aware (see `cronsim --help`).
// Options and printing only: the simulation lives in lib/sim, the plumbing in tools/common.

#include <unistd.h>

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "common/config.hpp"
#include "common/input.hpp"
#include "common/options.hpp"
#include "common/tool.hpp"
#include "inputs.hpp"
#include "output_file.hpp"
#include "sim/load.hpp"
#include "sim/render.hpp"
#include "sim/simulate.hpp"
#include "timezone/timezone.hpp"
#include "version.hpp"

namespace {

using namespace cronkit;
using namespace cronkit::cronsim;

constexpr const char* footer =
    R"(TIME is RFC 3339 (2026-03-08T01:59:00-05:00, 2026-03-08T06:59:00Z) or a local time
in --tz: 2026-03-08, 2026-03-08T01:59, 2026-03-08 01:59. A local time that a
daylight-saving change skips means the moment right after the jump; one that occurs
twice means the earlier occurrence.

Across daylight-saving changes cronsim reproduces cron's clock handling: after a
forward jump a fixed-time job of a skipped minute runs once per skipped match, right
after the jump ("catch_up" in jsonl); wildcard jobs (minute or hour field starting with
'*', @hourly) are not caught up; in a repeated hour fixed-time jobs run only once and
wildcard jobs run in both passes.

Exit status: 0 success, 1 an input has errors (cron rejects lines), 2 usage or I/O error
(an invalid cronkit.toml included).
)";

struct Arguments {
  std::vector<std::string> files, exprs;
  std::string from, to, tz, format = "text", svg;
  std::optional<std::size_t> count;
  bool system = false, load = false;
  tool::DialectOption dialect;
  tool::ConfigChoice config;
};

// One input's settings from cronkit.toml.
struct InputSettings {
  std::string name;  // the file, or "the schedules" for -e
  config::Settings settings;
};

// The value of one setting that every input agrees on (inputs that do not set it do not count),
// nothing when none sets it; `conflict` names two inputs that disagree.
template <typename T>
std::optional<T> agreed(const std::vector<InputSettings>& inputs,
                        std::optional<T> config::Settings::*member, std::string& conflict) {
  std::optional<T> value;
  const std::string* first = nullptr;
  for (const InputSettings& input : inputs) {
    const std::optional<T>& own = input.settings.*member;
    if (!own) continue;
    if (!value) {
      value = own;
      first = &input.name;
    } else if (*value != *own) {
      conflict = *first + " and " + input.name;
    }
  }
  return value;
}

// Writes `out` to stdout and empties it. Large blocks, no per-line flushing.
bool flush_stdout(std::string& out) {
  if (!out.empty() && std::fwrite(out.data(), 1, out.size(), stdout) != out.size()) return false;
  out.clear();
  return true;
}

int run(const tool::Tool& cli, const Arguments& args) {
  std::string error;
  // cronkit.toml: each file's, and the current directory's for -e. The simulation has one
  // daemon zone and one dialect, so the inputs' files must agree on them.
  tool::ConfigFiles configs(args.config);
  std::vector<InputSettings> settings;
  for (const std::string& path : args.files.empty() ? std::vector<std::string>{"-"} : args.files) {
    std::optional<config::Settings> found = configs.settings_for(path, error);
    if (!found) return cli.fail(error);
    std::string name = !args.files.empty()  ? tool::input_name(path)
                       : args.exprs.empty() ? std::string("standard input")
                                            : std::string("the schedules");
    settings.push_back({std::move(name), std::move(*found)});
  }
  std::string conflict;
  std::optional<DialectId> configured_dialect =
      agreed(settings, &config::Settings::dialect, conflict);
  if (!conflict.empty() && !cli.given("--dialect"))
    return cli.fail("cronkit.toml gives " + conflict +
                    " different dialects; choose one with --dialect");
  conflict.clear();
  std::optional<std::string> configured_tz = agreed(settings, &config::Settings::tz, conflict);
  if (!conflict.empty() && !cli.given("--tz"))
    return cli.fail("cronkit.toml gives " + conflict + " different zones; choose one with --tz");
  const DialectId dialect_id =
      cli.given("--dialect") ? args.dialect.id() : configured_dialect.value_or(args.dialect.id());
  std::string tz = cli.given("--tz") ? args.tz : configured_tz.value_or(args.tz);
  // A scheduler with a zone of its own (GitHub Actions: UTC) instead of the machine's.
  if (tz.empty()) tz = dialect(dialect_id).default_zone;
  const date::time_zone* zone = tool::resolve_zone(tz, error);
  if (!zone) return cli.fail(error);
  std::optional<date::sys_seconds> from = tool::resolve_from(args.from, *zone, error);
  if (!from) return cli.fail(error);
  std::optional<date::sys_seconds> to;
  if (!args.to.empty()) {
    to = parse_time(args.to, *zone, error);
    if (!to) return cli.fail("--to: " + error);
    if (*to <= *from) {
      return cli.fail(fmt::format("--to ({}) must be after --from ({})", format_rfc3339(*to, *zone),
                                  format_rfc3339(*from, *zone)));
    }
  } else if (!args.count) {
    to = add_local_days(*from, 7, *zone);
  }
  if (!args.exprs.empty() && !args.files.empty())
    return cli.usage_error("give either crontab files or --expr schedules, not both");
  std::vector<std::string> files = args.files;
  if (files.empty() && args.exprs.empty()) {
    if (isatty(STDIN_FILENO)) return cli.missing_input();
    files.push_back("-");
  }

  if (!files.empty()) {
    if (std::optional<std::string> refusal = tool::crontab_files_refusal(dialect_id))
      return cli.fail(*refusal);
  }
  // Read everything first: an unreadable input is an error before any output.
  std::vector<std::string> texts;
  for (const std::string& path : files) {
    std::optional<std::string> text = cli.read(path);
    if (!text) return cli.failure_status();
    texts.push_back(std::move(*text));
  }

  Inputs inputs;
  for (const std::string& expr : args.exprs) add_schedule(cli, expr, dialect_id, inputs);
  for (std::size_t i = 0; i < files.size(); ++i) {
    std::optional<CrontabFormat> format =
        args.system ? std::optional(CrontabFormat::system) : settings[i].settings.kind;
    add_crontab(cli, files[i], std::move(texts[i]), format, dialect_id, inputs);
  }
  // The commands are printed: their secrets masked unless --show-secrets.
  for (SimSource& source : inputs.set.sources) {
    if (source.command) source.command = cli.shown(*source.command);
  }
  const JobSet& set = inputs.set;
  SimOptions options{
      .zone = zone, .dialect = dialect_id, .from = *from, .to = to, .count = args.count};
  std::string out;
  if (args.load) {
    std::vector<Firing> firings = simulate(set.jobs, options);
    LoadReport report = compute_load(firings, *zone);
    LoadRange range{zone, *from, to ? *to : (firings.empty() ? *from : firings.back().instant)};
    out = render_load_text(report, set.sources, range);
    if (!args.svg.empty() &&
        !cronsim::write_atomically(args.svg, render_load_svg(report, range), error))
      return cli.fail(error);
  } else {
    ListOptions list;
    list.zone = zone;
    list.format = list_format_from_name(args.format).value_or(ListFormat::text);
    list.timestamps_only = args.exprs.size() == 1 && args.files.empty();
    list.created = *from;
    list.version = cronkit::version;
    FiringListWriter writer(set.sources, list);
    out.reserve(1 << 20);
    writer.header(out);
    bool write_failed = false;
    simulate(set.jobs, options, [&](std::span<const Firing> block) {
      writer.rows(out, block);
      if (out.size() >= (1 << 20) && !write_failed) write_failed = !flush_stdout(out);
    });
    writer.footer(out);
  }
  if (!flush_stdout(out) || std::fflush(stdout) != 0)
    return cli.fail(fmt::format("standard output: {}", std::strerror(errno)));
  return inputs.invalid ? tool::exit_findings : tool::exit_success;
}

}  // namespace

int main(int argc, char** argv) {
  tool::Tool cli("cronsim",
                 "cronsim: list when cron starts the jobs of crontabs or schedules, exactly as "
                 "the daemon does, daylight-saving changes included");
  CLI::App& app = cli.app();
  app.footer(std::string(footer) + "\n" + std::string(tool::config_help) +
             " cronsim reads kind, dialect and tz from it; with several files their configs must "
             "agree on dialect and tz unless --dialect or --tz is given.");
  Arguments args;
  app.add_option("FILE", args.files, "crontab files; \"-\" is standard input")->type_name("");
  app.add_option("-e,--expr", args.exprs,
                 "a schedule instead of files (5 fields or @special); repeatable")
      ->type_name("SCHEDULE")
      ->allow_extra_args(false);
  tool::add_from_option(app, args.from,
                        "start, inclusive (default: now, rounded up to the minute)");
  app.add_option("--to", args.to, "end, exclusive (default: --from + 7 days)")->type_name("TIME");
  app.add_option("-n,--count", args.count, "stop after N firings in total")->type_name("N");
  tool::add_tz_option(app, args.tz,
                      "zone the cron daemon runs in (default: $TZ, else the system zone)");
  app.add_flag("--system", args.system,
               "files are in system format (user field); automatic for /etc/crontab and "
               "/etc/cron.d/*");
  tool::add_dialect_option(app, args.dialect);
  app.add_option("--format", args.format, "output format: text (default), jsonl, csv or ics")
      ->check(CLI::IsMember({"text", "jsonl", "csv", "ics"}))
      ->type_name("FORMAT");
  CLI::Option* load = app.add_flag(
      "--load", args.load,
      "instead of the list: starts per hour of the week, the busiest minutes, and collisions");
  app.add_option("--svg", args.svg, "with --load: also write the heat map as an SVG image")
      ->type_name("FILE")
      ->needs(load);
  tool::add_config_options(app, args.config);
  cli.add_show_secrets_flag("the commands listed");
  if (std::optional<int> done = cli.parse(argc, argv)) return *done;
  return cli.run([&] { return run(cli, args); });
}
