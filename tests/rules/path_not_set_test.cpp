// path-not-set: a program the command-location tables place outside cron's PATH, by its bare name

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions cronie{.dialect = DialectId::cronie};

TEST(PathNotSet, CatalogueExamples) {
  EXPECT_CATCHES_AT("path-not-set", "0 7 * * * logrotate /etc/logrotate.d/app\n", 1, 11);
  EXPECT_CATCHES_NOT("path-not-set", "0 7 * * * /usr/sbin/logrotate /etc/logrotate.d/app\n");
  EXPECT_CATCHES_NOT("path-not-set",
                     "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n"
                     "0 7 * * * logrotate /etc/logrotate.d/app\n");
}

// The message gives the evidence: where Debian installs it, from which package, and the PATH.
TEST(PathNotSet, MessageGivesTheEvidence) {
  std::string debian = only_message("path-not-set", "0 7 * * * logrotate /etc/l.conf\n");
  EXPECT_NE(debian.find("`logrotate` is installed in /usr/sbin on Debian (package logrotate), "
                        "which is not on the PATH Debian's cron gives jobs (/usr/bin:/bin)"),
            std::string::npos)
      << debian;
  std::string user = only_message("path-not-set", "0 7 * * * uv run /srv/job.py\n");
  EXPECT_NE(user.find("`uv` is not packaged by Debian"), std::string::npos) << user;
  EXPECT_NE(user.find("~/.local/bin"), std::string::npos) << user;
}

// cronie's PATH has /usr/sbin and /sbin; a PATH line that covers the directory silences it.
TEST(PathNotSet, ThePathOfTheDialectAndOfTheFile) {
  EXPECT_CATCHES("path-not-set", "0 7 * * * service nginx reload\n");
  EXPECT_CATCHES_NOT("path-not-set", "0 7 * * * service nginx reload\n", cronie);
  EXPECT_CATCHES_NOT("path-not-set", "PATH=/usr/sbin:/usr/bin:/bin\n0 7 * * * iptables -L\n");
  EXPECT_CATCHES_NOT("path-not-set", "PATH=/sbin:/bin\n0 7 * * * iptables -L\n");
  // A PATH line that does not cover it: still reported.
  EXPECT_CATCHES("path-not-set", "PATH=/usr/local/bin:/usr/bin:/bin\n0 7 * * * zpool scrub t\n");
  EXPECT_CATCHES_NOT("path-not-set",
                     "PATH=/home/deploy/.local/bin:/usr/bin:/bin\n0 7 * * * uv run /j.py\n");
  EXPECT_CATCHES("path-not-set", "PATH=/opt/tools/bin:/usr/bin:/bin\n0 7 * * * uv run /j.py\n");
  EXPECT_CATCHES_NOT("path-not-set", "0 7 * * * PATH=/opt/bin:/usr/bin:/usr/sbin logrotate x\n");
}

// Facts, not guesses: what Debian installs in /usr/bin is found, and an unknown name is not
// evidence of anything.
TEST(PathNotSet, OnlyWhatTheTablesPlaceElsewhere) {
  EXPECT_CATCHES_NOT("path-not-set",
                     "0 7 * * * cd /srv && tar czf /b/x.tgz . && echo $(date) | logger\n");
  EXPECT_CATCHES_NOT("path-not-set", "0 7 * * * apt-get -qq update\n");
  EXPECT_CATCHES_NOT("path-not-set", "0 7 * * * ts; nocache cp a b; ntpviz\n");
  EXPECT_CATCHES_NOT("path-not-set", "0 7 * * * node /x.js\n");  // Debian's nodejs: /usr/bin
  EXPECT_CATCHES_NOT("path-not-set", "0 7 * * * python main.py\n");
  EXPECT_CATCHES_NOT("path-not-set", "0 7 * * * my-own-tool --run\n");
  EXPECT_CATCHES("path-not-set", "0 7 * * * flock -n /tmp/l ntpdate pool.ntp.org\n");
  EXPECT_CATCHES("path-not-set", "0 7 * * * echo $(zpool list)\n");
  EXPECT_CATCHES_AT("path-not-set", "0 7 * * * root nginx -s reload\n", 1, 16,
                    {.format = CrontabFormat::system});
}

TEST(PathNotSet, RejectedLines) {
  // A sixth time field is not the command: `*` is not reported as a program.
  EXPECT_CATCHES_AT("path-not-set", "0 */5 * * * * logrotate /x\n", 1, 15);
  EXPECT_CATCHES_NOT("path-not-set", "0 */5 * * * * /srv/poll.sh\n");
  // Environment lines cron rejects are not jobs.
  EXPECT_CATCHES_NOT("path-not-set", "MAILTO=\nexport FOO=bar\n");
}

// The quick look at the job's words (before the shell reading) sees a program however it is
// quoted or wherever the shell would run it.
TEST(PathNotSet, FoundBehindQuotesWrappersAndLists) {
  for (const char* job :
       {"0 7 * * * \"logrotate\" /etc/x\n", "0 7 * * * log''rotate /etc/x\n",
        "0 7 * * * nice -n 5 logrotate /etc/x\n", "0 7 * * * (cd /tmp;logrotate x)\n",
        "0 7 * * * true&&logrotate x\n", "0 7 * * * echo `logrotate x`\n"}) {
    EXPECT_CATCHES("path-not-set", job);
  }
}

// The table's inherits_daemon_environment, exports_crontab_variables and default_path.
TEST(PathNotSet, FollowsTheDialectsEnvironment) {
  const char* job = "0 7 * * * logrotate /etc/logrotate.conf\n";
  EXPECT_CATCHES_NOT("path-not-set", job, {.dialect = DialectId::busybox});
  EXPECT_CATCHES_NOT("path-not-set", job, {.dialect = DialectId::supercronic});
  // supercronic exports the crontab's PATH; busybox crond drops the line.
  const std::string with_path = std::string("PATH=/usr/bin:/bin\n") + job;
  EXPECT_NE(only_message("path-not-set", with_path, {.dialect = DialectId::supercronic})
                .find("not on the crontab's PATH=/usr/bin:/bin"),
            std::string::npos);
  EXPECT_CATCHES_NOT("path-not-set", with_path, {.dialect = DialectId::busybox});
  // systemd's service PATH has /usr/sbin.
  EXPECT_CATCHES_NOT("path-not-set", job, {.dialect = DialectId::systemd_cron});
  EXPECT_NE(only_message("path-not-set", job)
                .find("not on the PATH Debian's cron gives jobs (/usr/bin:/bin)"),
            std::string::npos);
}

}  // namespace
}  // namespace cronkit::testing
