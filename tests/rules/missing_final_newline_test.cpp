// missing-final-newline: no newline after the last entry

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(MissingFinalNewlineRule, FiresOnTheLastEntryOrAssignment) {
  EXPECT_CATCHES_AT("missing-final-newline", "0 6 * * * /opt/reports/run.sh", 1, 30);
  EXPECT_CATCHES("missing-final-newline", "0 6 * * * /x\nMAILTO=ops@example.com");
  EXPECT_CATCHES_NOT("missing-final-newline", "0 6 * * * /opt/reports/run.sh\n");
  EXPECT_CATCHES_NOT("missing-final-newline", "0 6 * * * /x\n# the end");
}

TEST(MissingFinalNewline, MessagesDependOnTheDialect) {
  std::string debian = only_message("missing-final-newline", "0 3 * * * /x");
  EXPECT_NE(debian.find("Debian's cron ignores the whole file"), std::string::npos) << debian;
  std::string cronie =
      only_message("missing-final-newline", "0 3 * * * /x", {.dialect = DialectId::cronie});
  EXPECT_NE(cronie.find("cronie ignores this line"), std::string::npos) << cronie;
  EXPECT_CATCHES_AT("missing-final-newline", "A=b", 1, 4);
}

TEST(MissingFinalNewline, FalsePositives) {
  EXPECT_CATCHES_NOT("missing-final-newline", "");
  EXPECT_CATCHES_NOT("missing-final-newline", "# c");
  EXPECT_CATCHES_NOT("missing-final-newline", "0 3 * * * /x\n\n   ");
}

// The table's reads_last_line_without_newline.
TEST(MissingFinalNewline, SilentWhereTheDaemonReadsTheLastLine) {
  const char* text = "0 6 * * * /run.sh";
  for (DialectId id : {DialectId::busybox, DialectId::supercronic, DialectId::systemd_cron}) {
    EXPECT_CATCHES_NOT("missing-final-newline", text, {.dialect = id});
  }
  std::string message = only_message("missing-final-newline", text,
                                     {.format = CrontabFormat::system, .dialect = DialectId::bsd});
  EXPECT_NE(message.find("FreeBSD's cron ignores this line"), std::string::npos) << message;
}

}  // namespace
}  // namespace cronkit::testing
