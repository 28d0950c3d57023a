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
//
// The DAG's id (`dag_id=` or the first positional argument; for `@dag`, the decorated
// function's name unless `dag_id=` is given) names the schedule in messages; it and a literal
// `description=` are the labels checks compare with the schedule (a timetable takes its DAG's).
//
// With each schedule, what the DAG says about the runs it has before it is deployed
// (FoundDagRuns): `catchup=True`/`False` as written; its `start_date=` and `end_date=` when each
// is one literal call `datetime(...)`, `datetime.datetime(...)` or `pendulum.datetime(...)` of
// whole numbers with at most a zone (`tz="UTC"`, `tzinfo=timezone.utc`,
// `tzinfo=pendulum.timezone("Europe/Paris")`); without `start_date=`, the `"start_date"` of
// `default_args`, when that is a dict literal in the call or a name the module assigns once, at
// its top level, to a dict literal and never changes (no `name[...]`, `name.update(...)`,
// `name |= ...`). Anything else (`days_ago(2)`, `datetime.now()`, a name) is no date, silently.

#include <algorithm>
#include <array>
#include <charconv>

#include <date/date.h>

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

// The tokens [first, last) as the file writes them, each byte its own source.
FoundText written_text(std::string_view text, std::span<const SourceToken> tokens,
                       std::size_t first, std::size_t last) {
  FoundText found;
  found.begin = tokens[first].begin;
  found.end = tokens[last - 1].end;
  found.value = std::string(text.substr(found.begin, found.end - found.begin));
  for (std::uint32_t at = found.begin; at < found.end; ++at) found.sources.push_back({at, at + 1});
  found.plain = true;
  return found;
}

bool is_name(const SourceToken& token, std::string_view spelling) {
  return token.type == SourceToken::Type::name && token.spelling == spelling;
}

// A whole number written in decimal (Python allows no leading zero).
std::optional<long> whole_number(std::span<const SourceToken> tokens,
                                 const CallArgument& argument) {
  if (argument.last != argument.first + 1) return std::nullopt;
  const SourceToken& token = tokens[argument.first];
  const std::string_view digits = token.spelling;
  if (token.type != SourceToken::Type::number || (digits.size() > 1 && digits[0] == '0'))
    return std::nullopt;
  long number = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
  if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return number;
}

// The zone a `tz=` or `tzinfo=` value names: a string literal (pendulum's `tz="UTC"`),
// `timezone.utc`, `pendulum.UTC`, or one call `pendulum.timezone("X")` / `ZoneInfo("X")`.
std::optional<std::string> literal_zone(std::span<const SourceToken> tokens,
                                        const CallArgument& argument) {
  const ArgumentValue value = argument_value(tokens, argument);
  if (value.kind == ArgumentValue::Kind::literal) return value.text.value;
  const std::size_t count = argument.last - argument.first;
  const SourceToken& last = tokens[argument.last - 1];
  if (count >= 3 && is_punctuation(tokens[argument.last - 2], ".") &&
      ((is_name(last, "utc") && is_name(tokens[argument.last - 3], "timezone")) ||
       (is_name(last, "UTC") && is_name(tokens[argument.last - 3], "pendulum"))))
    return "UTC";
  const std::string_view called = value_call(tokens, argument);
  if (called == "timezone" || called == "ZoneInfo") {
    std::size_t open = argument.first;
    while (open < argument.last && !is_punctuation(tokens[open], "(")) ++open;
    const CallArguments call = call_arguments(tokens, open);
    if (call.arguments.size() == 1 && call.arguments[0].name.empty()) {
      const ArgumentValue zone = argument_value(tokens, call.arguments[0]);
      if (zone.kind == ArgumentValue::Kind::literal) return zone.text.value;
    }
  }
  return std::nullopt;
}

