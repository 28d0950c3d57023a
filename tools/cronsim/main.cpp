// cronsim: when do these cron jobs fire? Exact, time-zone and DST aware (see `cronsim --help`).

#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "crontab_file/location.hpp"
#include "parse/parse.hpp"
#include "sim/jobs.hpp"
#include "sim/load.hpp"
#include "sim/render.hpp"
#include "sim/simulate.hpp"
#include "timezone/timezone.hpp"
#include "version.hpp"

namespace {

using namespace cronkit;

constexpr int exit_ok = 0;
constexpr int exit_invalid = 1;
constexpr int exit_usage = 2;

constexpr const char* description =
    "cronsim: list when cron starts the jobs of crontabs or schedules, exactly as Debian's cron "
    "(or cronie) does, daylight-saving changes included.";

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

Exit status: 0 success, 1 an input has errors (cron rejects lines), 2 usage or I/O error.)";

struct Arguments {
  std::vector<std::string> files;
  std::vector<std::string> exprs;
  std::string from;
  std::string to;
  std::optional<std::size_t> count;
  std::string tz;
  bool system = false;
  std::string dialect = "debian";
  std::string format = "text";
  bool load = false;
  std::string svg;
};

void print_error(const std::string& message) {
  fmt::print(stderr, "error: {}\n", message);
}

// Writes `out` to stdout and empties it. Large blocks, no per-line flushing.
bool flush_stdout(std::string& out) {
  if (!out.empty() && std::fwrite(out.data(), 1, out.size(), stdout) != out.size()) return false;
  out.clear();
  return true;
}

std::optional<std::string> read_input(const std::string& path, std::string& error) {
  if (path == "-") {
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    if (std::cin.bad()) {
      error = "-: cannot read standard input";
      return std::nullopt;
    }
    return text;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    error = fmt::format("{}: is a directory", path);
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = fmt::format("{}: {}", path, std::strerror(errno));
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    error = fmt::format("{}: read error", path);
    return std::nullopt;
  }
  return std::move(text).str();
}

// Writes `content` to `path` through a temporary file in the same directory and a rename, so a
// reader never sees half an image.
bool write_atomically(const std::string& path, const std::string& content, std::string& error) {
  std::filesystem::path target(path);
  std::filesystem::path dir = target.parent_path().empty() ? "." : target.parent_path();
  std::string pattern = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = mkstemp(name.data());
  if (fd < 0) {
    error = fmt::format("{}: {}", path, std::strerror(errno));
    return false;
  }
  std::size_t written = 0;
  while (written < content.size()) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = fmt::format("{}: {}", path, std::strerror(errno));
      ::close(fd);
      std::remove(name.data());
      return false;
    }
    written += static_cast<std::size_t>(n);
  }
  // mkstemp creates 0600; an image is for sharing.
  fchmod(fd, 0644);
  if (::close(fd) != 0 || std::rename(name.data(), path.c_str()) != 0) {
    error = fmt::format("{}: {}", path, std::strerror(errno));
    std::remove(name.data());
    return false;
  }
  return true;
}

std::string display_name(const std::string& path) {
  return path == "-" ? "<stdin>" : path;
}

void print_diagnostics(const std::string& name, const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity != Severity::error) continue;
    fmt::print(stderr, "{}:{}:{}: error: {} [{}]\n", name, d.span.line, d.span.column, d.message,
               d.code);
  }
}

void print_notes(std::vector<SimNote>& notes) {
  for (const SimNote& note : notes) fmt::print(stderr, "{}\n", note.text);
  notes.clear();
  std::fflush(stderr);
}

