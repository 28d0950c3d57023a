// The environment-line rules: env-var-expansion, env-tilde, env-inline-comment,
// env-empty-unquoted, env-trailing-whitespace, env-export, env-name-typo, mailto-invalid,
// tz-not-schedule, secret-in-crontab.

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit {
namespace {

using testing::findings_of;
testing::LintTestOptions with_dialect(DialectId id) {
  testing::LintTestOptions options;
  options.dialect = id;
  return options;
}
const testing::LintTestOptions cronie = with_dialect(DialectId::cronie);

TEST(EnvVarExpansion, CatalogueExamples) {
  EXPECT_CATCHES("env-var-expansion", "PATH=$HOME/.local/bin:$PATH\n0 * * * * /bin/true\n");
  EXPECT_CATCHES_NOT("env-var-expansion",
                     "PATH=/home/alice/.local/bin:/usr/local/bin:/usr/bin:/bin\n");
}

TEST(EnvVarExpansion, PointsAtTheReferenceAndQuotesDoNotHelp) {
  EXPECT_CATCHES_AT("env-var-expansion", "LOG_DIR=\"${HOME}/logs\"\n", 1, 10);
  EXPECT_CATCHES("env-var-expansion", "X=$(hostname)\n");
  // A lone dollar sign is not a reference.
  EXPECT_CATCHES_NOT("env-var-expansion", "PRICE=5$\nA=a$-b\n");
}

TEST(EnvVarExpansion, CronieExpandsMailtoOnly) {
  EXPECT_CATCHES("env-var-expansion", "MAILTO=$LOGNAME@example.com\n");
  EXPECT_CATCHES_NOT("env-var-expansion", "MAILTO=$LOGNAME@example.com\n", cronie);
  EXPECT_CATCHES("env-var-expansion", "PATH=$HOME/bin\n", cronie);
}

TEST(EnvTilde, CatalogueExamples) {
  EXPECT_CATCHES_AT("env-tilde", "PATH=~/bin:/usr/bin:/bin\n", 1, 6);
  EXPECT_CATCHES_NOT("env-tilde", "PATH=/home/alice/bin:/usr/bin:/bin\n");
}

TEST(EnvTilde, AfterAColonAndInsideQuotes) {
  EXPECT_CATCHES_AT("env-tilde", "PATH=/usr/bin:~/bin\n", 1, 15);
  EXPECT_CATCHES("env-tilde", "DIR=\"~/data\"\n");
  EXPECT_CATCHES_NOT("env-tilde", "URL=https://example.com/~alice\n");
}

TEST(EnvInlineComment, CatalogueExamples) {
  EXPECT_CATCHES_AT("env-inline-comment", "MAILTO=ops@example.com  # on-call alias\n", 1, 23);
  EXPECT_CATCHES_NOT("env-inline-comment", "# on-call alias\nMAILTO=ops@example.com\n");
}

TEST(EnvInlineComment, QuotedValueFollowedByAComment) {
  std::vector<lint::Finding> findings = findings_of("env-inline-comment", "FOO=\"bar\" # c\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span.column, 11u);
  EXPECT_NE(findings[0].message.find("whole file"), std::string::npos);
  EXPECT_CATCHES("env-inline-comment", "FOO=\"bar\" # c\n", cronie);
  // A `#` without a blank before it is data (a URL fragment), not a comment.
  EXPECT_CATCHES_NOT("env-inline-comment", "URL=https://example.com/#top\nFOO=\"a # b\"\n");
}

TEST(EnvEmptyUnquoted, CatalogueExamples) {
  EXPECT_CATCHES("env-empty-unquoted", "MAILTO=\n0 * * * * /bin/true\n");
  EXPECT_CATCHES_NOT("env-empty-unquoted", "MAILTO=\"\"\n0 * * * * /bin/true\n");
}

TEST(EnvEmptyUnquoted, DialectDecidesTheSeverityAndTheFixQuotes) {
  std::vector<lint::Finding> debian = findings_of("env-empty-unquoted", "MAILTO=  \n");
  ASSERT_EQ(debian.size(), 1u);
  EXPECT_EQ(debian[0].severity, Severity::error);
  EXPECT_NE(debian[0].message.find("ignores the whole file"), std::string::npos);
  ASSERT_TRUE(debian[0].fix.has_value());
  EXPECT_EQ(debian[0].fix->replacement, "\"\"");
  EXPECT_EQ(debian[0].fix->span.column, 8u);
  EXPECT_EQ(debian[0].fix->span.end_column, 10u);
  std::vector<lint::Finding> on_cronie = findings_of("env-empty-unquoted", "MAILTO=\n", cronie);
  ASSERT_EQ(on_cronie.size(), 1u);
  EXPECT_EQ(on_cronie[0].severity, Severity::warning);
}

TEST(EnvTrailingWhitespace, CatalogueExamples) {
  std::vector<lint::Finding> findings =
      findings_of("env-trailing-whitespace", "SHELL=/bin/bash  \n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span.column, 16u);
  EXPECT_EQ(findings[0].span.end_column, 18u);
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->replacement, "");
  EXPECT_CATCHES_NOT("env-trailing-whitespace", "SHELL=/bin/bash\nA=\"b\"  \n");
}

TEST(EnvExport, CatalogueExamples) {
  std::vector<lint::Finding> findings =
      findings_of("env-export", "export OPENAI_MODEL=gpt-4o-mini\n0 * * * * /bin/true\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span.column, 1u);
  EXPECT_EQ(findings[0].span.end_column, 7u);
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->span.end_column, 8u);
  EXPECT_CATCHES_NOT("env-export", "OPENAI_MODEL=gpt-4o-mini\n");
  EXPECT_CATCHES("env-export", "  export  FOO=\"bar\"\n", cronie);
  // A job that runs `export` is not an environment line.
  EXPECT_CATCHES_NOT("env-export", "0 * * * * export FOO=1; /bin/true\n");
}

TEST(EnvNameTypo, CatalogueExamples) {
  std::vector<lint::Finding> findings =
      findings_of("env-name-typo", "MAIL_TO=oncall@example.com\n");
  ASSERT_EQ(findings.size(), 1u);
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->replacement, "MAILTO");
  EXPECT_CATCHES_NOT("env-name-typo", "MAILTO=oncall@example.com\n");
}

TEST(EnvNameTypo, CaseDistanceAndVariants) {
  EXPECT_CATCHES("env-name-typo", "mailto=a@example.com\n");
  EXPECT_CATCHES("env-name-typo", "Path=/usr/bin:/bin\n");
  EXPECT_CATCHES("env-name-typo", "MAILT0=a@example.com\n");
  EXPECT_CATCHES("env-name-typo", "CRONTZ=UTC\n");
  EXPECT_CATCHES("env-name-typo", "RANDOM_DELEY=10\n");
  EXPECT_CATCHES_NOT("env-name-typo",
                     "PATH=/bin\nSHELL=/bin/sh\nHOME=/root\nCRON_TZ=UTC\nOPENAI_MODEL=x\nTZ=UTC\n"
                     "HOST=db\nUSER=x\nLANG=C\n");
}

TEST(MailtoInvalid, CatalogueExamples) {
  EXPECT_CATCHES("mailto-invalid", "MAILTO=ops@example,com\n");
  EXPECT_CATCHES_NOT("mailto-invalid", "MAILTO=ops@example.com\n");
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

TEST(TzNotSchedule, CatalogueExamples) {
  EXPECT_CATCHES("tz-not-schedule", "TZ=Europe/Berlin\n0 8 * * * /opt/llm/morning-brief.sh\n");
  EXPECT_CATCHES_NOT("tz-not-schedule",
                     "CRON_TZ=Europe/Berlin\n0 8 * * * /opt/llm/morning-brief.sh\n", cronie);
}

TEST(TzNotSchedule, DebianHasNoCronTz) {
  EXPECT_CATCHES("tz-not-schedule", "CRON_TZ=Europe/Berlin\n0 8 * * * /bin/true\n");
  EXPECT_CATCHES("tz-not-schedule", "TZ=Europe/Berlin\n0 8 * * * /bin/true\n", cronie);
  EXPECT_CATCHES_NOT("tz-not-schedule", "CRON_TZ=UTC\nTZ=Europe/Berlin\n0 8 * * * /bin/true\n",
                     cronie);
}

TEST(SecretInCrontab, CatalogueExamples) {
  EXPECT_CATCHES("secret-in-crontab",
                 "OPENAI_API_KEY=sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c\n"
                 "0 7 * * * /srv/llm/run-digest.sh\n");
  EXPECT_CATCHES_NOT("secret-in-crontab", "0 7 * * * /srv/llm/run-digest.sh\n");
}

TEST(SecretInCrontab, ShapesFlagsAndNonSecrets) {
  EXPECT_CATCHES("secret-in-crontab", "DB_PASSWORD=hunter2hunter2\n");
  EXPECT_CATCHES("secret-in-crontab", "0 1 * * * /usr/bin/aws s3 ls # AKIAIOSFODNN7EXAMPLE\n");
  EXPECT_CATCHES("secret-in-crontab", "0 1 * * * mysqldump -uroot -pS3cretPass db > /b/db.sql\n");
  EXPECT_CATCHES("secret-in-crontab", "0 1 * * * PGPASSWORD=S3cretPass pg_dump db > /b/db.sql\n");
  EXPECT_CATCHES("secret-in-crontab",
                 "0 1 * * * curl -H 'Authorization: Bearer abcdef123456789' https://x\n");
  EXPECT_CATCHES("secret-in-crontab", "0 1 * * * /bin/tool --password=S3cret\n");
  EXPECT_CATCHES_NOT("secret-in-crontab",
                     "API_KEY=$(cat /run/secrets/key)\nTOKEN_FILE=/run/secrets/token\n"
                     "API_TOKEN=short\n0 1 * * * curl -H \"Authorization: Bearer $TOKEN\" x\n"
                     "0 1 * * * mysqldump -p db\n0 1 * * * ask-model --task=risk-assessment\n");
}

}  // namespace
}  // namespace cronkit
