// crontab-file-permissions: system crontabs cron refuses for their owner or mode

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

// A tree under a temporary root with etc/cron.d/jobs of the given mode.
std::filesystem::path make_root(const std::string& name, std::filesystem::perms mode) {
  auto root = std::filesystem::temp_directory_path() /
              ("cronkit-perm-" + name + "-" + std::to_string(getpid()));
  std::filesystem::create_directories(root / "etc/cron.d");
  std::ofstream(root / "etc/cron.d/jobs") << "0 5 * * * root /x\n";
  std::filesystem::permissions(root / "etc/cron.d/jobs", mode);
  return root;
}

TEST(CrontabFilePermissions, GroupWritableIsReported) {
  using std::filesystem::perms;
  auto root = make_root("bad", perms::owner_read | perms::owner_write | perms::group_read |
                                   perms::group_write | perms::others_read);
  auto findings = findings_of("crontab-file-permissions", "0 5 * * * root /x\n",
                              {.path = "/etc/cron.d/jobs", .root = root.string()});
  std::filesystem::remove_all(root);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span.line, 0u);
  EXPECT_NE(findings[0].message.find("mode 0664 is group- or other-writable"), std::string::npos);
}

TEST(CrontabFilePermissions, Mode0644IsFineAndCronieRejectsExecuteBits) {
  using std::filesystem::perms;
  auto root = make_root(
      "good", perms::owner_read | perms::owner_write | perms::group_read | perms::others_read);
  auto findings = findings_of("crontab-file-permissions", "0 5 * * * root /x\n",
                              {.path = "/etc/cron.d/jobs", .root = root.string()});
  std::filesystem::permissions(root / "etc/cron.d/jobs", perms::owner_exec,
                               std::filesystem::perm_options::add);
  auto cronie = findings_of(
      "crontab-file-permissions", "0 5 * * * root /x\n",
      {.dialect = DialectId::cronie, .path = "/etc/cron.d/jobs", .root = root.string()});
  auto debian = findings_of("crontab-file-permissions", "0 5 * * * root /x\n",
                            {.path = "/etc/cron.d/jobs", .root = root.string()});
  std::filesystem::remove_all(root);
  // The owner check depends on who runs the tests; the mode checks do not.
  for (const auto& finding : findings) {
    EXPECT_EQ(finding.message.find("mode"), std::string::npos) << finding.message;
  }
  if (geteuid() == 0) {
    EXPECT_TRUE(findings.empty());
  }
  ASSERT_EQ(cronie.size(), 1u);
  EXPECT_NE(cronie[0].message.find("mode 0744"), std::string::npos);
  for (const auto& finding : debian) {
    EXPECT_EQ(finding.message.find("mode"), std::string::npos) << finding.message;
  }
}

TEST(CrontabFilePermissions, SilentForFilesOutsideTheSystemLocations) {
  EXPECT_CATCHES_NOT("crontab-file-permissions", "0 5 * * * /x\n", Options{.path = "crontab"});
}

TEST(CrontabFilePermissions, AnOwnerOtherThanRootIsReported) {
  using std::filesystem::perms;
  auto root = make_root(
      "owner", perms::owner_read | perms::owner_write | perms::group_read | perms::others_read);
  // Owned by uid 1000 (chown works when the tests run as root, as CI does; otherwise the file
  // already belongs to a user other than root).
  if (geteuid() == 0) ASSERT_EQ(::chown((root / "etc/cron.d/jobs").c_str(), 1000, 1000), 0);
  auto findings = findings_of("crontab-file-permissions", "0 5 * * * root /x\n",
                              {.path = "/etc/cron.d/jobs", .root = root.string()});
  std::filesystem::remove_all(root);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(
      findings[0].message.find(std::string("the file is owned by uid ") +
                               std::to_string(geteuid() == 0 ? 1000 : geteuid()) + ", not root"),
      std::string::npos)
      << findings[0].message;
  EXPECT_NE(findings[0].message.find("cron skips every job in"), std::string::npos);
}

TEST(CrontabFilePermissions, NotWithoutTheFile) {
  // The path says /etc/cron.d, but nothing is there under --root: nothing to check.
  auto root = make_root("absent", std::filesystem::perms::owner_read);
  EXPECT_CATCHES_NOT("crontab-file-permissions", "0 5 * * * root /x\n",
                     Options{.path = "/etc/cron.d/other", .root = root.string()});
  std::filesystem::remove_all(root);
}

TEST(CrontabFilePermissions, HardLinkedFileIsReportedUnderDebian) {
  using std::filesystem::perms;
  auto root = make_root(
      "linked", perms::owner_read | perms::owner_write | perms::group_read | perms::others_read);
  std::filesystem::create_hard_link(root / "etc/cron.d/jobs", root / "jobs.orig");
  auto debian = findings_of("crontab-file-permissions", "0 5 * * * root /x\n",
                            {.path = "/etc/cron.d/jobs", .root = root.string()});
  auto cronie = findings_of(
      "crontab-file-permissions", "0 5 * * * root /x\n",
      {.dialect = DialectId::cronie, .path = "/etc/cron.d/jobs", .root = root.string()});
  std::filesystem::remove_all(root);
  ASSERT_EQ(debian.size(), 1u);
  EXPECT_NE(debian[0].message.find("\"NUMBER OF HARD LINKS > 1\": the file has 2 hard links"),
            std::string::npos)
      << debian[0].message;
  EXPECT_NE(debian[0].message.find("replace the hard link with a copy"), std::string::npos);
  // cronie counts links only for users' crontabs.
  for (const auto& finding : cronie) {
    EXPECT_EQ(finding.message.find("hard link"), std::string::npos) << finding.message;
  }
}

}  // namespace
}  // namespace cronkit::testing
