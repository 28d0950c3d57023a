// user-invalid: a system crontab user field that cannot be a user name

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions system_format{.format = CrontabFormat::system};

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

TEST(UserInvalid, MessageNamesTheCharacter) {
  std::string message = only_message("user-invalid", "0 3 * * * a;b /x\n", system_format);
  EXPECT_NE(message.find("`a;b` cannot be a user name: it contains `;`"), std::string::npos)
      << message;
  EXPECT_NE(message.find("Debian's cron ignores the whole file"), std::string::npos) << message;
  EXPECT_CATCHES_AT("user-invalid", "@daily root@x /x\n", 1, 8, system_format);
  EXPECT_CATCHES("user-invalid", "0 3 * * * root@db1 /x\n",
                 {.format = CrontabFormat::system, .dialect = DialectId::cronie});
}

TEST(UserInvalid, UserCrontabsHaveNoUserField) {
  EXPECT_CATCHES_NOT("user-invalid", "0 3 * * * root@db1 /x\n0 3 * * * a;b\n");
}

}  // namespace
}  // namespace cronkit::testing
