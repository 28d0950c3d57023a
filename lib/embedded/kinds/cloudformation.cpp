// CloudFormation and SAM templates, YAML or JSON: the schedules of EventBridge rules, of
// EventBridge Scheduler schedules, and of SAM functions' and state machines' schedule events.
//
// Read: the first document's top-level `Resources` mapping; in each resource, by its `Type`:
// - `AWS::Events::Rule`: `Properties.ScheduleExpression` (dialect eventbridge, always UTC);
// - `AWS::Scheduler::Schedule`: `Properties.ScheduleExpression` and
//   `Properties.ScheduleExpressionTimezone` (dialect eventbridge-scheduler);
// - `AWS::Serverless::Function` and `AWS::Serverless::StateMachine`: each of
//   `Properties.Events` whose `Type` is `Schedule` (`Properties.Schedule`, eventbridge) or
//   `ScheduleV2` (`Properties.ScheduleExpression` and `ScheduleExpressionTimezone`,
//   eventbridge-scheduler).
// A value that is an intrinsic function (`!Ref`, `!Sub`, `!If` and every other short-form tag;
// `{"Ref": ...}`, `{"Fn::Sub": ...}` and every other one-key `Fn::` mapping) or holds a dynamic
// reference (`{{resolve:ssm:...}}`) or a `${...}` is reported once as not a literal. Skipped
// silently: resources of other types, a rule without `ScheduleExpression` (an event pattern
// rule), values of other shapes (CloudFormation's own validation reports those). YAML's short
// tags are tags to libyaml, so they never make the template a YAML error.

#include "embedded/embedded.hpp"

namespace cronkit::embedded {

void read_cloudformation_resources(std::string_view text, const YamlDocument& document,
                                   std::size_t resources, Extraction& extraction);

namespace {

bool template_path(std::string_view) {
  return false;
}

// Whether `word` appears at the start of a line (after blanks and JSON's `{` or `"`), followed
// by `:` (after an optional closing quote).
bool has_key_line(std::string_view text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    std::size_t line_start = text.rfind('\n', at);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    const std::string_view before = text.substr(line_start, at - line_start);
    if (before.find_first_not_of(" \t{\"'") != std::string_view::npos) continue;
    std::size_t after = at + word.size();
    if (after < text.size() && (text[after] == '"' || text[after] == '\'')) ++after;
    while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
    if (after < text.size() && text[after] == ':') return true;
  }
  return false;
}

// `AWSTemplateFormatVersion`, or `Resources` with some `Type: AWS::...` (a SAM template may
// leave the version out), as keys at the start of a line.
bool template_content(std::string_view text) {
  if (has_key_line(text, "AWSTemplateFormatVersion")) return true;
  if (!has_key_line(text, "Resources")) return false;
  for (std::size_t at = text.find("AWS::"); at != std::string_view::npos;
       at = text.find("AWS::", at + 1)) {
    std::size_t line_start = text.rfind('\n', at);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    // Backwards from the value: a quote, `:`, a quote, the word `Type`.
    std::string_view before = text.substr(line_start, at - line_start);
    auto drop = [&](std::string_view chars) {
      while (!before.empty() && chars.find(before.back()) != std::string_view::npos)
        before.remove_suffix(1);
    };
    drop(" \t\"'");
    if (!before.ends_with(':')) continue;
    before.remove_suffix(1);
    drop(" \t\"'");
    if (!before.ends_with("Type")) continue;
    before.remove_suffix(4);
    if (before.empty() ||
        std::string_view(" \t{,\"'-").find(before.back()) != std::string_view::npos)
      return true;
  }
  return false;
}

// Why the value at `index` is not a literal string, if it is not: the function or reference it
// is, as written.
std::optional<std::string> intrinsic(const YamlDocument& document, std::size_t index) {
  const YamlNode& node = document.resolved(index);
  // `!Ref X`, `!Sub '...'`, `!If [...]`: any local tag but YAML's own (`!!str`) and `!`.
  if (node.tag.size() > 1 && node.tag.starts_with('!')) return node.tag;
  if (node.type == YamlNode::Type::mapping && node.children.size() == 2) {
    const YamlNode& key = document.resolved(node.children[0]);
    if (key.type == YamlNode::Type::scalar && (key.value == "Ref" || key.value.starts_with("Fn::")))
      return key.value;
  }
  return std::nullopt;
}

class Reader {
 public:
  Reader(std::string_view text, const YamlDocument& document, Extraction& extraction)
      : text_(text), document_(document), extraction_(extraction) {}

