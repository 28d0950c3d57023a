// seconds-or-year-field: six or seven time fields

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(SecondsOrYearField, FiresOnASixthTimeField) {
  EXPECT_CATCHES("seconds-or-year-field", "0 */5 * * * * /opt/llm/poll.sh\n");
  EXPECT_CATCHES("seconds-or-year-field", "0 0 12 * * ? 2026 /x\n");
  EXPECT_CATCHES("seconds-or-year-field", "0 */5 * * * * root /x\n",
                 Options{.format = CrontabFormat::system});
  EXPECT_CATCHES_NOT("seconds-or-year-field", "*/5 * * * * /opt/llm/poll.sh\n");
  EXPECT_CATCHES_NOT("seconds-or-year-field", "*/5 * * * * 7z a /b\n");
}

}  // namespace
}  // namespace cronkit::testing
