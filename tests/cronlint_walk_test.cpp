// cronlint DIR end to end where a golden file cannot go: a tree with a file cronlint may not read
// (the others are still linted, the run exits 2 and names the file).

#include <sys/stat.h>
#include <sys/wait.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "support/temp_dir.hpp"

namespace cronkit::testing {
namespace {

namespace fs = std::filesystem;

TEST(CronlintWalk, AnUnreadableFileIsAnIoErrorAfterTheOthersAreLinted) {
  TempDir dir;
  fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                  fs::perms::others_read | fs::perms::others_exec);
  dir.write("repo/a.crontab", "0 25 * * * /bin/true\n");
  dir.write("repo/b.crontab", "@daily /bin/true\n");
  chmod((dir / "repo/b.crontab").c_str(), 0);
  // Written by the unprivileged child.
  fs::create_directories(dir / "output");
  fs::permissions(dir / "output", fs::perms::all);
  const std::string out = (dir / "output/out.txt").string();
  const std::string err = (dir / "output/err.txt").string();
  const std::string command = "cd '" + dir.path().string() +
                              "' && '" CRONKIT_TOOLS_DIR "/cronlint' --no-config repo >'" + out +
                              "' 2>'" + err + "'";
  EXPECT_TRUE(run_unprivileged([&] {
    const int raw = std::system(command.c_str());
    return WIFEXITED(raw) && WEXITSTATUS(raw) == 2;
  }));
  EXPECT_NE(read_whole_file(out).find("repo/a.crontab:1:3: error:"), std::string::npos)
      << read_whole_file(out);
  EXPECT_EQ(read_whole_file(err), "cronlint: error: repo/b.crontab: permission denied\n");
}

}  // namespace
}  // namespace cronkit::testing
