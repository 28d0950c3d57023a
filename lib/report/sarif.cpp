#include <fmt/format.h>

#include <map>

#include "report/masking.hpp"
#include "report/report.hpp"
#include "text/json.hpp"

namespace cronkit::report {
namespace {

std::string_view sarif_level(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "note";
  }
  return "note";
}

// A file path as a URI reference (RFC 3986): unreserved characters and `/` stay, the rest is
// percent-encoded, so that `my crontab` or `a#b` stay one relative reference.
std::string uri_for_path(std::string_view path) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : path) {
    unsigned char c = static_cast<unsigned char>(ch);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 0xF];
    }
  }
  return out;
}

void append_region(std::string& out, const Span& span, std::uint32_t end_line) {
  out += fmt::format(
      "{{\"startLine\": {}, \"startColumn\": {}, \"endLine\": {}, \"endColumn\": {}}}", span.line,
      span.column, std::max(end_line, span.line), std::max(span.end_column, span.column));
}

struct RuleEntry {
  std::string id;
  Severity severity = Severity::warning;
  std::string summary;
  std::string doc;
  std::string help_uri;
};

}  // namespace

std::string render_sarif(std::span<const FileReport> files, std::span<const RuleDescription> rules,
                         std::string_view version) {
  // The driver's rules: every registered rule, then ids seen only in findings (ShellCheck's codes,
  // parser codes no rule owns), in order of first appearance.
  std::vector<RuleEntry> entries;
  std::map<std::string, std::size_t, std::less<>> index_of;
  for (const RuleDescription& rule : rules) {
    index_of.emplace(std::string(rule.id), entries.size());
    entries.push_back({std::string(rule.id),
                       rule.severity,
                       std::string(rule.summary),
                       std::string(rule.doc),
                       {}});
  }
  for (const FileReport& file : files) {
    for (const Finding& finding : file.findings) {
      if (index_of.count(finding.rule)) continue;
      RuleEntry entry{finding.rule, finding.severity, finding.rule, {}, {}};
      if (finding.rule.starts_with("shellcheck/")) {
        std::string code = finding.rule.substr(finding.rule.find('/') + 1);
        entry.summary = "ShellCheck " + code;
        entry.help_uri = "https://www.shellcheck.net/wiki/" + code;
      }
      index_of.emplace(finding.rule, entries.size());
      entries.push_back(std::move(entry));
    }
  }

  std::string out = "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n";
  out += "  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n";
  out += "      \"tool\": {\n        \"driver\": {\n          \"name\": \"cronlint\",\n";
  out += "          \"version\": " + json_string(version) + ",\n";
  out += "          \"rules\": [";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const RuleEntry& entry = entries[i];
    out += i == 0 ? "\n" : ",\n";
    out += "            {\"id\": " + json_string(entry.id);
    out += ", \"shortDescription\": {\"text\": " + json_string(entry.summary) + "}";
    if (!entry.doc.empty()) {
      out += ", \"fullDescription\": {\"text\": " + json_string(entry.summary) + "}";
      out += ", \"help\": {\"text\": " + json_string(entry.doc) +
             ", \"markdown\": " + json_string(entry.doc) + "}";
    }
    if (!entry.help_uri.empty()) out += ", \"helpUri\": " + json_string(entry.help_uri);
    out += fmt::format(", \"defaultConfiguration\": {{\"level\": \"{}\"}}}}",
                       sarif_level(entry.severity));
  }
  out += entries.empty() ? "]\n" : "\n          ]\n";
  out += "        }\n      },\n";
  out += "      \"columnKind\": \"unicodeCodePoints\",\n";
  out += "      \"results\": [";
  bool first = true;
  for (const FileReport& file : files) {
    std::string uri = json_string(uri_for_path(file.path));
    for (const Finding& finding : file.findings) {
      out += first ? "\n" : ",\n";
      first = false;
      out += "        {\"ruleId\": " + json_string(finding.rule);
      out += fmt::format(", \"ruleIndex\": {}", index_of.find(finding.rule)->second);
      out += fmt::format(", \"level\": \"{}\"", sarif_level(finding.severity));
      out += ", \"message\": {\"text\": " + json_string(shown_text(file, finding.message)) + "}";
      out +=
          ", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": " + uri + "}";
      if (finding.span.line > 0 && finding.span.column > 0) {
        out += ", \"region\": ";
        append_region(out, finding.span, finding.end_line);
      }
      out += "}}]";
      if (finding.fix && fix_shown(file, *finding.fix)) {
        out += ", \"fixes\": [{\"artifactChanges\": [{\"artifactLocation\": {\"uri\": " + uri +
               "}, \"replacements\": [{\"deletedRegion\": ";
        append_region(out, finding.fix->span, finding.fix->span.line);
        out += ", \"insertedContent\": {\"text\": " + json_string(finding.fix->replacement) +
               "}}]}]}]";
      }
      out += "}";
    }
  }
  out += first ? "]\n" : "\n      ]\n";
  out += "    }\n  ]\n}\n";
  return out;
}

}  // namespace cronkit::report
