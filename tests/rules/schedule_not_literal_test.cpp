// schedule-not-literal: a template where a schedule should be

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions manifest{.file_kind = embedded::FileKind::kubernetes_manifest};
const LintTestOptions workflow{.file_kind = embedded::FileKind::github_workflow};

TEST(ScheduleNotLiteral, FiresOnceAtTheTemplate) {
  const std::string text = "kind: CronJob\nspec:\n  schedule: \"{{ .Values.schedule }}\"\n";
  EXPECT_CATCHES_AT("schedule-not-literal", text, 3, 14, manifest);
  EXPECT_EQ(findings_of("schedule-not-literal", text, manifest).size(), 1u);
  // Nothing else is said about it: no guessed schedule, no missing zone.
  EXPECT_CATCHES_NOT("cronjob-without-time-zone", text, manifest);
  EXPECT_CATCHES_AT("schedule-not-literal", "on:\n  schedule:\n    - cron: '${{ vars.CRON }}'\n", 3,
                    14, workflow);
  EXPECT_CATCHES("schedule-not-literal", "kind: CronJob\nspec:\n  schedule: '0 ${HOUR} * * *'\n",
                 manifest);
}

TEST(ScheduleNotLiteral, AHelmTemplateFileOnce) {
  const std::string chart =
      "{{- if .Values.cron.enabled }}\nkind: CronJob\nspec:\n  schedule: {{ .Values.cron.schedule "
      "| quote }}\n{{- end }}\n";
  EXPECT_CATCHES_AT("schedule-not-literal", chart, 1, 1, manifest);
  EXPECT_EQ(findings_of("schedule-not-literal", chart, manifest).size(), 1u);
  EXPECT_CATCHES_NOT("yaml-syntax", chart, manifest);
}

TEST(ScheduleNotLiteral, SilentOnLiterals) {
  EXPECT_CATCHES_NOT("schedule-not-literal", "kind: CronJob\nspec:\n  schedule: '0 3 * * *'\n",
                     manifest);
}

}  // namespace
}  // namespace cronkit::testing
