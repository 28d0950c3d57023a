// mail-without-recipient: mail or mailx is given a subject but no recipient

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

constexpr std::string_view rule = "mail-without-recipient";

TEST(MailWithoutRecipient, CatalogueExamples) {
  EXPECT_CATCHES(rule, "0 6 * * * /usr/local/bin/disk-report | mail -s \"disk report\"\n");
  EXPECT_CATCHES_NOT(rule, "0 6 * * * /usr/local/bin/disk-report | mail -s \"disk report\" root\n");
}

TEST(MailWithoutRecipient, Programs) {
  EXPECT_CATCHES(rule, "0 6 * * * df -h | mailx -s disk\n");
  EXPECT_CATCHES(rule, "0 6 * * * df -h | /usr/bin/mailx -E -s \"df on host\"\n");
  EXPECT_CATCHES(rule, "0 6 * * * df -h | s-nail -s disk -r cron@example.org\n");
  EXPECT_CATCHES(rule, "0 6 * * * df -h | bsd-mailx -a 'X-Tag: df' -s disk\n");
  EXPECT_CATCHES(rule, "0 6 * * * df -h | mail -sdisk\n");
  EXPECT_CATCHES(rule, "0 6 * * * /opt/report > /tmp/r && mail -s report < /tmp/r\n");
}

TEST(MailWithoutRecipient, MessageQuotesTheCommand) {
  std::string message = only_message(rule, "0 6 * * * df -h | mail -s disk\n");
  EXPECT_NE(message.find("`mail -s disk` has no recipient address"), std::string::npos) << message;
}

TEST(MailWithoutRecipient, NearMisses) {
  // Recipients as operands, from variables, as -c/-b, or from the headers (-t).
  EXPECT_CATCHES_NOT(rule, "0 6 * * * df | mail -s disk root\n");
  EXPECT_CATCHES_NOT(rule, "0 6 * * * df | mail -s \"disk on $(hostname)\" admin@example.org\n");
  EXPECT_CATCHES_NOT(rule, "0 6 * * * df | mail -s disk \"$ADMIN\"\n");
  EXPECT_CATCHES_NOT(rule, "0 6 * * * df | mail -s disk $MAILTO\n");
  EXPECT_CATCHES_NOT(rule, "0 6 * * * df | mail -s disk -c ops@example.org\n");
  EXPECT_CATCHES_NOT(rule, "0 6 * * * /opt/make-message | mail -t\n");
  EXPECT_CATCHES_NOT(rule, "0 6 * * * df | mailx -E -s disk -- root\n");
  EXPECT_CATCHES_NOT(rule, "0 6 * * * df | mail -r cron@example.org -s disk root\n");
  // Reading modes, and mail without sending options.
  EXPECT_CATCHES_NOT(rule, "0 6 * * * mail -f /var/mail/root -H\n");
  EXPECT_CATCHES_NOT(rule, "0 6 * * * mail -e || echo none\n");
  // The systraq and fcheck jobs of Debian.
  EXPECT_CATCHES_NOT(rule,
                     "@weekly systraq | mailx -s \"[Systraq] `hostname` `date +\\%Y\\%m\\%d`\" "
                     "debian-systraq\n");
  EXPECT_CATCHES_NOT(rule,
                     "0 6 * * * mailx -s \"ALERT: [fcheck] `hostname --fqdn`\" root "
                     "</var/run/fcheck.out\n");
  // Other programs, quoted text.
  EXPECT_CATCHES_NOT(rule, "0 6 * * * /opt/mail -s x\n");
  EXPECT_CATCHES_NOT(rule, "0 6 * * * sendmail -t < /tmp/m\n");
  EXPECT_CATCHES_NOT(rule, "0 6 * * * echo 'mail -s x' > /tmp/m\n");
}

}  // namespace
}  // namespace cronkit::testing
