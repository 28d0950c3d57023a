#pragma once
// Per-rule test helpers in hadolint's and ShellCheck's style:
//
//   EXPECT_CATCHES("dom-dow-or", "0 0 1 * 1 cmd\n");
//   EXPECT_CATCHES_NOT("dom-dow-or", "0 0 1 * * cmd\n");
//   EXPECT_CATCHES_AT("hour-out-of-range", "0 24 * * * cmd\n", 1, 3);  // line, column
//   EXPECT_CATCHES("user-field-missing", "0 3 * * * /bin/x\n", {.format = CrontabFormat::system});
//
// The text goes through the same path as `cronlint` (directives, parser, driver); the rule under
// test is enabled even when it is off by default, and filesystem rules get --check-paths (set
// `.root` to a test directory). Findings of other rules are ignored.

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.hpp"
#include "lint/lint.hpp"
#include "lint/registry.hpp"
#include "lint/rule.hpp"

namespace cronkit::testing {

struct LintTestOptions {
  CrontabFormat format = CrontabFormat::user;
  DialectId dialect = DialectId::debian;
  std::string path = {};  // the assumed install path ("" = unknown, e.g. stdin)
  std::string zone = {};  // --tz
  std::string root = "/";
  bool format_from_path = false;  // true: let the path (or a directive) decide the format
};

// All findings of `rule` for `text`.
inline std::vector<lint::Finding> findings_of(std::string_view rule, std::string_view text,
                                              const LintTestOptions& options = {}) {
  lint::LintInput input;
  input.text = std::string(text);
  input.display_path = options.path.empty() ? "-" : options.path;
  input.path_for_defaults = options.path;
  if (!options.format_from_path) input.format = options.format;
  input.options.dialect = options.dialect;
  input.options.zone = options.zone;
  input.options.root = options.root;
  input.selection.changes.emplace_back(std::string(rule), true);
  if (const lint::Rule* registered = lint::find_rule(rule)) {
    input.options.check_paths = registered->info.needs_filesystem;
  }
  lint::LintedFile linted = lint::lint_text(std::move(input));
  std::vector<lint::Finding> matching;
  for (lint::Finding& finding : linted.result.findings) {
    if (finding.rule == rule) matching.push_back(std::move(finding));
  }
  return matching;
}

inline std::string describe(const std::vector<lint::Finding>& findings) {
  std::string text;
  for (const lint::Finding& finding : findings) {
    text += "  " + std::to_string(finding.span.line) + ":" + std::to_string(finding.span.column) +
            ": " + std::string(severity_name(finding.severity)) + ": " + finding.message + " [" +
            finding.rule + "]\n";
  }
  return text;
}

inline ::testing::AssertionResult catches(std::string_view rule, std::string_view text,
                                          const LintTestOptions& options = {}) {
  if (!lint::find_rule(rule)) return ::testing::AssertionFailure() << "no rule " << rule;
  std::vector<lint::Finding> findings = findings_of(rule, text, options);
  if (!findings.empty()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << rule << " did not fire on:\n" << text;
}

inline ::testing::AssertionResult catches_not(std::string_view rule, std::string_view text,
                                              const LintTestOptions& options = {}) {
  if (!lint::find_rule(rule)) return ::testing::AssertionFailure() << "no rule " << rule;
  std::vector<lint::Finding> findings = findings_of(rule, text, options);
  if (findings.empty()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << rule << " fired on:\n"
                                       << text << "findings:\n"
                                       << describe(findings);
}

inline ::testing::AssertionResult catches_at(std::string_view rule, std::string_view text,
                                             std::uint32_t line, std::uint32_t column,
                                             const LintTestOptions& options = {}) {
  std::vector<lint::Finding> findings = findings_of(rule, text, options);
  for (const lint::Finding& finding : findings) {
    if (finding.span.line == line && finding.span.column == column) {
      return ::testing::AssertionSuccess();
    }
  }
  return ::testing::AssertionFailure()
         << rule << " did not fire at " << line << ":" << column << " on:\n"
         << text << "findings:\n"
         << describe(findings);
}

// The first indented (4-space) block of a rule doc's section, read as crontab text: the rule's
// "## Example" or "## Use instead". Empty when the section or the block is missing.
inline std::string doc_code_block(std::string_view doc, std::string_view heading) {
  std::size_t start = doc.find(heading);
  if (start == std::string_view::npos) return {};
  start = doc.find('\n', start);
  std::size_t end = doc.find("\n## ", start);
  std::string_view section = doc.substr(
      start + 1, end == std::string_view::npos ? std::string_view::npos : end - start - 1);
  std::string text;
  while (!section.empty()) {
    std::size_t newline = section.find('\n');
    std::string_view line = section.substr(0, newline);
    if (line.starts_with("    ")) {
      text += line.substr(4);
      text += '\n';
    } else if (!text.empty()) {
      break;  // the first block only
    }
    if (newline == std::string_view::npos) break;
    section.remove_prefix(newline + 1);
  }
  return text;
}

}  // namespace cronkit::testing

#define EXPECT_CATCHES(rule, ...) EXPECT_TRUE(::cronkit::testing::catches(rule, __VA_ARGS__))
#define EXPECT_CATCHES_NOT(rule, ...) \
  EXPECT_TRUE(::cronkit::testing::catches_not(rule, __VA_ARGS__))
#define EXPECT_CATCHES_AT(rule, ...) EXPECT_TRUE(::cronkit::testing::catches_at(rule, __VA_ARGS__))
