#include <fmt/format.h>

#include <cstdint>
#include <map>
#include <tuple>

#include "report/masking.hpp"
#include "report/report.hpp"
#include "text/json.hpp"

namespace cronkit::report {
namespace {

// GitLab's five levels. The same mapping as the other linters GitLab users run (ESLint's and
// ShellCheck's Code Quality formatters), so a merge request ranks cronlint's findings among
// theirs: a line cron rejects is as "major" as a JavaScript error.
std::string_view gitlab_severity(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "major";
    case Severity::warning:
      return "minor";
    case Severity::info:
      return "info";
  }
  return "info";
}

// The text of line `number` (1-based) of `source`, without its line ending; empty for line 0 (a
// finding about the whole file) or past the end.
std::string_view source_line(std::string_view source, std::uint32_t number) {
  if (number == 0) return {};
  std::size_t start = 0;
  for (std::uint32_t line = 1; line < number; ++line) {
    start = source.find('\n', start);
    if (start == std::string_view::npos) return {};
    ++start;
  }
  std::size_t end = source.find('\n', start);
  std::string_view text = source.substr(start, end == std::string_view::npos ? end : end - start);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

// 64-bit FNV-1a: a stable, dependency-free hash (not a secure one; a fingerprint only has to tell
// findings apart).
std::uint64_t fnv1a(std::string_view text, std::uint64_t hash) {
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

}  // namespace

std::string render_gitlab(std::span<const FileReport> files) {
  std::string out = "[";
  bool first = true;
  // How often each (path, rule, line text) has been seen, so that two identical lines with the
  // same finding get different fingerprints.
  std::map<std::tuple<std::string, std::string, std::string>, int> seen;
  for (const FileReport& file : files) {
    for (const Finding& finding : file.findings) {
      // The fingerprint leaves out the line number: a finding keeps its identity when lines are
      // added above it, so GitLab does not show it as fixed and new again.
      // The line is hashed masked, with or without --show-secrets: the same finding keeps its
      // fingerprint, and no hash of a secret is published.
      std::string line_text = secret::mask_credentials(source_line(file.source, finding.span.line));
      int occurrence = seen[{file.path, finding.rule, line_text}]++;
      std::string key =
          fmt::format("{}\n{}\n{}\n{}", file.path, finding.rule, line_text, occurrence);
      std::string fingerprint = fmt::format("{:016x}{:016x}", fnv1a(key, 0xcbf29ce484222325ULL),
                                            fnv1a(key, 0x84222325cbf29ce4ULL));
      out += first ? "\n  {" : ",\n  {";
      first = false;
      out += "\"description\": ";
      append_json_string(out, shown_text(file, finding.message));
      out += ", \"check_name\": ";
      append_json_string(out, finding.rule);
      out += ", \"fingerprint\": ";
      append_json_string(out, fingerprint);
      out += ", \"severity\": ";
      append_json_string(out, gitlab_severity(finding.severity));
      out += ", \"location\": {\"path\": ";
      append_json_string(out, file.path);
      // GitLab counts lines from 1; a finding about the whole file points at the first.
      out += fmt::format(", \"lines\": {{\"begin\": {}}}}}}}",
                         std::max<std::uint32_t>(finding.span.line, 1));
    }
  }
  out += first ? "]\n" : "\n]\n";
  return out;
}

}  // namespace cronkit::report
