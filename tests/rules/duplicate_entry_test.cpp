// duplicate-entry: the same job twice

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(DuplicateEntry, ReportsTheLaterLine) {
  EXPECT_CATCHES_AT("duplicate-entry", "30 5 * * * /backup.sh  -v\n30 5 * * *\t/backup.sh -v\n", 2,
                    1);
  EXPECT_CATCHES_NOT("duplicate-entry", "30 5 * * * /backup.sh\n31 5 * * * /backup.sh\n");
  EXPECT_CATCHES_NOT("duplicate-entry", "30 5 * * * /backup.sh a\n30 5 * * * /backup.sh b\n");
  EXPECT_CATCHES_NOT("duplicate-entry", "30 5 * * * root /b\n30 5 * * * deploy /b\n",
                     Options{.format = CrontabFormat::system});
  EXPECT_CATCHES("duplicate-entry", "@daily /b\n@daily /b\n");
}

TEST(DuplicateEntry, MessageNamesTheEarlierLine) {
  std::string message = only_message("duplicate-entry", "30 2 * * * /b\n30 2 * * * /b\n");
  EXPECT_NE(message.find("same schedule and command as line 1"), std::string::npos) << message;
}

TEST(DuplicateEntry, SchedulesAsWrittenAndSuppression) {
  // Equivalent schedules written differently are not reported.
  EXPECT_CATCHES_NOT("duplicate-entry",
                     "@daily /b\n0 0 * * * /b\n30 2 * * * /b\n30 2 * * 0-7 /b\n");
  EXPECT_CATCHES_NOT("duplicate-entry",
                     "30 2 * * * /b\n# cronlint: disable=duplicate-entry\n30 2 * * * /b\n");
}

}  // namespace
}  // namespace cronkit::testing
