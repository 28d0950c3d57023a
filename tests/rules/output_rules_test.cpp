// The output and locking rules: output-not-redirected, redirect-order, stderr-not-captured,
// no-overlap-lock, flock-blocking, no-timeout.

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit {
namespace {

using testing::findings_of;

std::string applied(std::string_view text, const lint::Fix& fix) {
  std::string result(text);
  result.replace(fix.span.begin, fix.span.end - fix.span.begin, fix.replacement);
  return result;
}

TEST(OutputNotRedirected, CatalogueExamples) {
  EXPECT_CATCHES("output-not-redirected",
                 "15 * * * * /srv/llm/.venv/bin/python /srv/llm/triage.py\n");
  EXPECT_CATCHES_NOT("output-not-redirected",
                     "15 * * * * /srv/llm/.venv/bin/python /srv/llm/triage.py >> "
                     "/var/log/llm/triage.log 2>&1\n");
}

TEST(OutputNotRedirected, MailtoPipesAndGroups) {
  EXPECT_CATCHES_NOT("output-not-redirected", "MAILTO=ops@example.com\n15 * * * * /srv/job\n");
  EXPECT_CATCHES("output-not-redirected", "MAILTO=\"\"\n15 * * * * /srv/job\n");
  EXPECT_CATCHES_NOT("output-not-redirected",
                     "15 * * * * /srv/job 2>&1 | logger -t job\n"
                     "15 * * * * (cd /srv && ./job) >> /var/log/job.log 2>&1\n"
                     "15 * * * * { /srv/a; /srv/b; } > /dev/null 2>&1\n"
                     "15 * * * * /srv/job | tee -a /var/log/job.log\n");
}

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

TEST(RedirectOrder, DeliberateIdioms) {
  EXPECT_CATCHES_NOT("redirect-order",
                     "0 5 * * * /opt/job 2>&1 >/dev/null | logger\n"
                     "0 5 * * * /opt/job 2>&1 >/dev/null\n");
}

TEST(StderrNotCaptured, CatalogueExamples) {
  std::string text =
      "0 6 * * * /srv/llm/.venv/bin/python /srv/llm/digest.py >> /var/log/llm/digest.log\n";
  std::vector<lint::Finding> findings = findings_of("stderr-not-captured", text);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::info);
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(applied(text, *findings[0].fix),
            "0 6 * * * /srv/llm/.venv/bin/python /srv/llm/digest.py >> /var/log/llm/digest.log "
            "2>&1\n");
  EXPECT_CATCHES_NOT("stderr-not-captured", applied(text, *findings[0].fix));
}

TEST(StderrNotCaptured, SupersededAndCovered) {
  EXPECT_CATCHES_NOT("stderr-not-captured",
                     "0 5 * * * /opt/job 2>&1 >> /var/log/x.log\n"  // redirect-order's
                     "0 5 * * * /opt/job > /dev/null\n"
                     "0 5 * * * /opt/job >> /var/log/x.log 2>> /var/log/x.err\n"
                     "0 5 * * * /opt/job &>> /var/log/x.log\n"
                     "MAILTO=ops@example.com\n0 5 * * * /opt/job >> /var/log/x.log\n");
}

TEST(NoOverlapLock, CatalogueExamples) {
  EXPECT_CATCHES("no-overlap-lock",
                 "*/15 * * * * /srv/llm/.venv/bin/python /srv/llm/embed_new_docs.py >> "
                 "/var/log/llm/embed.log 2>&1\n");
  EXPECT_CATCHES_NOT("no-overlap-lock",
                     "*/15 * * * * flock -n /run/lock/embed.lock /srv/llm/.venv/bin/python "
                     "/srv/llm/embed_new_docs.py >> /var/log/llm/embed.log 2>&1\n");
}

TEST(NoOverlapLock, Gaps) {
  EXPECT_CATCHES("no-overlap-lock", "@hourly /srv/job\n");
  EXPECT_CATCHES("no-overlap-lock", "0 9-17 * * 1-5 /srv/job\n");
  // 23:30 and 00:15 the next day are 45 minutes apart.
  EXPECT_CATCHES("no-overlap-lock",
                 "30 23 * * * /srv/a\n15 0 * * * /srv/b\n15,30 0,23 * * * /srv/c\n");
  EXPECT_CATCHES_NOT("no-overlap-lock",
                     "0 */2 * * * /srv/job\n0 3 * * * /srv/job\n@daily /srv/job\n"
                     "@reboot /srv/job\n*/5 * * * * run-one /srv/job\n"
                     "0 24 * * * /srv/broken\n");
}

TEST(FlockBlocking, CatalogueExamples) {
  std::string text = "*/5 * * * * flock /run/lock/sync.lock /opt/jobs/sync.sh\n";
  std::vector<lint::Finding> findings = findings_of("flock-blocking", text);
  ASSERT_EQ(findings.size(), 1u);
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(applied(text, *findings[0].fix),
            "*/5 * * * * flock -n /run/lock/sync.lock /opt/jobs/sync.sh\n");
  EXPECT_CATCHES_NOT("flock-blocking",
                     "*/5 * * * * flock -n /run/lock/sync.lock /opt/jobs/sync.sh\n");
  EXPECT_CATCHES_NOT("flock-blocking",
                     "*/5 * * * * flock -xn /l /x\n*/5 * * * * flock -w 10 /l /x\n"
                     "*/5 * * * * flock --nonblock /l -c '/x'\n");
  EXPECT_CATCHES("flock-blocking", "*/5 * * * * flock -x /l -c '/x'\n");
}

TEST(NoTimeout, CatalogueExamples) {
  EXPECT_CATCHES("no-timeout", "*/10 * * * * flock -n /run/lock/x.lock /srv/llm/poll.sh\n");
  EXPECT_CATCHES_NOT("no-timeout",
                     "*/10 * * * * flock -n /run/lock/x.lock timeout 540 /srv/llm/poll.sh\n");
  EXPECT_CATCHES_NOT("no-timeout",
                     "*/10 * * * * flock -n /l curl -m 30 https://x\n*/10 * * * * /srv/poll.sh\n");
  const lint::Rule* rule = lint::find_rule("no-timeout");
  ASSERT_NE(rule, nullptr);
  EXPECT_FALSE(rule->info.default_enabled);
}

}  // namespace
}  // namespace cronkit
