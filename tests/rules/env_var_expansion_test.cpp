// env-var-expansion: an environment value uses $VAR, which cron does not expand

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions cronie{.dialect = DialectId::cronie};

TEST(EnvVarExpansion, CatalogueExamples) {
  EXPECT_CATCHES("env-var-expansion", "PATH=$HOME/.local/bin:$PATH\n0 * * * * /bin/true\n");
  EXPECT_CATCHES_NOT("env-var-expansion",
                     "PATH=/home/alice/.local/bin:/usr/local/bin:/usr/bin:/bin\n");
}

TEST(EnvVarExpansion, MessageShowsTheLiteralValue) {
  std::string message = only_message("env-var-expansion", "A=${B}\n0 * * * * /x \"$A\"\n");
  EXPECT_NE(message.find("cron does not expand `${B}`"), std::string::npos) << message;
  EXPECT_NE(message.find("A is set to the literal text `${B}`"), std::string::npos) << message;
}

TEST(EnvVarExpansion, PointsAtTheReferenceAndQuotesDoNotHelp) {
  EXPECT_CATCHES_AT("env-var-expansion", "LOG_DIR=\"${HOME}/logs\"\n0 * * * * /x >$LOG_DIR/x\n", 1,
                    10);
  EXPECT_CATCHES_AT("env-var-expansion", "A='$B'\n0 * * * * /x ${A}\n", 1, 4);
  EXPECT_CATCHES("env-var-expansion", "X=$(hostname)\n0 * * * * echo $X\n");
  // A lone dollar sign is not a reference.
  EXPECT_CATCHES_NOT("env-var-expansion", "PRICE=5$\nA=a$-b\n");
}

TEST(EnvVarExpansion, CronieExpandsMailtoOnly) {
  EXPECT_CATCHES("env-var-expansion", "MAILTO=$LOGNAME@example.com\n");
  EXPECT_CATCHES_NOT("env-var-expansion", "MAILTO=$LOGNAME@example.com\n", cronie);
  EXPECT_CATCHES_NOT("env-var-expansion", "MAILFROM=$LOGNAME\n", cronie);
  EXPECT_CATCHES("env-var-expansion", "PATH=$HOME/bin\n", cronie);
  EXPECT_CATCHES("env-var-expansion", "A=${B}\n0 * * * * /x $A\n", cronie);
}

// The literal value matters where something reads it: a variable that cron, the shell or
// programs read by themselves, or a job that uses it without handing it to a shell again.
TEST(EnvVarExpansion, OnlyWhereTheValueIsRead) {
  EXPECT_CATCHES("env-var-expansion", "HOME=$PWD\n");
  EXPECT_CATCHES_NOT("env-var-expansion", "D=$(date)\n#0 0 * * * /x -s $D\n0 1 * * * /y\n");
  EXPECT_CATCHES_NOT("env-var-expansion", "CMD=\"$NICE /x\"\n0 * * * * sh -c \"$CMD\"\n");
  EXPECT_CATCHES("env-var-expansion", "GET=\"$LWPR -m GET\"\n0 * * * * $GET http://x/\n");
  // A job above the line does not see it; a longer name is another variable.
  EXPECT_CATCHES_NOT("env-var-expansion", "0 * * * * echo $A\nA=$B\n0 * * * * echo $AB\n");
}

TEST(EnvVarExpansion, FalsePositives) {
  // An assignment in front of a command is the shell's: it expands.
  EXPECT_CATCHES_NOT("env-var-expansion", "0 * * * * A=$B /x\n# PATH=$HOME/bin\n");
}

}  // namespace
}  // namespace cronkit::testing
