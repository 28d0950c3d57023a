// Serverless Framework services: `serverless.yml`, whose functions list their triggers under
// `events`, a schedule being `- schedule: rate(10 minutes)` or a mapping with `rate:`.
//
// Read: the first document's `functions` mapping; in each function its `events` sequence; in
// each item `schedule`, either a string (the expression) or a mapping whose `rate` is a string or
// a sequence of strings (each one schedule). A schedule is an EventBridge rule (dialect
// eventbridge, UTC), or with `method: scheduler` an EventBridge Scheduler schedule (dialect
// eventbridge-scheduler); a `timezone` next to `rate` is kept as the zone the file means (with
// `method: scheduler` the schedule's zone; without it the serverless-local-schedule plugin's,
// which rewrites the schedule into UTC rules). A value with a variable
// (`${self:custom.rate}`, `${env:RATE}`, `${file(...)}`) is reported once as not a literal.
// The CloudFormation resources of `resources.Resources` are read as a template's
// (kinds/cloudformation.cpp). Skipped silently: a service whose `provider.name` is not `aws`
// (OpenWhisk's and Kubeless's `schedule:` are five-field crons of their own), functions and events
// of other shapes, `functions` given as a list or a file reference (`${file(functions.yml)}`),
// which the framework resolves itself.

#include <algorithm>

#include "embedded/embedded.hpp"

namespace cronkit::embedded {

// kinds/cloudformation.cpp: the schedules of a CloudFormation `Resources` mapping.
void read_cloudformation_resources(std::string_view text, const YamlDocument& document,
                                   std::size_t resources, Extraction& extraction);

namespace {

bool service_path(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return name == "serverless.yml" || name == "serverless.yaml";
}

// Recognised by name only: `functions:` and `schedule:` are common words in other YAML.
bool service_content(std::string_view) {
  return false;
}

class Reader {
 public:
  Reader(std::string_view text, const YamlDocument& document, Extraction& extraction)
      : text_(text), document_(document), extraction_(extraction) {}

  void function(const std::string& name, std::size_t index) {
    const std::optional<std::size_t> events = document_.member(index, "events");
    if (!events) return;
    const YamlNode& items = document_.resolved(*events);
    if (items.type != YamlNode::Type::sequence) return;
    std::vector<FoundLabel> labels{{"function", name}};
    if (const std::optional<std::size_t> description = document_.member(index, "description")) {
      const YamlNode& value = document_.resolved(*description);
      if (value.type == YamlNode::Type::scalar) labels.push_back({"description", value.value});
    }
    for (std::size_t i = 0; i < items.children.size(); ++i) {
      const std::optional<std::size_t> schedule = document_.member(items.children[i], "schedule");
      if (!schedule) continue;
      const std::string owner = "function " + name + " events[" + std::to_string(i) + "]";
      const YamlNode& value = document_.resolved(*schedule);
      if (value.type == YamlNode::Type::scalar) {
        add(value, std::nullopt, DialectId::eventbridge, owner, labels);
        continue;
      }
      if (value.type != YamlNode::Type::mapping) continue;
      const std::optional<std::size_t> rate = document_.member(*schedule, "rate");
      if (!rate) continue;
      const std::optional<std::size_t> method = document_.member(*schedule, "method");
      const bool scheduler = method && document_.resolved(*method).value == "scheduler";
      // A `timezone` is the schedule's zone with `method: scheduler`; without it a plugin
      // (serverless-local-schedule) turns the schedule into UTC rules for that zone. Either way
      // the file states the zone it means.
      const std::optional<std::size_t> zone = document_.member(*schedule, "timezone");
      const DialectId dialect =
          scheduler ? DialectId::eventbridge_scheduler : DialectId::eventbridge;
      std::vector<FoundLabel> item_labels = labels;
      if (const std::optional<std::size_t> description =
              document_.member(*schedule, "description")) {
        const YamlNode& text = document_.resolved(*description);
        if (text.type == YamlNode::Type::scalar) item_labels.push_back({"description", text.value});
      }
      const YamlNode& rates = document_.resolved(*rate);
      if (rates.type == YamlNode::Type::scalar) {
        add(rates, zone, dialect, owner, item_labels);
      } else if (rates.type == YamlNode::Type::sequence) {
        for (std::size_t each : rates.children) {
          const YamlNode& one = document_.resolved(each);
          if (one.type == YamlNode::Type::scalar) add(one, zone, dialect, owner, item_labels);
        }
      }
    }
  }

 private:
  void add(const YamlNode& value, std::optional<std::size_t> zone, DialectId dialect,
           const std::string& owner, const std::vector<FoundLabel>& labels) {
    FoundText expression = found_text(text_, value);
    if (std::optional<std::size_t> at = template_start(expression.value)) {
      extraction_.problems.push_back(
          {"schedule-not-literal", expression.sources[*at].begin, expression.end,
           "the schedule of " + owner + " is a variable (`" + expression.value +
               "`) that the framework resolves when it deploys, not a literal: it is not "
               "checked"});
      return;
    }
    FoundSchedule found;
    found.kind = FileKind::serverless;
    found.expression = std::move(expression);
    found.dialect = dialect;
    found.owner = owner;
    found.labels = labels;
    if (zone) {
      const YamlNode& zone_value = document_.resolved(*zone);
      if (zone_value.type == YamlNode::Type::scalar && !template_start(zone_value.value)) {
        found.zone = found_text(text_, zone_value);
        found.zone_key = "timezone";
      }
    }
    extraction_.schedules.push_back(std::move(found));
  }

  std::string_view text_;
  const YamlDocument& document_;
  Extraction& extraction_;
};

Extraction extract(std::string_view text) {
  Extraction extraction;
  YamlStream stream = read_yaml_reporting(text, extraction);
  if (stream.documents.empty()) return extraction;
  const YamlDocument& document = stream.documents.front();
  // Only AWS's schedules are EventBridge's: OpenWhisk, Kubeless and the other providers read
  // `schedule:` their own way. A service without `provider.name` is AWS's, the framework's
  // default.
  if (const std::optional<std::size_t> provider = document.member(0, "provider")) {
    const std::optional<std::size_t> name = document.member(*provider, "name");
    if (name && document.resolved(*name).value != "aws") return extraction;
  }
  if (const std::optional<std::size_t> functions = document.member(0, "functions")) {
    const YamlNode& map = document.resolved(*functions);
    if (map.type == YamlNode::Type::mapping) {
      Reader reader(text, document, extraction);
      for (std::size_t i = 0; i + 1 < map.children.size(); i += 2) {
        const YamlNode& name = document.resolved(map.children[i]);
        if (name.type == YamlNode::Type::scalar) reader.function(name.value, map.children[i + 1]);
      }
    }
  }
  // CloudFormation resources the framework adds to its template (`resources.Resources`): an
  // AWS::Events::Rule written there is read as in a template.
  if (const std::optional<std::size_t> resources = document.member(0, "resources")) {
    if (const std::optional<std::size_t> template_resources =
            document.member(*resources, "Resources"))
      read_cloudformation_resources(text, document, *template_resources, extraction);
  }
  // In file order, wherever each was found.
  std::stable_sort(extraction.schedules.begin(), extraction.schedules.end(),
                   [](const FoundSchedule& a, const FoundSchedule& b) {
                     return a.expression.begin < b.expression.begin;
                   });
  return extraction;
}

}  // namespace

extern const FileKindInfo serverless_kind{
    FileKind::serverless,
    "serverless",
    "Serverless Framework services (serverless.yml): functions.*.events[].schedule",
    service_path,
    service_content,
    extract};

}  // namespace cronkit::embedded
