#include "inputs.hpp"

#include <cstdio>
#include <filesystem>

#include "common/diagnostics.hpp"
#include "crontab_file/location.hpp"
#include "parse/parse.hpp"

namespace cronkit::cronsim {
namespace {

void print_notes(std::vector<SimNote>& notes) {
  for (const SimNote& note : notes) tool::write(note.text + "\n", stderr);
  notes.clear();
  std::fflush(stderr);
}

}  // namespace

void add_schedule(const tool::Tool& cli, const std::string& expr, DialectId dialect,
                  Inputs& inputs) {
  ParsedSchedule parsed = parse_schedule(expr, dialect);
  if (!parsed.ok()) {
    cli.print_errors(tool::argument_name(expr), parsed.text(), parsed.diagnostics);
    inputs.invalid = true;
    return;
  }
  std::vector<SimNote> notes;
  for (const Diagnostic& diagnostic : parsed.diagnostics) {
    if (diagnostic.severity == Severity::warning)
      notes.push_back({"warning: '" + expr + "': " + diagnostic.message});
  }
  add_schedule_job(parsed, inputs.set, notes);
  print_notes(notes);
}

void add_crontab(const tool::Tool& cli, const std::string& path, std::string text,
                 std::optional<CrontabFormat> format, DialectId dialect_id, Inputs& inputs) {
  const std::string name = path == "-" ? "<stdin>" : path;
  if (path != "-") {
    if (std::optional<std::string> skipped = why_cron_skips_file_name(path, dialect_id)) {
      tool::write(name + ": warning: " + *skipped + "\n", stderr);
      return;
    }
  }
  ParseOptions options;
  options.dialect = dialect_id;
  options.path = name;
  options.format = format ? *format : format_for_path(path);
  Crontab crontab = parse_crontab(std::move(text), options);
  cli.print_errors(name, crontab.source(), crontab.diagnostics);
  if (crontab.has_errors() || crontab.whole_file_ignored) inputs.invalid = true;
  std::vector<SimNote> notes;
  add_crontab_jobs(crontab, name, inputs.set, notes);
  print_notes(notes);
  inputs.crontabs.push_back(std::move(crontab));
}

}  // namespace cronkit::cronsim
