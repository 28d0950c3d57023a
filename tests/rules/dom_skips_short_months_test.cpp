// dom-skips-short-months: days 29-31 skip short months

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(DomSkipsShortMonths, FiresWhenSomeMonthsHaveNoSuchDay) {
  EXPECT_CATCHES_AT("dom-skips-short-months", "0 23 31 * * /x\n", 1, 6);
  EXPECT_CATCHES("dom-skips-short-months", "0 0 29 2 * /x\n");  // leap years only
  EXPECT_CATCHES("dom-skips-short-months", "0 0 30,31 * * /x\n");
  EXPECT_CATCHES_NOT("dom-skips-short-months", "0 23 28 * * /x\n");
  EXPECT_CATCHES_NOT("dom-skips-short-months", "0 0 31 1,3 * /x\n");
  EXPECT_CATCHES_NOT("dom-skips-short-months", "0 0 30 2 * /x\n");  // never-fires instead
  EXPECT_CATCHES_NOT("dom-skips-short-months", "0 0 31 * 1 /x\n");  // OR with Mondays
}

TEST(DomSkipsShortMonths, MessagesNameTheMonths) {
  std::vector<lint::Finding> findings = findings_of("dom-skips-short-months", "0 23 31 * * /x\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::info);
  EXPECT_NE(findings[0].message.find("does not exist in Feb, Apr, Jun, Sep, Nov"),
            std::string::npos)
      << findings[0].message;
  std::string leap = only_message("dom-skips-short-months", "0 0 29 2 * /x\n");
  EXPECT_NE(leap.find("exists only in leap years"), std::string::npos) << leap;
}

}  // namespace
}  // namespace cronkit::testing
