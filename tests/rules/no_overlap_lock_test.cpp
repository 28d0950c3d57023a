// no-overlap-lock: a frequent job has no lock, so slow runs pile up

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(NoOverlapLock, CatalogueExamples) {
  EXPECT_CATCHES("no-overlap-lock",
                 "*/15 * * * * /srv/llm/.venv/bin/python /srv/llm/embed_new_docs.py >> "
                 "/var/log/llm/embed.log 2>&1\n");
  EXPECT_CATCHES_NOT("no-overlap-lock",
                     "*/15 * * * * flock -n /run/lock/embed.lock /srv/llm/.venv/bin/python "
                     "/srv/llm/embed_new_docs.py >> /var/log/llm/embed.log 2>&1\n");
}

TEST(NoOverlapLock, MessageGivesTheShortestGap) {
  EXPECT_NE(only_message("no-overlap-lock", "* * * * * /x\n").find("1 minute after a run"),
            std::string::npos);
  EXPECT_NE(only_message("no-overlap-lock", "0 8,9 * * * /x\n").find("60 minutes after a run"),
            std::string::npos);
}

TEST(NoOverlapLock, Gaps) {
  EXPECT_CATCHES("no-overlap-lock", "@hourly /srv/job\n");
  EXPECT_CATCHES("no-overlap-lock", "0 * * * * /srv/job\n");
  EXPECT_CATCHES("no-overlap-lock", "0 9-17 * * 1-5 /srv/job\n");
  // 23:30 and 00:15 the next day are 45 minutes apart.
  EXPECT_CATCHES("no-overlap-lock",
                 "30 23 * * * /srv/a\n15 0 * * * /srv/b\n15,30 0,23 * * * /srv/c\n");
  EXPECT_CATCHES_NOT("no-overlap-lock",
                     "0 */2 * * * /srv/job\n0 3 * * * /srv/job\n@daily /srv/job\n"
                     "@reboot /srv/job\n*/5 * * * * run-one /srv/job\n"
                     "0 24 * * * /srv/broken\n");
}

TEST(NoOverlapLock, AnyLockWrapper) {
  EXPECT_CATCHES_NOT("no-overlap-lock",
                     "*/5 * * * * flock -w 10 /l /x\n*/5 * * * * /usr/bin/flock -n /l /x\n");
}

// The table's starts_overlapping_runs: these daemons skip a run while the last one is running.
TEST(NoOverlapLock, SilentWhereTheDaemonNeverOverlapsRuns) {
  const char* job = "*/5 * * * * /usr/local/bin/sync\n";
  EXPECT_CATCHES_NOT("no-overlap-lock", job, {.dialect = DialectId::busybox});
  EXPECT_CATCHES_NOT("no-overlap-lock", job, {.dialect = DialectId::supercronic});
  EXPECT_CATCHES_NOT("no-overlap-lock", job, {.dialect = DialectId::systemd_cron});
  std::string message = only_message("no-overlap-lock", job, {.dialect = DialectId::bsd});
  EXPECT_NE(message.find("FreeBSD's cron does not wait"), std::string::npos) << message;
}

}  // namespace
}  // namespace cronkit::testing
