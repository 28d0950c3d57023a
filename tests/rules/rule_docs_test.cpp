// The documentation of the command and environment rules tells the truth: each fires on its
// "## Example" and stays silent on its "## Use instead" (the first indented block of each
// section, read as a crontab), and every rule documents the four sections.

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "lint/registry.hpp"
#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const std::set<std::string_view> text_rules = {"cd-without-and",      "dangerous-command",
                                               "env-empty-unquoted",  "env-export",
                                               "env-inline-comment",  "env-name-typo",
                                               "env-tilde",           "env-var-expansion",
                                               "env-var-undefined",   "flock-blocking",
                                               "mailto-invalid",      "no-overlap-lock",
                                               "no-timeout",          "output-not-redirected",
                                               "path-not-set",        "percent-unescaped",
                                               "python-unversioned",  "redirect-order",
                                               "relative-path",       "secret-in-crontab",
                                               "shell-bashism",       "sources-shell-rc",
                                               "stderr-not-captured", "sudo-in-cron",
                                               "tilde-quoted",        "tz-not-schedule",
                                               "unbalanced-quotes",   "user-field-in-user-crontab",
                                               "user-field-missing",  "user-invalid",
                                               "venv-activate"};
// Rules whose "Use instead" still shows the construct they report (@reboot), or whose example
// marks invisible characters (`··`).
const std::set<std::string_view> no_clean_alternative = {"reboot-caveats",
                                                         "env-trailing-whitespace"};

TEST(LintRulesDocs, EveryRuleHasTheFourSections) {
  for (std::string_view id : text_rules) {
    const lint::Rule* rule = lint::find_rule(id);
    ASSERT_NE(rule, nullptr) << id;
    for (std::string_view heading :
         {"## What it does", "## Why is this bad?", "## Example", "## Use instead"}) {
      EXPECT_NE(rule->info.doc.find(heading), std::string_view::npos) << id << ": " << heading;
    }
    EXPECT_FALSE(rule->info.summary.empty()) << id;
  }
}

TEST(LintRulesDocs, ExamplesFireAndAlternativesDoNot) {
  for (std::string_view id : text_rules) {
    const lint::Rule* rule = lint::find_rule(id);
    ASSERT_NE(rule, nullptr) << id;
    LintTestOptions options;
    if (id == "user-field-missing" || id == "user-invalid") options.format = CrontabFormat::system;
    std::string bad = doc_code_block(rule->info.doc, "## Example");
    std::string good = doc_code_block(rule->info.doc, "## Use instead");
    ASSERT_FALSE(bad.empty()) << id;
    EXPECT_TRUE(catches(id, bad, options)) << id;
    if (no_clean_alternative.count(id)) continue;
    ASSERT_FALSE(good.empty()) << id;
    if (id == "tz-not-schedule") options.dialect = DialectId::cronie;  // CRON_TZ is cronie's
    EXPECT_TRUE(catches_not(id, good, options)) << id;
  }
}

}  // namespace
}  // namespace cronkit::testing
