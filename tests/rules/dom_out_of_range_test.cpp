// dom-out-of-range: a day-of-month value out of range

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(DomOutOfRange, FiresOnTheValue) {
  EXPECT_CATCHES_AT("dom-out-of-range", "0 6 0 * * /x\n", 1, 5);
  EXPECT_CATCHES_NOT("dom-out-of-range", "0 6 1 * * /x\n");
}

TEST(DomOutOfRange, MessageAndDialects) {
  std::string debian = only_message("dom-out-of-range", "0 0 32 * * /x\n");
  EXPECT_NE(debian.find("day-of-month 32 is out of range 1-31"), std::string::npos) << debian;
  EXPECT_NE(debian.find("ignores the whole file"), std::string::npos) << debian;
  std::string cronie =
      only_message("dom-out-of-range", "0 0 0 * * /x\n", {.dialect = DialectId::cronie});
  EXPECT_NE(cronie.find("cron skips this line"), std::string::npos) << cronie;
}

TEST(DomOutOfRange, FalsePositives) {
  EXPECT_CATCHES_NOT("dom-out-of-range", "0 0 1-31 * * /x\n0 0 31 * * /x\n0 0 */31 * * /x\n");
}

}  // namespace
}  // namespace cronkit::testing
