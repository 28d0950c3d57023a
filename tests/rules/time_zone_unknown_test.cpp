// time-zone-unknown: a workflow's timezone or a CronJob's spec.timeZone that names no zone

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions manifest{.file_kind = embedded::FileKind::kubernetes_manifest};
const LintTestOptions workflow{.file_kind = embedded::FileKind::github_workflow};

std::string cronjob(std::string_view zone) {
  return "kind: CronJob\nspec:\n  schedule: 30 2 * * *\n  timeZone: " + std::string(zone) + "\n";
}

TEST(TimeZoneUnknown, FiresAtTheZone) {
  EXPECT_CATCHES_AT("time-zone-unknown", cronjob("Europe/Berln"), 4, 13, manifest);
  EXPECT_CATCHES("time-zone-unknown", cronjob("PST"), manifest);
  EXPECT_CATCHES("time-zone-unknown", cronjob("\"+02:00\""), manifest);
  EXPECT_CATCHES("time-zone-unknown", cronjob("\"\""), manifest);
  EXPECT_NE(only_message("time-zone-unknown", cronjob("Local"), manifest)
                .find("the controller's own zone"),
            std::string::npos);
  EXPECT_CATCHES_AT("time-zone-unknown",
                    "on:\n  schedule:\n    - cron: '5 4 * * *'\n      timezone: Mars/Base\n", 4, 17,
                    workflow);
}

TEST(TimeZoneUnknown, SilentOnIanaNames) {
  EXPECT_CATCHES_NOT("time-zone-unknown", cronjob("Europe/Berlin"), manifest);
  EXPECT_CATCHES_NOT("time-zone-unknown", cronjob("Etc/UTC"), manifest);
  EXPECT_CATCHES_NOT("time-zone-unknown", cronjob("'America/New_York'"), manifest);
  EXPECT_CATCHES_NOT("time-zone-unknown", "kind: CronJob\nspec:\n  schedule: 30 2 * * *\n",
                     manifest);
}

}  // namespace
}  // namespace cronkit::testing
