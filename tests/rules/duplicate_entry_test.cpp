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

}  // namespace
}  // namespace cronkit::testing
