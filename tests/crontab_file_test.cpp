// lib/crontab_file: what a crontab's path and file tell cron before it reads a line.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "crontab_file/acceptance.hpp"
#include "crontab_file/location.hpp"

namespace cronkit {
namespace {

TEST(FormatForPath, SystemForEtcCrontabAndCronD) {
  EXPECT_EQ(format_for_path("/etc/crontab"), CrontabFormat::system);
  EXPECT_EQ(format_for_path("chroot/etc/crontab"), CrontabFormat::system);
  EXPECT_EQ(format_for_path("/etc/cron.d/backup"), CrontabFormat::system);
  EXPECT_EQ(format_for_path("deploy/etc/cron.d/backup"), CrontabFormat::system);
  EXPECT_EQ(format_for_path("deploy/cron.d/llm.conf"), CrontabFormat::system);
  EXPECT_EQ(format_for_path("cron.d/backup"), CrontabFormat::system);
  EXPECT_EQ(format_for_path("crontab"), CrontabFormat::user);
  EXPECT_EQ(format_for_path("jobs.crontab"), CrontabFormat::user);
  EXPECT_EQ(format_for_path("/home/u/crontab"), CrontabFormat::user);
  EXPECT_EQ(format_for_path("/etc/cron.d/"), CrontabFormat::user);  // the directory itself
  EXPECT_EQ(format_for_path(""), CrontabFormat::user);
}

TEST(CronDFileName, OnlyForAFileDirectlyInCronD) {
  EXPECT_EQ(cron_d_file_name("/etc/cron.d/backup"), "backup");
  EXPECT_EQ(cron_d_file_name("cron.d/a.b"), "a.b");
  EXPECT_FALSE(cron_d_file_name("/etc/cron.d/sub/backup"));
  EXPECT_FALSE(cron_d_file_name("/etc/cron.d/"));
  EXPECT_FALSE(cron_d_file_name("/etc/cron.daily/backup"));
  EXPECT_FALSE(cron_d_file_name("backup"));
  EXPECT_FALSE(cron_d_file_name("-"));
}

TEST(CronSkipsFileName, EachCronItsOwnNames) {
  // Debian reads names of [A-Za-z0-9_-] only, like run-parts.
  EXPECT_FALSE(cron_skips_file_name("/etc/cron.d/llm-reports_2", DialectId::debian));
  EXPECT_TRUE(cron_skips_file_name("/etc/cron.d/certbot.cron", DialectId::debian));
  EXPECT_TRUE(cron_skips_file_name("/etc/cron.d/backup~", DialectId::debian));
  // cronie skips dotfiles, `#...`, `...~` and rpm leftovers, and reads dotted names.
  EXPECT_FALSE(cron_skips_file_name("/etc/cron.d/certbot.cron", DialectId::cronie));
  EXPECT_TRUE(cron_skips_file_name("/etc/cron.d/.hidden", DialectId::cronie));
  EXPECT_TRUE(cron_skips_file_name("/etc/cron.d/#backup", DialectId::cronie));
  EXPECT_TRUE(cron_skips_file_name("/etc/cron.d/backup~", DialectId::cronie));
  EXPECT_TRUE(cron_skips_file_name("/etc/cron.d/backup.rpmnew", DialectId::cronie));
  // Outside cron.d the name does not matter.
  EXPECT_FALSE(cron_skips_file_name("/home/u/jobs.crontab", DialectId::debian));
  EXPECT_FALSE(cron_skips_file_name("/etc/crontab", DialectId::debian));
}

TEST(InstalledLocation, SystemFilesAndEachCronsSpool) {
  EXPECT_EQ(installed_location("/etc/crontab", DialectId::debian).kind,
            InstalledCrontab::Kind::system);
  EXPECT_EQ(installed_location("/etc/cron.d/backup", DialectId::cronie).kind,
            InstalledCrontab::Kind::system);
  InstalledCrontab spool = installed_location("/var/spool/cron/crontabs/alice", DialectId::debian);
  EXPECT_EQ(spool.kind, InstalledCrontab::Kind::spool);
  EXPECT_EQ(spool.spool_user, "alice");
  EXPECT_EQ(installed_location("/var/spool/cron/alice", DialectId::cronie).spool_user, "alice");
  EXPECT_EQ(installed_location("/var/spool/cron/alice", DialectId::debian).kind,
            InstalledCrontab::Kind::elsewhere);
  EXPECT_EQ(installed_location("/home/alice/my.crontab", DialectId::debian).kind,
            InstalledCrontab::Kind::elsewhere);
  EXPECT_EQ(installed_location("/etc/cron.d/", DialectId::debian).kind,
            InstalledCrontab::Kind::elsewhere);
}

const InstalledCrontab system_file{InstalledCrontab::Kind::system, {}};
const InstalledCrontab spool_file{InstalledCrontab::Kind::spool, "alice"};
const FileFacts ok_system{false, 0, true, 0, 0644, 1};
const FileFacts ok_spool{false, 0, true, 1000, 0600, 1};

bool skips(const InstalledCrontab& where, const FileFacts& file, std::optional<uid_t> user,
           DialectId dialect) {
  return why_cron_skips_file(where, file, user, dialect).has_value();
}

std::string first_reason(const InstalledCrontab& where, const FileFacts& file,
                         std::optional<uid_t> user, DialectId dialect) {
  return why_cron_skips_file(where, file, user, dialect).value_or("(read)");
}

TEST(FileAcceptance, ModeOfSystemCrontabs) {
  EXPECT_FALSE(skips(system_file, ok_system, std::nullopt, DialectId::debian));
  EXPECT_FALSE(skips(system_file, ok_system, std::nullopt, DialectId::cronie));
  FileFacts writable = ok_system;
  writable.mode = 0664;
  EXPECT_EQ(first_reason(system_file, writable, std::nullopt, DialectId::debian),
            "cron logs \"INSECURE MODE (group/other writable)\": mode 0664 is group- or "
            "other-writable");
  FileFacts executable = ok_system;
  executable.mode = 0755;
  EXPECT_FALSE(skips(system_file, executable, std::nullopt, DialectId::debian))
      << "Debian ignores the execute bits";
  EXPECT_NE(first_reason(system_file, executable, std::nullopt, DialectId::cronie)
                .find("\"BAD FILE MODE\": mode 0755"),
            std::string::npos);
  FileFacts setuid = ok_system;
  setuid.mode = 04644;
  EXPECT_TRUE(skips(system_file, setuid, std::nullopt, DialectId::cronie));
  FileFacts owner_only = ok_system;
  owner_only.mode = 0400;
  EXPECT_FALSE(skips(system_file, owner_only, std::nullopt, DialectId::cronie));
}

TEST(FileAcceptance, OwnerOfSystemCrontabs) {
  FileFacts not_root = ok_system;
  not_root.owner = 1000;
  EXPECT_EQ(first_reason(system_file, not_root, std::nullopt, DialectId::debian),
            "cron logs \"WRONG FILE OWNER\": the file is owned by uid 1000, not root");
  EXPECT_NE(first_reason(system_file, not_root, std::nullopt, DialectId::cronie)
                .find("\"WRONG FILE OWNER\""),
            std::string::npos);
}

TEST(FileAcceptance, HardLinks) {
  FileFacts hard_linked = ok_system;
  hard_linked.links = 2;
  EXPECT_EQ(first_reason(system_file, hard_linked, std::nullopt, DialectId::debian),
            "cron logs \"NUMBER OF HARD LINKS > 1\": the file has 2 hard links");
  EXPECT_FALSE(skips(system_file, hard_linked, std::nullopt, DialectId::cronie))
      << "cronie checks the link count of user crontabs only";
  FileFacts linked_spool = ok_spool;
  linked_spool.links = 3;
  EXPECT_NE(first_reason(spool_file, linked_spool, 1000u, DialectId::debian)
                .find("NUMBER OF HARD LINKS > 1"),
            std::string::npos);
  EXPECT_NE(first_reason(spool_file, linked_spool, 1000u, DialectId::cronie)
                .find("\"BAD LINK COUNT\": the file has 3 hard links"),
            std::string::npos);
}

TEST(FileAcceptance, SymbolicLinks) {
  FileFacts link_by_user = ok_system;
  link_by_user.is_symlink = true;
  link_by_user.link_owner = 1000;
  EXPECT_NE(first_reason(system_file, link_by_user, std::nullopt, DialectId::debian)
                .find("\"WRONG SYMLINK OWNER\""),
            std::string::npos);
  EXPECT_FALSE(skips(system_file, link_by_user, std::nullopt, DialectId::cronie))
      << "cronie follows the link without looking at its owner";
  FileFacts dangling = link_by_user;
  dangling.link_owner = 0;
  dangling.target_exists = false;
  EXPECT_NE(first_reason(system_file, dangling, std::nullopt, DialectId::debian)
                .find("\"CAN'T OPEN SYMLINK\""),
            std::string::npos);
  EXPECT_NE(
      first_reason(system_file, dangling, std::nullopt, DialectId::cronie).find("\"CAN'T OPEN\""),
      std::string::npos);
  FileFacts spool_link = ok_spool;
  spool_link.is_symlink = true;
  EXPECT_NE(first_reason(spool_file, spool_link, 1000u, DialectId::debian).find("\"CAN'T OPEN\""),
            std::string::npos);
}

TEST(FileAcceptance, SpoolCrontabs) {
  EXPECT_FALSE(skips(spool_file, ok_spool, 1000u, DialectId::debian));
  EXPECT_FALSE(skips(spool_file, ok_spool, 1000u, DialectId::cronie));
  FileFacts readable = ok_spool;
  readable.mode = 0644;
  EXPECT_EQ(first_reason(spool_file, readable, 1000u, DialectId::debian),
            "cron logs \"INSECURE MODE (mode 0600 expected)\": the mode is 0644");
  EXPECT_FALSE(skips(spool_file, readable, 1000u, DialectId::cronie));
  EXPECT_NE(first_reason(spool_file, ok_spool, 1001u, DialectId::debian).find("WRONG FILE OWNER"),
            std::string::npos);
  EXPECT_NE(first_reason(spool_file, ok_spool, std::nullopt, DialectId::debian).find("ORPHAN"),
            std::string::npos);
  FileFacts roots = ok_spool;
  roots.owner = 0;
  EXPECT_FALSE(skips(spool_file, roots, 1000u, DialectId::debian)) << "root may own it";
  EXPECT_FALSE(skips(spool_file, roots, 1000u, DialectId::cronie));
}

TEST(FileAcceptance, EveryReasonInCronsOrderWithItsFix) {
  FileFacts bad = ok_system;
  bad.owner = 1000;
  bad.mode = 0666;
  bad.links = 2;
  std::vector<FileRejection> all =
      file_rejections(system_file, bad, std::nullopt, DialectId::debian);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_NE(all[0].reason.find("WRONG FILE OWNER"), std::string::npos);
  EXPECT_EQ(all[0].fix, "chown root:root");
  EXPECT_NE(all[1].reason.find("INSECURE MODE"), std::string::npos);
  EXPECT_EQ(all[1].fix, "chmod 0644");
  EXPECT_NE(all[2].reason.find("HARD LINKS"), std::string::npos);
  EXPECT_EQ(all[2].fix, "replace the hard link with a copy");
  EXPECT_TRUE(file_rejections({}, bad, std::nullopt, DialectId::debian).empty())
      << "files cron does not read itself are not checked";
}

// A scratch directory that removes itself.
struct TempDir {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("cronkit-crontab-file-" + std::to_string(getpid()));
  TempDir() { std::filesystem::create_directories(path); }
  ~TempDir() { std::filesystem::remove_all(path); }
};

TEST(ReadFileFacts, ModeLinksAndSymlinks) {
  namespace fs = std::filesystem;
  TempDir dir;
  fs::path file = dir.path / "jobs";
  std::ofstream(file) << "0 5 * * * root /x\n";
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                            fs::perms::group_write);
  std::optional<FileFacts> facts = read_file_facts(file.string());
  ASSERT_TRUE(facts);
  EXPECT_FALSE(facts->is_symlink);
  EXPECT_TRUE(facts->is_regular);
  EXPECT_TRUE(facts->target_exists);
  EXPECT_EQ(facts->mode, 0660u);
  EXPECT_EQ(facts->owner, geteuid());
  EXPECT_EQ(facts->links, 1u);

  fs::create_hard_link(file, dir.path / "copy");
  EXPECT_EQ(read_file_facts(file.string())->links, 2u);

  fs::create_symlink(file, dir.path / "link");
  std::optional<FileFacts> linked = read_file_facts((dir.path / "link").string());
  ASSERT_TRUE(linked);
  EXPECT_TRUE(linked->is_symlink);
  EXPECT_EQ(linked->link_owner, geteuid());
  EXPECT_EQ(linked->mode, 0660u);

  fs::create_symlink(dir.path / "nowhere", dir.path / "dangling");
  std::optional<FileFacts> dangling = read_file_facts((dir.path / "dangling").string());
  ASSERT_TRUE(dangling);
  EXPECT_FALSE(dangling->target_exists);

  EXPECT_FALSE(read_file_facts((dir.path / "missing").string()));
  EXPECT_TRUE(read_file_facts(dir.path.string())) << "a directory is a file that is not regular";
  EXPECT_FALSE(read_file_facts(dir.path.string())->is_regular);
}

}  // namespace
}  // namespace cronkit
