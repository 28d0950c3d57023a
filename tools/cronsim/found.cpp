#include "found.hpp"

#include <fmt/format.h>

#include "dialect/dialect.hpp"
#include "lint/embedded_file.hpp"
#include "parse/parse.hpp"
#include "sim/jobs.hpp"
#include "timezone/timezone.hpp"

namespace cronkit::cronsim {
namespace {

std::string place(const std::string& path, const Span& span) {
  return fmt::format("{}:{}:{}", path, span.line, span.column);
}

}  // namespace

void add_found_file(const std::string& path, const std::string& text, embedded::FileKind kind,
                    const date::time_zone* zone, const SimOptions& window, FoundFirings& found) {
  const embedded::Extraction extraction = embedded::file_kind(kind).extract(text);
  const embedded::LineIndex lines(text);
  for (const embedded::FileProblem& problem : extraction.problems) {
    const bool error = problem.rule == "yaml-syntax";
    found.invalid = found.invalid || error;
    tool::write(place(path, lines.span(problem.begin, problem.end)) +
                    (error ? ": error: " : ": info: ") + problem.message + "\n",
                stderr);
  }
  if (extraction.schedules.empty() && extraction.problems.empty()) {
    tool::write(
        path + ": no schedule found in this " + std::string(embedded::file_kind(kind).name) + "\n",
        stderr);
  }
  for (const embedded::FoundSchedule& schedule : extraction.schedules) {
    const std::string& expression = schedule.expression.value;
    const Span span = lint::found_span(schedule.expression, lines, 0, expression.size());
    const std::string where = place(path, span);
    const ParsedSchedule parsed = parse_schedule(expression, schedule.dialect);
    if (!parsed.ok()) {
      found.invalid = true;
      for (const Diagnostic& diagnostic : parsed.diagnostics) {
        if (diagnostic.severity != Severity::error) continue;
        tool::write(where + ": error: `" + expression + "`: " + diagnostic.message + "\n", stderr);
      }
      continue;
    }
    const Dialect& rules = dialect(schedule.dialect);
    std::string error;
    const date::time_zone* own_zone = nullptr;
    std::string zone_name;
    if (schedule.zone) {
      own_zone = find_zone(schedule.zone->value, error);
      if (!own_zone) {
        found.invalid = true;
        tool::write(where + ": error: " + error + "; its firings are not listed\n", stderr);
        continue;
      }
    } else if (parsed.zone_name) {
      own_zone = find_zone(*parsed.zone_name, error);
    } else if (!rules.default_zone.empty()) {
      own_zone = find_zone(rules.default_zone, error);
    } else if (zone) {
      own_zone = zone;
    } else {
      tool::write(where + ": warning: " + schedule.owner +
                      " names no zone, so it runs in the zone of its scheduler (for a CronJob, "
                      "the kube-controller-manager's), which the file does not say: give --tz "
                      "ZONE to list its firings\n",
                  stderr);
      continue;
    }
    if (!own_zone) {
      tool::write(where + ": error: " + error + "\n", stderr);
      found.invalid = true;
      continue;
    }
    std::vector<SimNote> notes;
    JobSet set;
    add_schedule_job(parsed, set, notes);
    for (const SimNote& note : notes) tool::write(where + ": " + note.text + "\n", stderr);
    if (set.jobs.empty()) continue;
    SimOptions options = window;
    options.zone = own_zone;
    options.dialect = schedule.dialect;
    const std::size_t job = found.sources.size();
    // A block scalar (`|`) ends in a newline that is not part of the schedule as people read it.
    const std::string shown = expression.substr(0, expression.find_last_not_of(" \t\r\n") + 1);
    found.sources.push_back(SimSource{
        where, span.line,
        fmt::format("{} `{}` ({}, {})", schedule.owner, shown, rules.name, own_zone->name()),
        shown});
    for (Firing firing : simulate(set.jobs, options)) {
      firing.job = job;
      found.firings.push_back(firing);
    }
    if (!found.common_zone) {
      found.common_zone = own_zone;
    } else if (*found.common_zone != own_zone) {
      found.common_zone = nullptr;
    }
  }
}

}  // namespace cronkit::cronsim
