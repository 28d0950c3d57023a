// dangerous-command: rm -rf on a path that can be / or empty, find / -delete, chmod -R 777

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(DangerousCommand, CatalogueExamples) {
  std::string text = "0 4 * * * rm -rf $CACHE_DIR/*\n";
  std::optional<lint::Fix> fix = only_fix("dangerous-command", text);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(applied(text, *fix), "0 4 * * * rm -rf ${CACHE_DIR:?}/*\n");
  EXPECT_CATCHES_NOT("dangerous-command",
                     "CACHE_DIR=/srv/cache\n0 4 * * * rm -rf \"${CACHE_DIR:?}\"/*\n");
}

TEST(DangerousCommand, MessageQuotesTheCommand) {
  std::string message = only_message("dangerous-command", "0 4 * * * rm -rf ~\n");
  EXPECT_NE(message.find("`rm -rf ~` deletes far more"), std::string::npos) << message;
}

TEST(DangerousCommand, Shapes) {
  EXPECT_CATCHES("dangerous-command", "0 4 * * * rm -fr /\n");
  EXPECT_CATCHES("dangerous-command", "0 4 * * * rm -rf /*\n");
  EXPECT_CATCHES("dangerous-command", "0 4 * * * cd /x && rm -r -f *\n");
  EXPECT_CATCHES("dangerous-command", "0 4 * * * rm -rf \"$DIR\"/\n");
  EXPECT_CATCHES("dangerous-command", "0 4 * * * find / -name '*.tmp' -delete\n");
  EXPECT_CATCHES("dangerous-command", "0 4 * * * chmod -R 777 /srv\n");
  EXPECT_CATCHES_NOT("dangerous-command",
                     "0 4 * * * rm -f /tmp/*.lock\n0 4 * * * rm -rf /srv/cache/tmp\n"
                     "0 4 * * * find /tmp -delete\n0 4 * * * chmod 777 /srv/x\n");
}

TEST(DangerousCommand, FalsePositives) {
  // A variable after a fixed prefix cannot be /; quoted text is not a command.
  EXPECT_CATCHES_NOT("dangerous-command",
                     "0 4 * * * rm -rf /tmp/$DIR\n0 4 * * * echo \"rm -rf /\"\n"
                     "0 4 * * * rm -rf \"${DIR:?}\"/*\n");
}

TEST(DangerousCommand, IsOffByDefault) {
  const lint::Rule* rule = lint::find_rule("dangerous-command");
  ASSERT_NE(rule, nullptr);
  EXPECT_FALSE(rule->info.default_enabled);
  // Without --enable the driver does not run it.
  lint::LintInput input;
  input.text = "0 4 * * * rm -rf $CACHE_DIR/*\n";
  input.display_path = "-";
  input.format = CrontabFormat::user;
  lint::LintedFile linted = lint::lint_text(std::move(input));
  for (const lint::Finding& finding : linted.result.findings) {
    EXPECT_NE(finding.rule, "dangerous-command");
  }
}

}  // namespace
}  // namespace cronkit::testing
