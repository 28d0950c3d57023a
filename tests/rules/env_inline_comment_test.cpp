// env-inline-comment: a comment after an environment value

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions cronie{.dialect = DialectId::cronie};

TEST(EnvInlineComment, CatalogueExamples) {
  EXPECT_CATCHES_AT("env-inline-comment", "MAILTO=ops@example.com  # on-call alias\n", 1, 23);
  EXPECT_CATCHES_NOT("env-inline-comment", "# on-call alias\nMAILTO=ops@example.com\n");
}

TEST(EnvInlineComment, UnquotedValueKeepsTheComment) {
  std::string message = only_message("env-inline-comment", "A=b\t# c\n");
  EXPECT_NE(message.find("A is `b\t# c`"), std::string::npos) << message;
}

TEST(EnvInlineComment, QuotedValueFollowedByAComment) {
  std::vector<lint::Finding> findings = findings_of("env-inline-comment", "FOO=\"bar\" # c\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span.column, 11u);
  EXPECT_NE(findings[0].message.find("whole file"), std::string::npos);
  EXPECT_CATCHES("env-inline-comment", "FOO=\"bar\" # c\n", cronie);
  EXPECT_CATCHES_AT("env-inline-comment", "A='b'#c\n", 1, 6);
  // A `#` without a blank before it is data (a URL fragment), not a comment.
  EXPECT_CATCHES_NOT("env-inline-comment", "URL=https://example.com/#top\nFOO=\"a # b\"\n");
}

TEST(EnvInlineComment, FalsePositives) {
  EXPECT_CATCHES_NOT("env-inline-comment",
                     "A=b#c\nA='b' \n0 * * * * /x # a comment for the shell\n");
}

}  // namespace
}  // namespace cronkit::testing
