// cronexplain: each schedule or crontab entry in plain English (issue 5 is the contract).

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "crontab_file/location.hpp"
#include "explain/entry.hpp"
#include "explain/explain.hpp"
#include "explain/render.hpp"
#include "parse/parse.hpp"
#include "sim/simulate.hpp"
#include "timezone/timezone.hpp"
#include "version.hpp"

namespace {

using namespace cronkit;

struct Options {
  std::vector<std::string> schedules;
  std::vector<std::string> files;
  bool system = false;
  std::size_t next = 0;
  std::string zone_name;
  std::string from_text;
  std::string dialect_name = "debian";
  bool twelve_hour = false;
  std::string format = "text";
  bool version = false;
};

struct Context {
  ExplainOptions explain;
  const date::time_zone* zone = nullptr;  // for --next
  date::sys_seconds from;
  std::size_t next = 0;
  bool invalid_content = false;
};

// The source line and a caret under the span, indented, for error messages.
std::string caret_lines(std::string_view line, const Span& span) {
  std::string shown(line);
  // A newline or other control character inside an argument would break the caret's alignment.
  for (char& c : shown) {
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t') c = ' ';
  }
  std::string text = "  " + shown + "\n  ";
  const std::size_t column = span.column > 0 ? span.column - 1 : 0;
  for (std::size_t i = 0; i < column && i < line.size(); ++i) text += line[i] == '\t' ? '\t' : ' ';
  const std::size_t width = span.end_column > span.column ? span.end_column - span.column : 1;
  text += '^' + std::string(width - 1, '~') + "\n";
  return text;
}

std::vector<std::string> next_firings_text(const Schedule& schedule,
                                           const date::time_zone* job_zone,
                                           const Context& context) {
  std::vector<std::string> times;
  if (context.next == 0 || schedule.at_reboot || schedule.never_fires()) return times;
  const SimJob job{schedule, job_zone};
  SimOptions sim;
  sim.zone = context.zone;
  sim.dialect = context.explain.dialect;
  sim.from = context.from;
  sim.count = context.next;
  for (const Firing& firing : simulate({&job, 1}, sim)) {
    times.push_back(format_rfc3339(firing.instant, *context.zone));
  }
  return times;
}

void explain_argument(const std::string& text, std::size_t index, Context& context,
                      std::vector<ExplainedItem>& items) {
  const ParsedSchedule parsed = parse_schedule(text, context.explain.dialect);
  for (const Diagnostic& d : parsed.diagnostics) {
    if (d.severity != Severity::error) continue;
    std::cerr << "error: schedule " << index << " (" << quoted_text(text) << "), column "
              << d.span.column << ": " << d.message << " [" << d.code << "]\n"
              << caret_lines(text, d.span);
  }
  if (!parsed.ok()) {
    context.invalid_content = true;
    return;
  }
  ExplainedItem item;
  item.schedule_text = text;
  item.explanation =
      explain_schedule(parsed.special, parsed.fields, parsed.schedule, context.explain);
  if (item.explanation.never) {
    std::cerr << "warning: " << quoted_text(text)
              << " never fires: " << item.explanation.never_reason << "\n";
  }
  item.next = next_firings_text(parsed.schedule, nullptr, context);
  items.push_back(std::move(item));
}

// Reads a whole file or standard input; nothing with `error` set when it cannot.
std::optional<std::string> read_input(const std::string& path, std::string& error) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    error = "cannot read " + path + ": is a directory";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot read " + path + ": " + std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    error = "cannot read " + path;
    return std::nullopt;
  }
  return buffer.str();
}

void explain_crontab(const Crontab& crontab, Context& context, std::vector<ExplainedItem>& items) {
  for (const Diagnostic& d : crontab.diagnostics) {
    if (d.severity != Severity::error) continue;
    context.invalid_content = true;
    std::cerr << crontab.path << ":" << d.span.line << ":" << d.span.column
              << ": error: " << d.message << " [" << d.code << "]\n";
    if (const Line* line = crontab.line_at(d.span.line)) {
      std::cerr << caret_lines(crontab.line_text(*line), d.span);
    }
  }
  if (crontab.whole_file_ignored) {
    context.invalid_content = true;
    std::cerr << crontab.path << ": warning: "
              << (crontab.dialect == DialectId::debian ? "Debian's cron" : "cronie")
              << " ignores this whole file, so none of its entries run: "
              << crontab.whole_file_ignored_reason << "\n";
  }
  for (const Entry& entry : crontab.entries) {
    if (!entry.accepted) continue;
    ExplainedItem item;
    item.entry = describe_entry(crontab, entry);
    item.schedule_text = item.entry->schedule_text;
    item.explanation =
        explain_schedule(entry.special, entry.fields, entry.schedule, context.explain);
    if (item.explanation.never) {
      std::cerr << crontab.path << ":" << entry.span.line
                << ": warning: this entry never fires: " << item.explanation.never_reason << "\n";
    }
    const date::time_zone* job_zone = nullptr;
    if (item.entry->schedule_zone) {
      std::string error;
      job_zone = find_zone(*item.entry->schedule_zone, error);
      if (!job_zone) {
        // cronie hands the name to the C library, which falls back to UTC.
        std::cerr << crontab.path << ":" << entry.span.line << ": warning: " << error
                  << "; cronie reads this entry's times in UTC\n";
        job_zone = find_zone("UTC", error);
      }
    }
    item.next = next_firings_text(entry.schedule, job_zone, context);
    items.push_back(std::move(item));
  }
}

