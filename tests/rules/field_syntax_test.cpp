// field-syntax: a time field that is not cron syntax

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(FieldSyntax, QuartzTokensAndDebiansSkippedTails) {
  EXPECT_CATCHES("field-syntax", "0 9 ? * MON /x\n");
  EXPECT_CATCHES("field-syntax", "1,,3 * * * * /x\n");
  auto debian = findings_of("field-syntax", "5#3 * * * * /x\n");
  ASSERT_EQ(debian.size(), 1u);
  EXPECT_NE(debian[0].message.find("\"5\""), std::string::npos) << debian[0].message;
  EXPECT_EQ(debian[0].severity, Severity::error);
  EXPECT_CATCHES("field-syntax", "5#3 * * * * /x\n", Options{.dialect = DialectId::cronie});
  EXPECT_CATCHES_NOT("field-syntax", "0 9 * * mon /x\n");
}

TEST(FieldSyntax, ASyntaxErrorStopsTheScheduleRules) {
  // Debian reads `31#2` as 31; the schedule rules do not guess on such a line.
  EXPECT_CATCHES("field-syntax", "0 0 31#2 * * /x\n");
  EXPECT_CATCHES_NOT("dom-skips-short-months", "0 0 31#2 * * /x\n");
  EXPECT_CATCHES("dom-skips-short-months", "0 0 31 * * /x\n");
}

TEST(FieldSyntax, MessagesForQuartzAndMalformedTokens) {
  std::string quartz = only_message("field-syntax", "0 9 L * * /x\n");
  EXPECT_NE(quartz.find("\"L\" in the day-of-month field is Quartz syntax"), std::string::npos)
      << quartz;
  std::string dash = only_message("field-syntax", "1- * * * * /x\n");
  EXPECT_NE(dash.find("expected a value after '-' in the minute field"), std::string::npos) << dash;
  // Debian's cron silently drops the rest of the token: the message says what it reads.
  std::string stars = only_message("field-syntax", "** * * * * /x\n");
  EXPECT_NE(stars.find("the minute field is read as \"*\""), std::string::npos) << stars;
  EXPECT_CATCHES_AT("field-syntax", "0 9 * * 1~5 /x\n", 1, 10);
}

TEST(FieldSyntax, FalsePositives) {
  EXPECT_CATCHES_NOT("field-syntax",
                     "*/5 1-5,7 1,15 jan-mar,dec MON-fri /x\n@daily /x\nA=1~2\n0 0 * * * a?b\n");
}

}  // namespace
}  // namespace cronkit::testing
