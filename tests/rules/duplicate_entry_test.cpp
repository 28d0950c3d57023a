// duplicate-entry: the same job twice

#include <gtest/gtest.h>

#include <string>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(DuplicateEntry, ReportsTheLaterLine) {
  EXPECT_CATCHES_AT("duplicate-entry", "30 5 * * * /backup.sh  -v\n30 5 * * *\t/backup.sh -v\n", 2,
                    1);
  EXPECT_CATCHES_NOT("duplicate-entry", "30 5 * * * /backup.sh\n31 5 * * * /backup.sh\n");
  EXPECT_CATCHES_NOT("duplicate-entry", "30 5 * * * /backup.sh a\n30 5 * * * /backup.sh b\n");
  EXPECT_CATCHES_NOT("duplicate-entry", "30 5 * * * root /b\n30 5 * * * deploy /b\n",
                     Options{.format = CrontabFormat::system});
  EXPECT_CATCHES("duplicate-entry", "@daily /b\n@daily /b\n");
}

// Blanks are compared as runs wherever they are in the command: a tab or a run of spaces at every
// offset, inside the blocks of 16 bytes the search for them compares at once, across the edge
// of two blocks, and in the last bytes it looks at one by one, is one blank.
TEST(DuplicateEntry, ATabOrARunOfSpacesAtAnyOffsetInTheCommandIsOneBlank) {
  const std::string after(40, 'y');
  for (std::size_t offset = 1; offset < 48; ++offset) {
    const std::string before = "/" + std::string(offset - 1, 'x');
    const std::string single = "0 3 * * * " + before + " " + after + "\n";
    for (const char* blanks : {"\t", "  ", "   ", " \t "}) {
      EXPECT_CATCHES_AT("duplicate-entry", single + "0 3 * * * " + before + blanks + after + "\n",
                        2, 1)
          << "offset " << offset;
    }
    EXPECT_CATCHES_NOT("duplicate-entry", single + "0 3 * * * " + before + after + "\n")
        << "offset " << offset;
  }
}

TEST(DuplicateEntry, MessageNamesTheEarlierLine) {
  std::string message = only_message("duplicate-entry", "30 2 * * * /b\n30 2 * * * /b\n");
  EXPECT_NE(message.find("same schedule and command as line 1"), std::string::npos) << message;
}

TEST(DuplicateEntry, SchedulesAsWrittenAndSuppression) {
  // Equivalent schedules written differently are not reported.
  EXPECT_CATCHES_NOT("duplicate-entry",
                     "@daily /b\n0 0 * * * /b\n30 2 * * * /b\n30 2 * * 0-7 /b\n");
  EXPECT_CATCHES_NOT("duplicate-entry",
                     "30 2 * * * /b\n# cronlint: disable=duplicate-entry\n30 2 * * * /b\n");
}

TEST(DuplicateEntry, FindsTheRepeatsAmongThousandsOfDistinctJobs) {
  // Enough entries that many share bits of the first, coarse grouping by hash: only the real
  // repeats are reported, each against its first copy.
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "17 5 * * * /opt/run.sh " + std::to_string(i) + "\n";
  text += "17 5 * * * /opt/run.sh 42\n";
  text += "17 5 * * *  /opt/run.sh   4999\n";
  std::vector<lint::Finding> findings = findings_of("duplicate-entry", text);
  ASSERT_EQ(findings.size(), 2u) << describe(findings);
  EXPECT_EQ(findings[0].span.line, 5001u);
  EXPECT_NE(findings[0].message.find("as line 43:"), std::string::npos) << findings[0].message;
  EXPECT_EQ(findings[1].span.line, 5002u);
  EXPECT_NE(findings[1].message.find("as line 5000:"), std::string::npos) << findings[1].message;
}

// Entries are hashed one by one with the other per-entry checks, which skip lines whose structure
// is broken; those entries are hashed afterwards and still count.
TEST(DuplicateEntry, EntriesOnBrokenLinesCount) {
  EXPECT_CATCHES_AT("duplicate-entry", "0 3 * * * /usr/bin/x --y\n0 3 * * * /usr/bin/x --y\n", 2, 1,
                    {.format = CrontabFormat::system});
  EXPECT_CATCHES_AT("duplicate-entry",
                    "0 3 * * * root /usr/bin/x\n0 3 * * * /usr/bin/x\n0 3 * * * root /usr/bin/x\n",
                    3, 1, {.format = CrontabFormat::system});
}

}  // namespace
}  // namespace cronkit::testing
