// env-empty-unquoted: NAME= with an empty unquoted value

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions cronie{.dialect = DialectId::cronie};

TEST(EnvEmptyUnquoted, CatalogueExamples) {
  EXPECT_CATCHES("env-empty-unquoted", "MAILTO=\n0 * * * * /bin/true\n");
  EXPECT_CATCHES_NOT("env-empty-unquoted", "MAILTO=\"\"\n0 * * * * /bin/true\n");
}

TEST(EnvEmptyUnquoted, DialectDecidesTheSeverityAndTheFixQuotes) {
  std::vector<lint::Finding> debian = findings_of("env-empty-unquoted", "MAILTO=  \n");
  ASSERT_EQ(debian.size(), 1u);
  EXPECT_EQ(debian[0].severity, Severity::error);
  EXPECT_NE(debian[0].message.find("ignores the whole file"), std::string::npos);
  ASSERT_TRUE(debian[0].fix.has_value());
  EXPECT_EQ(debian[0].fix->replacement, "\"\"");
  EXPECT_EQ(debian[0].fix->span.column, 8u);
  EXPECT_EQ(debian[0].fix->span.end_column, 10u);
  std::vector<lint::Finding> on_cronie = findings_of("env-empty-unquoted", "MAILTO=\n", cronie);
  ASSERT_EQ(on_cronie.size(), 1u);
  EXPECT_EQ(on_cronie[0].severity, Severity::warning);
  EXPECT_NE(on_cronie[0].message.find("cronie reads `MAILTO=` as an empty value"),
            std::string::npos);
}

TEST(EnvEmptyUnquoted, AnyName) {
  std::string message = only_message("env-empty-unquoted", "FOO=\n");
  EXPECT_NE(message.find("write FOO=\"\""), std::string::npos) << message;
}

TEST(EnvEmptyUnquoted, FalsePositives) {
  EXPECT_CATCHES_NOT("env-empty-unquoted",
                     "FOO=''\n# MAILTO=\n0 * * * * FOO= /x\nMAILTO=ops@example.com\n");
}

}  // namespace
}  // namespace cronkit::testing
