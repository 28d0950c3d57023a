// inverted-existence-guard: test -x PROG || PROG runs PROG only when it is missing

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

constexpr std::string_view rule = "inverted-existence-guard";

TEST(InvertedExistenceGuard, CatalogueExamples) {
  EXPECT_CATCHES(rule, "0 2 * * * test -x /usr/local/sbin/backup || /usr/local/sbin/backup\n");
  EXPECT_CATCHES_NOT(rule, "0 2 * * * test -x /usr/local/sbin/backup && /usr/local/sbin/backup\n");
}

TEST(InvertedExistenceGuard, Shapes) {
  EXPECT_CATCHES(rule, "0 2 * * * [ -x /srv/backup ] || /srv/backup --full\n");
  EXPECT_CATCHES(rule, "0 2 * * * [ -f /srv/backup ] || ( /srv/backup --full )\n");
  EXPECT_CATCHES(rule, "0 2 * * * [ -e /srv/backup ] || { /srv/backup; }\n");
  EXPECT_CATCHES(rule, "0 2 * * * test -x /srv/backup || nice -n 10 /srv/backup\n");
  EXPECT_CATCHES(rule, "0 2 * * * root test -x /srv/backup || /srv/backup\n",
                 {.format = CrontabFormat::system});
}

TEST(InvertedExistenceGuard, Message) {
  std::string message = only_message(rule, "0 2 * * * [ -x /srv/backup ] || /srv/backup\n");
  EXPECT_NE(message.find("`[ -x /srv/backup ] || /srv/backup` runs /srv/backup only when the "
                         "test fails"),
            std::string::npos)
      << message;
}

TEST(InvertedExistenceGuard, NearMisses) {
  // fetch-crl (Debian): a negated test of another file, on purpose.
  EXPECT_CATCHES_NOT(rule,
                     "42 */6 * * *\troot\t[ ! -f /var/lock/fetch-crl-cron ] || ( [ -f "
                     "/etc/default/fetch-crl ] && . /etc/default/fetch-crl ; /usr/sbin/fetch-crl "
                     "-q -r 360 $FETCHCRL_OPTIONS $FETCHCRL_CRON_OPTIONS )\n",
                     {.format = CrontabFormat::system});
  // /etc/crontab: run-parts when anacron is not installed.
  EXPECT_CATCHES_NOT(rule,
                     "25 6 * * * root test -x /usr/sbin/anacron || { cd / && run-parts --report "
                     "/etc/cron.daily; }\n",
                     {.format = CrontabFormat::system});
  // e2scrub_all: a test of another path.
  EXPECT_CATCHES_NOT(rule,
                     "30 3 * * 0 root test -e /run/systemd/system || SERVICE_MODE=1 "
                     "/sbin/e2scrub_all -A -r\n",
                     {.format = CrontabFormat::system});
  // Negated tests, `&&`, other operators, other programs, a variable path.
  EXPECT_CATCHES_NOT(rule, "0 2 * * * [ ! -x /srv/backup ] || /srv/backup\n");
  EXPECT_CATCHES_NOT(rule, "0 2 * * * ! test -x /srv/backup || /srv/backup\n");
  EXPECT_CATCHES_NOT(rule, "0 2 * * * [ -x /srv/backup ] && /srv/backup\n");
  EXPECT_CATCHES_NOT(rule, "0 2 * * * [ -d /srv/backup ] || /srv/backup\n");
  EXPECT_CATCHES_NOT(rule, "0 2 * * * [ -f /srv/lock ] || /srv/backup\n");
  EXPECT_CATCHES_NOT(rule, "0 2 * * * [ -x $B ] || $B\n");
  EXPECT_CATCHES_NOT(rule, "0 2 * * * test -x /srv/backup || echo /srv/backup missing\n");
  EXPECT_CATCHES_NOT(rule, "0 2 * * * test -f /srv/x.lock || touch /srv/x.lock\n");
  // The tested file is an argument, not the program.
  EXPECT_CATCHES_NOT(rule, "0 2 * * * [ -f /srv/db.sql ] || /usr/bin/pg_dump -f /srv/db.sql\n");
}

}  // namespace
}  // namespace cronkit::testing
