// log-path-unwritable: the job writes to a file its user cannot create or write (--check-paths)

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"
#include "support/temp_root.hpp"

namespace cronkit::testing {
namespace {

class LogPathUnwritable : public ::testing::Test {
 protected:
  void SetUp() override {
    root_.user("alice");
    root_.dir("/var/log", 0755);
    // The test runs as some user other than alice (uid 54321): alice's log directory is
    // writable by everyone, /var/log only by its owner.
    root_.dir("/home/alice/logs", 0777);
    root_.file("/var/log/shared.log", "", 0666);
  }
  LintTestOptions options(CrontabFormat format = CrontabFormat::user) const {
    return {.format = format, .root = root_.path()};
  }
  LintTestOptions alice() const {
    return {
        .path = "/var/spool/cron/crontabs/alice", .root = root_.path(), .format_from_path = true};
  }
  TempRoot root_;
};

TEST_F(LogPathUnwritable, CatalogueExamples) {
  EXPECT_CATCHES("log-path-unwritable",
                 "0 6 * * * /home/alice/bin/digest.sh >> /var/log/digest.log 2>&1\n", alice());
  EXPECT_CATCHES("log-path-unwritable", "0 6 * * * /x >> /var/nolog/x.log 2>&1\n", options());
  EXPECT_CATCHES_NOT("log-path-unwritable",
                     "0 6 * * * /x >> /home/alice/logs/digest.log 2>&1\n"
                     "0 6 * * * /x >> ~/logs/digest.log 2>&1\n0 6 * * * /x > /dev/null 2>&1\n",
                     alice());
  EXPECT_CATCHES_NOT("log-path-unwritable", "0 6 * * * root /x >> /var/log/digest.log 2>&1\n",
                     options(CrontabFormat::system));
}

TEST_F(LogPathUnwritable, MessagesSayWhatIsWrong) {
  std::string missing =
      only_message("log-path-unwritable", "0 6 * * * /x > /srv/nodir/x.log\n", options());
  EXPECT_NE(missing.find("the directory /srv/nodir does not exist"), std::string::npos) << missing;
  std::string denied = only_message("log-path-unwritable", "0 6 * * * alice /x >> /var/log/x.log\n",
                                    options(CrontabFormat::system));
  EXPECT_NE(denied.find("alice may not create files in /var/log"), std::string::npos) << denied;
  std::string directory =
      only_message("log-path-unwritable", "0 6 * * * /x > /var/log\n", options());
  EXPECT_NE(directory.find("is a directory"), std::string::npos) << directory;
  EXPECT_CATCHES_AT("log-path-unwritable", "0 6 * * * alice /x >> /var/log/x.log\n", 1, 23,
                    options(CrontabFormat::system));
}

TEST_F(LogPathUnwritable, AnExistingFileTheUserMayWrite) {
  EXPECT_CATCHES_NOT("log-path-unwritable", "0 6 * * * /x >> /var/log/shared.log 2>&1\n", alice());
}

TEST_F(LogPathUnwritable, FalsePositives) {
  // Reading, expansions, and an unknown user (nothing to check but the directory).
  EXPECT_CATCHES_NOT("log-path-unwritable",
                     "0 6 * * * /x < /srv/nodir/x.log\n0 6 * * * /x > $LOG\n"
                     "0 6 * * * /x >> /var/log/x.log\n",
                     options());
}

TEST(LogPathUnwritableInfo, IsBehindCheckPaths) {
  const lint::Rule* rule = lint::find_rule("log-path-unwritable");
  ASSERT_NE(rule, nullptr);
  EXPECT_TRUE(rule->info.needs_filesystem);
}

}  // namespace
}  // namespace cronkit::testing
