#include "items.hpp"

#include <algorithm>
#include <cstdio>

#include "common/diagnostics.hpp"
#include "explain/entry.hpp"
#include "lint/embedded_file.hpp"
#include "parse/parse.hpp"
#include "secret/secret.hpp"
#include "sim/simulate.hpp"
#include "timezone/timezone.hpp"

namespace cronkit::cronexplain {

namespace {

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

}  // namespace

void explain_argument(const tool::Tool& cli, const std::string& text, Context& context,
                      std::vector<ExplainedItem>& items) {
  const ParsedSchedule parsed = parse_schedule(text, context.explain.dialect);
  cli.print_errors(tool::argument_name(text), parsed.text(), parsed.diagnostics);
  if (!parsed.ok()) {
    context.invalid_content = true;
    return;
  }
  // A limit of the system the parser notes (GitHub Actions' five-minute minimum). Its other
  // warnings (reversed ranges, text cron ignores) are in the explanation's own notes.
  for (const Diagnostic& diagnostic : parsed.diagnostics) {
    if (diagnostic.severity == Severity::warning && diagnostic.code == "too-frequent") {
      tool::write("warning: " + quoted_text(text) + ": " + diagnostic.message + "\n", stderr);
    }
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
  // A robfig/cron `TZ=` prefix (Kubernetes) names the zone the fields are read in.
  const date::time_zone* own_zone = nullptr;
  if (parsed.zone_name) {
    std::string error;
    own_zone = find_zone(*parsed.zone_name, error);
    std::string& summary = item.explanation.summary;
    if (!summary.empty() && summary.back() == '.') summary.pop_back();
    summary += ", " + *parsed.zone_name + " time.";
  }
  item.next = next_firings_text(parsed.schedule, own_zone, context);
  items.push_back(std::move(item));
}

void explain_found_file(const tool::Tool& cli, const std::string& path, const std::string& text,
                        embedded::FileKind kind, const Context& context, bool tz_given,
                        bool& invalid_content, std::vector<ExplainedItem>& items) {
  const embedded::Extraction extraction = embedded::file_kind(kind).extract(text);
  const embedded::LineIndex lines(text);
  std::vector<Diagnostic> problems;
  for (const embedded::FileProblem& problem : extraction.problems) {
    const bool error = problem.rule == "yaml-syntax";
    problems.push_back({problem.rule, error ? Severity::error : Severity::info,
                        lines.span(problem.begin, problem.end), problem.message});
    invalid_content = invalid_content || error;
  }
  cli.print_errors(path, text, problems);
  // A template is not an error, but nothing in it is explained: say so.
  for (const Diagnostic& problem : problems) {
    if (problem.severity == Severity::error) continue;
    tool::write(path + ":" + std::to_string(problem.span.line) + ":" +
                    std::to_string(problem.span.column) + ": info: " + problem.message + "\n",
                stderr);
  }
  if (extraction.schedules.empty() && extraction.problems.empty()) {
    tool::write(
        path + ": no schedule found in this " + std::string(embedded::file_kind(kind).name) + "\n",
        stderr);
  }
  for (const embedded::FoundSchedule& found : extraction.schedules) {
    const std::string& expression = found.expression.value;
    const ParsedSchedule parsed = parse_schedule(expression, found.dialect);
    // The parser's messages, moved from the expression's columns to the file's.
    std::vector<Diagnostic> diagnostics = parsed.diagnostics;
    for (Diagnostic& diagnostic : diagnostics) {
      const std::size_t begin = diagnostic.span.column == 0 ? 0 : diagnostic.span.column - 1;
      const std::size_t end = std::max<std::size_t>(
          begin, diagnostic.span.end_column == 0 ? 0 : diagnostic.span.end_column - 1);
      diagnostic.span = lint::found_span(found.expression, lines, begin, end);
    }
    cli.print_errors(path, text, diagnostics);
    // A limit of the system the parser notes (GitHub Actions' five-minute minimum).
    for (const Diagnostic& diagnostic : diagnostics) {
      if (diagnostic.severity == Severity::warning && diagnostic.code == "too-frequent")
        tool::write(path + ":" + std::to_string(diagnostic.span.line) + ":" +
                        std::to_string(diagnostic.span.column) +
                        ": warning: " + diagnostic.message + "\n",
                    stderr);
    }
    const Span place = lint::found_span(found.expression, lines, 0, expression.size());
    if (!parsed.ok()) {
      invalid_content = true;
      continue;
    }
    Context own = context;
    own.explain.dialect = found.dialect;
    ExplainedItem item;
    // A block scalar (`|`) ends in a newline that is not part of the schedule as people read it.
    item.schedule_text = expression.substr(0, expression.find_last_not_of(" \t\r\n") + 1);
    item.found = FoundPlace{path,
                            place.line,
                            place.column,
                            found.owner,
                            std::string(dialect(found.dialect).name),
                            found.zone ? std::optional(found.zone->value) : std::nullopt};
    item.explanation =
        explain_schedule(parsed.special, parsed.fields, parsed.schedule, own.explain);
    if (item.explanation.never) {
      tool::write(path + ":" + std::to_string(place.line) + ":" + std::to_string(place.column) +
                      ": warning: this schedule never fires: " + item.explanation.never_reason +
                      "\n",
                  stderr);
    }
    // The zone the schedule is read in: the file's (timeZone, timezone, a TZ= prefix), else the
    // system's own (GitHub: UTC), else --tz or the machine's (a CronJob: the controller's).
    std::string error;
    const date::time_zone* job_zone = nullptr;
    // A robfig/cron `TZ=` prefix (Kubernetes) names the zone the fields are read in.
    if (parsed.zone_name && !found.zone) {
      std::string& summary = item.explanation.summary;
      if (!summary.empty() && summary.back() == '.') summary.pop_back();
      summary += ", " + *parsed.zone_name + " time.";
    }
    if (found.zone) {
      job_zone = find_zone(found.zone->value, error);
      if (!job_zone && own.next > 0) {
        tool::write(path + ": warning: " + error + "; its firings are not listed\n", stderr);
        items.push_back(std::move(item));
        continue;
      }
    } else if (parsed.zone_name) {
      job_zone = find_zone(*parsed.zone_name, error);
    } else if (!tz_given && !dialect(found.dialect).default_zone.empty()) {
      job_zone = find_zone(dialect(found.dialect).default_zone, error);
    } else if (!tz_given && own.next > 0) {
      // A CronJob without spec.timeZone runs in the controller's zone, which is not this
      // machine's: its firings are listed only in a zone the user names.
      tool::write(path + ":" + std::to_string(place.line) + ":" + std::to_string(place.column) +
                      ": warning: " + found.owner +
                      " names no zone, so it runs in the zone of its scheduler (for a CronJob, "
                      "the kube-controller-manager's), which the file does not say: give --tz "
                      "ZONE to list its firings\n",
                  stderr);
      items.push_back(std::move(item));
      continue;
    }
    if (own.next > 0 && !tz_given && job_zone) own.zone = job_zone;
    if (own.next > 0 && own.zone) item.next = next_firings_text(parsed.schedule, job_zone, own);
    items.push_back(std::move(item));
  }
}

void explain_crontab(const tool::Tool& cli, const Crontab& crontab, Context& context,
                     std::vector<ExplainedItem>& items) {
  cli.print_errors(crontab.path, crontab.source(), crontab.diagnostics);
  if (crontab.has_errors()) context.invalid_content = true;
  const std::string cron(dialect(crontab.dialect).daemon);
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
    // What the entry runs is printed: its secrets masked unless --show-secrets.
    item.entry->command = cli.shown(item.entry->command);
    item.entry->standard_input = cli.shown(item.entry->standard_input);
    item.entry->output = cli.shown(item.entry->output);
    for (EnvironmentLine& line : item.entry->environment) {
      if (line.value && !cli.show_secrets())
        *line.value = secret::shown_value(line.name, *line.value);
    }
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

}  // namespace cronkit::cronexplain
