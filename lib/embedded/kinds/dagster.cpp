// Dagster schedules: Python that imports dagster, with `ScheduleDefinition(...)` or the
// `@schedule(...)` decorator.
//
// Read (lib/embedded/source_scanner.hpp tokenises the Python): every call of a name
// `ScheduleDefinition` (`dg.ScheduleDefinition(` too) and every decorator `@schedule(` /
// `@dg.schedule(`; the `cron_schedule=` argument (for the decorator also its first positional
// argument), a string literal or a list of string literals (Dagster takes several crons), and
// `execution_timezone=`, a string literal. `name=` (for the decorator, else the decorated
// function's name) names the schedule in messages; it and `description=` (string literals) are
// the labels checks compare with the schedule. Skipped
// silently: `build_schedule_from_partitioned_job(...)` and other helpers that derive the cron
// from a partitions definition (no cron is written), a `None`. Anything else (a constant, an
// f-string, `os.getenv(...)`) is reported once as not a literal.

#include "embedded/embedded.hpp"
#include "embedded/source_scanner.hpp"

namespace cronkit::embedded {
namespace {

bool dagster_path(std::string_view) {
  return false;
}

bool dagster_content(std::string_view text) {
  return python_imports(text, "dagster");
}

void add_schedule(std::string_view text, const ArgumentValue& value, const std::string& owner,
                  const std::optional<FoundText>& zone, const std::vector<FoundLabel>& labels,
                  Extraction& extraction) {
  if (value.kind == ArgumentValue::Kind::none) return;
  if (value.kind == ArgumentValue::Kind::list) {
    for (const ArgumentValue& item : value.items)
      add_schedule(text, item, owner, zone, labels, extraction);
    return;
  }
  if (value.kind != ArgumentValue::Kind::literal) {
    extraction.problems.push_back({"schedule-not-literal", value.begin, value.end,
                                   "the cron_schedule of " + owner + " is " + value.why + " (`" +
                                       argument_excerpt(text, value) +
                                       "`), not a string literal: it is not checked"});
    return;
  }
  FoundSchedule found;
  found.kind = FileKind::dagster;
  found.expression = value.text;
  found.dialect = DialectId::dagster;
  found.owner = owner;
  found.labels = labels;
  if (zone) {
    found.zone = zone;
    found.zone_key = "execution_timezone";
  }
  extraction.schedules.push_back(std::move(found));
}

Extraction extract(std::string_view text) {
  Extraction extraction;
  if (!python_imports(text, "dagster")) return extraction;
  const std::vector<SourceToken> tokens = scan_source(text, SourceLanguage::python);
  for (std::size_t open = 1; open < tokens.size(); ++open) {
    if (!is_punctuation(tokens[open], "(")) continue;
    const std::string_view name = called_name(tokens, open);
    if (python_defines(tokens, open)) continue;
    const bool decorator = name == "schedule" && decorates(tokens, open);
    if (name != "ScheduleDefinition" && !decorator) continue;
    const CallArguments call = call_arguments(tokens, open);
    const CallArgument* cron = named_argument(call, "cron_schedule");
    if (!cron && decorator && !call.arguments.empty() && call.arguments.front().name.empty())
      cron = &call.arguments.front();
    if (!cron) continue;
    std::string owner = decorator ? "@schedule" : "ScheduleDefinition";
    std::vector<FoundLabel> labels;
    if (const CallArgument* named = named_argument(call, "name")) {
      const ArgumentValue value = argument_value(tokens, *named);
      if (value.kind == ArgumentValue::Kind::literal) {
        owner += " " + value.text.value;
        labels.push_back({"schedule", value.text.value});
      }
    } else if (decorator) {
      // Without name=, the decorated function's name is the schedule's.
      if (const std::string_view function = decorated_name(tokens, call.close); !function.empty()) {
        owner += " " + std::string(function);
        labels.push_back({"schedule", std::string(function)});
      }
    }
    if (const CallArgument* described = named_argument(call, "description")) {
      const ArgumentValue value = argument_value(tokens, *described);
      if (value.kind == ArgumentValue::Kind::literal)
        labels.push_back({"description", value.text.value});
    }
    std::optional<FoundText> zone;
    if (const CallArgument* timezone = named_argument(call, "execution_timezone")) {
      const ArgumentValue value = argument_value(tokens, *timezone);
      if (value.kind == ArgumentValue::Kind::literal) zone = value.text;
    }
    add_schedule(text, argument_value(tokens, *cron), owner, zone, labels, extraction);
  }
  return extraction;
}

}  // namespace

extern const FileKindInfo dagster_kind{
    FileKind::dagster,
    "dagster",
    "Dagster schedules (Python importing dagster): ScheduleDefinition(cron_schedule=..., "
    "execution_timezone=...) and @schedule(...)",
    dagster_path,
    dagster_content,
    extract,
    true};

}  // namespace cronkit::embedded