  // The expression `index` of `owner`, with its zone `zone` (an index, or nothing) and what the
  // template calls it.
  void add(std::size_t index, std::optional<std::size_t> zone, DialectId dialect,
           const std::string& owner, std::string_view key, std::vector<FoundLabel> labels) {
    const YamlNode& node = document_.resolved(index);
    if (std::optional<std::string> function = intrinsic(document_, index)) {
      std::uint32_t begin = document_.nodes[index].begin;
      // A tagged scalar starts after its tag; the finding starts at the tag.
      if (node.type == YamlNode::Type::scalar && !node.tag.empty()) {
        const std::size_t tag = text_.rfind(node.tag, begin);
        const std::size_t line_start = text_.rfind('\n', begin);
        if (tag != std::string_view::npos &&
            (line_start == std::string_view::npos || tag > line_start))
          begin = static_cast<std::uint32_t>(tag);
      }
      extraction_.problems.push_back(
          {"schedule-not-literal", begin, std::max(begin + 1, node.end),
           "the " + std::string(key) + " of " + owner + " is computed by `" + *function +
               "` when the stack is deployed, not a literal: it is not checked"});
      return;
    }
    if (node.type != YamlNode::Type::scalar) return;
    FoundText expression = found_text(text_, node);
    if (std::optional<std::size_t> at = template_start(expression.value)) {
      extraction_.problems.push_back(
          {"schedule-not-literal", expression.sources[*at].begin, expression.end,
           "the " + std::string(key) + " of " + owner + " is a reference (`" + expression.value +
               "`), not a literal: it is not checked"});
      return;
    }
    FoundSchedule found;
    found.kind = FileKind::cloudformation;
    found.expression = std::move(expression);
    found.dialect = dialect;
    found.owner = owner;
    found.labels = std::move(labels);
    if (zone) {
      const YamlNode& zone_value = document_.resolved(*zone);
      if (zone_value.type == YamlNode::Type::scalar && zone_value.tag.size() <= 1 &&
          !template_start(zone_value.value)) {
        found.zone = found_text(text_, zone_value);
        found.zone_key = "ScheduleExpressionTimezone";
      }
    }
    extraction_.schedules.push_back(std::move(found));
  }

  // A scalar member's value, or "".
  std::string scalar(std::size_t mapping, std::string_view key) const {
    const std::optional<std::size_t> member = document_.member(mapping, key);
    if (!member) return {};
    const YamlNode& node = document_.resolved(*member);
    if (node.type != YamlNode::Type::scalar || node.tag.size() > 1) return {};
    return node.value;
  }

  // `Name` and `Description` of a mapping, after the name `name` the template gives it.
  std::vector<FoundLabel> labels(std::string_view kind, const std::string& name,
                                 std::size_t properties) const {
    std::vector<FoundLabel> found{{std::string(kind), name}};
    for (std::string_view key : {"Name", "Description"}) {
      std::string value = scalar(properties, key);
      if (!value.empty()) found.push_back({std::string(key), std::move(value)});
    }
    return found;
  }

