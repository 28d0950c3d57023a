// The one table of the kinds of files whose schedules cronkit finds, and what their readers
// share.

#include <algorithm>
#include <array>

#include "embedded/embedded.hpp"

namespace cronkit::embedded {

// One file per kind, in lib/embedded/kinds/.
extern const FileKindInfo github_workflow_kind;
extern const FileKindInfo kubernetes_manifest_kind;
extern const FileKindInfo cloudformation_kind;
extern const FileKindInfo serverless_kind;
extern const FileKindInfo terraform_kind;
// Schedules in source code and deployment files.
extern const FileKindInfo azure_functions_kind;
extern const FileKindInfo airflow_dag_kind;
extern const FileKindInfo dagster_kind;
extern const FileKindInfo prefect_deployment_kind;
extern const FileKindInfo spring_scheduled_kind;

namespace {

// In FileKind order.
// clang-format off
constexpr std::array kinds = {
    &github_workflow_kind,
    &kubernetes_manifest_kind,
    // AWS and Terraform.
    &cloudformation_kind,
    &serverless_kind,
    &terraform_kind,
    // Source code and deployment files.
    &azure_functions_kind,
    &airflow_dag_kind,
    &dagster_kind,
    &prefect_deployment_kind,
    &spring_scheduled_kind,
};
// clang-format on

bool has_data_file_name(std::string_view path) {
  return path.ends_with(".yml") || path.ends_with(".yaml") || path.ends_with(".json") ||
         path.ends_with(".template");  // CloudFormation's own extension
}

bool has_source_file_name(std::string_view path) {
  return path.ends_with(".py") || path.ends_with(".java") || path.ends_with(".kt") ||
         path.ends_with(".cs");
}

}  // namespace

std::span<const FileKindInfo* const> all_file_kinds() {
  return kinds;
}

const FileKindInfo& file_kind(FileKind kind) {
  return *kinds[static_cast<std::size_t>(kind)];
}

const FileKindInfo* file_kind_named(std::string_view name) {
  for (const FileKindInfo* kind : kinds) {
    if (kind->name == name) return kind;
  }
  return nullptr;
}

std::string file_kind_names() {
  std::string names;
  for (const FileKindInfo* kind : kinds) {
    if (!names.empty()) names += ", ";
    names += kind->name;
  }
  return names;
}

bool content_may_tell_kind(std::string_view path) {
  return has_data_file_name(path) || has_source_file_name(path);
}

std::optional<FileKind> recognise_file_kind(std::string_view path, std::string_view text) {
  for (const FileKindInfo* kind : kinds) {
    if (kind->path_matches(path)) return kind->id;
  }
  if (!content_may_tell_kind(path)) return std::nullopt;
  const bool data = has_data_file_name(path);
  for (const FileKindInfo* kind : kinds) {
    if (kind->source_code != data && kind->content_matches(text)) return kind->id;
  }
  return std::nullopt;
}

std::optional<std::size_t> template_start(std::string_view value) {
  std::size_t at = std::min(value.find("{{"), value.find("${"));
  if (at == std::string_view::npos) return std::nullopt;
  if (at > 0 && value[at - 1] == '$') --at;  // `${{`
  return at;
}

YamlStream read_yaml_reporting(std::string_view text, Extraction& extraction) {
  YamlStream stream = read_yaml(text);
  if (!stream.error) return stream;
  std::uint32_t at = stream.error->offset;
  // libyaml stops after the name of an alias it cannot read; the mistake is the `*` before it.
  const bool alias = stream.error->message.starts_with("while scanning an alias");
  if (alias) {
    const std::size_t line_start = text.rfind('\n', at == 0 ? 0 : at - 1);
    const std::size_t star = text.rfind('*', at);
    if (star != std::string_view::npos &&
        (line_start == std::string_view::npos || star > line_start))
      at = static_cast<std::uint32_t>(star);
  }
  // A Helm chart's or a Go template's `{{ }}` makes a file that is YAML only once rendered:
  // that is not a mistake in the file, and nothing in it can be checked.
  if (std::size_t braces = text.find("{{"); braces != std::string_view::npos) {
    extraction.problems.push_back(
        {"schedule-not-literal", static_cast<std::uint32_t>(braces),
         static_cast<std::uint32_t>(braces + 2),
         "a template (`{{ ... }}`), YAML only once rendered: its schedules are not literals and "
         "are not checked"});
    return stream;
  }
  std::string message = "not YAML: " + stream.error->message;
  if (alias && at < text.size() && text[at] == '*') {
    message =
        "not YAML: a value cannot start with an unquoted `*`, which YAML reads as an alias; "
        "quote the schedule ('*/15 * * * *')";
  }
  extraction.problems.push_back(
      {"yaml-syntax", at, std::min<std::uint32_t>(at + 1, static_cast<std::uint32_t>(text.size())),
       std::move(message)});
  return stream;
}

FoundText found_text(std::string_view text, const YamlNode& scalar) {
  FoundText found;
  found.value = scalar.value;
  found.sources = scalar.sources;
  found.exact = scalar.exact;
  found.plain = scalar.style == ScalarStyle::plain;
  if (!found.sources.empty()) {
    found.begin = found.sources.front().begin;
    found.end = found.sources.back().end;
  } else {
    // An empty value: between the quotes, or where the node is.
    const bool quoted =
        scalar.style == ScalarStyle::single_quoted || scalar.style == ScalarStyle::double_quoted;
    found.begin = found.end = std::min<std::uint32_t>(quoted ? scalar.begin + 1 : scalar.begin,
                                                      static_cast<std::uint32_t>(text.size()));
  }
  return found;
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts_.push_back(static_cast<std::uint32_t>(i + 1));
  }
}

Span LineIndex::span(std::uint32_t begin, std::uint32_t end) const {
  begin = std::min<std::uint32_t>(begin, static_cast<std::uint32_t>(text_.size()));
  const auto line = static_cast<std::size_t>(
      std::upper_bound(starts_.begin(), starts_.end(), begin) - starts_.begin() - 1);
  std::uint32_t line_end =
      line + 1 < starts_.size() ? starts_[line + 1] - 1 : static_cast<std::uint32_t>(text_.size());
  // A CRLF line ends before its '\r'.
  if (line_end > starts_[line] && line_end <= text_.size() && text_[line_end - 1] == '\r' &&
      line + 1 < starts_.size())
    --line_end;
  end = std::clamp(end, begin, std::max(begin, line_end));
  const std::uint32_t column = begin - starts_[line] + 1;
  return Span(static_cast<std::uint32_t>(line + 1), column, column + (end - begin), begin, end);
}

}  // namespace cronkit::embedded
