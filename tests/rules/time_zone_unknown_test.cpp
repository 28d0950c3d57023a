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

TEST(TimeZoneUnknown, DagsterSpringAndPrefectZones) {
  const LintTestOptions dagster{.file_kind = embedded::FileKind::dagster};
  const LintTestOptions spring{.file_kind = embedded::FileKind::spring_scheduled};
  const LintTestOptions prefect{.file_kind = embedded::FileKind::prefect_deployment};
  const std::string definition =
      "import dagster as dg\ns = dg.ScheduleDefinition(job=j, cron_schedule=\"0 9 * * *\", "
      "execution_timezone=\"US/Pacfic\")\n";
  EXPECT_CATCHES_AT("time-zone-unknown", definition, 2, 81, dagster);
  EXPECT_NE(only_message("time-zone-unknown", definition, dagster).find("Dagster refuses"),
            std::string::npos);
  const auto scheduled = [](std::string_view zone) {
    return "import org.springframework.scheduling.annotation.Scheduled;\n"
           "class J { @Scheduled(cron = \"0 0 9 * * *\", zone = \"" +
           std::string(zone) + "\") void a() {} }\n";
  };
  EXPECT_CATCHES("time-zone-unknown", scheduled("Europe/Berln"), spring);
  // java.util.TimeZone's own IDs are Spring's too.
  EXPECT_CATCHES_NOT("time-zone-unknown", scheduled("GMT+5:30"), spring);
  EXPECT_CATCHES_NOT("time-zone-unknown", scheduled("GMT-08"), spring);
  EXPECT_CATCHES_NOT("time-zone-unknown", scheduled("PST"), spring);
  EXPECT_CATCHES_NOT("time-zone-unknown", scheduled("Asia/Kolkata"), spring);
  EXPECT_CATCHES("time-zone-unknown", scheduled("GMT+5:3"), spring);
  EXPECT_CATCHES("time-zone-unknown",
                 "deployments:\n  - name: a\n    schedule:\n      cron: 0 9 * * *\n"
                 "      timezone: America/NewYork\n",
                 prefect);
}

}  // namespace
}  // namespace cronkit::testing
