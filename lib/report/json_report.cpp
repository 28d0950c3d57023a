#include <fmt/format.h>

#include "report/masking.hpp"
#include "report/report.hpp"
#include "text/json.hpp"

namespace cronkit::report {

std::string render_json(std::span<const FileReport> files) {
  std::string out = "[";
  bool first = true;
  for (const FileReport& file : files) {
    for (const Finding& finding : file.findings) {
      out += first ? "\n  {" : ",\n  {";
      first = false;
      out += "\"file\": ";
      append_json_string(out, file.path);
      out += fmt::format(", \"line\": {}, \"column\": {}, \"end_line\": {}, \"end_column\": {}",
                         finding.span.line, finding.span.column, finding.end_line,
                         finding.span.end_column);
      out += ", \"severity\": ";
      append_json_string(out, severity_name(finding.severity));
      out += ", \"rule\": ";
      append_json_string(out, finding.rule);
      out += ", \"message\": ";
      append_json_string(out, shown_text(file, finding.message));
      out += ", \"fix\": ";
      if (finding.fix && fix_shown(file, *finding.fix)) {
        out += fmt::format(
            "{{\"line\": {}, \"column\": {}, \"end_line\": {}, \"end_column\": {}, "
            "\"replacement\": ",
            finding.fix->span.line, finding.fix->span.column, finding.fix->span.line,
            finding.fix->span.end_column);
        append_json_string(out, finding.fix->replacement);
        out += "}";
      } else {
        out += "null";
      }
      out += "}";
    }
  }
  out += first ? "]\n" : "\n]\n";
  return out;
}

}  // namespace cronkit::report