int run(const Arguments& args) {
  DialectId dialect_id = dialect_from_name(args.dialect).value_or(DialectId::debian);
  std::string error;

  const date::time_zone* zone = args.tz.empty() ? default_zone(error) : find_zone(args.tz, error);
  if (!zone) {
    print_error(args.tz.empty() ? error : "--tz: " + error);
    return exit_usage;
  }
  date::sys_seconds from;
  if (args.from.empty()) {
    from = date::ceil<std::chrono::minutes>(std::chrono::system_clock::now());
  } else if (auto t = parse_time(args.from, *zone, error)) {
    from = *t;
  } else {
    print_error("--from: " + error);
    return exit_usage;
  }
  std::optional<date::sys_seconds> to;
  if (!args.to.empty()) {
    to = parse_time(args.to, *zone, error);
    if (!to) {
      print_error("--to: " + error);
      return exit_usage;
    }
    if (*to <= from) {
      print_error(fmt::format("--to ({}) must be after --from ({})", format_rfc3339(*to, *zone),
                              format_rfc3339(from, *zone)));
      return exit_usage;
    }
  } else if (!args.count) {
    to = add_local_days(from, 7, *zone);
  }
  if (!args.exprs.empty() && !args.files.empty()) {
    print_error("give either crontab files or --expr schedules, not both");
    return exit_usage;
  }
  std::vector<std::string> files = args.files;
  if (files.empty() && args.exprs.empty()) {
    if (isatty(STDIN_FILENO)) {
      fmt::print(stderr,
                 "usage: cronsim [options] [FILE...]   (or -e SCHEDULE; see cronsim --help)\n");
      return exit_usage;
    }
    files.push_back("-");
  }

  // Read everything first: an unreadable input is a usage error before any output.
  std::vector<std::string> texts;
  for (const std::string& path : files) {
    auto text = read_input(path, error);
    if (!text) {
      print_error(error);
      return exit_usage;
    }
    texts.push_back(std::move(*text));
  }

  bool invalid = false;
  JobSet set;
  std::vector<SimNote> notes;
  std::vector<Crontab> crontabs;
  for (const std::string& expr : args.exprs) {
    ParsedSchedule parsed = parse_schedule(expr, dialect_id);
    if (!parsed.ok()) {
      print_diagnostics(fmt::format("'{}'", expr), parsed.diagnostics);
      invalid = true;
      continue;
    }
    add_schedule_job(parsed, set, notes);
    print_notes(notes);
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string& path = files[i];
    std::string name = display_name(path);
    if (path != "-" && cron_skips_file_name(path, dialect_id)) {
      fmt::print(stderr,
                 "{}: warning: {} does not read a file named '{}' in cron.d; not simulated\n", name,
                 dialect_id == DialectId::debian ? "Debian's cron" : "cronie",
                 *cron_d_file_name(path));
      continue;
    }
    ParseOptions options;
    options.dialect = dialect_id;
    options.path = name;
    options.format = args.system ? CrontabFormat::system : format_for_path(path);
    Crontab crontab = parse_crontab(std::move(texts[i]), options);
    print_diagnostics(name, crontab.diagnostics);
    if (crontab.has_errors() || crontab.whole_file_ignored) invalid = true;
    add_crontab_jobs(crontab, name, set, notes);
    print_notes(notes);
    crontabs.push_back(std::move(crontab));  // keeps the sources' text alive
  }

  SimOptions options;
  options.zone = zone;
  options.dialect = dialect_id;
  options.from = from;
  options.to = to;
  options.count = args.count;
  std::string out;
  if (args.load) {
    std::vector<Firing> firings = simulate(set.jobs, options);
    LoadReport report = compute_load(firings, *zone);
    LoadRange range{zone, from, to ? *to : (firings.empty() ? from : firings.back().instant)};
    out = render_load_text(report, set.sources, range);
    if (!args.svg.empty() && !write_atomically(args.svg, render_load_svg(report, range), error)) {
      print_error(error);
      return exit_usage;
    }
  } else {
    ListOptions list;
    list.zone = zone;
    list.format = list_format_from_name(args.format).value_or(ListFormat::text);
    list.timestamps_only = args.exprs.size() == 1 && args.files.empty();
    list.created = from;
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
  if (!flush_stdout(out) || std::fflush(stdout) != 0) {
    print_error(fmt::format("standard output: {}", std::strerror(errno)));
    return exit_usage;
  }
  return invalid ? exit_invalid : exit_ok;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app(description, "cronsim");
  app.footer(footer);
  app.get_formatter()->column_width(30);
  Arguments args;
  app.add_option("FILE", args.files, "crontab files; \"-\" is standard input");
  app.add_option("-e,--expr", args.exprs,
                 "a schedule instead of files (5 fields or @special); repeatable")
      ->type_name("SCHEDULE")
      ->allow_extra_args(false);
  app.add_option("--from", args.from, "start, inclusive (default: now, rounded up to the minute)")
      ->type_name("TIME");
  app.add_option("--to", args.to, "end, exclusive (default: --from + 7 days)")->type_name("TIME");
  app.add_option("-n,--count", args.count, "stop after N firings in total")->type_name("N");
  app.add_option("--tz", args.tz,
                 "zone the cron daemon runs in (default: $TZ, else the system zone)")
      ->type_name("ZONE");
  app.add_flag("--system", args.system,
               "files are in system format (user field); automatic for /etc/crontab and "
               "/etc/cron.d/*");
  app.add_option("--dialect", args.dialect, "which cron to reproduce (default debian)")
      ->check(CLI::IsMember({"debian", "cronie"}))
      ->type_name("NAME");
  app.add_option("--format", args.format, "output format (default text)")
      ->check(CLI::IsMember({"text", "jsonl", "csv", "ics"}))
      ->type_name("FORMAT");
  CLI::Option* load = app.add_flag(
      "--load", args.load,
      "instead of the list: starts per hour of the week, the busiest minutes, and collisions");
  app.add_option("--svg", args.svg, "with --load: also write the heat map as an SVG image")
      ->type_name("FILE")
      ->needs(load);
  app.set_version_flag("--version", std::string("cronsim ") + cronkit::version,
                       "print the version and exit");
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    print_error(e.what());
    fmt::print(stderr, "usage: cronsim [options] [FILE...]   (see cronsim --help)\n");
    return exit_usage;
  }
  return run(args);
}
