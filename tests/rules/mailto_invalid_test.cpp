// mailto-invalid: MAILTO or MAILFROM is not a valid comma-separated address list

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions cronie{.dialect = DialectId::cronie};

TEST(MailtoInvalid, CatalogueExamples) {
  EXPECT_CATCHES("mailto-invalid", "MAILTO=ops@example,com\n");
  EXPECT_CATCHES_NOT("mailto-invalid", "MAILTO=ops@example.com\n");
}

TEST(MailtoInvalid, MessageSaysWhatIsWrong) {
  std::string empty = only_message("mailto-invalid", "MAILTO=ops@x.org,\n");
  EXPECT_NE(empty.find("an empty address between commas"), std::string::npos) << empty;
}

TEST(MailtoInvalid, Shapes) {
  EXPECT_CATCHES("mailto-invalid", "MAILTO=mailto:ops@x.org\n");
  EXPECT_CATCHES("mailto-invalid", "MAILTO=ops@@x.org\n");
  EXPECT_CATCHES("mailto-invalid", "MAILTO=ops@x.org, dev@x.org\n");
  EXPECT_CATCHES("mailto-invalid", "MAILTO=\"ops@x.org\n");
  EXPECT_CATCHES("mailto-invalid", "MAILFROM=cron@@x.org\n");
  EXPECT_CATCHES_NOT("mailto-invalid",
                     "MAILTO=ops@example.com,dev@example.org\nMAILTO=root\nMAILTO=\"\"\n"
                     "MAILTO=root@localhost\nMAILTO=first.last+cron@mail.example.co.uk\n");
  // The comment belongs to env-inline-comment; the address itself is fine.
  EXPECT_CATCHES_NOT("mailto-invalid", "MAILTO=ops@example.com  # on-call\n");
}

TEST(MailtoInvalid, DialectsDifferOnSafeCharacters) {
  // Debian's cron lets `/` through (the address bounces); cronie refuses it as unsafe.
  std::string debian = only_message("mailto-invalid", "MAILTO=ops/x\n");
  EXPECT_NE(debian.find("the mail will bounce"), std::string::npos) << debian;
  std::string on_cronie = only_message("mailto-invalid", "MAILTO=ops/x\n", cronie);
  EXPECT_NE(on_cronie.find("refuses the value as unsafe"), std::string::npos) << on_cronie;
  // cronie expands variables in MAILTO; Debian's cron sees a `$`.
  EXPECT_CATCHES("mailto-invalid", "MAILTO=$LOGNAME@x.org\n");
  EXPECT_CATCHES_NOT("mailto-invalid", "MAILTO=$LOGNAME@x.org\n", cronie);
}

TEST(MailtoInvalid, EmptyMeansNoMailAndIsValid) {
  EXPECT_CATCHES_NOT("mailto-invalid", "MAILTO=\"\"\nMAILTO=''\n");
  EXPECT_CATCHES_NOT("mailto-invalid", "MAILTO=\n");
  EXPECT_CATCHES_NOT("mailto-invalid", "MAILTO=\n", cronie);
}

// The table's mails_output_to_mailto and mail_address_punctuation.
TEST(MailtoInvalid, FollowsWhatTheDaemonDoesWithMailto) {
  const char* text = "MAILTO=ops@example.com;rm\n0 1 * * * /x\n";
  EXPECT_CATCHES("mailto-invalid", text);
  EXPECT_CATCHES_NOT("mailto-invalid", text, {.dialect = DialectId::supercronic});
  EXPECT_CATCHES_NOT("mailto-invalid", text, {.dialect = DialectId::systemd_cron});
  // busybox crond checks no character: what is left is the address syntax.
  std::string message = only_message("mailto-invalid", "MAILTO=ops@,x\n0 1 * * * /x\n",
                                     {.dialect = DialectId::busybox});
  EXPECT_NE(message.find("the mail will bounce"), std::string::npos) << message;
}

}  // namespace
}  // namespace cronkit::testing
