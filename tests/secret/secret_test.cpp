// Which names and values are secrets, and how they are shown. The keys below are fake but shaped
// like real ones.

#include "secret/secret.hpp"

#include <gtest/gtest.h>

#include <string>

namespace cronkit::secret {
namespace {

TEST(SecretNames, NamesThatHoldSecrets) {
  for (std::string_view name :
       {"OPENAI_API_KEY", "API_KEY", "apikey", "GITHUB_TOKEN", "SLACK_BOT_TOKEN",
        "AWS_SECRET_ACCESS_KEY", "CLIENT_SECRET", "DB_PASSWORD", "PASSWORD", "PASSWD", "PGPASSWORD",
        "SMTP_PASS", "MYSQL_PWD", "STRIPE_KEY", "GPG_PRIVATE_KEY", "GCP_CREDENTIALS",
        "REGISTRY_AUTH", "KEY"}) {
    EXPECT_TRUE(is_secret_name(name)) << name;
  }
}

TEST(SecretNames, NamesThatDoNot) {
  for (std::string_view name : {"PATH",
                                "MAILTO",
                                "MAILFROM",
                                "SHELL",
                                "TZ",
                                "CRON_TZ",
                                "HOME",
                                "LANG",
                                "KEYBOARD",
                                "MONKEY",
                                "PWD",
                                "OLDPWD",
                                "SSH_AUTH_SOCK",
                                "TOKEN_FILE",
                                "API_KEY_PATH",
                                "SECRETS_DIR",
                                "VAULT_TOKEN_URL",
                                "AWS_ACCESS_KEY_ID",
                                "PASSWORD_FILE",
                                "SECRET_NAME",
                                "DATABASE_URL"}) {
    EXPECT_FALSE(is_secret_name(name)) << name;
  }
}

TEST(SecretValues, KnownCredentialShapes) {
  struct Case {
    std::string_view value;
    std::string_view kind;
  };
  for (const Case& c : std::initializer_list<Case>{
           {"sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c", "an OpenAI-style API key"},
           {"sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWx", "an Anthropic API key"},
           {"AKIAIOSFODNN7EXAMPLE", "an AWS access key id"},
           {"ghp_1234567890abcdefghijABCDEFGHIJ123456", "a GitHub token"},
           {"github_pat_11ABCDEFG0123456789_abcdefghij", "a GitHub token"},
           {"glpat-xxxxxxxxxxxxxxxxxxxx", "a GitLab token"},
           {"xoxb-123456789012-abcdefABCDEF", "a Slack token"},
           {"xoxp-123456789012-abcdefABCDEF", "a Slack token"},
           {"AIzaSyA1234567890abcdefghijklmnopqrstu", "a Google API key"},
           {"hf_abcdefghijklmnopqrstuvwxyz0123456789", "a Hugging Face token"},
           {"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_"
            "XgL0n3I9PlFUP0THsR8U",
            "a JSON Web Token"},
           {"postgres://app:s3cr3t-pw@db.internal:5432/prod", "a password in a URL"},
           {"4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a", "a random-looking key"},
           {"q8Zr3VxK1mP0tY7wN2bL5cJ9hD4gF6sA", "a random-looking key"},
       }) {
    EXPECT_EQ(secret_value_kind(c.value), std::optional(c.kind)) << c.value;
    EXPECT_TRUE(should_mask("ANYTHING", c.value)) << c.value;
  }
}

TEST(SecretValues, OrdinaryValuesAreNotSecrets) {
  for (std::string_view value :
       {"/usr/local/bin:/usr/bin:/bin", "ops@example.com", "/bin/bash", "Europe/Berlin", "us",
        "sk-short", "AKIA1234", "https://example.com/api/v1/items", "https://user@example.com/",
        "postgres://app:${DB_PASSWORD}@db/prod", "00000000000000000000000000000000000000",
        "12345678901234567890123456789012", "the quick brown fox jumps over the lazy dog",
        "/var/lib/app/data/7f3c9a1e-5b2d-4e8f-9a0b-1c2d3e4f5a6b/cache", "task-scheduler"}) {
    EXPECT_EQ(secret_value_kind(value), std::nullopt) << value;
  }
}

TEST(Masking, SecretNamesWithLiteralValues) {
  EXPECT_TRUE(should_mask("DB_PASSWORD", "hunter2hunter2"));
  EXPECT_TRUE(should_mask("SMTP_PASS", "letmein"));
  EXPECT_TRUE(should_mask("API_KEY", "abcd"));
  // Where the secret comes from is not the secret; nor are flags and placeholders.
  EXPECT_FALSE(should_mask("API_KEY", "$OPENAI_KEY"));
  EXPECT_FALSE(should_mask("TOKEN", "/run/secrets/token"));
  EXPECT_FALSE(should_mask("TOKEN", "~/.config/token"));
  EXPECT_FALSE(should_mask("PASSWORD", "$(cat /run/secrets/db)"));
  EXPECT_FALSE(should_mask("PASSWORD", "`pass show db`"));
  EXPECT_FALSE(should_mask("USE_TOKEN", "yes"));
  EXPECT_FALSE(should_mask("API_KEY", ""));
}

TEST(Masking, EverydayVariablesStayVisible) {
  EXPECT_EQ(shown_value("PATH", "/usr/local/bin:/usr/bin:/bin"), "/usr/local/bin:/usr/bin:/bin");
  EXPECT_EQ(shown_value("MAILTO", "ops@example.com"), "ops@example.com");
  EXPECT_EQ(shown_value("SHELL", "/bin/bash"), "/bin/bash");
  EXPECT_EQ(shown_value("TZ", "Europe/Berlin"), "Europe/Berlin");
  EXPECT_EQ(shown_value("KEYBOARD", "us"), "us");
  EXPECT_EQ(shown_value("HOME", "/home/deploy"), "/home/deploy");
  EXPECT_EQ(shown_value("X", "1"), "1");
}

TEST(Masking, TheMaskKeepsAFewCharactersAndTheLength) {
  EXPECT_EQ(mask("sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c"), "sk-p…[40 chars]");
  EXPECT_EQ(mask("hunter2hunter2"), "hu…[14 chars]");
  EXPECT_EQ(mask("letmein"), "…[7 chars]");
  EXPECT_EQ(mask(""), "…[0 chars]");
  EXPECT_EQ(shown_value("OPENAI_API_KEY", "sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c"),
            "sk-p…[40 chars]");
  EXPECT_EQ(shown_value("DB_PASSWORD", "correct horse battery staple"), "corr…[28 chars]");
}

TEST(Masking, AURLKeepsAllButItsPassword) {
  EXPECT_EQ(mask("postgres://app:s3cr3t-pw@db.internal:5432/prod"),
            "postgres://app:…@db.internal:5432/prod");
  EXPECT_EQ(shown_value("DATABASE_URL", "mysql://root:hunter2@localhost/app?ssl=1"),
            "mysql://root:…@localhost/app?ssl=1");
  EXPECT_EQ(shown_value("DATABASE_URL", "postgres://app@db/prod"), "postgres://app@db/prod");
}

TEST(Masking, CredentialsInsideACommandLine) {
  EXPECT_EQ(mask_credentials("curl -H 'x-api-key: sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWx' "
                             "https://api.example.com"),
            "curl -H 'x-api-key: sk-a…[37 chars]' https://api.example.com");
  EXPECT_EQ(mask_credentials("pg_dump postgres://app:s3cr3t@db/prod > /backups/prod.sql"),
            "pg_dump postgres://app:…@db/prod > /backups/prod.sql");
  EXPECT_EQ(mask_credentials("AKIAIOSFODNN7EXAMPLE and ghp_1234567890abcdefghijABCDEFGHIJ123456"),
            "AKIA…[20 chars] and ghp_…[40 chars]");
  std::string plain = "cd /srv/app && ./run.sh --date $(date +\\%F) >> /var/log/app.log 2>&1";
  EXPECT_EQ(mask_credentials(plain), plain);
}

TEST(FindCredential, ReportsWhereTheSecretIs) {
  std::string_view text = "export KEY=ghp_1234567890abcdefghijABCDEFGHIJ123456; run";
  std::optional<Credential> found = find_credential(text);
  ASSERT_TRUE(found);
  EXPECT_EQ(text.substr(found->begin, found->end - found->begin),
            "ghp_1234567890abcdefghijABCDEFGHIJ123456");
  // Inside a longer word it is not a token of its own.
  EXPECT_FALSE(find_credential("mask-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c"));
  EXPECT_FALSE(find_credential("x", 5));
}

// find_credential() skips the bytes no credential starts with: every shape must still be found
// after any amount of ordinary text, after edge bytes (controls, non-ASCII, the table's own
// letters) and when searching starts inside the padding.
TEST(FindCredential, FindsEveryShapeAfterAnyPadding) {
  const std::string_view tokens[] = {
      "sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c",
      "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWx",
      "AKIAIOSFODNN7EXAMPLE",
      "ghp_1234567890abcdefghijABCDEFGHIJ123456",
      "gho_1234567890abcdefghijABCDEFGHIJ123456",
      "github_pat_11ABCDEFG0123456789_abcdefghij",
      "glpat-xxxxxxxxxxxxxxxxxxxx",
      "xoxb-123456789012-abcdefABCDEF",
      "xoxa-123456789012-abcdefABCDEF",
      "AIzaSyA1234567890abcdefghijklmnopqrstu",
      "hf_abcdefghijklmnopqrstuvwxyz0123456789",
      "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9",
  };
  const std::string_view paddings[] = {"",      " ",         "/opt/run.sh --key ", "\x01 ", "\x7F ",
                                       "\xFF ", "\xC3\xA9 ", "s A g x h e : ",     "::: ",  "\t"};
  for (std::string_view token : tokens) {
    for (std::string_view padding : paddings) {
      std::string text = std::string(padding) + std::string(token) + " >> /var/log/x.log";
      std::optional<Credential> found = find_credential(text);
      ASSERT_TRUE(found) << text;
      EXPECT_EQ(found->begin, padding.size()) << text;
      EXPECT_EQ(found->end, padding.size() + token.size()) << text;
      EXPECT_TRUE(find_credential(text, padding.size() / 2)) << text;
    }
  }
  std::string url = "curl https://app:s3cr3t-pw@db.internal/x";
  ASSERT_TRUE(find_credential(url));
  EXPECT_EQ(url.substr(find_credential(url)->begin, 9), "s3cr3t-pw");
  EXPECT_FALSE(find_credential("/opt/jobs/run.sh --job 17 >> /var/log/jobs.log 2>&1"));
}

// find_credential() looks at 16 positions at a time for the two bytes a credential opens with:
// a credential is found wherever it starts relative to those blocks, after any number of
// openings that start no credential ("sk", "gh", "ey", ":/" ... as short words).
TEST(FindCredential, FindsEveryShapeAtEveryOffsetAfterNearMisses) {
  const std::string_view tokens[] = {
      "sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c",
      "AKIAIOSFODNN7EXAMPLE",
      "github_pat_11ABCDEFG0123456789_abcdefghij",
      "glpat-xxxxxxxxxxxxxxxxxxxx",
      "xoxp-123456789012-abcdefABCDEF",
      "AIzaSyA1234567890abcdefghijklmnopqrstu",
      "hf_abcdefghijklmnopqrstuvwxyz0123456789",
      "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9",
      "https://app:s3cr3t-pw@db.internal/x",
  };
  constexpr std::string_view near_misses = "sk AK AI gh gi gl xo hf ey :/ sks ghgh .sh ";
  for (std::size_t length = 0; length < 3 * 16; ++length) {
    std::string padding;
    while (padding.size() < length) padding += near_misses;
    padding.resize(length);
    ASSERT_FALSE(find_credential(padding)) << padding;
    padding += ' ';
    for (std::string_view token : tokens) {
      const std::string text = padding + std::string(token) + " >> /var/log/x.log";
      const std::optional<Credential> found = find_credential(text);
      ASSERT_TRUE(found) << text;
      const std::size_t begin = token.starts_with("https") ? token.find("s3cr3t") : 0;
      EXPECT_EQ(found->begin, padding.size() + begin) << text;
      for (const std::size_t from : {std::size_t{1}, length / 3, length}) {
        EXPECT_EQ(find_credential(text, from).value_or(Credential{}).begin, found->begin) << text;
      }
      EXPECT_FALSE(find_credential(text, found->end)) << text;
    }
  }
}

}  // namespace
}  // namespace cronkit::secret

