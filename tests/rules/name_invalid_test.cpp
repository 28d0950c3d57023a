// name-invalid: month and day names

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(NameInvalid, OnlyThreeLetterNames) {
  EXPECT_CATCHES("name-invalid", "0 8 * * Monday /x\n");
  EXPECT_CATCHES("name-invalid", "0 8 * Sept * /x\n");
  EXPECT_CATCHES_NOT("name-invalid", "0 8 * SEP MON-fri /x\n");
}

TEST(NameInvalid, MessagesNameTheWordAndTheField) {
  std::string day = only_message("name-invalid", "0 8 * * Monday /x\n");
  EXPECT_NE(day.find("unknown day-of-week name \"Monday\""), std::string::npos) << day;
  std::string month = only_message("name-invalid", "0 8 * Sept * /x\n");
  EXPECT_NE(month.find("unknown month name \"Sept\""), std::string::npos) << month;
  std::string hour = only_message("name-invalid", "0 mon * * * /x\n");
  EXPECT_NE(hour.find("names are not allowed in the hour field"), std::string::npos) << hour;
}

TEST(NameInvalid, FalsePositives) {
  // Any case; a name with a step is step-without-range's.
  EXPECT_CATCHES_NOT("name-invalid", "0 8 * JAN MON /x\n0 8 * jan/2 * /x\n0 8 * * * Monday\n");
}

}  // namespace
}  // namespace cronkit::testing
