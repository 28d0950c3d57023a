// env-trailing-whitespace: an unquoted environment value ends in blanks

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(EnvTrailingWhitespace, CatalogueExamples) {
  std::vector<lint::Finding> findings =
      findings_of("env-trailing-whitespace", "SHELL=/bin/bash  \n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span.column, 16u);
  EXPECT_EQ(findings[0].span.end_column, 18u);
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->replacement, "");
  EXPECT_CATCHES_NOT("env-trailing-whitespace", "SHELL=/bin/bash\nA=\"b\"  \n");
}

TEST(EnvTrailingWhitespace, MessageCountsTheBlanks) {
  std::string message = only_message("env-trailing-whitespace", "A=b\t\n");
  EXPECT_NE(message.find("1 blank(s) after the value of A"), std::string::npos) << message;
  EXPECT_CATCHES("env-trailing-whitespace", "A=b \n", {.dialect = DialectId::cronie});
}

TEST(EnvTrailingWhitespace, FalsePositives) {
  // Trailing blanks of a job line, and of an empty value (env-empty-unquoted's).
  EXPECT_CATCHES_NOT("env-trailing-whitespace", "0 * * * * /x  \nA= \n");
}

}  // namespace
}  // namespace cronkit::testing
