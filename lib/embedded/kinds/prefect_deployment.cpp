// Prefect deployment files: `prefect.yaml` (or `prefect.yml`), whose `deployments` list items
// with a `schedule` mapping (Prefect 2) or a `schedules` list (Prefect 3) of `cron`, `timezone`
// and `day_or`.
//
// Read: the first document's top-level `deployments` sequence; in each item `name` and
// `description` (labels for checks that compare words with the schedule), `schedule`
// (a mapping) and every mapping of `schedules`; in each, `cron`, `timezone` and `day_or`
// (scalars, or aliases of scalars: a schedule written once under `definitions:` with an anchor
// and used as `*daily` is read where it is written). `day_or: false` (also `False`, `no`, `off`,
// `'false'`: PyYAML's YAML 1.1 booleans, then pydantic's) selects the prefect-day-or-false
// dialect.
// Skipped silently: `interval` and `rrule` schedules (no cron), `schedule: null`, items that are
// not mappings. A `cron` holding a template (`{{ prefect.variables.cron }}`, `{{ $CRON }}`) is
// reported once and not checked.

#include <algorithm>
#include <array>
#include <cctype>

#include "embedded/embedded.hpp"

namespace cronkit::embedded {
namespace {

bool prefect_path(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return name == "prefect.yaml" || name == "prefect.yml";
}

bool prefect_content(std::string_view) {
  return false;
}

// Whether `day_or` is false as Prefect reads it: PyYAML's YAML 1.1 booleans, then pydantic's
// bool, which takes the strings (and the integer) `0`, `off`, `f`, `false`, `n`, `no` in any case.
bool reads_false(const YamlNode& node) {
  if (node.type != YamlNode::Type::scalar) return false;
  std::string value = node.value;
  for (char& c : value) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::array<std::string_view, 6> words = {"false", "no", "off", "n", "f", "0"};
  return std::find(words.begin(), words.end(), value) != words.end();
}

void add_schedule(std::string_view text, const YamlDocument& document, std::size_t schedule,
                  const std::string& owner, const std::vector<FoundLabel>& labels,
                  Extraction& extraction) {
  if (document.resolved(schedule).type != YamlNode::Type::mapping) return;
  const std::optional<std::size_t> cron = document.member(schedule, "cron");
  if (!cron) return;
  const YamlNode& value = document.resolved(*cron);
  if (value.type != YamlNode::Type::scalar) return;
  FoundText expression = found_text(text, value);
  if (std::optional<std::size_t> at = template_start(expression.value)) {
    extraction.problems.push_back({"schedule-not-literal", expression.sources[*at].begin,
                                   expression.end,
                                   "the cron of " + owner + " is a template (`" + expression.value +
                                       "`), not a literal: it is not checked"});
    return;
  }
  FoundSchedule found;
  found.kind = FileKind::prefect_deployment;
  found.expression = std::move(expression);
  found.dialect = DialectId::prefect;
  if (const std::optional<std::size_t> day_or = document.member(schedule, "day_or")) {
    if (reads_false(document.resolved(*day_or))) found.dialect = DialectId::prefect_day_or_false;
  }
  found.owner = owner;
  found.labels = labels;
  if (const std::optional<std::size_t> zone = document.member(schedule, "timezone")) {
    const YamlNode& zone_value = document.resolved(*zone);
    if (zone_value.type == YamlNode::Type::scalar && !zone_value.value.empty() &&
        zone_value.value != "null" && zone_value.value != "~") {
      found.zone = found_text(text, zone_value);
      found.zone_key = "timezone";
    }
  }
  extraction.schedules.push_back(std::move(found));
}

Extraction extract(std::string_view text) {
  Extraction extraction;
  YamlStream stream = read_yaml_reporting(text, extraction);
  if (stream.documents.empty()) return extraction;
  const YamlDocument& document = stream.documents.front();
  const std::optional<std::size_t> deployments = document.member(0, "deployments");
  if (!deployments) return extraction;
  const YamlNode& items = document.resolved(*deployments);
  if (items.type != YamlNode::Type::sequence) return extraction;
  for (std::size_t i = 0; i < items.children.size(); ++i) {
    const std::size_t item = items.children[i];
    std::string owner = "deployments[" + std::to_string(i) + "]";
    std::vector<FoundLabel> labels;
    if (const std::optional<std::size_t> name = document.member(item, "name")) {
      const YamlNode& named = document.resolved(*name);
      if (named.type == YamlNode::Type::scalar) {
        owner = "deployment " + named.value;
        labels.push_back({"deployment", named.value});
      }
    }
    if (const std::optional<std::size_t> description = document.member(item, "description")) {
      const YamlNode& text_value = document.resolved(*description);
      if (text_value.type == YamlNode::Type::scalar)
        labels.push_back({"description", text_value.value});
    }
    if (const std::optional<std::size_t> schedule = document.member(item, "schedule"))
      add_schedule(text, document, *schedule, owner, labels, extraction);
    if (const std::optional<std::size_t> schedules = document.member(item, "schedules")) {
      const YamlNode& list = document.resolved(*schedules);
      if (list.type != YamlNode::Type::sequence) continue;
      for (std::size_t schedule : list.children)
        add_schedule(text, document, schedule, owner, labels, extraction);
    }
  }
  return extraction;
}

}  // namespace

extern const FileKindInfo prefect_deployment_kind{
    FileKind::prefect_deployment,
    "prefect-deployment",
    "a Prefect deployment file (prefect.yaml): deployments[].schedule(s) cron, timezone, day_or",
    prefect_path,
    prefect_content,
    extract};

}  // namespace cronkit::embedded