int run(int argc, char** argv) {
  Options options;
  CLI::App app{"Explain cron schedules and crontab entries in plain English.", "cronexplain"};
  app.set_help_flag("-h,--help", "Print this help and exit");
  app.add_option("schedule", options.schedules,
                 "A schedule to explain: '30 2 * * 1-5' or '@daily' (one per argument)");
  app.add_option("-f,--file", options.files,
                 "Explain every entry of a crontab file (\"-\" = standard input); repeatable");
  app.add_flag("--system", options.system,
               "System format (user field); automatic for /etc/crontab and /etc/cron.d/*");
  app.add_option("-n,--next", options.next, "Also list the next N firings (RFC 3339)")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--tz", options.zone_name, "Zone for --next (default: $TZ, else the system zone)");
  app.add_option("--from", options.from_text,
                 "Start for --next (default: now): RFC 3339, or YYYY-MM-DD[THH:MM] in --tz");
  app.add_option("--dialect", options.dialect_name, "debian (default) or cronie")
      ->check(CLI::IsMember({"debian", "cronie"}));
  app.add_flag("--12h", options.twelve_hour, "12-hour times (2:30 AM); default is 24-hour");
  app.add_option("--format", options.format, "text (default) or json")
      ->check(CLI::IsMember({"text", "json"}));
  app.add_flag("--version", options.version, "Print the version and exit");
  app.footer(
      "Exit status: 0 success, 1 some input is invalid (the valid ones are still explained),\n"
      "2 usage or I/O error.");
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return 0;
  } catch (const CLI::ParseError& e) {
    std::cerr << "error: " << e.what() << "\n"
              << "Run with --help for usage.\n";
    return 2;
  }
  if (options.version) {
    std::cout << "cronexplain " << cronkit::version << "\n";
    return 0;
  }
  if (options.schedules.empty() && options.files.empty()) {
    if (isatty(STDIN_FILENO)) {
      std::cerr << app.help();
      return 2;
    }
    options.files.push_back("-");
  }

  Context context;
  context.explain.dialect = *dialect_from_name(options.dialect_name);
  context.explain.twelve_hour = options.twelve_hour;
  context.next = options.next;
  if (options.next > 0 || !options.zone_name.empty() || !options.from_text.empty()) {
    std::string error;
    context.zone =
        options.zone_name.empty() ? default_zone(error) : find_zone(options.zone_name, error);
    if (!context.zone) {
      std::cerr << "error: " << error << "\n";
      return 2;
    }
    if (options.from_text.empty()) {
      context.from = date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    } else if (auto from = parse_time(options.from_text, *context.zone, error)) {
      context.from = *from;
    } else {
      std::cerr << "error: " << error << "\n";
      return 2;
    }
  }

  std::vector<ExplainedItem> items;
  for (std::size_t i = 0; i < options.schedules.size(); ++i) {
    explain_argument(options.schedules[i], i + 1, context, items);
  }
  bool read_stdin = false;
  for (const std::string& path : options.files) {
    if (path == "-") {
      if (read_stdin) continue;  // standard input can be read only once
      read_stdin = true;
    }
    std::string error;
    std::optional<std::string> text = read_input(path, error);
    if (!text) {
      std::cerr << "error: " << error << "\n";
      return 2;
    }
    if (cron_skips_file_name(path, context.explain.dialect)) {
      std::cerr << path << ": warning: "
                << (context.explain.dialect == DialectId::debian ? "Debian's cron" : "cronie")
                << " does not read a file of this name in cron.d, so none of its entries run\n";
    }
    ParseOptions parse_options;
    parse_options.dialect = context.explain.dialect;
    parse_options.path = path;
    parse_options.format = options.system ? CrontabFormat::system : format_for_path(path);
    const Crontab crontab = parse_crontab(std::move(*text), parse_options);
    explain_crontab(crontab, context, items);
  }

  const bool sentence_only =
      options.files.empty() && options.schedules.size() == 1 && options.next == 0;
  std::cout << (options.format == "json" ? render_json(items) : render_text(items, sentence_only));
  std::cout.flush();
  return context.invalid_content ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 2;
  }
}
