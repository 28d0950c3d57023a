// Safe fixes: the engine on hand-made findings (order, overlaps, duplicates), and the whole
// --fix path on testdata/fix/NAME.crontab against NAME.fixed.crontab and NAME.diff (what --diff
// prints). UPDATE_GOLDEN=1 rewrites the expected files.

#include "lint/fix.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "fs/diff.hpp"
#include "support/temp_dir.hpp"

namespace cronkit::lint {
namespace {

Finding finding(std::string rule, std::size_t begin, std::size_t end, std::string replacement,
                bool safe = true) {
  Finding result;
  result.rule = std::move(rule);
  Span span{1, static_cast<std::uint32_t>(begin + 1), static_cast<std::uint32_t>(end + 1), begin,
            end};
  result.span = span;
  result.fix = Fix{.span = span, .replacement = std::move(replacement), .safe = safe};
  return result;
}

TEST(ApplyFixes, AppliesSafeFixesAndListsThem) {
  std::string source = "0 2 * * * date +%F";
  std::vector<Finding> findings{finding("percent-unescaped", 16, 18, "\\%F"),
                                finding("missing-final-newline", 18, 18, "\n")};
  FixResult result = apply_fixes(source, findings);
  EXPECT_EQ(result.text, "0 2 * * * date +\\%F\n");
  ASSERT_EQ(result.applied.size(), 2u);
  EXPECT_EQ(result.applied[0].rule, "percent-unescaped");
  EXPECT_EQ(result.applied[0].before, "%F");
  EXPECT_EQ(result.applied[0].after, "\\%F");
  EXPECT_EQ(result.applied[1].rule, "missing-final-newline");
  EXPECT_EQ(result.applied[1].before, "");
  EXPECT_TRUE(result.skipped.empty());
}

TEST(ApplyFixes, UnsafeFixesStaySuggestionsUnlessAsked) {
  std::string source = "MAILT0=x\n";
  std::vector<Finding> findings{finding("env-name-typo", 0, 6, "MAILTO", false)};
  FixResult result = apply_fixes(source, findings);
  EXPECT_EQ(result.text, source);
  EXPECT_FALSE(result.changed());
  EXPECT_TRUE(result.skipped.empty()) << "not skipped: never a candidate";
  EXPECT_EQ(apply_fixes(source, findings, {.include_unsafe = true}).text, "MAILTO=x\n");
}

TEST(ApplyFixes, TheFirstOfOverlappingFixesWinsWhateverTheFindingOrder) {
  std::string source = "abcdefgh";
  std::vector<Finding> findings{finding("rule-b", 2, 6, "X"), finding("rule-a", 1, 3, "Y"),
                                finding("rule-c", 6, 8, "Z")};
  FixResult forward = apply_fixes(source, findings);
  std::reverse(findings.begin(), findings.end());
  FixResult backward = apply_fixes(source, findings);
  for (const FixResult& result : {forward, backward}) {
    EXPECT_EQ(result.text, "aYdefZ");
    ASSERT_EQ(result.skipped.size(), 1u);
    EXPECT_EQ(result.skipped[0].rule, "rule-b");
    EXPECT_EQ(result.skipped[0].reason, SkippedFix::Reason::overlaps);
    EXPECT_EQ(result.skipped[0].other_rule, "rule-a");
    EXPECT_EQ(result.skipped[0].span.begin, 2u);
  }
}

TEST(ApplyFixes, InsertionsCollideOnlyAtTheSamePlaceOrInsideAReplacement) {
  std::string source = "abcd";
  // Touching ranges do not overlap: [0,2) and [2,4), an insertion at either end of a range.
  std::vector<Finding> touching{finding("r1", 0, 2, "X"), finding("r2", 2, 4, "Y"),
                                finding("r3", 4, 4, "!"), finding("r0", 0, 0, "^")};
  EXPECT_EQ(apply_fixes(source, touching).text, "^XY!");

  std::vector<Finding> same_place{finding("r1", 2, 2, "1"), finding("r2", 2, 2, "2")};
  FixResult twice = apply_fixes(source, same_place);
  EXPECT_EQ(twice.text, "ab1cd");
  ASSERT_EQ(twice.skipped.size(), 1u);
  EXPECT_EQ(twice.skipped[0].rule, "r2");

  std::vector<Finding> inside{finding("r1", 1, 3, "X"), finding("r2", 2, 2, "!")};
  EXPECT_EQ(apply_fixes(source, inside).text, "aXd");
}

TEST(ApplyFixes, TheSameEditFromTwoRulesIsMadeOnce) {
  std::vector<Finding> findings{finding("r1", 1, 2, ""), finding("r2", 1, 2, "")};
  FixResult result = apply_fixes("a\rb", findings);
  EXPECT_EQ(result.text, "ab");
  EXPECT_EQ(result.applied.size(), 1u);
  EXPECT_TRUE(result.skipped.empty());
}

TEST(ApplyFixes, SpansOutsideTheTextAreSkippedNotApplied) {
  std::vector<Finding> findings{finding("broken", 3, 9, "x"), finding("fine", 0, 1, "A")};
  FixResult result = apply_fixes("abcd", findings);
  EXPECT_EQ(result.text, "Abcd");
  ASSERT_EQ(result.skipped.size(), 1u);
  EXPECT_EQ(result.skipped[0].reason, SkippedFix::Reason::invalid);
}

TEST(ApplyFixes, FixesThatChangeNothingAreNotCounted) {
  std::vector<Finding> findings{finding("noop", 0, 1, "a")};
  EXPECT_FALSE(apply_fixes("abc", findings).changed());
}

// --- the whole path, on files -------------------------------------------------------------------

const std::filesystem::path fix_dir = std::filesystem::path(CRONKIT_TESTDATA_DIR) / "fix";

std::string read(const std::filesystem::path& path) {
  return cronkit::testing::read_whole_file(path);
}

LintInput input_for(const std::filesystem::path& file, std::string text) {
  LintInput input;
  input.text = std::move(text);
  input.display_path = file.filename().string();
  input.path_for_defaults = input.display_path;
  return input;
}

std::vector<std::filesystem::path> fix_cases() {
  std::vector<std::filesystem::path> cases;
  for (const auto& entry : std::filesystem::directory_iterator(fix_dir)) {
    std::string name = entry.path().filename().string();
    if (name.ends_with(".crontab") && !name.ends_with(".fixed.crontab")) {
      cases.push_back(entry.path());
    }
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

void expect_file(const std::filesystem::path& expected_file, const std::string& actual) {
  if (std::getenv("UPDATE_GOLDEN")) {
    std::ofstream(expected_file, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(expected_file)) << expected_file;
  EXPECT_EQ(read(expected_file), actual) << expected_file;
}

TEST(FixFiles, EachCaseBecomesItsFixedFileAndDiff) {
  std::vector<std::filesystem::path> cases = fix_cases();
  ASSERT_GE(cases.size(), 8u);
  for (const std::filesystem::path& file : cases) {
    SCOPED_TRACE(file.filename().string());
    std::string stem = file.filename().string();
    stem.resize(stem.size() - std::string_view(".crontab").size());
    FixedFile fixed = fix_file(input_for(file, read(file)));
    expect_file(fix_dir / (stem + ".fixed.crontab"), fixed.text);
    expect_file(fix_dir / (stem + ".diff"),
                fs::unified_diff("fix/" + file.filename().string(), fixed.original, fixed.text));
    EXPECT_EQ(fixed.changed(), !fixed.applied.empty());
  }
}

TEST(FixFiles, FixingAFixedFileChangesNothing) {
  for (const std::filesystem::path& file : fix_cases()) {
    SCOPED_TRACE(file.filename().string());
    FixedFile once = fix_file(input_for(file, read(file)));
    FixedFile twice = fix_file(input_for(file, once.text));
    EXPECT_FALSE(twice.changed());
    EXPECT_TRUE(twice.applied.empty());
    EXPECT_EQ(twice.text, once.text);
    // And what is left has no safe fix (nothing was skipped for good).
    LintedFile linted = lint_text(input_for(file, once.text));
    for (const Finding& finding : linted.result.findings) {
      EXPECT_FALSE(finding.fix && finding.fix->safe) << finding.rule << ": " << finding.message;
    }
  }
}

TEST(FixFiles, OverlappingFixesOnOneLineAreAppliedInLaterPasses) {
  // `%` -> `\%` runs to the end of the command, which holds the `\r` CRLF removes.
  std::filesystem::path file = fix_dir / "everything.crontab";
  FixResult first = [&] {
    LintedFile linted = lint_text(input_for(file, read(file)));
    return apply_fixes(linted.crontab.source(), linted.result.findings);
  }();
  EXPECT_FALSE(first.skipped.empty());
  FixedFile fixed = fix_file(input_for(file, read(file)));
  EXPECT_GE(fixed.passes, 2);
  EXPECT_TRUE(fixed.skipped.empty());
  EXPECT_EQ(fixed.text.find('\r'), std::string::npos);
  EXPECT_NE(fixed.text.find("date +\\%F"), std::string::npos);
}

TEST(FixFiles, DisabledRulesAndSuppressedFindingsFixNothing) {
  std::filesystem::path file = fix_dir / "percent.crontab";
  LintInput input = input_for(file, read(file));
  input.selection.changes.push_back({"percent-unescaped", false});
  EXPECT_FALSE(fix_file(input).changed());
  std::filesystem::path suppressed = fix_dir / "suppressed.crontab";
  EXPECT_EQ(read(fix_dir / "suppressed.fixed.crontab"), read(suppressed));
}

}  // namespace
}  // namespace cronkit::lint
