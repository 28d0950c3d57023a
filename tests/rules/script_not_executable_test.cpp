// script-not-executable: the job's program does not exist or is not executable (--check-paths)

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"
#include "support/temp_root.hpp"

namespace cronkit::testing {
namespace {

class ScriptNotExecutable : public ::testing::Test {
 protected:
  void SetUp() override {
    root_.user("alice");
    root_.file("/usr/local/bin/backup.sh", "#!/bin/sh\necho ok\n", 0644);
    root_.file("/usr/local/bin/run.sh", "#!/bin/sh\necho ok\n", 0755);
    root_.file("/usr/local/bin/owner-only.sh", "#!/bin/sh\necho ok\n", 0700);
    root_.file("/bin/sh",
               "\x7f"
               "ELF",
               0755);
    root_.dir("/usr/local/bin/tools");
  }
  LintTestOptions options(CrontabFormat format = CrontabFormat::user) const {
    return {.format = format, .root = root_.path()};
  }
  TempRoot root_;
};

TEST_F(ScriptNotExecutable, CatalogueExamples) {
  EXPECT_CATCHES_AT("script-not-executable", "0 2 * * * /usr/local/bin/backup.sh\n", 1, 11,
                    options());
  EXPECT_CATCHES("script-not-executable", "0 2 * * * /usr/local/bin/missing.sh\n", options());
  EXPECT_CATCHES_NOT(
      "script-not-executable",
      "0 2 * * * /usr/local/bin/run.sh\n0 2 * * * /bin/sh /usr/local/bin/backup.sh\n", options());
}

TEST_F(ScriptNotExecutable, MessagesSayWhatIsWrong) {
  std::string mode =
      only_message("script-not-executable", "0 2 * * * /usr/local/bin/backup.sh\n", options());
  EXPECT_NE(mode.find("(mode 0644) is not executable"), std::string::npos) << mode;
  std::string missing =
      only_message("script-not-executable", "0 2 * * * /usr/local/bin/missing.sh\n", options());
  EXPECT_NE(missing.find("does not exist under " + root_.path()), std::string::npos) << missing;
  std::string directory =
      only_message("script-not-executable", "0 2 * * * /usr/local/bin/tools\n", options());
  EXPECT_NE(directory.find("is a directory"), std::string::npos) << directory;
}

TEST_F(ScriptNotExecutable, TheJobsUserDecides) {
  // 0700 and owned by the test's user: alice may not run it.
  EXPECT_CATCHES_AT("script-not-executable", "0 2 * * * alice /usr/local/bin/owner-only.sh\n", 1,
                    17, options(CrontabFormat::system));
  std::string message =
      only_message("script-not-executable", "0 2 * * * alice /usr/local/bin/backup.sh\n",
                   options(CrontabFormat::system));
  EXPECT_NE(message.find("is not executable by alice"), std::string::npos) << message;
}

TEST_F(ScriptNotExecutable, FalsePositives) {
  // Bare names go through PATH, expansions cannot be resolved.
  EXPECT_CATCHES_NOT("script-not-executable", "0 2 * * * backup.sh\n0 2 * * * $HOME/x.sh\n",
                     options());
}

TEST(ScriptNotExecutableWithoutCheckPaths, IsSilent) {
  const lint::Rule* rule = lint::find_rule("script-not-executable");
  ASSERT_NE(rule, nullptr);
  EXPECT_TRUE(rule->info.needs_filesystem);
  lint::LintInput input;
  input.text = "0 2 * * * /no/such/program\n";
  input.display_path = "-";
  input.format = CrontabFormat::user;
  input.selection.changes.emplace_back("script-not-executable", true);
  lint::LintedFile linted = lint::lint_text(std::move(input));
  for (const lint::Finding& finding : linted.result.findings) {
    EXPECT_NE(finding.rule, "script-not-executable") << finding.message;
  }
}

}  // namespace
}  // namespace cronkit::testing
