// github-top-of-hour: a GitHub Actions schedule at minute 0

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions workflow{.file_kind = embedded::FileKind::github_workflow};

std::string schedule(std::string_view cron) {
  return "on:\n  schedule:\n    - cron: '" + std::string(cron) + "'\n";
}

TEST(GithubTopOfHour, FiresOnMinuteZeroOnly) {
  EXPECT_CATCHES_AT("github-top-of-hour", schedule("0 3 * * *"), 3, 14, workflow);
  EXPECT_CATCHES("github-top-of-hour", schedule("0 * * * 1-5"), workflow);
  EXPECT_CATCHES("github-top-of-hour", schedule("00 12 1 * *"), workflow);
  EXPECT_CATCHES_NOT("github-top-of-hour", schedule("17 3 * * *"), workflow);
  // Minute 0 is one run of four: most runs avoid the rush.
  EXPECT_CATCHES_NOT("github-top-of-hour", schedule("*/15 * * * *"), workflow);
  EXPECT_CATCHES_NOT("github-top-of-hour", schedule("0,30 * * * *"), workflow);
}

TEST(GithubTopOfHour, OnlyInWorkflows) {
  EXPECT_CATCHES_NOT("github-top-of-hour", "0 3 * * * /x\n");
  EXPECT_CATCHES_NOT("github-top-of-hour",
                     "kind: CronJob\nspec:\n  schedule: '0 3 * * *'\n  timeZone: UTC\n",
                     {.file_kind = embedded::FileKind::kubernetes_manifest});
  // A schedule GitHub rejects is reported by the parser's rules, not as a late one.
  EXPECT_CATCHES_NOT("github-top-of-hour", schedule("0 3 * * * *"), workflow);
}

TEST(GithubTopOfHour, MessageQuotesTheSchedule) {
  const std::string message = only_message("github-top-of-hour", schedule("0 3 * * *"), workflow);
  EXPECT_NE(message.find("`0 3 * * *` runs at minute 0"), std::string::npos) << message;
}

}  // namespace
}  // namespace cronkit::testing
