// Walking a tree for the files cronkit reads: names, kinds, .gitignore, links, binary files,
// unreadable files and the order.

#include "discover/discover.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support/temp_dir.hpp"

namespace cronkit::discover {
namespace {

namespace stdfs = std::filesystem;

class Tree : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = stdfs::temp_directory_path() /
            ("cronkit-discover-" + std::to_string(getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    stdfs::remove_all(root_);
    stdfs::create_directories(root_);
  }
  void TearDown() override {
    std::error_code ec;
    stdfs::remove_all(root_, ec);
  }
  void write(const std::string& path, std::string_view text) {
    stdfs::create_directories((root_ / path).parent_path());
    std::ofstream(root_ / path, std::ios::binary) << text;
  }
  // "path kind" of every file found, paths relative to the tree.
  std::vector<std::string> listing(WalkResult result) {
    std::vector<std::string> lines;
    const std::string prefix = root_.string() + "/";
    for (const FoundFile& file : result.files) {
      EXPECT_TRUE(file.path.starts_with(prefix)) << file.path;
      lines.push_back(file.path.substr(prefix.size()) + " " + std::string(kind_name(file)));
    }
    return lines;
  }
  std::vector<std::string> walked() { return listing(walk(root_.string())); }

  stdfs::path root_;
};

constexpr std::string_view workflow = "on:\n  schedule:\n    - cron: '0 3 * * *'\n";
constexpr std::string_view cronjob = "kind: CronJob\nspec:\n  schedule: '0 3 * * *'\n";

TEST(CrontabByName, TheNamesOfThePreCommitHook) {
  EXPECT_TRUE(crontab_by_name("crontab"));
  EXPECT_TRUE(crontab_by_name("etc/crontab"));
  EXPECT_TRUE(crontab_by_name("deploy/backup.crontab"));
  EXPECT_TRUE(crontab_by_name("jobs/nightly.cron"));
  EXPECT_TRUE(crontab_by_name("etc/cron.d/backup"));
  EXPECT_TRUE(crontab_by_name("cron.d/backup"));
  EXPECT_TRUE(crontab_by_name("var/spool/cron/crontabs/alice"));
  EXPECT_FALSE(crontab_by_name(".crontab"));
  EXPECT_FALSE(crontab_by_name(".cron"));
  EXPECT_FALSE(crontab_by_name("crontab.txt"));
  EXPECT_FALSE(crontab_by_name("cron.d"));
  EXPECT_FALSE(crontab_by_name("etc/cron.d/sub/backup"));
  EXPECT_FALSE(crontab_by_name("src/cron.py"));
}

TEST_F(Tree, PicksCrontabsWorkflowsAndManifestsSortedByPath) {
  write("etc/cron.d/backup", "0 3 * * * root /usr/local/bin/backup\n");
  write(".github/workflows/nightly.yml", workflow);
  write("k8s/backup.yaml", cronjob);
  write("k8s/deployment.yaml", "kind: Deployment\n");
  write("src/main.cpp", "int main() {}\n");
  write("README.md", "crontab\n");
  write("a-b/x.cron", "@daily true\n");
  write("a/x.cron", "@daily true\n");
  EXPECT_EQ(walked(), (std::vector<std::string>{
                          ".github/workflows/nightly.yml github-workflow",
                          "a-b/x.cron crontab",
                          "a/x.cron crontab",
                          "etc/cron.d/backup crontab",
                          "k8s/backup.yaml kubernetes-manifest",
                      }));
}

TEST_F(Tree, HandsBackTheTextItRead) {
  write("k8s/backup.yaml", cronjob);
  write("x.crontab", "@daily true\n");
  WalkResult result = walk(root_.string());
  ASSERT_EQ(result.files.size(), 2u);
  EXPECT_EQ(result.files[0].text, cronjob);
  EXPECT_EQ(result.files[1].text, "@daily true\n");
  result = walk(root_.string(), {.read_text = false});
  ASSERT_EQ(result.files.size(), 2u);
  EXPECT_EQ(result.files[0].text, "");
}

TEST_F(Tree, HonoursGitignoreAtEveryLevel) {
  write(".gitignore", "generated/\n*.tmp.yaml\n");
  write("generated/x.crontab", "@daily true\n");
  write("k8s/a.tmp.yaml", cronjob);
  write("k8s/b.yaml", cronjob);
  write("k8s/.gitignore", "b.yaml\n!a.tmp.yaml\n");
  write("k8s/sub/b.yaml", cronjob);
  write("other/b.yaml", cronjob);
  EXPECT_EQ(walked(), (std::vector<std::string>{
                          "k8s/a.tmp.yaml kubernetes-manifest",
                          "other/b.yaml kubernetes-manifest",
                      }));
}

TEST_F(Tree, HonoursInfoExcludeAndSkipsDotGit) {
  write(".git/info/exclude", "local.crontab\n");
  write(".git/hooks/x.crontab", "@daily true\n");
  write("local.crontab", "@daily true\n");
  write("shared.crontab", "@daily true\n");
  EXPECT_EQ(walked(), std::vector<std::string>{"shared.crontab crontab"});
}

TEST_F(Tree, AWalkBelowTheTopUsesTheIgnoreFilesAboveIt) {
  write(".git/HEAD", "ref: refs/heads/main\n");
  write(".gitignore", "/deploy/old/\nskip.cron\n");
  write("deploy/old/x.cron", "@daily true\n");
  write("deploy/new/x.cron", "@daily true\n");
  write("deploy/new/skip.cron", "@daily true\n");
  const WalkResult result = walk((root_ / "deploy").string());
  ASSERT_EQ(result.files.size(), 1u);
  EXPECT_EQ(result.files[0].path, (root_ / "deploy").string() + "/new/x.cron");
}

TEST_F(Tree, LinksAreNotFollowed) {
  const stdfs::path outside = root_.string() + "-outside";
  stdfs::create_directories(outside);
  std::ofstream(outside / "x.crontab") << "@daily true\n";
  stdfs::create_directories(root_ / "tree");
  stdfs::create_directory_symlink(outside, root_ / "tree/out");
  stdfs::create_symlink(outside / "x.crontab", root_ / "tree/linked.crontab");
  write("tree/own.crontab", "@daily true\n");
  EXPECT_EQ(walked(), std::vector<std::string>{"tree/own.crontab crontab"});
  stdfs::remove_all(outside);
}

TEST_F(Tree, BinaryFilesAreSkipped) {
  write("k8s/blob.yaml", std::string("kind: CronJob\n\0\1\2", 17));
  write("bin.crontab", std::string("\0\0", 2));
  write("text.crontab", "@daily true\n");
  EXPECT_EQ(walked(), std::vector<std::string>{"text.crontab crontab"});
}

// A path too long to open (ENAMETOOLONG, whoever runs the test, root included) stands for any
// file or directory that cannot be read: the walk goes on and names each one.
TEST_F(Tree, WhatCannotBeOpenedIsAnErrorNamingIt) {
  const stdfs::path here = stdfs::current_path();
  stdfs::current_path(root_);
  // Directories down to a path of 3990 bytes (under PATH_MAX, 4096), whose entries' paths are
  // over it.
  const std::string segment(250, 'd');
  std::string deep = root_.string();
  while (3990 - deep.size() >= 2) {
    const std::string name(std::min<std::size_t>(250, 3990 - deep.size() - 1), 'd');
    stdfs::create_directory(name);
    stdfs::current_path(name);
    deep += "/" + name;
  }
  const std::string long_name = std::string(250, 'f') + ".cron";
  std::ofstream(long_name) << "@daily true\n";
  std::ofstream(std::string(250, 'g') + ".txt") << "not a candidate\n";
  stdfs::create_directory(segment);
  stdfs::current_path(segment);
  std::ofstream("x.cron") << "@daily true\n";
  stdfs::current_path(here);
  write("ok.crontab", "@daily true\n");

  const WalkResult result = walk(root_.string());
  ASSERT_EQ(result.files.size(), 1u);
  EXPECT_EQ(result.files[0].path, root_.string() + "/ok.crontab");
  ASSERT_EQ(result.errors.size(), 2u);
  EXPECT_EQ(result.errors[0], deep + "/" + segment + ": file name too long");
  EXPECT_EQ(result.errors[1], deep + "/" + long_name + ": file name too long");
}

// Files and directories without read permission, walked by a user who is not root: the
// candidates are errors, what no kind can take is never opened.
TEST_F(Tree, UnreadableCandidatesAreErrorsOthersAreNotOpened) {
  write("locked.crontab", "@daily true\n");
  write("private.txt", "not ours\n");
  write("locked/inner.cron", "@daily true\n");
  write("open.crontab", "@daily true\n");
  chmod((root_ / "locked.crontab").c_str(), 0);
  chmod((root_ / "private.txt").c_str(), 0);
  chmod((root_ / "locked").c_str(), 0);
  const std::string root = root_.string();
  EXPECT_TRUE(testing::run_unprivileged([&] {
    const WalkResult result = walk(root);
    return result.files.size() == 1 && result.files[0].path == root + "/open.crontab" &&
           result.errors == std::vector<std::string>{root + "/locked: permission denied",
                                                     root + "/locked.crontab: permission denied"};
  }));
  chmod((root_ / "locked").c_str(), 0755);
}

TEST_F(Tree, ExcludedPathsAreLeftOut) {
  write("a.crontab", "@daily true\n");
  write("b.crontab", "@daily true\n");
  const WalkResult result =
      walk(root_.string(),
           {.excluded = [](std::string_view path) { return path.ends_with("/a.crontab"); }});
  ASSERT_EQ(result.files.size(), 1u);
  EXPECT_TRUE(result.files[0].path.ends_with("/b.crontab"));
}

TEST_F(Tree, TheCurrentDirectoryIsNotRepeatedInPaths) {
  write("x.crontab", "@daily true\n");
  const stdfs::path here = stdfs::current_path();
  stdfs::current_path(root_);
  const WalkResult dot = walk(".");
  const WalkResult slash = walk("./");
  stdfs::current_path(here);
  ASSERT_EQ(dot.files.size(), 1u);
  EXPECT_EQ(dot.files[0].path, "x.crontab");
  ASSERT_EQ(slash.files.size(), 1u);
  EXPECT_EQ(slash.files[0].path, "x.crontab");
}

}  // namespace
}  // namespace cronkit::discover
