// user-field-in-user-crontab: a user crontab entry that starts with a user name

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"
#include "support/temp_root.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions system_format{.format = CrontabFormat::system};

TEST(UserFieldInUserCrontab, CatalogueExamples) {
  std::string text = "0 3 * * * root /usr/local/bin/backup.sh\n";
  std::vector<lint::Finding> findings = findings_of("user-field-in-user-crontab", text);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span.column, 11u);
  EXPECT_EQ(findings[0].span.end_column, 15u);
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->span.end_column, 16u);
  EXPECT_EQ(applied(text, *findings[0].fix), "0 3 * * * /usr/local/bin/backup.sh\n");
  EXPECT_CATCHES_NOT("user-field-in-user-crontab", "0 3 * * * /usr/local/bin/backup.sh\n");
  EXPECT_CATCHES_NOT("user-field-in-user-crontab", "0 3 * * * root /usr/local/bin/backup.sh\n",
                     system_format);
  EXPECT_CATCHES_NOT("user-field-in-user-crontab", "0 3 * * * rootkit-scan\n");
}

TEST(UserFieldInUserCrontab, MessageNamesTheWord) {
  std::string message = only_message("user-field-in-user-crontab", "0 3 * * * www-data php /x\n");
  EXPECT_NE(message.find("cron runs `www-data` as the command (\"www-data: not found\")"),
            std::string::npos)
      << message;
  EXPECT_CATCHES_AT("user-field-in-user-crontab", "@daily root /x\n", 1, 8);
  EXPECT_CATCHES("user-field-in-user-crontab", "0 3 * * * root /x\n",
                 {.dialect = DialectId::cronie});
}

TEST(UserFieldInUserCrontab, FalsePositives) {
  // A lone word is a command (nothing follows it), and unknown names are not guessed at.
  EXPECT_CATCHES_NOT("user-field-in-user-crontab", "0 3 * * * nobody\n0 3 * * * deploy /x\n");
}

TEST(UserFieldInUserCrontab, WithCheckPathsAnyPasswdUser) {
  TempRoot root;
  root.user("deploy");
  // The rule itself does not need --check-paths; this runs it with a --root holding passwd.
  lint::LintInput input;
  input.text = "0 3 * * * deploy /srv/x\n0 3 * * * backup /srv/x\n";
  input.display_path = "-";
  input.format = CrontabFormat::user;
  input.options.check_paths = true;
  input.options.root = root.path();
  input.selection.changes.emplace_back("user-field-in-user-crontab", true);
  lint::LintedFile linted = lint::lint_text(std::move(input));
  std::vector<std::uint32_t> lines;
  for (const lint::Finding& finding : linted.result.findings) {
    if (finding.rule == "user-field-in-user-crontab") lines.push_back(finding.span.line);
  }
  // deploy is in passwd; backup is neither there nor a well-known account.
  EXPECT_EQ(lines, std::vector<std::uint32_t>{1});
}

// The table's reads_system_crontabs: busybox crond reads every file without a user field.
TEST(UserFieldInUserCrontab, BusyboxReadsNoSystemCrontab) {
  const char* text = "0 3 * * * root /usr/local/bin/backup\n";
  EXPECT_CATCHES("user-field-in-user-crontab", text,
                 {.dialect = DialectId::busybox, .path = "/etc/crontab", .format_from_path = true});
  EXPECT_CATCHES_NOT("user-field-in-user-crontab", text,
                     {.path = "/etc/crontab", .format_from_path = true});
}

}  // namespace
}  // namespace cronkit::testing
