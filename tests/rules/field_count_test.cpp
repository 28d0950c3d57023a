// field-count: too few fields

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(FieldCount, FiresOnAMissingField) {
  EXPECT_CATCHES("field-count", "0 3 * * /usr/local/bin/backup.sh\n");
  EXPECT_CATCHES("field-count", "0 3 * * *\n");  // no command
  EXPECT_CATCHES_NOT("field-count", "0 3 * * * /usr/local/bin/backup.sh\n");
}

TEST(FieldCount, MessagesSayWhatIsMissing) {
  std::string dow = only_message("field-count", "0 3 * * /x\n");
  EXPECT_NE(dow.find("missing day-of-week field"), std::string::npos) << dow;
  std::string command =
      only_message("field-count", "0 3 * * * root\n", {.format = CrontabFormat::system});
  EXPECT_NE(command.find("missing command after the user name"), std::string::npos) << command;
}

TEST(FieldCount, NoCommandDiffersBetweenCrons) {
  // Debian accepts an entry without a command and runs nothing; cronie rejects it.
  std::string debian = only_message("field-count", "7 7 7 7 7\n");
  EXPECT_NE(debian.find("Debian's cron accepts the entry and runs nothing"), std::string::npos)
      << debian;
  std::string cronie = only_message("field-count", "7 7 7 7 7\n", {.dialect = DialectId::cronie});
  EXPECT_NE(cronie.find("cron skips this line"), std::string::npos) << cronie;
  EXPECT_CATCHES("field-count", "@daily\n");
}

TEST(FieldCount, FalsePositives) {
  EXPECT_CATCHES_NOT("field-count", "0 3 * * * root /x\n", {.format = CrontabFormat::system});
  EXPECT_CATCHES_NOT("field-count", "@daily /x\nA=b\n# 0 3 * *\n\n");
}

}  // namespace
}  // namespace cronkit::testing
