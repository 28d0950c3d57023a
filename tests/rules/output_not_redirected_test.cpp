// output-not-redirected: the job's output goes to mail, which often goes nowhere

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(OutputNotRedirected, CatalogueExamples) {
  EXPECT_CATCHES("output-not-redirected",
                 "15 * * * * /srv/llm/.venv/bin/python /srv/llm/triage.py\n");
  EXPECT_CATCHES_NOT("output-not-redirected",
                     "15 * * * * /srv/llm/.venv/bin/python /srv/llm/triage.py >> "
                     "/var/log/llm/triage.log 2>&1\n");
}

TEST(OutputNotRedirected, MessagesSayWhereTheOutputGoes) {
  std::string user = only_message("output-not-redirected", "15 * * * * /srv/job\n");
  EXPECT_NE(user.find("mails it to the crontab's owner"), std::string::npos) << user;
  std::string system = only_message("output-not-redirected", "15 * * * * root /srv/job\n",
                                    {.format = CrontabFormat::system});
  EXPECT_NE(system.find("mails it to root (the job's user)"), std::string::npos) << system;
  std::string discarded =
      only_message("output-not-redirected", "MAILTO=\"\"\n15 * * * * /srv/job\n");
  EXPECT_NE(discarded.find("MAILTO=\"\" discards it"), std::string::npos) << discarded;
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

TEST(OutputNotRedirected, TheLastMailtoAboveDecides) {
  EXPECT_CATCHES_AT("output-not-redirected", "MAILTO=ops@x.org\nMAILTO=\"\"\n15 * * * * /srv/job\n",
                    3, 12);
  EXPECT_CATCHES_NOT("output-not-redirected",
                     "MAILTO=\"\"\nMAILTO=ops@x.org\n15 * * * * /srv/job\n");
  // cronie accepts an empty unquoted MAILTO as "no mail".
  EXPECT_CATCHES("output-not-redirected", "MAILTO=\n15 * * * * /srv/job\n",
                 {.dialect = DialectId::cronie});
}

TEST(OutputNotRedirected, FalsePositives) {
  EXPECT_CATCHES_NOT("output-not-redirected",
                     "15 * * * * /srv/job | systemd-cat -t job\n15 * * * * /srv/job > /dev/null\n"
                     "15 * * * * /srv/job 2>&1 | mail -s x ops\n");
}

// The table's output_without_mailto and mails_output_to_mailto.
TEST(OutputNotRedirected, FollowsWhereTheDaemonPutsOutput) {
  const char* job = "15 * * * * /srv/triage.py\n";
  EXPECT_CATCHES_NOT("output-not-redirected", job, {.dialect = DialectId::busybox});
  EXPECT_CATCHES_NOT("output-not-redirected", job, {.dialect = DialectId::supercronic});
  EXPECT_CATCHES_NOT("output-not-redirected", job, {.dialect = DialectId::systemd_cron});
  // busybox crond without a recipient: MAILTO="" is the same as none.
  EXPECT_CATCHES_NOT("output-not-redirected", std::string("MAILTO=\"\"\n") + job,
                     {.dialect = DialectId::busybox});
  std::string message = only_message("output-not-redirected", job, {.dialect = DialectId::bsd});
  EXPECT_NE(message.find("FreeBSD's cron mails it to the crontab's owner"), std::string::npos)
      << message;
  EXPECT_NE(only_message("output-not-redirected", job).find("Debian's cron mails it"),
            std::string::npos);
}

}  // namespace
}  // namespace cronkit::testing
