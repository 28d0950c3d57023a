// cronjob-without-time-zone: a CronJob in the controller's zone

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions manifest{.file_kind = embedded::FileKind::kubernetes_manifest};

TEST(CronjobWithoutTimeZone, FiresWithoutAZone) {
  const std::string text =
      "kind: CronJob\nmetadata:\n  name: backup\nspec:\n  schedule: \"30 2 * * *\"\n";
  EXPECT_CATCHES_AT("cronjob-without-time-zone", text, 5, 14, manifest);
  const std::string message = only_message("cronjob-without-time-zone", text, manifest);
  EXPECT_NE(message.find("CronJob backup has no spec.timeZone"), std::string::npos) << message;
}

TEST(CronjobWithoutTimeZone, SilentWithAZoneOrAPrefix) {
  EXPECT_CATCHES_NOT("cronjob-without-time-zone",
                     "kind: CronJob\nspec:\n  schedule: 30 2 * * *\n  timeZone: Etc/UTC\n",
                     manifest);
  // The prefix is its own (worse) problem: cronjob-tz-prefix.
  EXPECT_CATCHES_NOT("cronjob-without-time-zone",
                     "kind: CronJob\nspec:\n  schedule: TZ=UTC 30 2 * * *\n", manifest);
  // Not a CronJob, or a schedule Kubernetes rejects anyway.
  EXPECT_CATCHES_NOT("cronjob-without-time-zone",
                     "kind: Deployment\nspec:\n  schedule: 30 2 * * *\n", manifest);
  EXPECT_CATCHES_NOT("cronjob-without-time-zone", "kind: CronJob\nspec:\n  schedule: 30 2 * * 7\n",
                     manifest);
  EXPECT_CATCHES_NOT("cronjob-without-time-zone", "on:\n  schedule:\n    - cron: '5 4 * * *'\n",
                     {.file_kind = embedded::FileKind::github_workflow});
}

TEST(CronjobWithoutTimeZone, EachCronJobOfTheFile) {
  const std::string text =
      "kind: CronJob\nspec:\n  schedule: 1 * * * *\n---\nkind: CronJob\nspec:\n  schedule: 2 * * "
      "* *\n";
  EXPECT_EQ(findings_of("cronjob-without-time-zone", text, manifest).size(), 2u);
}

}  // namespace
}  // namespace cronkit::testing
