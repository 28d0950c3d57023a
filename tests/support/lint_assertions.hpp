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

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.hpp"
#include "embedded/embedded.hpp"
#include "lint/expression.hpp"
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
  bool declare_dialect = false;   // true: the dialect is given as --dialect gives it
  // --kind: the text is a workflow or a manifest, not a crontab.
  std::optional<embedded::FileKind> file_kind = std::nullopt;
  // --expr: the text (without its final newline) is one schedule expression, linted as
  // `cronlint --dialect DIALECT --tz ZONE --expr TEXT` lints it.
  bool expression = false;
  // --from: the instant the rules that count runs until now count up to.
  std::optional<std::chrono::sys_seconds> reference_time = std::nullopt;
};

// All findings of `rule` for `text`.
inline std::vector<lint::Finding> findings_of(std::string_view rule, std::string_view text,
                                              const LintTestOptions& options = {}) {
  if (options.expression) {
    lint::LintOptions expression_options;
    expression_options.dialect = options.dialect;
    expression_options.dialect_declared = true;
    expression_options.zone = options.zone;
    lint::RuleSelection selection;
    selection.changes.emplace_back(std::string(rule), true);
    std::string_view expression = text;
    if (expression.ends_with('\n')) expression.remove_suffix(1);
    std::vector<lint::Finding> matching;
    for (lint::Finding& finding :
         lint::lint_expression(expression, expression_options, selection).findings) {
      if (finding.rule == rule) matching.push_back(std::move(finding));
    }
    return matching;
  }
  lint::LintInput input;
  input.text = std::string(text);
  input.display_path = options.path.empty() ? "-" : options.path;
  input.path_for_defaults = options.path;
  if (!options.format_from_path) input.format = options.format;
  input.options.dialect = options.dialect;
  if (options.declare_dialect) input.dialect = options.dialect;
  input.file_kind = options.file_kind;
  input.options.zone = options.zone;
  input.options.reference_time = options.reference_time;
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

// The fix of the only finding of `rule` (a test failure when there is not exactly one).
inline std::optional<lint::Fix> only_fix(std::string_view rule, std::string_view text,
                                         const LintTestOptions& options = {}) {
  std::vector<lint::Finding> findings = findings_of(rule, text, options);
  EXPECT_EQ(findings.size(), 1u) << describe(findings);
  return findings.size() == 1 ? findings[0].fix : std::nullopt;
}

// The text with a fix applied.
inline std::string applied(std::string_view text, const lint::Fix& fix) {
  std::string result(text);
  result.replace(fix.span.begin, fix.span.end - fix.span.begin, fix.replacement);
  return result;
}

// The message of the only finding of `rule` (empty, and a test failure, when there is not
// exactly one).
inline std::string only_message(std::string_view rule, std::string_view text,
                                const LintTestOptions& options = {}) {
  std::vector<lint::Finding> findings = findings_of(rule, text, options);
  EXPECT_EQ(findings.size(), 1u) << describe(findings);
  return findings.size() == 1 ? findings[0].message : std::string();
}

}  // namespace cronkit::testing

#define EXPECT_CATCHES(rule, ...) EXPECT_TRUE(::cronkit::testing::catches(rule, __VA_ARGS__))
#define EXPECT_CATCHES_NOT(rule, ...) \
  EXPECT_TRUE(::cronkit::testing::catches_not(rule, __VA_ARGS__))
#define EXPECT_CATCHES_AT(rule, ...) EXPECT_TRUE(::cronkit::testing::catches_at(rule, __VA_ARGS__))
