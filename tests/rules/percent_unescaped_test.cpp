// percent-unescaped: an unescaped % ends the command

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions cronie{.dialect = DialectId::cronie};
const LintTestOptions system_format{.format = CrontabFormat::system};

TEST(PercentUnescaped, CatalogueExamples) {
  EXPECT_CATCHES_AT("percent-unescaped",
                    "0 2 * * * tar czf /backups/site-$(date +%F).tgz /var/www\n", 1, 41);
  EXPECT_CATCHES_NOT("percent-unescaped",
                     "0 2 * * * tar czf /backups/site-$(date +\\%F).tgz /var/www\n");
}

TEST(PercentUnescaped, MessageNamesTheCutAndTheStandardInput) {
  std::string message = only_message("percent-unescaped", "0 2 * * * date +%F > /tmp/x\n");
  EXPECT_NE(message.find("`date` gets a cut format"), std::string::npos) << message;
  EXPECT_NE(message.find("(`F > /tmp/x`) goes to standard input"), std::string::npos) << message;
  EXPECT_NE(message.find("`\\%`"), std::string::npos) << message;
}

TEST(PercentUnescaped, FixEscapesEveryPercentAndMessagesSpecialise) {
  std::string text = "0 2 * * * date +%Y-%m-\\%d > /tmp/x\n";
  std::optional<lint::Fix> fix = only_fix("percent-unescaped", text);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(applied(text, *fix), "0 2 * * * date +\\%Y-\\%m-\\%d > /tmp/x\n");
  EXPECT_CATCHES_NOT("percent-unescaped", applied(text, *fix));
  std::vector<lint::Finding> arithmetic =
      findings_of("percent-unescaped", "0 * * * * sleep $((RANDOM % 300))\n");
  ASSERT_EQ(arithmetic.size(), 1u);
  EXPECT_NE(arithmetic[0].message.find("$(( ))"), std::string::npos);
  // Quotes do not protect a `%`; a shell comment does not either.
  EXPECT_CATCHES("percent-unescaped", "0 * * * * echo '100%'\n");
  EXPECT_CATCHES("percent-unescaped", "0 * * * * /bin/true # 100%\n");
  // `\\%`: the backslash pair is one character for cron, so the `%` is unescaped.
  EXPECT_CATCHES("percent-unescaped", "0 * * * * echo a\\\\%b\n");
}

TEST(PercentUnescaped, EveryFormatDialectAndSpecial) {
  EXPECT_CATCHES_AT("percent-unescaped", "0 2 * * * root date +%F\n", 1, 22, system_format);
  EXPECT_CATCHES_AT("percent-unescaped", "@daily date +%s\n", 1, 14, cronie);
  EXPECT_CATCHES("percent-unescaped", "@daily date +%s\n");
}

TEST(PercentUnescaped, OnlyCommandsCount) {
  // Environment values and comment lines are not cut at `%`.
  EXPECT_CATCHES_NOT("percent-unescaped", "PROGRESS=100%\n# 100% sure\n0 2 * * * /bin/true\n");
  // Standard input on purpose: suppressed on the line above.
  EXPECT_CATCHES_NOT("percent-unescaped",
                     "# cronlint: disable=percent-unescaped\n0 2 * * * mail -s x root%body\n");
}

// A line with a syntax error still gets the command rules' findings.
TEST(PercentUnescaped, RejectedLinesAreStillChecked) {
  EXPECT_CATCHES_AT("percent-unescaped", "0 24 * * * date +%F >> /tmp/x 2>&1\n", 1, 18);
  EXPECT_CATCHES("percent-unescaped", "# cronlint: kind=system\n0 24 * * * root date +%F\n",
                 LintTestOptions{});
}

// The table's percent_is_special: busybox crond and supercronic hand `%` to the shell.
TEST(PercentUnescaped, FollowsTheDialect) {
  const char* job = "0 2 * * * tar czf /b/site-$(date +%F).tgz /var/www\n";
  EXPECT_CATCHES_NOT("percent-unescaped", job, {.dialect = DialectId::busybox});
  EXPECT_CATCHES_NOT("percent-unescaped", job, {.dialect = DialectId::supercronic});
  std::string message = only_message("percent-unescaped", job, {.dialect = DialectId::bsd});
  EXPECT_NE(message.find("FreeBSD's cron ends the command at this `%`"), std::string::npos)
      << message;
}

}  // namespace
}  // namespace cronkit::testing
