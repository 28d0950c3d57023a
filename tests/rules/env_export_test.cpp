// env-export: `export NAME=value` is not an environment line for cron

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(EnvExport, CatalogueExamples) {
  std::vector<lint::Finding> findings =
      findings_of("env-export", "export OPENAI_MODEL=gpt-4o-mini\n0 * * * * /bin/true\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span.column, 1u);
  EXPECT_EQ(findings[0].span.end_column, 7u);
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->span.end_column, 8u);
  EXPECT_CATCHES_NOT("env-export", "OPENAI_MODEL=gpt-4o-mini\n");
  EXPECT_CATCHES("env-export", "  export  FOO=\"bar\"\n", {.dialect = DialectId::cronie});
  // A job that runs `export` is not an environment line.
  EXPECT_CATCHES_NOT("env-export", "0 * * * * export FOO=1; /bin/true\n");
}

TEST(EnvExport, MessageSaysWhatToWrite) {
  std::string message = only_message("env-export", "export PATH=/bin\n");
  EXPECT_NE(message.find("write PATH=... without `export`"), std::string::npos) << message;
}

TEST(EnvExport, FalsePositives) {
  EXPECT_CATCHES_NOT("env-export", "export\nexported=1\n# export FOO=1\n");
}

}  // namespace
}  // namespace cronkit::testing
