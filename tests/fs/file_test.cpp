// Whole-file reading and the atomic replacement --fix relies on: the mode and owner survive, no
// temporary file is left behind on success or failure, and failures are values.

#include "fs/file.hpp"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include "support/temp_dir.hpp"

namespace cronkit::fs {
namespace {

using cronkit::testing::read_whole_file;
using cronkit::testing::TempDir;

mode_t mode_of(const std::filesystem::path& path) {
  struct stat info {};
  EXPECT_EQ(::stat(path.c_str(), &info), 0);
  return info.st_mode & 07777;
}

std::size_t entries_in(const std::filesystem::path& directory) {
  std::size_t count = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(directory)) ++count;
  return count;
}

TEST(ReadFile, ReadsEveryByte) {
  TempDir dir;
  std::string bytes("a\0b\r\n\xff", 6);
  ReadResult result = read_file(dir.write("f", bytes));
  ASSERT_TRUE(result.content);
  EXPECT_EQ(*result.content, bytes);
}

TEST(ReadFile, ErrorsNameThePath) {
  TempDir dir;
  ReadResult missing = read_file(dir / "missing");
  EXPECT_FALSE(missing.content);
  EXPECT_EQ(missing.error,
            "cannot read " + (dir / "missing").string() + ": No such file or directory");
  ReadResult directory = read_file(dir.path());
  EXPECT_FALSE(directory.content);
  EXPECT_EQ(directory.error, "cannot read " + dir.path().string() + ": it is a directory");
}

TEST(AtomicWrite, ReplacesTheContentAndKeepsTheMode) {
  TempDir dir;
  std::filesystem::path file = dir.write("crontab", "old\n");
  ASSERT_EQ(::chmod(file.c_str(), 0640), 0);
  EXPECT_EQ(write_file_atomically(file, "new\ncontent\n"), std::nullopt);
  EXPECT_EQ(read_whole_file(file), "new\ncontent\n");
  EXPECT_EQ(mode_of(file), 0640u);
  EXPECT_EQ(entries_in(dir.path()), 1u) << "the temporary file is gone";
}

TEST(AtomicWrite, KeepsUnusualModesExactly) {
  TempDir dir;
  std::filesystem::path file = dir.write("job", "x");
  ASSERT_EQ(::chmod(file.c_str(), 0751), 0);
  EXPECT_EQ(write_file_atomically(file, "y"), std::nullopt);
  EXPECT_EQ(mode_of(file), 0751u);
  // A read-only file is replaced too: what counts is the directory's permission, as for mv.
  ASSERT_EQ(::chmod(file.c_str(), 0444), 0);
  EXPECT_EQ(write_file_atomically(file, "z"), std::nullopt);
  EXPECT_EQ(read_whole_file(file), "z");
  EXPECT_EQ(mode_of(file), 0444u);
}

TEST(AtomicWrite, ReplacesTheFileNotAnOpenHandleToIt) {
  // A reader that opened the old file keeps reading the old bytes: the new file is a new inode.
  TempDir dir;
  std::filesystem::path file = dir.write("crontab", "old\n");
  std::ifstream reader(file);
  EXPECT_EQ(write_file_atomically(file, "new\n"), std::nullopt);
  std::string line;
  std::getline(reader, line);
  EXPECT_EQ(line, "old");
  EXPECT_EQ(read_whole_file(file), "new\n");
}

TEST(AtomicWrite, CreatesAMissingFileWithTheUmasksMode) {
  TempDir dir;
  mode_t saved = ::umask(022);
  std::optional<std::string> error = write_file_atomically(dir / "new", "");
  ::umask(saved);
  EXPECT_EQ(error, std::nullopt);
  EXPECT_EQ(read_whole_file(dir / "new"), "");
  EXPECT_EQ(mode_of(dir / "new"), 0644u);
  EXPECT_EQ(entries_in(dir.path()), 1u);
}

TEST(AtomicWrite, FollowsASymbolicLinkAndKeepsTheLink) {
  TempDir dir;
  std::filesystem::path target = dir.write("real/crontab", "old\n");
  std::filesystem::create_symlink(target, dir / "link");
  EXPECT_EQ(write_file_atomically(dir / "link", "new\n"), std::nullopt);
  EXPECT_TRUE(std::filesystem::is_symlink(dir / "link"));
  EXPECT_EQ(read_whole_file(target), "new\n");
  EXPECT_EQ(entries_in(dir / "real"), 1u);
}

TEST(AtomicWrite, RefusesALinkIntoAnotherFileSystem) {
  TempDir dir;
  struct stat here {};
  struct stat proc {};
  ASSERT_EQ(::stat(dir.path().c_str(), &here), 0);
  if (::stat("/proc/self", &proc) != 0 || proc.st_dev == here.st_dev) {
    GTEST_SKIP() << "no second file system to link to";
  }
  std::filesystem::create_symlink("/proc/self/comm", dir / "link");
  std::optional<std::string> error = write_file_atomically(dir / "link", "x");
  ASSERT_TRUE(error);
  EXPECT_NE(error->find("on another file system"), std::string::npos) << *error;
  EXPECT_TRUE(std::filesystem::is_symlink(dir / "link"));
  EXPECT_EQ(entries_in(dir.path()), 1u);
}

TEST(AtomicWrite, ADirectoryIsNotReplaced) {
  TempDir dir;
  std::filesystem::create_directory(dir / "sub");
  std::optional<std::string> error = write_file_atomically(dir / "sub", "x");
  ASSERT_TRUE(error);
  EXPECT_EQ(*error, "not writing " + (dir / "sub").string() + ": it is not a regular file");
  EXPECT_TRUE(std::filesystem::is_directory(dir / "sub"));
}

TEST(AtomicWrite, AReadOnlyDirectoryIsAnErrorAndNothingChanges) {
  TempDir dir;
  std::filesystem::path locked = dir / "locked";
  std::filesystem::path file = dir.write("locked/crontab", "old\n");
  ASSERT_EQ(::chmod(file.c_str(), 0644), 0);
  ASSERT_EQ(::chmod(locked.c_str(), 0555), 0);
  ASSERT_EQ(::chmod(dir.path().c_str(), 0755), 0);
  std::string expected =
      "cannot create a temporary file in " + locked.string() + ": Permission denied";
  EXPECT_TRUE(cronkit::testing::run_unprivileged([&] {
    std::optional<std::string> error = write_file_atomically(file, "new\n");
    return error == expected;
  }));
  EXPECT_EQ(read_whole_file(file), "old\n");
  EXPECT_EQ(entries_in(locked), 1u);
}

TEST(AtomicWrite, AFileThatCannotKeepItsOwnerIsNotReplaced) {
  // cron skips system crontabs that are not root's: a fixed copy owned by the fixer would stop
  // running. Only a privileged writer can keep another user's ownership.
  if (::geteuid() != 0) GTEST_SKIP() << "needs root to create a file owned by someone else";
  TempDir dir;
  std::filesystem::path file = dir.write("crontab", "old\n");
  ASSERT_EQ(::chmod(dir.path().c_str(), 0777), 0);  // nobody may create files here
  EXPECT_TRUE(cronkit::testing::run_unprivileged([&] {
    std::optional<std::string> error = write_file_atomically(file, "new\n");
    return error && error->find("cannot give the new file the owner 0:0") != std::string::npos;
  }));
  EXPECT_EQ(read_whole_file(file), "old\n");
  EXPECT_EQ(entries_in(dir.path()), 1u) << "the temporary file is removed on failure";
}

}  // namespace
}  // namespace cronkit::fs
