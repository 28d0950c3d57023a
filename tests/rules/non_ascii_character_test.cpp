// non-ascii-character: look-alike and invisible characters

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(NonAsciiCharacter, AnEnDashInATimeFieldIsAnError) {
  auto findings = findings_of("non-ascii-character",
                              "0 9 * * 1\xE2\x80\x93"
                              "5 /x\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::error);
  EXPECT_EQ(findings[0].span.column, 10u);
  EXPECT_NE(findings[0].message.find("en dash (U+2013) in the day-of-week field"),
            std::string::npos)
      << findings[0].message;
  ASSERT_TRUE(findings[0].fix);
  EXPECT_EQ(findings[0].fix->replacement, "-");
}

TEST(NonAsciiCharacter, SmartQuotesInTheCommandAreAWarning) {
  auto findings = findings_of("non-ascii-character",
                              "0 9 * * 1 /x --title \xE2\x80\x9C"
                              "D\xE2\x80\x9D\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::warning);
  EXPECT_EQ(findings[0].span.column, 22u);
}

TEST(NonAsciiCharacter, ByteOrderMarkNulAndInvalidUtf8) {
  EXPECT_CATCHES_AT("non-ascii-character", "\xEF\xBB\xBF# x\n0 5 * * * /x\n", 1, 1);
  EXPECT_CATCHES("non-ascii-character", std::string("0 5 * * * /x\0y\n", 15));
  EXPECT_CATCHES("non-ascii-character", "0 5 * * * /x \xFF\n");
  EXPECT_CATCHES("non-ascii-character",
                 "0\xC2\xA0"
                 "5 * * * * /x\n");
}

TEST(NonAsciiCharacter, OrdinaryTextAndCommentsAreFine) {
  EXPECT_CATCHES_NOT("non-ascii-character",
                     "0 9 * * 1 echo Gr\xC3\xBC\xC3\x9F"
                     "e\n");
  EXPECT_CATCHES_NOT("non-ascii-character", "# \xE2\x80\x9Cquoted\xE2\x80\x9D\n0 5 * * * /x\n");
}

// The rule skips runs of eight printable ASCII bytes at once: a reported byte must be found at
// every position within such a run, whatever its neighbours, and tabs and CRs must stay silent.
TEST(NonAsciiCharacter, EveryReportedByteIsFoundAtEveryPositionOfAWord) {
  std::vector<std::string> bad_bytes = {"\x01", "\x08", "\x0B", "\x1B",         "\x1F",
                                        "\x7F", "\xFF", "\x80", "\xE2\x80\x9C", "\xC2\xA0"};
  const std::string command = "/opt/jobs/run.sh --job 17 >> /var/log/jobs.log";
  for (const std::string& bad : bad_bytes) {
    for (std::size_t at = 0; at <= 17; ++at) {
      std::string line = "0 5 * * * " + command;
      line.insert(10 + at, bad);
      EXPECT_CATCHES_AT("non-ascii-character", line + "\n", 1, 11 + at);
    }
  }
  EXPECT_CATCHES_NOT("non-ascii-character", "0 5 * * * /opt/jobs/run.sh\t--job\t17 ~{}\n");
  EXPECT_CATCHES_NOT("non-ascii-character", "0 5 * * * /opt/jobs/run.sh --job 17\r\n");
}

}  // namespace
}  // namespace cronkit::testing
