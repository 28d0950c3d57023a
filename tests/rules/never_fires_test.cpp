// never-fires: a schedule that never fires

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(NeverFires, ImpossibleDates) {
  EXPECT_CATCHES_AT("never-fires", "0 0 31 4 * /x\n", 1, 1);
  EXPECT_CATCHES("never-fires", "0 0 30 2 * /x\n");
  EXPECT_CATCHES("never-fires", "0 0 31 2 */2 /x\n");      // DOW starts with '*': AND
  EXPECT_CATCHES_NOT("never-fires", "0 0 31 2 mon /x\n");  // OR: Mondays in February
  EXPECT_CATCHES_NOT("never-fires", "0 0 30 4 * /x\n");
  EXPECT_CATCHES_NOT("never-fires", "0 0 29 2 * /x\n");
  EXPECT_CATCHES_NOT("never-fires", "@reboot /x\n");
}

TEST(NeverFires, NotOnLinesWithASyntaxError) {
  // range-reversed (an error) already says the job never runs (docs/rules.md, "Precedence").
  EXPECT_CATCHES_NOT("never-fires", "0 22-2 * * * /x\n");
  EXPECT_CATCHES("range-reversed", "0 22-2 * * * /x\n");
}

TEST(NeverFires, MessageNamesTheMonths) {
  EXPECT_NE(only_message("never-fires", "0 0 31 4 * /x\n").find("April has no day 31"),
            std::string::npos);
  std::string two =
      only_message("never-fires", "0 0 31 4,6 * /x\n", {.dialect = DialectId::cronie});
  EXPECT_NE(two.find("April and June have no day 31"), std::string::npos) << two;
}

}  // namespace
}  // namespace cronkit::testing

namespace cronkit::testing {
namespace {

LintTestOptions expression_of(DialectId dialect) {
  return {.dialect = dialect, .expression = true};
}

TEST(NeverFires, SchedulersExpressionsInTheirOwnReading) {
  EXPECT_EQ(only_message("never-fires", "0 0 0 31 4 ?", expression_of(DialectId::quartz)),
            "the schedule never fires: April has no day 31; Quartz accepts it and never runs the "
            "job");
  EXPECT_CATCHES("never-fires", "0 0 30 2 *", expression_of(DialectId::kubernetes));
  EXPECT_CATCHES("never-fires", "cron(0 0 30 2 ? *)", expression_of(DialectId::eventbridge));
  EXPECT_CATCHES("never-fires", "0 0 0 30 2 *", expression_of(DialectId::spring));
  // Kubernetes ORs restricted day fields: Mondays in February.
  EXPECT_CATCHES_NOT("never-fires", "0 0 30 2 1", expression_of(DialectId::kubernetes));
  EXPECT_CATCHES_NOT("never-fires", "0 0 0 29 2 ?", expression_of(DialectId::quartz));
  EXPECT_CATCHES_NOT("never-fires", "rate(5 minutes)", expression_of(DialectId::eventbridge));
}

}  // namespace
}  // namespace cronkit::testing
