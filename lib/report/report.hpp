#pragma once
// Findings -> text for people (compiler style, with the source line and a caret), JSON, SARIF
// 2.1.0 for code scanning, GitHub workflow commands and GitLab Code Quality JSON. Renderers return
// strings; the tool prints them.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ast/diagnostic.hpp"
#include "ast/finding.hpp"

namespace cronkit::report {

// One linted file, as the renderers need it.
struct FileReport {
  std::string path;         // as shown: the name given on the command line, or the stdin name
  std::string_view source;  // the file's bytes, for the source lines under text findings
  std::span<const Finding> findings;
  std::size_t entries_dropped = 0;  // entries cron would not run
  bool whole_file_ignored = false;  // Debian: cron ignores every entry of this file
  // Print secrets (API keys, passwords, tokens) in full. Otherwise messages, source lines and
  // fixes show them masked (`sk-p…[51 chars]`, `sk-p*****` in a source line, which keeps its
  // columns), and JSON and SARIF leave out a fix whose replacement holds one.
  bool show_secrets = false;
};

struct TextOptions {
  bool color = false;
  // The summary line at the end; off when the findings are shown among other output (a tool
  // printing the parser's errors of its input).
  bool summary = true;
  // What each FileReport is, for the summary: "file", or "expression" for `cronlint --expr`.
  std::string_view input_noun = "file";
};

// `file:line:col: severity: message [rule]`, the source line with a caret and tildes under the
// span, a `help:` line for a fix, and a summary line at the end.
std::string render_text(std::span<const FileReport> files, const TextOptions& options);
// A JSON array of {file, line, column, end_line, end_column, severity, rule, message, fix}.
std::string render_json(std::span<const FileReport> files);
// What SARIF says about a rule in the driver's rule list.
struct RuleDescription {
  std::string_view id;
  Severity severity = Severity::warning;
  std::string_view summary;  // one line
  std::string_view doc;      // Markdown
};
// SARIF 2.1.0: one run, the driver's rules (`rules`, the linter's catalogue, plus ShellCheck
// codes seen), one result per finding. info is SARIF's "note".
std::string render_sarif(std::span<const FileReport> files, std::span<const RuleDescription> rules,
                         std::string_view version);
// `::error file=F,line=L,col=C,endLine=L,endColumn=C,title=RULE::message`, one per finding
// (info is "notice").
std::string render_github(std::span<const FileReport> files);

// GitLab Code Quality (Code Climate issues): a JSON array of {description, check_name,
// fingerprint, severity, location: {path, lines: {begin}}}. The fingerprint hashes the path, the
// rule and the source line's text (not its number), so it stays the same when lines move.
std::string render_gitlab(std::span<const FileReport> files);

// The summary line of the text format, e.g. "2 errors, 1 warning in 1 file; cron would not run 3
// entries" (no trailing newline).
std::string summary_line(std::span<const FileReport> files, std::string_view input_noun = "file");

}  // namespace cronkit::report
