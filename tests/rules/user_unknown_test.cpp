// user-unknown: a system crontab user that is not in /etc/passwd (with --check-paths)

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"
#include "support/temp_root.hpp"

namespace cronkit::testing {
namespace {

class UserUnknown : public ::testing::Test {
 protected:
  void SetUp() override { root_.user("backup"); }
  LintTestOptions options(DialectId dialect = DialectId::debian) const {
    return {.format = CrontabFormat::system, .dialect = dialect, .root = root_.path()};
  }
  TempRoot root_;
};

TEST_F(UserUnknown, LooksUpPasswdUnderRoot) {
  EXPECT_CATCHES("user-unknown", "0 3 * * * backupuser /usr/local/bin/backup.sh\n", options());
  EXPECT_CATCHES_NOT("user-unknown", "0 3 * * * backup /usr/local/bin/backup.sh\n", options());
  const lint::Rule* rule = lint::find_rule("user-unknown");
  ASSERT_NE(rule, nullptr);
  EXPECT_TRUE(rule->info.needs_filesystem);
}

TEST_F(UserUnknown, MessageDependsOnTheDialect) {
  std::string debian = only_message("user-unknown", "0 3 * * * backupuser /x\n", options());
  EXPECT_NE(debian.find("user `backupuser` is not in"), std::string::npos) << debian;
  EXPECT_NE(debian.find("Debian's cron rejects the entry"), std::string::npos) << debian;
  std::string cronie =
      only_message("user-unknown", "0 3 * * * backupuser /x\n", options(DialectId::cronie));
  EXPECT_NE(cronie.find("the job fails at run time"), std::string::npos) << cronie;
  EXPECT_CATCHES_AT("user-unknown", "@daily nobody /x\n", 1, 8, options());
}

TEST_F(UserUnknown, FalsePositives) {
  // A user crontab has no user field; a path there is user-field-missing's; root always exists.
  LintTestOptions user = options();
  user.format = CrontabFormat::user;
  EXPECT_CATCHES_NOT("user-unknown", "0 3 * * * backupuser /x\n", user);
  EXPECT_CATCHES_NOT("user-unknown", "0 3 * * * /usr/bin/x\n0 3 * * * root /x\n", options());
}

TEST(UserUnknownWithoutPasswd, SaysNothing) {
  // Without an /etc/passwd under --root nothing can be known.
  TempRoot root;
  std::filesystem::remove(root.host("/etc/passwd"));
  EXPECT_CATCHES_NOT("user-unknown", "0 3 * * * backupuser /x\n",
                     {.format = CrontabFormat::system, .root = root.path()});
}

}  // namespace
}  // namespace cronkit::testing