// The date and time of a value that is one literal call `[module.]datetime(...)`.
std::optional<FoundDateTime> literal_datetime(std::string_view text,
                                              std::span<const SourceToken> tokens,
                                              const CallArgument& argument) {
  if (argument.first >= argument.last) return std::nullopt;
  std::size_t at = argument.first;
  std::vector<std::string_view> qualifiers;
  while (at + 2 < argument.last && tokens[at].type == SourceToken::Type::name &&
         is_punctuation(tokens[at + 1], ".")) {
    qualifiers.push_back(tokens[at].spelling);
    at += 2;
  }
  if (at + 1 >= argument.last || !is_name(tokens[at], "datetime") ||
      !is_punctuation(tokens[at + 1], "("))
    return std::nullopt;
  const CallArguments call = call_arguments(tokens, at + 1);
  if (call.close != argument.last - 1) return std::nullopt;
  const bool pendulum = !qualifiers.empty() && qualifiers.front() == "pendulum";
  static constexpr std::array<std::string_view, 6> field_names = {"year", "month",  "day",
                                                                  "hour", "minute", "second"};
  std::array<long, 6> fields = {-1, -1, -1, 0, 0, 0};
  std::size_t positional = 0;
  FoundDateTime found;
  // pendulum.datetime() is in UTC unless told otherwise; datetime() is naive.
  if (pendulum) found.zone = "UTC";
  for (const CallArgument& each : call.arguments) {
    if (each.name == "tz" || each.name == "tzinfo") {
      std::optional<std::string> zone = literal_zone(tokens, each);
      if (!zone) return std::nullopt;
      found.zone = std::move(*zone);
      continue;
    }
    std::size_t index = positional;
    if (each.name.empty()) {
      ++positional;
    } else {
      const auto named = std::find(field_names.begin(), field_names.end(), each.name);
      if (named == field_names.end()) return std::nullopt;
      index = static_cast<std::size_t>(named - field_names.begin());
    }
    if (index >= fields.size()) return std::nullopt;
    const std::optional<long> number = whole_number(tokens, each);
    if (!number) return std::nullopt;
    fields[index] = *number;
  }
  const auto [year, month, day, hour, minute, second] = fields;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 ||
      minute > 59 || second > 59)
    return std::nullopt;
  // A day the month has (29 February in leap years only), as Python's datetime requires.
  if (!date::year_month_day{date::year{static_cast<int>(year)},
                            date::month{static_cast<unsigned>(month)},
                            date::day{static_cast<unsigned>(day)}}
           .ok())
    return std::nullopt;
  found.text = written_text(text, tokens, argument.first, argument.last);
  found.year = static_cast<int>(year);
  found.month = static_cast<unsigned>(month);
  found.day = static_cast<unsigned>(day);
  found.hour = static_cast<unsigned>(hour);
  found.minute = static_cast<unsigned>(minute);
  found.second = static_cast<unsigned>(second);
  return found;
}

// The value of `key` in the dict whose `{` is tokens[open] (`{"start_date": ...}`), or in the
// call `dict(key=...)` whose `(` it is.
std::optional<CallArgument> dict_entry(std::span<const SourceToken> tokens, std::size_t open,
                                       std::string_view key) {
  const CallArguments entries = call_arguments(tokens, open);
  if (is_punctuation(tokens[open], "(")) {
    if (const CallArgument* named = named_argument(entries, key)) return *named;
    return std::nullopt;
  }
  for (const CallArgument& entry : entries.arguments) {
    if (entry.name.empty() && entry.last - entry.first >= 3 &&
        tokens[entry.first].type == SourceToken::Type::string &&
        tokens[entry.first].not_literal.empty() && tokens[entry.first].text.value == key &&
        is_punctuation(tokens[entry.first + 1], ":"))
      return CallArgument{{}, entry.first + 2, entry.last};
  }
  return std::nullopt;
}

