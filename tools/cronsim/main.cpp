// cronsim: when do these cron jobs fire? Exact, time-zone and DST aware (see `cronsim --help`).
// Options and printing only: the simulation lives in lib/sim, the plumbing in tools/common.

#include <unistd.h>

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "common/config.hpp"
#include "common/input.hpp"
#include "common/inputs_walk.hpp"
#include "common/options.hpp"
#include "common/tool.hpp"
#include "embedded/embedded.hpp"
#include "found.hpp"
#include "inputs.hpp"
#include "lint/directives.hpp"
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
  // A directory stands for the files in its tree that cronsim reads (crontabs, workflows,
  // manifests); an unreadable one is an error before any output.
  bool io_error = false;
  std::vector<tool::InputFile> input_files =
      tool::expand_directories(cli, args.files, true, io_error);
  if (io_error) return cli.failure_status();
  std::vector<std::string> paths;
  for (const tool::InputFile& file : input_files) paths.push_back(file.path);
  tool::ConfigFiles configs(args.config);
  std::vector<InputSettings> settings;
  for (const std::string& path : paths.empty() ? std::vector<std::string>{"-"} : paths) {
    std::optional<config::Settings> found = configs.settings_for(path, error);
    if (!found) return cli.fail(error);
    std::string name = !paths.empty()       ? tool::input_name(path)
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
  const bool tz_given = cli.given("--tz") || configured_tz.has_value();
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
  if (paths.empty() && args.exprs.empty()) {
    if (isatty(STDIN_FILENO)) return cli.missing_input();
    paths.push_back("-");
    input_files.push_back({"-", std::nullopt, false, std::nullopt});
  }

  // Read everything first: an unreadable input is an error before any output. A workflow or a
  // manifest (its kind as cronlint decides it: a `# cronlint: kind=` comment, cronkit.toml, its
  // name and content) has schedules of its own system; the rest are crontabs.
  std::vector<std::string> texts;
  std::vector<std::optional<embedded::FileKind>> kinds;
  bool has_crontab = false;
  for (std::size_t i = 0; i < input_files.size(); ++i) {
    tool::InputFile& file = input_files[i];
    std::optional<std::string> text = file.text ? std::move(file.text) : cli.read(file.path);
    if (!text) return cli.failure_status();
    const std::optional<embedded::FileKind> declared = lint::scan_directives(*text).file_kind;
    const std::optional<embedded::FileKind> kind =
        declared                         ? declared
        : settings[i].settings.file_kind ? settings[i].settings.file_kind
                                         : embedded::recognise_file_kind(file.path, *text);
    has_crontab = has_crontab || !kind;
    kinds.push_back(kind);
    texts.push_back(std::move(*text));
  }
  if (has_crontab) {
    if (std::optional<std::string> refusal = tool::crontab_files_refusal(dialect_id))
      return cli.fail(*refusal);
  }

  Inputs inputs;
  FoundFirings found;
  for (const std::string& expr : args.exprs) add_schedule(cli, expr, dialect_id, inputs);
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (kinds[i]) {
      add_found_file(paths[i], texts[i], *kinds[i], tz_given ? zone : nullptr,
                     {.from = *from, .to = to, .count = args.count}, found);
      continue;
    }
    std::optional<CrontabFormat> format =
        args.system ? std::optional(CrontabFormat::system) : settings[i].settings.kind;
    add_crontab(cli, paths[i], std::move(texts[i]), format, dialect_id, inputs);
  }
  // Only found schedules and no zone asked for: their times in the zone they all share (UTC
  // when they differ), not in this machine's, which none of them runs in.
  const date::time_zone* shown_zone = zone;
  if (!has_crontab && args.exprs.empty() && !tz_given && !found.sources.empty()) {
    shown_zone = found.common_zone && *found.common_zone ? *found.common_zone
                                                         : tool::resolve_zone("UTC", error);
  }
  // The commands are printed: their secrets masked unless --show-secrets.
  for (SimSource& source : inputs.set.sources) {
    if (source.command) source.command = cli.shown(*source.command);
  }
  for (SimSource& source : found.sources) {
    if (source.command) source.command = cli.shown(*source.command);
  }
  const JobSet& set = inputs.set;
  SimOptions options{
      .zone = zone, .dialect = dialect_id, .from = *from, .to = to, .count = args.count};
  // The found schedules' firings join the crontabs' in one timeline (their sources after the
  // crontabs'); without any, the crontabs' are listed as they are found, block by block.
  std::vector<SimSource> all_sources;
  std::vector<Firing> merged;
  if (!found.sources.empty()) {
    merged = simulate(set.jobs, options);
    all_sources = set.sources;
    const std::size_t offset = all_sources.size();
    all_sources.insert(all_sources.end(), found.sources.begin(), found.sources.end());
    for (Firing firing : found.firings) {
      firing.job += offset;
      merged.push_back(firing);
    }
    std::stable_sort(merged.begin(), merged.end(),
                     [](const Firing& a, const Firing& b) { return a.instant < b.instant; });
    if (args.count && merged.size() > *args.count) merged.resize(*args.count);
  }
  const std::vector<SimSource>& sources = found.sources.empty() ? set.sources : all_sources;
  std::string out;
  if (args.load) {
    std::vector<Firing> firings = found.sources.empty() ? simulate(set.jobs, options) : merged;
    LoadReport report = compute_load(firings, *shown_zone);
    LoadRange range{shown_zone, *from,
                    to ? *to : (firings.empty() ? *from : firings.back().instant)};
    out = render_load_text(report, sources, range);
    if (!args.svg.empty() &&
        !cronsim::write_atomically(args.svg, render_load_svg(report, range), error))
      return cli.fail(error);
  } else {
    ListOptions list;
    list.zone = shown_zone;
    list.format = list_format_from_name(args.format).value_or(ListFormat::text);
    list.timestamps_only = args.exprs.size() == 1 && args.files.empty();
    list.created = *from;
    list.version = cronkit::version;
    FiringListWriter writer(sources, list);
    out.reserve(1 << 20);
    writer.header(out);
    bool write_failed = false;
    if (found.sources.empty()) {
      simulate(set.jobs, options, [&](std::span<const Firing> block) {
        writer.rows(out, block);
        if (out.size() >= (1 << 20) && !write_failed) write_failed = !flush_stdout(out);
      });
    } else {
      writer.rows(out, merged);
    }
    writer.footer(out);
  }
  if (!flush_stdout(out) || std::fflush(stdout) != 0)
    return cli.fail(fmt::format("standard output: {}", std::strerror(errno)));
  return inputs.invalid || found.invalid ? tool::exit_findings : tool::exit_success;
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
  app.add_option("FILE", args.files,
                 "crontab files, workflows or manifests (their schedules, each in its own zone); "
                 "\"-\" is standard input; a directory: the files of its tree cronsim reads")
      ->type_name("");
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
