// Airflow DAG files: Python that imports airflow, with a schedule given to `DAG(...)`, to the
// `@dag(...)` decorator or to a cron timetable.
//
// Read (lib/embedded/source_scanner.hpp tokenises the Python): every call of a name `DAG`
// (`DAG(`, `models.DAG(`, `with DAG(...) as dag:`) and every decorator `@dag(` / `@x.dag(`,
// their keyword arguments `schedule=` and `schedule_interval=`; every call of
// `CronTriggerTimetable(` or `CronDataIntervalTimetable(`, its first positional or `cron=`
// argument and its `timezone=`. A string literal is a schedule in the airflow dialect, whose
// reader knows Airflow's presets and croniter's aliases. Skipped silently, being no cron:
// `None`, `"@once"`, `"@continuous"`, `timedelta(...)`, `relativedelta(...)`, a list (datasets or
// assets), a dataset, asset or other timetable (`Dataset(...)`, `DeltaDataIntervalTimetable(...)`),
// and a cron timetable (found as a call of its own). Anything else (a name, `Variable.get(...)`,
// an f-string, a concatenation) is reported once as not a literal. Positional schedules
// (`DAG("id", None, "0 3 * * *")`, Airflow 1's order) are not read.

#include <algorithm>
#include <array>

#include "embedded/embedded.hpp"
#include "embedded/source_scanner.hpp"

namespace cronkit::embedded {
namespace {

bool dag_path(std::string_view) {
  return false;
}

bool dag_content(std::string_view text) {
  return python_imports(text, "airflow");
}

bool cron_timetable(std::string_view name) {
  return name == "CronTriggerTimetable" || name == "CronDataIntervalTimetable";
}

// Calls whose value is a schedule but not a cron: read elsewhere or nothing to check.
bool not_a_cron_call(std::string_view name) {
  static constexpr std::array<std::string_view, 6> names = {
      "timedelta", "relativedelta", "Dataset", "Asset", "DatasetAlias", "AssetAlias"};
  return std::find(names.begin(), names.end(), name) != names.end() ||
         name.ends_with("Timetable") || name.ends_with("Schedule");
}

// The name called by the value tokens [first, last) when the value is one call `a.b.name(...)`.
std::string_view value_call(std::span<const SourceToken> tokens, const CallArgument& argument) {
  std::size_t at = argument.first;
  while (at + 2 < argument.last && tokens[at].type == SourceToken::Type::name &&
         is_punctuation(tokens[at + 1], "."))
    at += 2;
  if (at + 1 < argument.last && tokens[at].type == SourceToken::Type::name &&
      is_punctuation(tokens[at + 1], "(") && is_punctuation(tokens[argument.last - 1], ")")) {
    const CallArguments inner = call_arguments(tokens, at + 1);
    if (inner.close == argument.last - 1) return tokens[at].spelling;
  }
  return {};
}

void add_schedule(std::string_view text, const ArgumentValue& value, std::string owner,
                  std::optional<FoundText> zone, Extraction& extraction) {
  if (value.kind == ArgumentValue::Kind::none || value.kind == ArgumentValue::Kind::list) return;
  if (value.kind != ArgumentValue::Kind::literal) {
    extraction.problems.push_back({"schedule-not-literal", value.begin, value.end,
                                   "the schedule of " + owner + " is " + value.why + " (`" +
                                       argument_excerpt(text, value) +
                                       "`), not a string literal: it is not checked"});
    return;
  }
  // Timetables of their own, not crons: a single run, and one run after another.
  if (value.text.value == "@once" || value.text.value == "@continuous") return;
  FoundSchedule found;
  found.kind = FileKind::airflow_dag;
  found.expression = value.text;
  found.dialect = DialectId::airflow;
  found.owner = std::move(owner);
  if (zone) {
    found.zone = std::move(zone);
    found.zone_key = "timezone";
  }
  extraction.schedules.push_back(std::move(found));
}

// "DAG nightly_report" when the DAG's id is a literal.
std::string dag_owner(std::span<const SourceToken> tokens, const CallArguments& call,
                      bool decorator) {
  if (decorator) return "@dag";
  const CallArgument* id = named_argument(call, "dag_id");
  if (!id && !call.arguments.empty() && call.arguments.front().name.empty())
    id = &call.arguments.front();
  if (id) {
    const ArgumentValue value = argument_value(tokens, *id);
    if (value.kind == ArgumentValue::Kind::literal) return "DAG " + value.text.value;
  }
  return "DAG";
}

Extraction extract(std::string_view text) {
  Extraction extraction;
  if (!python_imports(text, "airflow")) return extraction;
  const std::vector<SourceToken> tokens = scan_source(text, SourceLanguage::python);
  for (std::size_t open = 1; open < tokens.size(); ++open) {
    if (!is_punctuation(tokens[open], "(")) continue;
    const std::string_view name = called_name(tokens, open);
    if (python_defines(tokens, open)) continue;
    const bool decorator = name == "dag" && decorates(tokens, open);
    if (name == "DAG" || decorator) {
      const CallArguments call = call_arguments(tokens, open);
      const std::string owner = dag_owner(tokens, call, decorator);
      for (std::string_view key : {"schedule", "schedule_interval"}) {
        const CallArgument* argument = named_argument(call, key);
        if (!argument) continue;
        if (not_a_cron_call(value_call(tokens, *argument))) continue;
        add_schedule(text, argument_value(tokens, *argument), owner, std::nullopt, extraction);
      }
    } else if (cron_timetable(name)) {
      const CallArguments call = call_arguments(tokens, open);
      const CallArgument* cron = named_argument(call, "cron");
      if (!cron && !call.arguments.empty() && call.arguments.front().name.empty())
        cron = &call.arguments.front();
      if (!cron) continue;
      std::optional<FoundText> zone;
      if (const CallArgument* timezone = named_argument(call, "timezone")) {
        const ArgumentValue value = argument_value(tokens, *timezone);
        if (value.kind == ArgumentValue::Kind::literal) zone = value.text;
      }
      add_schedule(text, argument_value(tokens, *cron), std::string(name), std::move(zone),
                   extraction);
    }
  }
  return extraction;
}

}  // namespace

extern const FileKindInfo airflow_dag_kind{
    FileKind::airflow_dag,
    "airflow-dag",
    "an Airflow DAG file (Python importing airflow): DAG(schedule=...), @dag(schedule=...), "
    "schedule_interval=, cron timetables",
    dag_path,
    dag_content,
    extract,
    true};

}  // namespace cronkit::embedded
