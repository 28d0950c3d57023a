// range-reversed: a reversed range

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(RangeReversed, FiresOnAReversedRange) {
  EXPECT_CATCHES_AT("range-reversed", "0 22-2 * * * /opt/jobs/night-batch.sh\n", 1, 3);
  EXPECT_CATCHES("range-reversed", "0 9 * * fri-mon /x\n");
  EXPECT_CATCHES_NOT("range-reversed", "0 2-22 * * * /x\n");
  auto findings = findings_of("range-reversed", "0 22-2 * * * /x\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::error);
  EXPECT_NE(findings[0].message.find("never runs"), std::string::npos) << findings[0].message;
}

TEST(RangeReversed, CronieReadsAnEndOfZeroAsSeven) {
  EXPECT_CATCHES("range-reversed", "0 9 * * sat-sun /x\n");
  EXPECT_CATCHES_NOT("range-reversed", "0 9 * * sat-sun /x\n",
                     Options{.dialect = DialectId::cronie});
}

TEST(RangeReversed, MessageShowsTheNumbers) {
  std::string message = only_message("range-reversed", "0 9 * dec-jan * /x\n");
  EXPECT_NE(message.find("month range 'dec-jan' is reversed (12 > 1)"), std::string::npos)
      << message;
  EXPECT_CATCHES_AT("range-reversed", "50-10 * * * * /x\n", 1, 1);
}

TEST(RangeReversed, FalsePositives) {
  EXPECT_CATCHES_NOT("range-reversed", "0 9 * * 5-5 /x\n0 9 * * mon-fri /x\n0 0-23/2 * * * /x\n");
  EXPECT_CATCHES_NOT("range-reversed", "0 9 * * 6-0 /x\n", {.dialect = DialectId::cronie});
}

}  // namespace
}  // namespace cronkit::testing
