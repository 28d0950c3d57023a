// sudo-in-cron: sudo in a cron job needs a password or a terminal

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions system_format{.format = CrontabFormat::system};

TEST(SudoInCron, CatalogueExamples) {
  EXPECT_CATCHES_AT("sudo-in-cron", "0 3 * * * sudo /usr/bin/certbot renew\n", 1, 11);
  EXPECT_CATCHES_NOT("sudo-in-cron", "0 3 * * * root /usr/bin/certbot renew -q\n", system_format);
  EXPECT_CATCHES("sudo-in-cron", "0 3 * * * nice -n 10 sudo -u www-data /x\n");
  EXPECT_CATCHES_NOT("sudo-in-cron", "0 3 * * * /opt/sudoers-check.sh\n");
}

TEST(SudoInCron, MessageSaysWhy) {
  std::string message = only_message("sudo-in-cron", "0 3 * * * sudo /x\n");
  EXPECT_NE(message.find("password or a terminal"), std::string::npos) << message;
}

TEST(SudoInCron, AnyCommandWordPosition) {
  EXPECT_CATCHES_AT("sudo-in-cron", "0 3 * * * cd /x && sudo make\n", 1, 20);
  EXPECT_CATCHES("sudo-in-cron", "0 3 * * * /usr/bin/sudo -n /x\n");
  EXPECT_CATCHES_AT("sudo-in-cron", "0 3 * * * deploy sudo -u www-data /x\n", 1, 18, system_format);
}

// root's sudo asks for no password, and Debian's sudoers has no `requiretty`; cronie's systems
// (RHEL) have shipped `Defaults requiretty`, which stops root's sudo without a terminal too.
TEST(SudoInCron, RootsSudoOnDebian) {
  EXPECT_CATCHES_NOT("sudo-in-cron", "0 3 * * * root sudo -u www-data /x\n", system_format);
  EXPECT_CATCHES("sudo-in-cron", "0 3 * * * root sudo -u www-data /x\n",
                 {.format = CrontabFormat::system, .dialect = DialectId::cronie});
}

// A line cron rejects for a value out of range still has a readable command; a line cron cannot
// split (a field it cannot read) gets its field-syntax finding only.
TEST(SudoInCron, RejectedLinesAreStillChecked) {
  EXPECT_CATCHES("sudo-in-cron", "0 24 * * * sudo /usr/bin/certbot renew\n");
  EXPECT_CATCHES_NOT("sudo-in-cron", "0 9 ? * MON sudo /usr/bin/certbot renew\n");
}

TEST(SudoInCron, FalsePositives) {
  EXPECT_CATCHES_NOT("sudo-in-cron",
                     "0 3 * * * echo sudo\n0 3 * * * grep sudo /var/log/auth.log\n"
                     "SUDO_USER=x\n");
}

}  // namespace
}  // namespace cronkit::testing
