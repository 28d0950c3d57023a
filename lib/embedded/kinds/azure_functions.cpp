// Azure Functions timer triggers: a `function.json` binding, a C# `[TimerTrigger("...")]`
// attribute, a Python (v2 programming model) `@app.timer_trigger(schedule="...")` decorator.
//
// Read:
// - function.json (JSON, read with the YAML reader, which keeps the place of every escape): the
//   `bindings` list, in each binding whose `type` is `timerTrigger` (any case, as the host
//   compares it) the `schedule` string.
// - C#, a file naming `TimerTrigger` (lib/embedded/source_scanner.hpp tokenises it): every call
//   `TimerTrigger(` or `TimerTriggerAttribute(`, its first positional argument or its
//   `Schedule`/`ScheduleExpression`/`schedule` argument.
// - Python, a file importing azure.functions: every decorator `@x.timer_trigger(` and
//   `@x.schedule(`, its `schedule=` argument (or second positional, after `arg_name`), and the
//   name of the function it decorates (for messages, and a label checks compare with it).
// A schedule `%Name%` is an app setting, resolved when the function app starts: reported once as
// not a literal, as are constants, interpolated strings and concatenations. The zone is not in
// these files: the host reads the app setting WEBSITE_TIME_ZONE (UTC without it), so the
// schedules are checked in UTC unless --tz says otherwise.

#include <algorithm>
#include <cctype>

#include "embedded/embedded.hpp"
#include "embedded/source_scanner.hpp"

namespace cronkit::embedded {
namespace {

bool function_json_path(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return name == "function.json";
}

bool python_function_app(std::string_view text) {
  return python_imports(text, "azure.functions");
}

bool azure_content(std::string_view text) {
  if (python_function_app(text))
    return text.find(".timer_trigger(") != std::string_view::npos ||
           text.find(".schedule(") != std::string_view::npos;
  return text.find("TimerTrigger(") != std::string_view::npos ||
         text.find("TimerTriggerAttribute(") != std::string_view::npos;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// `%Name%`: the name of an app setting whose value is the schedule.
bool app_setting(std::string_view value) {
  return value.size() >= 2 && value.front() == '%' && value.back() == '%';
}

void add_schedule(FoundText expression, std::string owner, Extraction& extraction,
                  std::vector<FoundLabel> labels = {}) {
  if (app_setting(expression.value)) {
    extraction.problems.push_back(
        {"schedule-not-literal", expression.begin, expression.end,
         "the schedule of " + owner + " is the app setting `" + expression.value +
             "`, resolved when the function app starts: it is not checked"});
    return;
  }
  FoundSchedule found;
  found.kind = FileKind::azure_functions;
  found.expression = std::move(expression);
  found.dialect = DialectId::azure;
  found.owner = std::move(owner);
  found.labels = std::move(labels);
  extraction.schedules.push_back(std::move(found));
}

void add_value(std::string_view text, const ArgumentValue& value, const std::string& owner,
               Extraction& extraction, std::vector<FoundLabel> labels = {}) {
  if (value.kind == ArgumentValue::Kind::literal) {
    add_schedule(value.text, owner, extraction, std::move(labels));
    return;
  }
  extraction.problems.push_back(
      {"schedule-not-literal", value.begin, value.end,
       "the schedule of " + owner + " is " + (value.why.empty() ? "not a string" : value.why) +
           " (`" + argument_excerpt(text, value) + "`), not a string literal: it is not checked"});
}

void extract_function_json(std::string_view text, Extraction& extraction) {
  YamlStream stream = read_yaml_reporting(text, extraction);
  if (stream.documents.empty()) return;
  const YamlDocument& document = stream.documents.front();
  const std::optional<std::size_t> bindings = document.member(0, "bindings");
  if (!bindings) return;
  const YamlNode& items = document.resolved(*bindings);
  if (items.type != YamlNode::Type::sequence) return;
  for (std::size_t i = 0; i < items.children.size(); ++i) {
    const std::size_t binding = items.children[i];
    const std::optional<std::size_t> type = document.member(binding, "type");
    if (!type || !equal_ignoring_case(document.resolved(*type).value, "timerTrigger")) continue;
    const std::optional<std::size_t> schedule = document.member(binding, "schedule");
    if (!schedule) continue;
    const YamlNode& value = document.resolved(*schedule);
    if (value.type != YamlNode::Type::scalar) continue;
    add_schedule(found_text(text, value), "bindings[" + std::to_string(i) + "]", extraction);
  }
}

void extract_csharp(std::string_view text, Extraction& extraction) {
  const std::vector<SourceToken> tokens = scan_source(text, SourceLanguage::csharp);
  for (std::size_t open = 1; open < tokens.size(); ++open) {
    if (!is_punctuation(tokens[open], "(")) continue;
    const std::string_view name = called_name(tokens, open);
    if (name != "TimerTrigger" && name != "TimerTriggerAttribute") continue;
    const CallArguments call = call_arguments(tokens, open);
    const CallArgument* schedule = nullptr;
    for (std::string_view key : {"Schedule", "ScheduleExpression", "schedule"}) {
      if (!schedule) schedule = named_argument(call, key);
    }
    if (!schedule && !call.arguments.empty() && call.arguments.front().name.empty())
      schedule = &call.arguments.front();
    if (!schedule) continue;
    add_value(text, argument_value(tokens, *schedule), "[TimerTrigger]", extraction);
  }
}

void extract_python(std::string_view text, Extraction& extraction) {
  const std::vector<SourceToken> tokens = scan_source(text, SourceLanguage::python);
  for (std::size_t open = 1; open < tokens.size(); ++open) {
    if (!is_punctuation(tokens[open], "(")) continue;
    const std::string_view name = called_name(tokens, open);
    // `@app.schedule(` is the older name of `@app.timer_trigger(`; a bare `@schedule(` is not
    // the function app's.
    if ((name != "timer_trigger" && name != "schedule") || !decorates(tokens, open) ||
        !is_punctuation(tokens[open - 2], "."))
      continue;
    const CallArguments call = call_arguments(tokens, open);
    const CallArgument* schedule = named_argument(call, "schedule");
    if (!schedule && call.arguments.size() >= 2 && call.arguments[0].name.empty() &&
        call.arguments[1].name.empty())
      schedule = &call.arguments[1];
    if (!schedule) continue;
    // The decorated function, which names the function unless @app.function_name says otherwise.
    std::string owner = "@" + std::string(name);
    std::vector<FoundLabel> labels;
    if (const std::string_view function = decorated_name(tokens, call.close); !function.empty()) {
      owner += " " + std::string(function);
      labels.push_back({"function", std::string(function)});
    }
    add_value(text, argument_value(tokens, *schedule), owner, extraction, std::move(labels));
  }
}

Extraction extract(std::string_view text) {
  Extraction extraction;
  const std::size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first != std::string_view::npos && text[first] == '{') {
    extract_function_json(text, extraction);
  } else if (python_function_app(text)) {
    extract_python(text, extraction);
  } else {
    extract_csharp(text, extraction);
    for (FoundSchedule& found : extraction.schedules)
      found.comment_markers = FoundSchedule::CommentMarkers::slashes;
  }
  return extraction;
}

}  // namespace

extern const FileKindInfo azure_functions_kind{
    FileKind::azure_functions,
    "azure-functions",
    "Azure Functions timer triggers: function.json bindings, [TimerTrigger(\"...\")] in C#, "
    "@app.timer_trigger(schedule=...) in Python",
    function_json_path,
    azure_content,
    extract,
    true};

}  // namespace cronkit::embedded
