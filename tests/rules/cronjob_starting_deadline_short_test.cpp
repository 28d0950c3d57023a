// cronjob-starting-deadline-short: a start deadline under 10 seconds

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions manifest{.file_kind = embedded::FileKind::kubernetes_manifest};

std::string cronjob(std::string_view deadline) {
  return "kind: CronJob\nmetadata:\n  name: sync\nspec:\n  schedule: \"*/5 * * * *\"\n  timeZone: "
         "Etc/UTC\n  startingDeadlineSeconds: " +
         std::string(deadline) + "\n";
}

TEST(CronjobStartingDeadlineShort, FiresUnderTenSecondsAtTheValue) {
  EXPECT_CATCHES_AT("cronjob-starting-deadline-short", cronjob("5"), 7, 28, manifest);
  EXPECT_CATCHES("cronjob-starting-deadline-short", cronjob("0"), manifest);
  EXPECT_CATCHES("cronjob-starting-deadline-short", cronjob("9"), manifest);
  EXPECT_CATCHES_AT("cronjob-starting-deadline-short", cronjob("\"3\""), 7, 29, manifest);
  const std::string message =
      only_message("cronjob-starting-deadline-short", cronjob("1"), manifest);
  EXPECT_NE(message.find("CronJob sync has startingDeadlineSeconds: 1: a run that cannot start "
                         "within 1 second of its time is skipped"),
            std::string::npos)
      << message;
}

TEST(CronjobStartingDeadlineShort, SilentFromTenSecondsOnOrWithoutADeadline) {
  EXPECT_CATCHES_NOT("cronjob-starting-deadline-short", cronjob("10"), manifest);
  EXPECT_CATCHES_NOT("cronjob-starting-deadline-short", cronjob("200"), manifest);
  EXPECT_CATCHES_NOT("cronjob-starting-deadline-short",
                     "kind: CronJob\nspec:\n  schedule: \"* * * * *\"\n  timeZone: Etc/UTC\n",
                     manifest);
  // Not a number of seconds (the API server rejects it), or a template.
  EXPECT_CATCHES_NOT("cronjob-starting-deadline-short", cronjob("5s"), manifest);
  EXPECT_CATCHES_NOT("cronjob-starting-deadline-short", cronjob("-1"), manifest);
  EXPECT_CATCHES_NOT("cronjob-starting-deadline-short", cronjob("'{{ .Values.deadline }}'"),
                     manifest);
  // Not a CronJob.
  EXPECT_CATCHES_NOT(
      "cronjob-starting-deadline-short",
      "kind: Deployment\nspec:\n  schedule: '* * * * *'\n  startingDeadlineSeconds: 5\n", manifest);
}

TEST(CronjobStartingDeadlineShort, EachCronJobOfTheFile) {
  const std::string text = cronjob("5") + "---\n" + cronjob("2");
  EXPECT_EQ(findings_of("cronjob-starting-deadline-short", text, manifest).size(), 2u);
}

}  // namespace
}  // namespace cronkit::testing