namespace cronkit::secret {
namespace {

TEST(StarOutLine, KeepsTheWidthAndTheFirstCharacters) {
  EXPECT_EQ(star_out_line("OPENAI_API_KEY=sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c"),
            "OPENAI_API_KEY=sk-p************************************");
  EXPECT_EQ(star_out_line("DB_PASSWORD = \"hunter2hunter2\"  "),
            "DB_PASSWORD = \"hu************\"  ");
  EXPECT_EQ(star_out_line("SMTP_PASS='letmein'"), "SMTP_PASS='*******'");
  EXPECT_EQ(star_out_line("0 1 * * * pg_dump postgres://app:s3cr3t@db/prod"),
            "0 1 * * * pg_dump postgres://app:******@db/prod");
  EXPECT_EQ(star_out_line("# AKIAIOSFODNN7EXAMPLE"), "# AKIA****************");
  for (std::string_view plain : {"PATH=/usr/local/bin:/usr/bin:/bin", "MAILTO=ops@example.com",
                                 "KEYBOARD=us", "TOKEN_FILE=/run/secrets/token",
                                 "0 3 * * * /usr/local/bin/backup >> /var/log/b.log 2>&1", ""}) {
    EXPECT_EQ(star_out_line(plain), plain);
  }
  std::string line = "X=1 API_KEY=sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c run";
  EXPECT_EQ(star_out_line(line).size(), line.size());
}

TEST(FindSecrets, AuthorizationHeadersAssignmentsAndOptions) {
  EXPECT_EQ(mask_credentials("curl -H \"Authorization: Bearer 9f8e7d6c5b4a39281706\" https://x/y"),
            "curl -H \"Authorization: Bearer 9f8e…[20 chars]\" https://x/y");
  EXPECT_EQ(mask_credentials("curl -H 'Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l' x"),
            "curl -H 'Authorization: Basic YWxh…[24 chars]' x");
  EXPECT_EQ(mask_credentials("DB_PASSWORD=hunter2hunter2 /usr/local/bin/sync"),
            "DB_PASSWORD=hu…[14 chars] /usr/local/bin/sync");
  EXPECT_EQ(mask_credentials("backup --api-key='abcd1234efgh5678' --verbose"),
            "backup --api-key='abcd…[16 chars]' --verbose");
  EXPECT_EQ(star_out_line("0 1 * * * SMTP_PASS=letmein2 mail"),
            "0 1 * * * SMTP_PASS=le****** mail");
  EXPECT_EQ(mask_credentials("mysqldump -uroot -pS3cretPass app > /b/app.sql"),
            "mysqldump -uroot -pS3…[10 chars] app > /b/app.sql");
  EXPECT_EQ(mask_credentials("mysqldump -uroot -p app"), "mysqldump -uroot -p app");
  EXPECT_EQ(mask_credentials("tar -pczf /b/x.tgz /srv"), "tar -pczf /b/x.tgz /srv");
  // Filled in at run time, too short to be a credential, or no secret's name: left alone.
  for (std::string_view plain :
       {"curl -H \"Authorization: Bearer $TOKEN\" https://x", "the bearer token is read",
        "DB_PASSWORD=$(cat /run/secrets/db) ./job", "LOG_LEVEL=debug ./job",
        "[ \"$x\" = \"y\" ] && run", "TOKEN_FILE=/run/secrets/token ./job"}) {
    EXPECT_EQ(mask_credentials(plain), plain);
    EXPECT_TRUE(find_secrets(plain).empty()) << plain;
  }
  // In order and without overlaps: the AWS key is one secret, not two.
  std::vector<Credential> found =
      find_secrets("AWS_KEY=AKIAIOSFODNN7EXAMPLE x=1 Bearer abcdefgh12");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_LT(found[0].end, found[1].begin);
}

}  // namespace
}  // namespace cronkit::secret
