// secret-in-crontab: an API key, token or password written into the crontab

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(SecretInCrontab, CatalogueExamples) {
  EXPECT_CATCHES("secret-in-crontab",
                 "OPENAI_API_KEY=sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c\n"
                 "0 7 * * * /srv/llm/run-digest.sh\n");
  EXPECT_CATCHES_NOT("secret-in-crontab", "0 7 * * * /srv/llm/run-digest.sh\n");
}

TEST(SecretInCrontab, MessageNamesTheKindButNotTheSecret) {
  std::string text = "GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789\n";
  std::string message = only_message("secret-in-crontab", text);
  EXPECT_NE(message.find("GITHUB_TOKEN holds a literal secret"), std::string::npos) << message;
  EXPECT_EQ(message.find("abcdefghijklmnop"), std::string::npos) << message;
  std::string in_command = only_message(
      "secret-in-crontab", "0 1 * * * /x --token ghp_abcdefghijklmnopqrstuvwxyz0123456789\n");
  EXPECT_NE(in_command.find("a GitHub token"), std::string::npos) << in_command;
}

TEST(SecretInCrontab, ShapesFlagsAndNonSecrets) {
  EXPECT_CATCHES("secret-in-crontab", "DB_PASSWORD=hunter2hunter2\n");
  EXPECT_CATCHES("secret-in-crontab", "0 1 * * * /usr/bin/aws s3 ls # AKIAIOSFODNN7EXAMPLE\n");
  EXPECT_CATCHES("secret-in-crontab", "0 1 * * * mysqldump -uroot -pS3cretPass db > /b/db.sql\n");
  EXPECT_CATCHES("secret-in-crontab", "0 1 * * * PGPASSWORD=S3cretPass pg_dump db > /b/db.sql\n");
  EXPECT_CATCHES("secret-in-crontab",
                 "0 1 * * * curl -H 'Authorization: Bearer abcdef123456789' https://x\n");
  EXPECT_CATCHES("secret-in-crontab", "0 1 * * * /bin/tool --password=S3cret\n");
  EXPECT_CATCHES("secret-in-crontab", "SLACK_TOKEN=xoxb-1234567890-abcdefghij\n");
  // Comment lines end up in git too.
  EXPECT_CATCHES("secret-in-crontab", "# sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c\n");
  EXPECT_CATCHES_NOT("secret-in-crontab",
                     "API_KEY=$(cat /run/secrets/key)\nTOKEN_FILE=/run/secrets/token\n"
                     "API_TOKEN=short\n0 1 * * * curl -H \"Authorization: Bearer $TOKEN\" x\n"
                     "0 1 * * * mysqldump -p db\n0 1 * * * ask-model --task=risk-assessment\n");
}

TEST(SecretInCrontab, FalsePositives) {
  EXPECT_CATCHES_NOT("secret-in-crontab",
                     "PASSWORD_FILE=/run/secrets/pw\nAPI_KEY=\"${API_KEY}\"\n"
                     "0 1 * * * /srv/rotate-tokens.sh --dry-run\n");
}

// Entries are checked one by one, the other lines afterwards: a line cron rejects and an entry
// whose structure is broken (a command where a system crontab's user goes) get their finding too.
TEST(SecretInCrontab, EveryKindOfLine) {
  const std::string token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
  EXPECT_CATCHES_AT("secret-in-crontab", "0 24 * * * /x --token " + token + "\n", 1, 23);
  EXPECT_CATCHES_AT("secret-in-crontab", "0 3 * * * /usr/bin/x " + token + "\n", 1, 22,
                    {.format = CrontabFormat::system});
  EXPECT_CATCHES_AT("secret-in-crontab", "# a\n0 3 * * * /usr/bin/x " + token + "\n", 2, 22);
}

}  // namespace
}  // namespace cronkit::testing
