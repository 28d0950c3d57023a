#include "common/diagnostics.hpp"

#include <vector>

#include "report/report.hpp"

namespace cronkit::tool {

std::string argument_name(std::string_view schedule) {
  return "'" + std::string(schedule) + "'";
}

std::string render_errors(std::string_view path, std::string_view source,
                          std::span<const Diagnostic> diagnostics, bool color, bool show_secrets,
                          std::optional<std::uint32_t> only_line) {
  std::vector<Finding> findings;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity != Severity::error) continue;
    if (only_line && d.span.line != *only_line) continue;
    Finding finding;
    finding.rule = d.code;
    finding.severity = d.severity;
    finding.span = d.span;
    finding.end_line = d.span.line;
    finding.message = d.message;
    findings.push_back(std::move(finding));
  }
  if (findings.empty()) return {};
  report::FileReport file{std::string(path), source, findings};
  file.show_secrets = show_secrets;
  return report::render_text({&file, 1}, {.color = color, .summary = false});
}

}  // namespace cronkit::tool
