// redirect-after-ampersand: `cmd &2>/dev/null` runs cmd in the background and redirects nothing

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

constexpr std::string_view rule = "redirect-after-ampersand";

TEST(RedirectAfterAmpersand, CatalogueExamples) {
  EXPECT_CATCHES(rule, "0 3 * * * /usr/local/bin/backup.sh &2>/dev/null\n");
  EXPECT_CATCHES_NOT(rule, "0 3 * * * /usr/local/bin/backup.sh 2>/dev/null\n");
  EXPECT_CATCHES_NOT(rule, "0 3 * * * /usr/local/bin/backup.sh >/dev/null 2>&1\n");
}

TEST(RedirectAfterAmpersand, TheShapes) {
  EXPECT_CATCHES(rule, "* * * * * /opt/poll &1>/dev/null\n");
  EXPECT_CATCHES(rule, "* * * * * /opt/poll & >/dev/null\n");
  EXPECT_CATCHES(rule, "* * * * * /opt/poll & 2>>/var/log/poll.err\n");
  EXPECT_CATCHES(rule, "* * * * * /opt/poll --x >/var/log/poll.log &2>&1\n");
  EXPECT_CATCHES(rule, "* * * * * cd /opt && ./poll &2>/dev/null\n");
  EXPECT_CATCHES(rule, "* * * * * root /opt/poll &2>/dev/null\n",
                 {.format = CrontabFormat::system});
}

TEST(RedirectAfterAmpersand, PointsAtTheAmpersandAndSaysWhatWasMeant) {
  std::string text = "0 3 * * * /usr/local/bin/backup.sh &2>/dev/null\n";
  EXPECT_CATCHES_AT(rule, text, 1, 36);
  std::string message = only_message(rule, text);
  EXPECT_NE(message.find("`&2>/dev/null`"), std::string::npos) << message;
  EXPECT_NE(message.find("`/usr/local/bin/backup.sh` in the background"), std::string::npos)
      << message;
  std::optional<lint::Fix> fix = only_fix(rule, text);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(applied(text, *fix), "0 3 * * * /usr/local/bin/backup.sh 2>/dev/null\n");
  // Standard output: the message offers both readings and there is no fix.
  std::string stdout_text = "* * * * * /opt/poll & >/dev/null\n";
  EXPECT_NE(only_message(rule, stdout_text).find("`>/dev/null 2>&1`"), std::string::npos);
  EXPECT_FALSE(only_fix(rule, stdout_text).has_value());
}

TEST(RedirectAfterAmpersand, NearMisses) {
  // A real background job followed by another command.
  EXPECT_CATCHES_NOT(rule, "* * * * * /opt/a & /opt/b 2>/dev/null\n");
  EXPECT_CATCHES_NOT(rule, "* * * * * /opt/a >/dev/null 2>&1 & wait\n");
  EXPECT_CATCHES_NOT(rule, "* * * * * /opt/a &\n");
  // bash's `&>` is one operator: shell-bashism's business.
  EXPECT_CATCHES_NOT(rule, "* * * * * /opt/a &>/dev/null\n");
  EXPECT_CATCHES_NOT(rule, "* * * * * /opt/a &>>/var/log/a.log\n");
  // `&&`, `2>&1`, and the text inside quotes.
  EXPECT_CATCHES_NOT(rule, "* * * * * /opt/a && >/tmp/flag\n");
  EXPECT_CATCHES_NOT(rule, "* * * * * /opt/a 2>&1 | logger\n");
  EXPECT_CATCHES_NOT(rule, "* * * * * echo 'a &2>/dev/null' >/tmp/x\n");
  // An input redirection after `&` is odd but silences nothing.
  EXPECT_CATCHES_NOT(rule, "* * * * * /opt/a & </dev/null\n");
}

}  // namespace
}  // namespace cronkit::testing
