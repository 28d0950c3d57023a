// hour-out-of-range: a hour value out of range

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(HourOutOfRange, FiresOnTheValue) {
  EXPECT_CATCHES_AT("hour-out-of-range", "0 24 * * * /x\n", 1, 3);
  EXPECT_CATCHES_NOT("hour-out-of-range", "0 23 * * * /x\n");
}

TEST(HourOutOfRange, SaysWhatHappensToTheFile) {
  auto debian = findings_of("hour-out-of-range", "0 24 * * * /x\n");
  ASSERT_EQ(debian.size(), 1u);
  EXPECT_NE(debian[0].message.find("whole file"), std::string::npos) << debian[0].message;
  auto cronie = findings_of("hour-out-of-range", "0 24 * * * /x\n", {.dialect = DialectId::cronie});
  ASSERT_EQ(cronie.size(), 1u);
  EXPECT_NE(cronie[0].message.find("skips this line"), std::string::npos) << cronie[0].message;
  // A range end too: Debian checks it even with a step.
  EXPECT_CATCHES("hour-out-of-range", "0 5-25/10 * * * /x\n");
}

TEST(HourOutOfRange, MessageNamesTheValue) {
  EXPECT_NE(
      only_message("hour-out-of-range", "0 24 * * * /x\n").find("hour 24 is out of range 0-23"),
      std::string::npos);
  EXPECT_CATCHES("hour-out-of-range", "0 24 * * * root /x\n", {.format = CrontabFormat::system});
}

}  // namespace
}  // namespace cronkit::testing
