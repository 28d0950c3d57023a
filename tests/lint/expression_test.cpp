// cronlint --expr: a schedule expression linted on its own, positions within the expression.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lint/expression.hpp"
#include "lint/registry.hpp"
#include "parse/parse.hpp"

namespace cronkit::lint {
namespace {

std::vector<Finding> lint(std::string_view expression, DialectId dialect = DialectId::debian,
                          RuleSelection selection = {}, std::string zone = {}) {
  LintOptions options;
  options.dialect = dialect;
  options.dialect_declared = true;
  options.zone = std::move(zone);
  return lint_expression(expression, options, selection).findings;
}

std::vector<std::string> rules_of(const std::vector<Finding>& findings) {
  std::vector<std::string> rules;
  for (const Finding& finding : findings) rules.push_back(finding.rule);
  return rules;
}

TEST(LintExpression, ScheduleFindingsArePlacedWithinTheExpression) {
  const std::vector<Finding> findings = lint("0 0 1-7 * 1");
  ASSERT_EQ(rules_of(findings), std::vector<std::string>{"dom-dow-or"});
  EXPECT_EQ(findings[0].span.line, 1U);
  EXPECT_EQ(findings[0].span.column, 5U);
  EXPECT_EQ(findings[0].span.end_column, 12U);
}

TEST(LintExpression, ACleanExpressionHasNoFindingsEvenWithEveryRuleOn) {
  RuleSelection everything;
  everything.changes.emplace_back("all", true);
  EXPECT_TRUE(lint("17 3 * * 1-5", DialectId::debian, everything).empty());
}

TEST(LintExpression, RulesAboutCommandsAndOutputNeverFire) {
  RuleSelection everything;
  everything.changes.emplace_back("all", true);
  // As a crontab line `* * * * * true` this draws output and overlap advice as well.
  const std::vector<Finding> findings = lint("* * * * *", DialectId::debian, everything);
  EXPECT_EQ(rules_of(findings), std::vector<std::string>{"too-frequent"});
  for (const Finding& finding : findings) {
    const Rule* rule = find_rule(finding.rule);
    ASSERT_NE(rule, nullptr) << finding.rule;
    EXPECT_TRUE(judges_expressions(rule->info.category)) << finding.rule;
    EXPECT_LE(finding.span.end_column, 10U) << finding.rule;
  }
}

TEST(LintExpression, ARejectedExpressionGetsTheParsersErrors) {
  const std::vector<Finding> findings = lint("* * * *");
  const ParsedSchedule parsed = parse_schedule("* * * *");
  ASSERT_EQ(findings.size(), parsed.diagnostics.size());
  EXPECT_EQ(findings[0].rule, "field-count");
  EXPECT_EQ(findings[0].message, parsed.diagnostics[0].message);
  EXPECT_EQ(findings[0].span.column, 8U);
  EXPECT_EQ(findings[0].severity, Severity::error);
}

TEST(LintExpression, TheDialectDecides) {
  EXPECT_EQ(rules_of(lint("0 0 * * 5#3", DialectId::cronie)),
            std::vector<std::string>{"field-syntax"});
  EXPECT_TRUE(lint("0 0 * * 5#3", DialectId::supercronic).empty());
  EXPECT_TRUE(lint("0 30 9 * * * 2027", DialectId::supercronic).empty());
  EXPECT_FALSE(lint("0 30 9 * * * 2027", DialectId::debian).empty());
}

TEST(LintExpression, DisabledRulesStaySilentForRejectedExpressionsToo) {
  RuleSelection selection;
  selection.changes.emplace_back("minute-out-of-range", false);
  EXPECT_TRUE(lint("61 * * * *", DialectId::debian, selection).empty());
  selection.changes.emplace_back("dom-dow-or", false);
  EXPECT_TRUE(lint("0 0 1-7 * 1", DialectId::debian, selection).empty());
}

TEST(LintExpression, DstRulesUseTheZone) {
  EXPECT_TRUE(lint("30 2 * * *", DialectId::debian, {}, "UTC").empty());
  EXPECT_EQ(rules_of(lint("30 2 * * *", DialectId::debian, {}, "America/New_York")),
            std::vector<std::string>{"dst-transition-time"});
}

TEST(LintExpression, OnlyScheduleCategoriesJudgeExpressions) {
  EXPECT_TRUE(judges_expressions(Category::syntax));
  EXPECT_TRUE(judges_expressions(Category::schedule));
  EXPECT_TRUE(judges_expressions(Category::dst));
  EXPECT_FALSE(judges_expressions(Category::command));
  EXPECT_FALSE(judges_expressions(Category::output));
  EXPECT_FALSE(judges_expressions(Category::meta));
}

}  // namespace
}  // namespace cronkit::lint
