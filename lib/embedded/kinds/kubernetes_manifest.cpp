// Kubernetes manifests: YAML (or JSON) files of one or more documents, each a resource; a
// `kind: CronJob` resource has `.spec.schedule` and, optionally, `.spec.timeZone`.
//
// Read: every document whose top-level `kind` is `CronJob`, and the `items` of a `kind: List`
// (what `kubectl get -o yaml` writes); in each, `metadata.name`, `spec.schedule` and
// `spec.timeZone` and `spec.startingDeadlineSeconds` (scalars, or aliases of scalars). Skipped
// silently: other kinds, a CronJob without a scalar `spec.schedule` (the API server's schema
// reports it). A schedule that is a template (`{{ .Values.schedule }}`) is reported once and not
// checked; a whole file that is a Helm template, and so not YAML before it is rendered, is reported
// once the same way.

#include "embedded/embedded.hpp"

namespace cronkit::embedded {
namespace {

bool manifest_path(std::string_view) {
  return false;
}

// A line `kind: CronJob` (any indentation, quotes allowed, in a list item) or JSON's
// `"kind": "CronJob"`, also after the `{` that opens the object.
bool manifest_content(std::string_view text) {
  for (std::size_t at = text.find("CronJob"); at != std::string_view::npos;
       at = text.find("CronJob", at + 1)) {
    std::size_t line_start = text.rfind('\n', at);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    std::string before(text.substr(line_start, at - line_start));
    // Blanks, quotes, and what may open a mapping or an item before the key: `- kind:`,
    // `{"kind":`.
    std::erase_if(before, [](char c) {
      return c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '{' || c == '[' || c == ',' ||
             c == '-';
    });
    if (before == "kind:") return true;
  }
  return false;
}

void add_cronjob(std::string_view text, const YamlDocument& document, std::size_t resource,
                 Extraction& extraction) {
  const std::optional<std::size_t> kind = document.member(resource, "kind");
  if (!kind || document.resolved(*kind).value != "CronJob") return;
  std::string name = "CronJob";
  std::vector<FoundLabel> labels;
  if (const std::optional<std::size_t> metadata = document.member(resource, "metadata")) {
    if (const std::optional<std::size_t> named = document.member(*metadata, "name")) {
      const std::string& metadata_name = document.resolved(*named).value;
      name += " " + metadata_name;
      labels.push_back({"CronJob", metadata_name});
    }
  }
  const std::optional<std::size_t> spec = document.member(resource, "spec");
  if (!spec) return;
  const std::optional<std::size_t> schedule = document.member(*spec, "schedule");
  if (!schedule) return;
  const YamlNode& value = document.resolved(*schedule);
  if (value.type != YamlNode::Type::scalar) return;
  FoundText expression = found_text(text, value);
  if (std::optional<std::size_t> at = template_start(expression.value)) {
    extraction.problems.push_back({"schedule-not-literal", expression.sources[*at].begin,
                                   expression.end,
                                   "the schedule of " + name + " is a template (`" +
                                       expression.value + "`), not a literal: it is not checked"});
    return;
  }
  FoundSchedule found;
  found.kind = FileKind::kubernetes_manifest;
  found.expression = std::move(expression);
  found.dialect = DialectId::kubernetes;
  found.owner = std::move(name);
  found.labels = std::move(labels);
  if (const std::optional<std::size_t> zone = document.member(*spec, "timeZone")) {
    const YamlNode& zone_value = document.resolved(*zone);
    if (zone_value.type == YamlNode::Type::scalar) {
      found.zone = found_text(text, zone_value);
      found.zone_key = "spec.timeZone";
    }
  }
  if (const std::optional<std::size_t> deadline =
          document.member(*spec, "startingDeadlineSeconds")) {
    const YamlNode& deadline_value = document.resolved(*deadline);
    if (deadline_value.type == YamlNode::Type::scalar)
      found.starting_deadline_seconds = found_text(text, deadline_value);
  }
  extraction.schedules.push_back(std::move(found));
}

Extraction extract(std::string_view text) {
  Extraction extraction;
  YamlStream stream = read_yaml_reporting(text, extraction);
  for (const YamlDocument& document : stream.documents) {
    add_cronjob(text, document, 0, extraction);
    const std::optional<std::size_t> kind = document.member(0, "kind");
    if (!kind || document.resolved(*kind).value != "List") continue;
    const std::optional<std::size_t> items = document.member(0, "items");
    if (!items || document.resolved(*items).type != YamlNode::Type::sequence) continue;
    for (std::size_t item : document.resolved(*items).children)
      add_cronjob(text, document, item, extraction);
  }
  return extraction;
}

}  // namespace

extern const FileKindInfo kubernetes_manifest_kind{
    FileKind::kubernetes_manifest,
    "kubernetes-manifest",
    "Kubernetes manifests (YAML documents with kind: CronJob): .spec.schedule and .spec.timeZone",
    manifest_path,
    manifest_content,
    extract};

}  // namespace cronkit::embedded
