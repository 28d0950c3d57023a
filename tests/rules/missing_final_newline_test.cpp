// missing-final-newline: no newline after the last entry

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(MissingFinalNewlineRule, FiresOnTheLastEntryOrAssignment) {
  EXPECT_CATCHES_AT("missing-final-newline", "0 6 * * * /opt/reports/run.sh", 1, 30);
  EXPECT_CATCHES("missing-final-newline", "0 6 * * * /x\nMAILTO=ops@example.com");
  EXPECT_CATCHES_NOT("missing-final-newline", "0 6 * * * /opt/reports/run.sh\n");
  EXPECT_CATCHES_NOT("missing-final-newline", "0 6 * * * /x\n# the end");
}

}  // namespace
}  // namespace cronkit::testing
