#include <fmt/format.h>

#include "report/masking.hpp"
#include "report/report.hpp"

namespace cronkit::report {
namespace {

// GitHub's workflow-command encoding: the message ("data") escapes %, CR and LF; property values
// also `:` and `,`.
std::string escape_data(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string escape_property(std::string_view text) {
  std::string out;
  for (char c : escape_data(text)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

std::string_view command_for(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "notice";
  }
  return "notice";
}

}  // namespace

std::string render_github(std::span<const FileReport> files) {
  std::string out;
  for (const FileReport& file : files) {
    for (const Finding& finding : file.findings) {
      std::string properties = "file=" + escape_property(file.path);
      if (finding.span.line > 0) {
        properties += fmt::format(",line={},endLine={}", finding.span.line, finding.end_line);
        if (finding.span.column > 0) {
          properties += fmt::format(",col={},endColumn={}", finding.span.column,
                                    std::max(finding.span.end_column, finding.span.column));
        }
      }
      properties += ",title=" + escape_property(finding.rule);
      out += fmt::format("::{} {}::{}\n", command_for(finding.severity), properties,
                         escape_data(shown_text(file, finding.message)));
    }
  }
  return out;
}

}  // namespace cronkit::report