// Where the tokens [first, last) are a dict literal `{...}` or `dict(...)`: its opening token.
std::optional<std::size_t> dict_opening(std::span<const SourceToken> tokens, std::size_t first,
                                        std::size_t last) {
  if (first >= last) return std::nullopt;
  std::size_t open = first;
  if (is_name(tokens[first], "dict") && first + 1 < last) open = first + 1;
  if (!(open == first ? is_punctuation(tokens[open], "{") : is_punctuation(tokens[open], "(")))
    return std::nullopt;
  if (call_arguments(tokens, open).close != last - 1) return std::nullopt;
  return open;
}

// The dict a `default_args=` value is: written in the call, or a name the module assigns once,
// at its top level, to a dict literal and then never changes.
std::optional<std::size_t> default_args_dict(std::string_view text,
                                             std::span<const SourceToken> tokens,
                                             const CallArgument& argument) {
  if (std::optional<std::size_t> open = dict_opening(tokens, argument.first, argument.last))
    return open;
  if (argument.last != argument.first + 1 || tokens[argument.first].type != SourceToken::Type::name)
    return std::nullopt;
  const std::string_view name = tokens[argument.first].spelling;
  std::optional<std::size_t> assigned;
  std::size_t assignments = 0;
  // Inside brackets `name=` is a keyword argument or a parameter, not an assignment.
  int depth = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (is_punctuation(tokens[i], "(") || is_punctuation(tokens[i], "[") ||
        is_punctuation(tokens[i], "{"))
      ++depth;
    if (is_punctuation(tokens[i], ")") || is_punctuation(tokens[i], "]") ||
        is_punctuation(tokens[i], "}"))
      --depth;
    if (!is_name(tokens[i], name) || (i > 0 && is_punctuation(tokens[i - 1], "."))) continue;
    const SourceToken* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
    if (!next) continue;
    // Changed after it is made: its items, a method, an augmented assignment.
    if (is_punctuation(*next, "[") || is_punctuation(*next, ".") ||
        (next->type == SourceToken::Type::punctuation && i + 2 < tokens.size() &&
         is_punctuation(tokens[i + 2], "=") && next->end == tokens[i + 2].begin))
      return std::nullopt;
    if (!is_punctuation(*next, "=") || depth > 0) continue;
    ++assignments;
    const std::uint32_t line_start =
        tokens[i].begin == 0
            ? 0
            : static_cast<std::uint32_t>(text.rfind('\n', tokens[i].begin - 1) + 1);
    if (tokens[i].begin != line_start) return std::nullopt;
    // The value runs to the end of its brackets.
    const std::size_t first = i + 2;
    if (first >= tokens.size()) return std::nullopt;
    std::size_t open = first;
    if (is_name(tokens[first], "dict") && first + 1 < tokens.size()) open = first + 1;
    if (!is_punctuation(tokens[open], open == first ? "{" : "(")) return std::nullopt;
    const std::size_t close = call_arguments(tokens, open).close;
    if (close >= tokens.size()) return std::nullopt;
    assigned = open;
  }
  if (assignments != 1) return std::nullopt;
  return assigned;
}

// What a DAG call says about its runs before it is deployed (FoundDagRuns).
FoundDagRuns dag_runs(std::string_view text, std::span<const SourceToken> tokens,
                      const CallArguments& call) {
  FoundDagRuns runs;
  if (const CallArgument* catchup = named_argument(call, "catchup");
      catchup && catchup->last == catchup->first + 1 &&
      (is_name(tokens[catchup->first], "True") || is_name(tokens[catchup->first], "False")))
    runs.catchup = written_text(text, tokens, catchup->first, catchup->last);
  std::optional<std::size_t> defaults;
  if (const CallArgument* default_args = named_argument(call, "default_args"))
    defaults = default_args_dict(text, tokens, *default_args);
  // The DAG's own argument, else its default_args' entry: a date, None, or unknown.
  const auto date_argument = [&](std::string_view key) -> std::optional<CallArgument> {
    if (const CallArgument* own = named_argument(call, key)) return *own;
    if (defaults) return dict_entry(tokens, *defaults, key);
    return std::nullopt;
  };
  if (std::optional<CallArgument> start = date_argument("start_date"))
    runs.start_date = literal_datetime(text, tokens, *start);
  if (std::optional<CallArgument> end = date_argument("end_date")) {
    runs.end_date = literal_datetime(text, tokens, *end);
    runs.end_date_unknown =
        !runs.end_date && argument_value(tokens, *end).kind != ArgumentValue::Kind::none;
  }
  return runs;
}

