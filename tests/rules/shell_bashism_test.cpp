// shell-bashism: bash-only syntax in a job that /bin/sh (dash) runs

#include <gtest/gtest.h>

#include <string>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions cronie{.dialect = DialectId::cronie};

TEST(ShellBashism, CatalogueExamples) {
  std::string text = "0 6 * * * source /srv/llm/.venv/bin/activate && python /srv/llm/run.py\n";
  std::optional<lint::Fix> fix = only_fix("shell-bashism", text);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(fix->replacement, ".");
  EXPECT_CATCHES_NOT("shell-bashism",
                     "SHELL=/bin/bash\n0 6 * * * source /srv/llm/.venv/bin/activate && python "
                     "/srv/llm/run.py\n");
  EXPECT_CATCHES_NOT("shell-bashism", "0 6 * * * /srv/llm/.venv/bin/python /srv/llm/run.py\n");
}

TEST(ShellBashism, MessageNamesTheConstructAndDash) {
  std::string message = only_message("shell-bashism", "0 6 * * * [[ -f /x ]] && /bin/true\n");
  EXPECT_NE(message.find("`[[`"), std::string::npos) << message;
  EXPECT_NE(message.find("dash"), std::string::npos) << message;
  EXPECT_NE(message.find("SHELL=/bin/bash"), std::string::npos) << message;
}

TEST(ShellBashism, Constructs) {
  std::string text = "0 * * * * /opt/job &> /tmp/log\n";
  std::optional<lint::Fix> fix = only_fix("shell-bashism", text);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(applied(text, *fix), "0 * * * * /opt/job > /tmp/log 2>&1\n");
  EXPECT_CATCHES("shell-bashism", "0 * * * * [[ -f /x ]] && /bin/true\n");
  EXPECT_CATCHES("shell-bashism", "0 * * * * sleep $((RANDOM \\% 300)); /bin/true\n");
  EXPECT_CATCHES("shell-bashism", "0 * * * * diff <(ls /a) <(ls /b)\n");
  EXPECT_CATCHES("shell-bashism", "0 * * * * cp /etc/{a,b} /tmp\n");
  EXPECT_CATCHES("shell-bashism", "0 * * * * printf $'a\\tb'\n");
  EXPECT_CATCHES("shell-bashism", "0 * * * * /opt/job |& logger\n");
  EXPECT_CATCHES("shell-bashism", "0 * * * * /opt/job &> /tmp/log\n", cronie);
  EXPECT_CATCHES("shell-bashism", "0 6 * * * echo {1..5}\n");
  EXPECT_CATCHES("shell-bashism", "0 6 * * * function f { :; }; f\n");
  EXPECT_CATCHES("shell-bashism", "0 6 * * * echo $RANDOM\n");
  // What runs under bash -c is bash's business; `{}` for find is not brace expansion.
  EXPECT_CATCHES_NOT("shell-bashism",
                     "0 * * * * bash -c 'source /x && [[ -f y ]]'\n"
                     "0 * * * * find /tmp -name x -exec rm {} \\;\n"
                     "0 * * * * echo '[[ source ]]' \"{a,b}\"\n");
}

TEST(ShellBashism, TheShellLineDecides) {
  EXPECT_CATCHES_NOT("shell-bashism", "SHELL=/bin/zsh\n0 6 * * * [[ -f /x ]]\n");
  EXPECT_CATCHES_AT("shell-bashism", "SHELL=/bin/sh\n0 6 * * * [[ -f /x ]]\n", 2, 11);
}

TEST(ShellBashism, FalsePositives) {
  EXPECT_CATCHES_NOT("shell-bashism",
                     "0 6 * * * [ -f /x ] && /bin/true\n"
                     "0 6 * * * awk \"{print \\$1}\" /x\n"
                     "0 6 * * * echo \"{a,b}\" source\n"
                     "0 6 * * * . /srv/env && /srv/run\n");
}

// The rule looks at a command only if it holds one of these texts (a one-pass scan): each must
// still be seen at the start, in the middle and at the end of a command.
TEST(ShellBashism, EveryTriggerIsSeenWherever) {
  for (std::string_view construct :
       {"source /etc/profile", "[[ -f /x ]]", "echo $RANDOM", "diff <(ls /a) /b", "tee >(cat)",
        "printf $'a\\tb'", "cp /etc/{a,b} /tmp", "/opt/job |& logger"}) {
    std::string text(construct);
    EXPECT_CATCHES("shell-bashism", "0 6 * * * " + text + "\n") << text;
    EXPECT_CATCHES("shell-bashism", "0 6 * * * /bin/true && " + text + "\n") << text;
  }
  EXPECT_CATCHES_NOT("shell-bashism", "0 6 * * * /opt/run.sh --src r >> /var/log/f.log 2>&1\n");
}

}  // namespace
}  // namespace cronkit::testing
