// yaml-syntax: a workflow or manifest that is not YAML

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions manifest{.file_kind = embedded::FileKind::kubernetes_manifest};
const LintTestOptions workflow{.file_kind = embedded::FileKind::github_workflow};

TEST(YamlSyntax, AnUnquotedStarAtTheStar) {
  const std::string text = "on:\n  schedule:\n    - cron: * 4 * * *\n";
  EXPECT_CATCHES_AT("yaml-syntax", text, 3, 13, workflow);
  EXPECT_NE(only_message("yaml-syntax", text, workflow).find("quote the schedule"),
            std::string::npos);
}

TEST(YamlSyntax, OtherErrorsWithLibyamlsReason) {
  const std::string text = "kind: CronJob\nspec: {schedule: '0 * * * *'\n";
  const std::vector<lint::Finding> findings = findings_of("yaml-syntax", text, manifest);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_TRUE(findings[0].message.starts_with("not YAML: ")) << findings[0].message;
  EXPECT_CATCHES("yaml-syntax", std::string("kind: CronJob\n\x01\n", 16), manifest);
}

TEST(YamlSyntax, SilentOnYamlAndOnTemplates) {
  EXPECT_CATCHES_NOT("yaml-syntax", "on:\n  schedule:\n    - cron: '* 4 * * *'\n", workflow);
  EXPECT_CATCHES_NOT("yaml-syntax", "kind: CronJob\nspec:\n  schedule: {{ .Values.s }}\n",
                     manifest);
  // Crontabs are not YAML and never read as such.
  EXPECT_CATCHES_NOT("yaml-syntax", "* 4 * * * /x\n");
}

}  // namespace
}  // namespace cronkit::testing