void add_schedule(std::string_view text, const ArgumentValue& value, std::string owner,
                  std::optional<FoundText> zone, std::optional<FoundDagRuns> runs,
                  std::vector<FoundLabel> labels, Extraction& extraction) {
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
  found.dag_runs = std::move(runs);
  found.labels = std::move(labels);
  extraction.schedules.push_back(std::move(found));
}

// What a DAG is called: its id when it is a literal (for `@dag`, the decorated function's name
// unless `dag_id=` says otherwise), and a literal `description=`.
struct DagNames {
  std::string owner;  // "DAG nightly_report", "@dag nightly_report", "DAG"
  std::vector<FoundLabel> labels;
};
DagNames dag_names(std::span<const SourceToken> tokens, const CallArguments& call, bool decorator) {
  DagNames names{decorator ? "@dag" : "DAG", {}};
  std::string id;
  const CallArgument* id_argument = named_argument(call, "dag_id");
  if (!id_argument && !decorator && !call.arguments.empty() && call.arguments.front().name.empty())
    id_argument = &call.arguments.front();
  if (id_argument) {
    const ArgumentValue value = argument_value(tokens, *id_argument);
    if (value.kind == ArgumentValue::Kind::literal) id = value.text.value;
  } else if (decorator) {
    id = std::string(decorated_name(tokens, call.close));
  }
  if (!id.empty()) {
    names.owner += " " + id;
    names.labels.push_back({"DAG", id});
  }
  if (const CallArgument* description = named_argument(call, "description")) {
    const ArgumentValue value = argument_value(tokens, *description);
    if (value.kind == ArgumentValue::Kind::literal)
      names.labels.push_back({"description", value.text.value});
  }
  return names;
}

Extraction extract(std::string_view text) {
  Extraction extraction;
  if (!python_imports(text, "airflow")) return extraction;
  const std::vector<SourceToken> tokens = scan_source(text, SourceLanguage::python);
  // The schedule arguments of the DAGs seen so far, for a cron timetable written inside one.
  struct DagSchedule {
    std::size_t first = 0, last = 0;
    FoundDagRuns runs;
    std::vector<FoundLabel> labels;
  };
  std::vector<DagSchedule> dag_schedules;
  for (std::size_t open = 1; open < tokens.size(); ++open) {
    if (!is_punctuation(tokens[open], "(")) continue;
    const std::string_view name = called_name(tokens, open);
    if (python_defines(tokens, open)) continue;
    const bool decorator = name == "dag" && decorates(tokens, open);
    if (name == "DAG" || decorator) {
      const CallArguments call = call_arguments(tokens, open);
      const DagNames names = dag_names(tokens, call, decorator);
      const FoundDagRuns runs = dag_runs(text, tokens, call);
      for (std::string_view key : {"schedule", "schedule_interval"}) {
        const CallArgument* argument = named_argument(call, key);
        if (!argument) continue;
        dag_schedules.push_back({argument->first, argument->last, runs, names.labels});
        if (not_a_cron_call(value_call(tokens, *argument))) continue;
        add_schedule(text, argument_value(tokens, *argument), names.owner, std::nullopt, runs,
                     names.labels, extraction);
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
      std::optional<FoundDagRuns> runs;
      std::vector<FoundLabel> labels;
      for (const DagSchedule& schedule : dag_schedules) {
        if (schedule.first <= open && open < schedule.last) {
          runs = schedule.runs;
          labels = schedule.labels;
        }
      }
      add_schedule(text, argument_value(tokens, *cron), std::string(name), std::move(zone),
                   std::move(runs), std::move(labels), extraction);
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
