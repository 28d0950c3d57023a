// env-var-undefined: the command uses a variable that cron's environment does not have

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions cronie{.dialect = DialectId::cronie};

TEST(EnvVarUndefined, CatalogueExamples) {
  EXPECT_CATCHES("env-var-undefined",
                 "0 8 * * * curl -s -H \"Authorization: Bearer $OPENAI_API_KEY\" "
                 "https://api.openai.com/v1/models > /tmp/models.json\n");
  EXPECT_CATCHES_NOT("env-var-undefined", "0 8 * * * /srv/llm/list-models.sh\n");
  EXPECT_CATCHES_NOT("env-var-undefined",
                     "0 8 * * * . /srv/llm/.env && curl -H \"Authorization: Bearer "
                     "$OPENAI_API_KEY\" https://x\n");
}

TEST(EnvVarUndefined, MessageNamesTheVariable) {
  std::vector<lint::Finding> findings =
      findings_of("env-var-undefined", "0 8 * * * echo ${TOKEN}\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span.column, 16u);
  EXPECT_NE(findings[0].message.find("`$TOKEN` is not set in cron's environment"),
            std::string::npos);
  std::string user = only_message("env-var-undefined", "0 8 * * * echo $USER\n");
  EXPECT_NE(user.find("use `$LOGNAME`"), std::string::npos) << user;
}

TEST(EnvVarUndefined, WhatCountsAsDefined) {
  EXPECT_CATCHES_NOT("env-var-undefined",
                     "API_URL=https://x\n0 8 * * * curl \"$API_URL\" \"$HOME\" \"$LOGNAME\" "
                     "\"${MISSING:-default}\" $RANDOM $1\n");
  EXPECT_CATCHES_NOT("env-var-undefined",
                     "0 8 * * * D=/tmp; echo $D; for f in a b; do echo $f; done\n");
  EXPECT_CATCHES_NOT("env-var-undefined", "0 8 * * * set -a; . /x.env; curl $TOKEN\n");
  EXPECT_CATCHES_NOT("env-var-undefined", "0 8 * * * echo '$NOT_EXPANDED'\n");
  EXPECT_CATCHES("env-var-undefined", "0 8 * * * . ~/.bashrc && curl $SLACK_WEBHOOK_URL\n");
  EXPECT_CATCHES("env-var-undefined", "0 8 * * * echo $USER\n");
  EXPECT_CATCHES_NOT("env-var-undefined", "0 8 * * * echo $USER\n", cronie);
  // Only lines above the entry count.
  EXPECT_CATCHES("env-var-undefined", "0 8 * * * echo $LATER\nLATER=1\n");
}

TEST(EnvVarUndefined, LoadersShellVariablesAndEscapes) {
  EXPECT_CATCHES_NOT("env-var-undefined",
                     "0 8 * * * echo $PWD $HOSTNAME $PATH $SHELL $LANG\n"
                     "0 8 * * * export $(cat /x.env | xargs) && echo $TOKEN\n"
                     "0 8 * * * dotenv run -- sh -c \"echo $TOKEN\"\n"
                     "0 8 * * * echo \\$TOKEN\n");
  EXPECT_CATCHES_AT("env-var-undefined", "0 8 * * * root echo $USER\n", 1, 21,
                    {.format = CrontabFormat::system});
}

TEST(EnvVarUndefined, RejectedLinesSeeTheEnvironmentAbove) {
  EXPECT_CATCHES_NOT("env-var-undefined", "TOKEN=abc\n0 24 * * * curl -H \"X: $TOKEN\" x\n");
  EXPECT_CATCHES("env-var-undefined", "0 24 * * * curl -H \"X: $TOKEN\" x\nTOKEN=abc\n");
}

// The table's inherits_daemon_environment: the daemon's own variables reach the job.
TEST(EnvVarUndefined, SilentWhereJobsInheritTheDaemonsEnvironment) {
  const char* job = "0 8 * * * curl -H \"Authorization: Bearer $API_KEY\" https://x/\n";
  EXPECT_CATCHES("env-var-undefined", job);
  EXPECT_CATCHES("env-var-undefined", job, {.dialect = DialectId::systemd_cron});
  EXPECT_CATCHES_NOT("env-var-undefined", job, {.dialect = DialectId::busybox});
  EXPECT_CATCHES_NOT("env-var-undefined", job, {.dialect = DialectId::supercronic});
  // FreeBSD's cron sets USER (do_command.c child_process()); Debian's sets only LOGNAME.
  EXPECT_CATCHES_NOT("env-var-undefined", "0 8 * * * echo $USER\n", {.dialect = DialectId::bsd});
  EXPECT_NE(only_message("env-var-undefined", "0 8 * * * echo $USER\n")
                .find("Debian's cron does not set USER"),
            std::string::npos);
}

}  // namespace
}  // namespace cronkit::testing
