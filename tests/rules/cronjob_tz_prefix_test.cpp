// cronjob-tz-prefix: CRON_TZ= or TZ= in a CronJob's schedule

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions manifest{.file_kind = embedded::FileKind::kubernetes_manifest};

std::string cronjob(std::string_view schedule) {
  return "kind: CronJob\nspec:\n  schedule: \"" + std::string(schedule) + "\"\n";
}

TEST(CronjobTzPrefix, FiresOnEitherPrefixAtThePrefix) {
  EXPECT_CATCHES_AT("cronjob-tz-prefix", cronjob("CRON_TZ=Europe/Berlin 30 2 * * *"), 3, 14,
                    manifest);
  EXPECT_CATCHES_AT("cronjob-tz-prefix", cronjob("TZ=UTC 0 * * * *"), 3, 14, manifest);
  const std::string message =
      only_message("cronjob-tz-prefix", cronjob("CRON_TZ=Europe/Berlin 30 2 * * *"), manifest);
  EXPECT_NE(message.find("write `timeZone: Europe/Berlin` in spec and `schedule: \"30 2 * * *\"`"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("cannot use TZ or CRON_TZ in schedule"), std::string::npos) << message;
}

TEST(CronjobTzPrefix, SilentWithoutTz) {
  EXPECT_CATCHES_NOT("cronjob-tz-prefix", cronjob("30 2 * * *"), manifest);
  EXPECT_CATCHES_NOT("cronjob-tz-prefix", "on:\n  schedule:\n    - cron: 'TZ=UTC 0 * * * *'\n",
                     {.file_kind = embedded::FileKind::github_workflow});
  EXPECT_CATCHES_NOT("cronjob-tz-prefix", "CRON_TZ=UTC\n0 * * * * /x\n");
}

}  // namespace
}  // namespace cronkit::testing
