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

TEST(SecondsOrYearField, MessageAndDialects) {
  std::string debian = only_message("seconds-or-year-field", "0 */5 * * * * /x\n");
  EXPECT_NE(debian.find("looks like a sixth time field (seconds or year)"), std::string::npos)
      << debian;
  EXPECT_CATCHES_AT("seconds-or-year-field", "0 */5 * * * * /x\n", 1, 13,
                    {.dialect = DialectId::cronie});
}

TEST(SecondsOrYearField, FalsePositives) {
  // A redirection or a program whose name starts with a digit is not a time field.
  EXPECT_CATCHES_NOT("seconds-or-year-field", "0 0 * * * 2>&1 /x\n0 0 * * * 1password-sync\n");
}

// The table's seconds_and_year_fields: supercronic reads 6 fields as ending with a year.
TEST(SecondsOrYearField, SupercronicReadsSixFieldsWithAYear) {
  const Options supercronic{.dialect = DialectId::supercronic};
  std::vector<lint::Finding> findings =
      findings_of("seconds-or-year-field", "0 */5 * * * * /poll\n", supercronic);
  ASSERT_EQ(findings.size(), 1u) << describe(findings);
  EXPECT_EQ(findings[0].severity, Severity::warning);
  EXPECT_NE(findings[0].message.find("supercronic reads them as minute, hour, day of month, "
                                     "month, day of week and year"),
            std::string::npos)
      << findings[0].message;
  EXPECT_CATCHES_NOT("seconds-or-year-field", "0 0 1 1 * 2027 /once\n", supercronic);
  EXPECT_CATCHES_NOT("seconds-or-year-field", "*/10 * * * * * * /poll\n", supercronic);
  EXPECT_CATCHES_NOT("seconds-or-year-field", "*/10 * * * * /poll\n", supercronic);
  EXPECT_CATCHES("seconds-or-year-field", "0 */5 * * * * /poll\n", {.dialect = DialectId::busybox});
}

// Entries are checked one by one, and lines cron rejects for another reason afterwards.
TEST(SecondsOrYearField, EntriesAndRejectedLines) {
  EXPECT_CATCHES_AT("seconds-or-year-field", "# a\n0 24 * * * 2027 /once\n", 2, 12);
  EXPECT_CATCHES_AT("seconds-or-year-field", "# a\n0 0 1 1 * 2027 /once\n", 2, 11);
  EXPECT_CATCHES_NOT("seconds-or-year-field", "0 0 1 1 * /x 2027\n");
  EXPECT_CATCHES_NOT("seconds-or-year-field", "0 0 1 1 * root 2027 /x\n",
                     {.format = CrontabFormat::system});
}

}  // namespace
}  // namespace cronkit::testing
