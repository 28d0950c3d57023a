// Where cron mails a job's output (environment/mail.hpp), and that cronrun's environment,
// cronexplain and cronlint all give the same answer for the same MAILTO line.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "environment/environment.hpp"
#include "environment/mail.hpp"
#include "explain/entry.hpp"
#include "parse/parse.hpp"
#include "support/lint_assertions.hpp"

namespace cronkit {
namespace {

constexpr DialectId debian = DialectId::debian;
constexpr DialectId cronie = DialectId::cronie;

TEST(MailAddressIsSafe, FirstCharacterAlphanumericThenTheDialectsPunctuation) {
  for (DialectId dialect : {debian, cronie}) {
    EXPECT_TRUE(mail_address_is_safe("ops", dialect));
    EXPECT_TRUE(mail_address_is_safe("ops@example.com", dialect));
    EXPECT_TRUE(mail_address_is_safe("ops@example.com,dev@example.org", dialect));
    EXPECT_TRUE(mail_address_is_safe("a+b%c!d:e_f-g", dialect));
    EXPECT_FALSE(mail_address_is_safe("ops@example.com, dev@example.org", dialect));  // blank
    EXPECT_FALSE(mail_address_is_safe("-ops", dialect));
    EXPECT_FALSE(mail_address_is_safe("@ops", dialect));
    EXPECT_FALSE(mail_address_is_safe("\"ops\"", dialect));
    EXPECT_FALSE(mail_address_is_safe("ops;rm", dialect));
    EXPECT_FALSE(mail_address_is_safe("ops\t", dialect));
    EXPECT_FALSE(mail_address_is_safe("caf\xC3\xA9", dialect));  // not ASCII
    // The empty value passes the character check; cron reads it as "no mail" before.
    EXPECT_TRUE(mail_address_is_safe("", dialect));
  }
  // Debian's safe_p adds `=` and `/` to cronie's punctuation.
  EXPECT_TRUE(mail_address_is_safe("a/b", debian));
  EXPECT_TRUE(mail_address_is_safe("a=b", debian));
  EXPECT_FALSE(mail_address_is_safe("a/b", cronie));
  EXPECT_FALSE(mail_address_is_safe("a=b", cronie));
}

TEST(MailtoEffect, UnsetEmptyRefusedOrAnAddress) {
  for (DialectId dialect : {debian, cronie}) {
    EXPECT_EQ(mailto_effect(std::nullopt, dialect), MailtoEffect::owner);
    EXPECT_EQ(mailto_effect("", dialect), MailtoEffect::none);
    EXPECT_EQ(mailto_effect("root", dialect), MailtoEffect::address);
    EXPECT_EQ(mailto_effect("ops@example.com,dev@example.org", dialect), MailtoEffect::address);
    EXPECT_EQ(mailto_effect("ops@example.com dev@example.org", dialect), MailtoEffect::refused);
    EXPECT_EQ(mailto_effect("\"\"", dialect), MailtoEffect::refused)
        << "quotes that are part of the value are not an empty value";
  }
  EXPECT_EQ(mailto_effect("backup/ops", debian), MailtoEffect::address);
  EXPECT_EQ(mailto_effect("backup/ops", cronie), MailtoEffect::refused);
}

TEST(MailSender, MailfromWhenSafeElseTheDialectsDefault) {
  EXPECT_EQ(mail_sender(std::nullopt, debian, "alice"), "root (Cron Daemon)");
  EXPECT_EQ(mail_sender(std::nullopt, cronie, "alice"), "alice");
  EXPECT_EQ(mail_sender("", debian, "alice"), "root (Cron Daemon)");
  EXPECT_EQ(mail_sender("", cronie, "alice"), "alice");
  EXPECT_EQ(mail_sender("cron@example.com", debian, "alice"), "cron@example.com");
  EXPECT_EQ(mail_sender("cron@example.com", cronie, "alice"), "cron@example.com");
  EXPECT_EQ(mail_sender("Cron <cron@example.com>", debian, "alice"), "root (Cron Daemon)");
  EXPECT_EQ(mail_sender("a/b", debian, "alice"), "a/b");
  EXPECT_EQ(mail_sender("a/b", cronie, "alice"), "alice");
}

TEST(MailValueIsExpanded, OnlyCronieAndOnlyWithADollar) {
  EXPECT_TRUE(mail_value_is_expanded("$ADMIN", cronie));
  EXPECT_TRUE(mail_value_is_expanded("ops+${HOST}@example.com", cronie));
  EXPECT_FALSE(mail_value_is_expanded("ops@example.com", cronie));
  EXPECT_FALSE(mail_value_is_expanded("$ADMIN", debian));
}

// ---- one answer everywhere ---------------------------------------------------------------------

// What each tool says about the output of `0 1 * * * true` under `mailto_line`.
struct Answers {
  OutputRoute::Kind route;  // cronrun's environment
  std::string explained;    // cronexplain's output line
  bool linted_as_refused;   // cronlint's mailto-invalid says cron sends nothing
};

Answers answers(std::string_view mailto_line, DialectId dialect) {
  std::string text = std::string(mailto_line) + "\n0 1 * * * true\n";
  Crontab crontab = parse_crontab(text, ParseOptions{CrontabFormat::user, dialect, "t"});
  EXPECT_EQ(crontab.entries.size(), 1u) << mailto_line;
  const Entry& entry = crontab.entries.at(0);
  EnvironmentInput input;
  input.dialect = dialect;
  input.user = {"alice", 1000, 1000, "/home/alice", "/bin/sh"};
  input.assignments = crontab.environment_for(entry);
  Answers result;
  result.route = build_job_environment(input).output.kind;
  result.explained = describe_entry(crontab, entry).output;
  result.linted_as_refused = false;
  for (const Finding& finding :
       testing::findings_of("mailto-invalid", text, {.dialect = dialect})) {
    if (finding.message.find("sends no mail") != std::string::npos) result.linted_as_refused = true;
  }
  return result;
}

TEST(MailtoAgreement, EnvironmentExplainAndLintGiveOneAnswer) {
  struct Case {
    std::string_view line;
    DialectId dialect;
    MailtoEffect effect;
  };
  const std::vector<Case> cases = {
      {"# no MAILTO", debian, MailtoEffect::owner},
      {"MAILTO=\"\"", debian, MailtoEffect::none},
      {"MAILTO=\"\"", cronie, MailtoEffect::none},
      {"MAILTO=''", debian, MailtoEffect::none},
      {"MAILTO=", cronie, MailtoEffect::none},
      {"MAILTO=ops@example.com", debian, MailtoEffect::address},
      {"MAILTO=ops@example.com,dev@example.org", cronie, MailtoEffect::address},
      {"MAILTO=ops@example.com, dev@example.org", debian, MailtoEffect::refused},
      {"MAILTO=ops@example.com, dev@example.org", cronie, MailtoEffect::refused},
      {"MAILTO=backup/ops", debian, MailtoEffect::address},
      {"MAILTO=backup/ops", cronie, MailtoEffect::refused},
      {"MAILTO=-ops", debian, MailtoEffect::refused},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(::testing::Message() << c.line << " (" << dialect(c.dialect).name << ")");
    Answers got = answers(c.line, c.dialect);
    bool mailed = c.effect == MailtoEffect::owner || c.effect == MailtoEffect::address;
    EXPECT_EQ(got.route, mailed ? OutputRoute::Kind::mailed : OutputRoute::Kind::discarded);
    EXPECT_EQ(got.explained.starts_with("mailed to"), mailed) << got.explained;
    EXPECT_EQ(got.explained.find("MAILTO is empty") != std::string::npos,
              c.effect == MailtoEffect::none)
        << got.explained;
    EXPECT_EQ(got.explained.find("not a safe address") != std::string::npos,
              c.effect == MailtoEffect::refused)
        << got.explained;
    EXPECT_EQ(got.linted_as_refused, c.effect == MailtoEffect::refused);
  }
}

TEST(MailtoInvalid, AnUnsafeMailfromDoesNotStopTheMail) {
  std::vector<Finding> debian_findings =
      testing::findings_of("mailto-invalid", "MAILFROM=cron daemon\n0 1 * * * true\n");
  ASSERT_EQ(debian_findings.size(), 1u);
  EXPECT_NE(debian_findings[0].message.find("sends the mail from root (Cron Daemon)"),
            std::string::npos)
      << debian_findings[0].message;
  EXPECT_EQ(debian_findings[0].message.find("no mail"), std::string::npos);
  std::vector<Finding> cronie_findings = testing::findings_of(
      "mailto-invalid", "MAILFROM=cron daemon\n0 1 * * * true\n", {.dialect = cronie});
  ASSERT_EQ(cronie_findings.size(), 1u);
  EXPECT_NE(cronie_findings[0].message.find("sends the mail from the crontab's owner"),
            std::string::npos)
      << cronie_findings[0].message;
}

}  // namespace
}  // namespace cronkit
