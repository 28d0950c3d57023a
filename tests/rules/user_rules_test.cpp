// The user-field rules: user-field-missing, user-field-in-user-crontab, user-invalid,
// user-unknown.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/lint_assertions.hpp"

namespace cronkit {
namespace {

using testing::findings_of;
testing::LintTestOptions with_format(CrontabFormat format) {
  testing::LintTestOptions options;
  options.format = format;
  return options;
}
const testing::LintTestOptions system_format = with_format(CrontabFormat::system);

TEST(UserFieldMissing, CatalogueExamples) {
  EXPECT_CATCHES_AT("user-field-missing", "0 3 * * * /usr/local/bin/backup.sh\n", 1, 11,
                    system_format);
  EXPECT_CATCHES_NOT("user-field-missing", "0 3 * * * root /usr/local/bin/backup.sh\n",
                     system_format);
}

TEST(UserFieldMissing, SpecialsCommandsAndUserFormat) {
  EXPECT_CATCHES("user-field-missing", "@monthly python3 /srv/report.py\n", system_format);
  EXPECT_CATCHES("user-field-missing", "0 3 * * * cd /srv && ./x\n", system_format);
  EXPECT_CATCHES("user-field-missing", "0 3 * * * ~/bin/x.sh --now\n", system_format);
  EXPECT_CATCHES_NOT("user-field-missing",
                     "0 3 * * * www-data /srv/x\n@daily postgres /usr/bin/vacuumdb -a\n",
                     system_format);
  EXPECT_CATCHES_NOT("user-field-missing", "0 3 * * * /usr/local/bin/backup.sh\n");
}

TEST(UserFieldInUserCrontab, CatalogueExamples) {
  std::string text = "0 3 * * * root /usr/local/bin/backup.sh\n";
  std::vector<lint::Finding> findings = findings_of("user-field-in-user-crontab", text);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span.column, 11u);
  EXPECT_EQ(findings[0].span.end_column, 15u);
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->span.end_column, 16u);
  EXPECT_CATCHES_NOT("user-field-in-user-crontab", "0 3 * * * /usr/local/bin/backup.sh\n");
  EXPECT_CATCHES_NOT("user-field-in-user-crontab", "0 3 * * * root /usr/local/bin/backup.sh\n",
                     system_format);
  EXPECT_CATCHES_NOT("user-field-in-user-crontab", "0 3 * * * rootkit-scan\n");
}

TEST(UserInvalid, CatalogueExamples) {
  EXPECT_CATCHES("user-invalid", "0 3 * * * root@db1 /usr/local/bin/backup.sh\n", system_format);
  EXPECT_CATCHES_NOT("user-invalid", "0 3 * * * root /usr/local/bin/backup.sh\n", system_format);
  EXPECT_CATCHES("user-invalid", "0 3 * * * -root /x\n", system_format);
  EXPECT_CATCHES("user-invalid", "0 3 * * * averyveryveryverylongusernameover32chars /x\n",
                 system_format);
  EXPECT_CATCHES_NOT("user-invalid", "0 3 * * * svc_backup.2 /x\n0 3 * * * host$ /x\n",
                     system_format);
  // A path in the user field is user-field-missing's.
  EXPECT_CATCHES_NOT("user-invalid", "0 3 * * * /usr/bin/x --y\n", system_format);
}

class UserUnknown : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = std::filesystem::temp_directory_path() /
            ("cronkit-user-unknown-" + std::to_string(::getpid()));
    std::filesystem::create_directories(root_ / "etc");
    std::ofstream(root_ / "etc/passwd") << "root:x:0:0:root:/root:/bin/bash\n"
                                           "backup:x:34:34:backup:/var/backups:/usr/sbin/nologin\n";
  }
  void TearDown() override { std::filesystem::remove_all(root_); }
  std::filesystem::path root_;
};

TEST_F(UserUnknown, LooksUpPasswdUnderRoot) {
  testing::LintTestOptions options = system_format;
  options.root = root_.string();
  EXPECT_CATCHES("user-unknown", "0 3 * * * backupuser /usr/local/bin/backup.sh\n", options);
  EXPECT_CATCHES_NOT("user-unknown", "0 3 * * * backup /usr/local/bin/backup.sh\n", options);
  const lint::Rule* rule = lint::find_rule("user-unknown");
  ASSERT_NE(rule, nullptr);
  EXPECT_TRUE(rule->info.needs_filesystem);
}

}  // namespace
}  // namespace cronkit
