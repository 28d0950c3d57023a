// stderr-not-captured: stdout is logged to a file but stderr still goes to mail

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

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

TEST(StderrNotCaptured, MessageNamesTheLog) {
  std::string message = only_message("stderr-not-captured", "0 5 * * * /x > /tmp/x\n");
  EXPECT_NE(message.find("stdout goes to /tmp/x but stderr still goes to cron's mail"),
            std::string::npos)
      << message;
  // MAILTO="" is no mail at all: stderr is lost.
  EXPECT_CATCHES("stderr-not-captured", "MAILTO=\"\"\n0 5 * * * /x >> /tmp/x\n");
}

TEST(StderrNotCaptured, SupersededAndCovered) {
  EXPECT_CATCHES_NOT("stderr-not-captured",
                     "0 5 * * * /opt/job 2>&1 >> /var/log/x.log\n"  // redirect-order's
                     "0 5 * * * /opt/job > /dev/null\n"
                     "0 5 * * * /opt/job >> /var/log/x.log 2>> /var/log/x.err\n"
                     "0 5 * * * /opt/job &>> /var/log/x.log\n"
                     "MAILTO=ops@example.com\n0 5 * * * /opt/job >> /var/log/x.log\n");
}

TEST(StderrNotCaptured, FalsePositives) {
  EXPECT_CATCHES_NOT("stderr-not-captured",
                     "0 5 * * * /x > /tmp/x 2>/tmp/err\n0 5 * * * /x | tee /tmp/x\n");
}

// A `>` with nothing after it writes no file (the shell stops with a syntax error): no finding,
// and no reading of a target that is not there.
TEST(StderrNotCaptured, SilentOnARedirectionWithoutTarget) {
  EXPECT_CATCHES_NOT("stderr-not-captured",
                     "0 * * * * /usr/bin/python3 <path to script>\n0 5 * * * /opt/job >\n");
}

// The table's output_without_mailto: the daemon's log or the journal keeps stderr.
TEST(StderrNotCaptured, SilentWhereTheDaemonLogsStderr) {
  const char* job = "0 * * * * /srv/job.sh > /var/log/job.log\n";
  EXPECT_CATCHES("stderr-not-captured", job);
  EXPECT_CATCHES("stderr-not-captured", job, {.dialect = DialectId::bsd});
  EXPECT_CATCHES_NOT("stderr-not-captured", job, {.dialect = DialectId::busybox});
  EXPECT_CATCHES_NOT("stderr-not-captured", job, {.dialect = DialectId::supercronic});
  EXPECT_CATCHES_NOT("stderr-not-captured", job, {.dialect = DialectId::systemd_cron});
}

}  // namespace
}  // namespace cronkit::testing
