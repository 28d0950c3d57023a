// GitHub Actions workflows: `.github/workflows/*.yml`, whose `on.schedule` lists items
// `- cron: '...'` with an optional `timezone: Area/City`.
//
// Read: the first document's top-level `name` (a label for checks that compare words with the
// schedule) and `on` mapping (the key is the string `on`, never YAML 1.1's
// boolean), its `schedule` sequence, in each item `cron` and `timezone` (scalars, or aliases of
// scalars). Skipped silently: `on: push` and `on: [push]` (no schedule), a `schedule` that is not
// a sequence, an item that is not a mapping (GitHub's own validation reports those). A `cron`
// that is a template expression (`${{ ... }}`, which GitHub does not evaluate there) is reported
// once and not checked.

#include "embedded/embedded.hpp"

namespace cronkit::embedded {
namespace {

bool workflow_path(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return false;
  const std::string_view directory = path.substr(0, slash);
  const std::string_view name = path.substr(slash + 1);
  if (!(name.ends_with(".yml") || name.ends_with(".yaml"))) return false;
  return directory == ".github/workflows" || directory.ends_with("/.github/workflows");
}

// Workflows are recognised by their place only: content alone (`on:` and `cron:`) is too common
// in other YAML to be evidence.
bool workflow_content(std::string_view) {
  return false;
}

Extraction extract(std::string_view text) {
  Extraction extraction;
  YamlStream stream = read_yaml_reporting(text, extraction);
  if (stream.documents.empty()) return extraction;
  const YamlDocument& document = stream.documents.front();
  const std::optional<std::size_t> on = document.member(0, "on");
  if (!on) return extraction;
  const std::optional<std::size_t> schedule = document.member(*on, "schedule");
  if (!schedule) return extraction;
  const YamlNode& items = document.resolved(*schedule);
  if (items.type != YamlNode::Type::sequence) return extraction;
  // The workflow's `name:`, which people often make say how often it runs ("Nightly build").
  std::vector<FoundLabel> labels;
  if (const std::optional<std::size_t> name = document.member(0, "name")) {
    const YamlNode& named = document.resolved(*name);
    if (named.type == YamlNode::Type::scalar) labels.push_back({"workflow", named.value});
  }
  for (std::size_t i = 0; i < items.children.size(); ++i) {
    const std::size_t item = items.children[i];
    const std::optional<std::size_t> cron = document.member(item, "cron");
    if (!cron) continue;
    const YamlNode& value = document.resolved(*cron);
    if (value.type != YamlNode::Type::scalar) continue;
    FoundText expression = found_text(text, value);
    if (std::optional<std::size_t> at = template_start(expression.value)) {
      extraction.problems.push_back(
          {"schedule-not-literal", expression.sources[*at].begin, expression.end,
           "`cron: " + expression.value +
               "` is an expression, not a literal schedule: GitHub does not evaluate expressions "
               "in `on`, and cronlint does not check it"});
      continue;
    }
    FoundSchedule found;
    found.kind = FileKind::github_workflow;
    found.expression = std::move(expression);
    found.dialect = DialectId::github_actions;
    found.owner = "on.schedule[" + std::to_string(i) + "]";
    found.labels = labels;
    if (const std::optional<std::size_t> zone = document.member(item, "timezone")) {
      const YamlNode& zone_value = document.resolved(*zone);
      if (zone_value.type == YamlNode::Type::scalar) {
        found.zone = found_text(text, zone_value);
        found.zone_key = "timezone";
      }
    }
    extraction.schedules.push_back(std::move(found));
  }
  return extraction;
}

}  // namespace

extern const FileKindInfo github_workflow_kind{
    FileKind::github_workflow,
    "github-workflow",
    "a GitHub Actions workflow (.github/workflows/*.yml): on.schedule[].cron and timezone",
    workflow_path,
    workflow_content,
    extract};

}  // namespace cronkit::embedded
