// prefect-day-or: both day fields restricted under Prefect's day_or: true

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions prefect{.file_kind = embedded::FileKind::prefect_deployment};

std::string deployment(std::string_view schedule) {
  return "deployments:\n  - name: report\n    schedule:\n" + std::string(schedule);
}

TEST(PrefectDayOr, BothDayFieldsWithDayOrTrue) {
  EXPECT_CATCHES_AT("prefect-day-or", deployment("      cron: \"0 9 1-7 * 1\"\n"), 4, 18, prefect);
  EXPECT_CATCHES("prefect-day-or", deployment("      cron: \"0 9 13 * 5\"\n      day_or: true\n"),
                 prefect);
}

TEST(PrefectDayOr, SilentWithDayOrFalseOrOneDayField) {
  EXPECT_CATCHES_NOT("prefect-day-or",
                     deployment("      cron: \"0 9 1-7 * 1\"\n      day_or: false\n"), prefect);
  EXPECT_CATCHES_NOT("prefect-day-or", deployment("      cron: \"0 9 * * 1\"\n"), prefect);
  EXPECT_CATCHES_NOT("prefect-day-or", deployment("      cron: \"0 9 1-7 * *\"\n"), prefect);
  // A crontab's OR is dom-dow-or's.
  EXPECT_CATCHES_NOT("prefect-day-or", "0 9 1-7 * 1 /bin/x\n");
}

TEST(PrefectDayOr, OnlyInPrefectDeployments) {
  // Dagster's croniter has no day_or switch to name.
  EXPECT_CATCHES_NOT("prefect-day-or",
                     "import dagster as dg\ns = dg.ScheduleDefinition(job=j, "
                     "cron_schedule=\"0 9 1-7 * 1\")\n",
                     {.file_kind = embedded::FileKind::dagster});
}

TEST(PrefectDayOr, MessageNamesDayOr) {
  const std::string message =
      only_message("prefect-day-or", deployment("      cron: \"0 9 1-7 * 1\"\n"), prefect);
  EXPECT_NE(message.find("`day_or: false` requires both"), std::string::npos) << message;
}

}  // namespace
}  // namespace cronkit::testing
