// field-count: too few fields

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(FieldCount, FiresOnAMissingField) {
  EXPECT_CATCHES("field-count", "0 3 * * /usr/local/bin/backup.sh\n");
  EXPECT_CATCHES("field-count", "0 3 * * *\n");  // no command
  EXPECT_CATCHES_NOT("field-count", "0 3 * * * /usr/local/bin/backup.sh\n");
}

}  // namespace
}  // namespace cronkit::testing