  void resource(const std::string& name, std::size_t index) {
    const std::string type = scalar(index, "Type");
    const std::optional<std::size_t> properties = document_.member(index, "Properties");
    if (!properties) return;
    if (type == "AWS::Events::Rule") {
      if (const std::optional<std::size_t> expression =
              document_.member(*properties, "ScheduleExpression"))
        add(*expression, std::nullopt, DialectId::eventbridge, type + " " + name,
            "ScheduleExpression", labels("resource", name, *properties));
    } else if (type == "AWS::Scheduler::Schedule") {
      if (const std::optional<std::size_t> expression =
              document_.member(*properties, "ScheduleExpression"))
        add(*expression, document_.member(*properties, "ScheduleExpressionTimezone"),
            DialectId::eventbridge_scheduler, type + " " + name, "ScheduleExpression",
            labels("resource", name, *properties));
    } else if (type == "AWS::Serverless::Function" || type == "AWS::Serverless::StateMachine") {
      events(type + " " + name, name, *properties);
    }
  }

  void events(const std::string& owner, const std::string& resource_name, std::size_t properties) {
    const std::optional<std::size_t> events = document_.member(properties, "Events");
    if (!events) return;
    const YamlNode& map = document_.resolved(*events);
    if (map.type != YamlNode::Type::mapping) return;
    for (std::size_t i = 0; i + 1 < map.children.size(); i += 2) {
      const YamlNode& key = document_.resolved(map.children[i]);
      if (key.type != YamlNode::Type::scalar) continue;
      const std::size_t event = map.children[i + 1];
      const std::string type = scalar(event, "Type");
      const std::optional<std::size_t> event_properties = document_.member(event, "Properties");
      if (!event_properties) continue;
      std::vector<FoundLabel> found_labels{{"resource", resource_name}, {"event", key.value}};
      for (FoundLabel& label : labels("event", key.value, *event_properties))
        if (label.key != "event") found_labels.push_back(std::move(label));
      const std::string event_owner = owner + " event " + key.value;
      if (type == "Schedule") {
        if (const std::optional<std::size_t> expression =
                document_.member(*event_properties, "Schedule"))
          add(*expression, std::nullopt, DialectId::eventbridge, event_owner, "Schedule",
              std::move(found_labels));
      } else if (type == "ScheduleV2") {
        if (const std::optional<std::size_t> expression =
                document_.member(*event_properties, "ScheduleExpression"))
          add(*expression, document_.member(*event_properties, "ScheduleExpressionTimezone"),
              DialectId::eventbridge_scheduler, event_owner, "ScheduleExpression",
              std::move(found_labels));
      }
    }
  }

 private:
  std::string_view text_;
  const YamlDocument& document_;
  Extraction& extraction_;
};

Extraction extract(std::string_view text) {
  Extraction extraction;
  YamlStream stream = read_yaml_reporting(text, extraction);
  if (stream.documents.empty()) return extraction;
  const YamlDocument& document = stream.documents.front();
  if (const std::optional<std::size_t> resources = document.member(0, "Resources"))
    read_cloudformation_resources(text, document, *resources, extraction);
  return extraction;
}

}  // namespace

// The schedules of a `Resources` mapping; also what serverless.cpp reads in a service's
// `resources.Resources`, which the framework merges into its CloudFormation template.
void read_cloudformation_resources(std::string_view text, const YamlDocument& document,
                                   std::size_t resources, Extraction& extraction) {
  const YamlNode& map = document.resolved(resources);
  if (map.type != YamlNode::Type::mapping) return;
  Reader reader(text, document, extraction);
  for (std::size_t i = 0; i + 1 < map.children.size(); i += 2) {
    const YamlNode& name = document.resolved(map.children[i]);
    if (name.type == YamlNode::Type::scalar) reader.resource(name.value, map.children[i + 1]);
  }
}

extern const FileKindInfo cloudformation_kind{
    FileKind::cloudformation,
    "cloudformation",
    "CloudFormation and SAM templates (YAML or JSON): EventBridge rules' and Scheduler "
    "schedules' ScheduleExpression, SAM Schedule and ScheduleV2 events",
    template_path,
    template_content,
    extract};

}  // namespace cronkit::embedded
