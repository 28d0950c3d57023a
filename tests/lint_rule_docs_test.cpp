// Every rule's documentation tells the truth: the rule fires on its "## Example" and stays
// silent on its "## Use instead" (the indented lines of each section, read as a crontab). Also:
// `--explain` has something to print for every registered id.

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "lint/registry.hpp"
#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

// Rules whose examples are not crontab text: a file name, a file mode, a file of 12000 lines,
// or invisible characters written as markers (their tests live in tests/rules/).
const std::set<std::string_view> examples_not_crontab_text = {
    "cron-d-filename-invalid", "crontab-file-permissions", "file-too-long",
    "missing-final-newline",   "crlf-line-endings",        "command-too-long"};

// The file, syntax and schedule rules; the others' docs are tested in rules/rule_docs_test.cpp.
const std::set<std::string_view> file_syntax_schedule_rules = {"command-too-long",
                                                               "crlf-line-endings",
                                                               "cron-d-filename-invalid",
                                                               "crontab-file-permissions",
                                                               "directive-invalid",
                                                               "dom-dow-or",
                                                               "dom-out-of-range",
                                                               "dom-skips-short-months",
                                                               "dow-out-of-range",
                                                               "dow-sunday-7",
                                                               "duplicate-entry",
                                                               "field-count",
                                                               "field-syntax",
                                                               "file-too-long",
                                                               "hour-out-of-range",
                                                               "line-continuation",
                                                               "minute-out-of-range",
                                                               "minute-wildcard-fixed-hour",
                                                               "missing-final-newline",
                                                               "month-out-of-range",
                                                               "name-invalid",
                                                               "never-fires",
                                                               "non-ascii-character",
                                                               "range-reversed",
                                                               "seconds-or-year-field",
                                                               "special-invalid",
                                                               "step-exceeds-range",
                                                               "step-uneven",
                                                               "step-without-range",
                                                               "step-zero",
                                                               "too-frequent",
                                                               "dst-transition-time"};

TEST(RuleDocs, EachRuleFiresOnItsExampleAndNotOnItsFix) {
  for (const lint::Rule* rule : lint::all_rules()) {
    std::string_view id = rule->info.id;
    if (!file_syntax_schedule_rules.count(id) || examples_not_crontab_text.count(id)) continue;
    SCOPED_TRACE(std::string(id));
    std::string bad = doc_code_block(rule->info.doc, "## Example\n");
    std::string good = doc_code_block(rule->info.doc, "## Use instead\n");
    ASSERT_FALSE(bad.empty());
    ASSERT_FALSE(good.empty());
    EXPECT_CATCHES(id, bad);
    EXPECT_CATCHES_NOT(id, good);
  }
}

TEST(RuleDocs, EveryRuleOfThisHelperIsRegistered) {
  for (std::string_view id : file_syntax_schedule_rules) {
    EXPECT_NE(lint::find_rule(id), nullptr) << id;
  }
}

TEST(RuleDocs, SummariesAreOneLowerCaseLineWithoutAFinalPeriod) {
  for (const lint::Rule* rule : lint::all_rules()) {
    std::string_view summary = rule->info.summary;
    SCOPED_TRACE(std::string(rule->info.id));
    ASSERT_FALSE(summary.empty());
    EXPECT_EQ(summary.find('\n'), std::string_view::npos);
    EXPECT_NE(summary.back(), '.');
    EXPECT_LE(summary.size(), 100u);
  }
}

}  // namespace
}  // namespace cronkit::testing
