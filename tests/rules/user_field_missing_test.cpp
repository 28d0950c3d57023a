// user-field-missing: a system crontab entry whose user field is the start of the command

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions system_format{.format = CrontabFormat::system};

TEST(UserFieldMissing, CatalogueExamples) {
  EXPECT_CATCHES_AT("user-field-missing", "0 3 * * * /usr/local/bin/backup.sh\n", 1, 11,
                    system_format);
  EXPECT_CATCHES_NOT("user-field-missing", "0 3 * * * root /usr/local/bin/backup.sh\n",
                     system_format);
}

TEST(UserFieldMissing, MessageSuggestsAUser) {
  std::string message = only_message("user-field-missing", "0 3 * * * ./x.sh\n", system_format);
  EXPECT_NE(message.find("`./x.sh` is in the user field"), std::string::npos) << message;
  EXPECT_NE(message.find("`root ./x.sh`"), std::string::npos) << message;
  EXPECT_NE(message.find("Debian's cron ignores the whole file"), std::string::npos) << message;
  std::string cronie =
      only_message("user-field-missing", "0 3 * * * /x\n",
                   {.format = CrontabFormat::system, .dialect = DialectId::cronie});
  EXPECT_EQ(cronie.find("whole file"), std::string::npos) << cronie;
}

TEST(UserFieldMissing, SpecialsCommandsAndUserFormat) {
  EXPECT_CATCHES("user-field-missing", "@monthly python3 /srv/report.py\n", system_format);
  EXPECT_CATCHES("user-field-missing", "0 3 * * * cd /srv && ./x\n", system_format);
  EXPECT_CATCHES("user-field-missing", "0 3 * * * ~/bin/x.sh --now\n", system_format);
  EXPECT_CATCHES("user-field-missing", "0 3 * * * $HOME/x.sh\n", system_format);
  EXPECT_CATCHES("user-field-missing", "0 3 * * * curl https://x\n", system_format);
  EXPECT_CATCHES_NOT("user-field-missing",
                     "0 3 * * * www-data /srv/x\n@daily postgres /usr/bin/vacuumdb -a\n",
                     system_format);
  EXPECT_CATCHES_NOT("user-field-missing", "0 3 * * * /usr/local/bin/backup.sh\n");
}

TEST(UserFieldMissing, TheInstallPathDecidesTheFormat) {
  EXPECT_CATCHES("user-field-missing", "0 3 * * * /x\n",
                 {.path = "/etc/cron.d/backup", .format_from_path = true});
  EXPECT_CATCHES("user-field-missing", "0 3 * * * /x\n",
                 {.path = "/etc/crontab", .format_from_path = true});
  EXPECT_CATCHES_NOT("user-field-missing", "0 3 * * * /x\n",
                     {.path = "/var/spool/cron/crontabs/alice", .format_from_path = true});
  EXPECT_CATCHES("user-field-missing", "# cronlint: kind=system\n0 3 * * * /x\n",
                 {.format_from_path = true});
}

TEST(UserFieldMissing, FalsePositives) {
  // A user name that is not a program.
  EXPECT_CATCHES_NOT("user-field-missing", "0 3 * * * deploy /x\n", system_format);
}

}  // namespace
}  // namespace cronkit::testing
