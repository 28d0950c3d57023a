// redirect-order: 2>&1 before >> file sends stderr to mail, not to the file

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(RedirectOrder, CatalogueExamples) {
  std::string text = "0 5 * * * /opt/llm/report.sh 2>&1 >> /var/log/llm-report.log\n";
  std::vector<lint::Finding> findings = findings_of("redirect-order", text);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span.column, 30u);
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(applied(text, *findings[0].fix),
            "0 5 * * * /opt/llm/report.sh >> /var/log/llm-report.log 2>&1\n");
  EXPECT_CATCHES_NOT("redirect-order",
                     "0 5 * * * /opt/llm/report.sh >> /var/log/llm-report.log 2>&1\n");
}

TEST(RedirectOrder, MessageNamesBothRedirections) {
  std::string message = only_message("redirect-order", "0 5 * * * /x 2>&1 > /tmp/x\n");
  EXPECT_NE(message.find("`2>&1` before `> /tmp/x`"), std::string::npos) << message;
  EXPECT_CATCHES_AT("redirect-order", "0 5 * * * /x 2>&1 >> /tmp/x; /y\n", 1, 14);
}

TEST(RedirectOrder, DeliberateIdioms) {
  EXPECT_CATCHES_NOT("redirect-order",
                     "0 5 * * * /opt/job 2>&1 >/dev/null | logger\n"
                     "0 5 * * * /opt/job 2>&1 >/dev/null\n");
}

TEST(RedirectOrder, FalsePositives) {
  EXPECT_CATCHES_NOT("redirect-order",
                     "0 5 * * * /x > /tmp/x 2>&1\n0 5 * * * /x 2>&1 | tee /tmp/x\n"
                     "0 5 * * * echo \"2>&1 >> /x\"\n");
}

// Where stderr goes instead of the file is the dialect's.
TEST(RedirectOrder, NamesWhereTheDaemonPutsStderr) {
  const char* job = "0 * * * * /srv/job.sh 2>&1 >> /var/log/job.log\n";
  EXPECT_NE(only_message("redirect-order", job).find("(cron's mail)"), std::string::npos);
  EXPECT_NE(only_message("redirect-order", job, {.dialect = DialectId::busybox})
                .find("(busybox crond's log)"),
            std::string::npos);
  EXPECT_NE(only_message("redirect-order", job, {.dialect = DialectId::systemd_cron})
                .find("(the journal)"),
            std::string::npos);
  EXPECT_NE(only_message("redirect-order", "MAILTO=\"\"\n" + std::string(job))
                .find("(nowhere (MAILTO=\"\"))"),
            std::string::npos);
}

}  // namespace
}  // namespace cronkit::testing
