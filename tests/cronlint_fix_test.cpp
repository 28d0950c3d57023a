// cronlint --fix and --diff on real files: what they write, what they leave alone, and that the
// diff they print is the one testdata/fix/NAME.diff holds for every case there.

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

struct Outcome {
  std::string out;
  std::string err;
  int status = -1;
};

// Runs cronlint with `arguments` (already shell-quoted) in `directory`, without a config file.
Outcome run_cronlint(const fs::path& directory, const std::string& arguments,
                     const TempDir& scratch) {
  const fs::path out = scratch / "stdout.txt";
  const fs::path err = scratch / "stderr.txt";
  const std::string command = "cd '" + directory.string() +
                              "' && '" CRONKIT_TOOLS_DIR "/cronlint' --no-config " + arguments +
                              " >'" + out.string() + "' 2>'" + err.string() + "'";
  const int raw = std::system(command.c_str());
  Outcome outcome;
  outcome.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  outcome.out = read_whole_file(out);
  outcome.err = read_whole_file(err);
  return outcome;
}

struct timespec modification_time(const fs::path& path) {
  struct stat info {};
  EXPECT_EQ(::stat(path.c_str(), &info), 0);
  return info.st_mtim;
}

constexpr std::string_view broken = "MAILTO=\n0 2 * * * tar czf /b/site-$(date +%F).tgz /var/www";

TEST(CronlintFix, WithoutFixTheFileIsNotTouched) {
  TempDir dir;
  TempDir scratch;
  const fs::path file = dir.write("jobs.crontab", broken);
  const struct timespec before = modification_time(file);
  for (const char* options : {"", "--format json", "--diff", "--enable all"}) {
    Outcome outcome = run_cronlint(dir.path(), std::string(options) + " jobs.crontab", scratch);
    EXPECT_EQ(outcome.status, 1) << options;
    EXPECT_EQ(read_whole_file(file), broken) << options;
    const struct timespec after = modification_time(file);
    EXPECT_EQ(after.tv_sec, before.tv_sec) << options;
    EXPECT_EQ(after.tv_nsec, before.tv_nsec) << options;
  }
}

TEST(CronlintFix, FixRewritesTheFileKeepsItsModeAndReportsWhatIsLeft) {
  TempDir dir;
  TempDir scratch;
  const fs::path file = dir.write("jobs.crontab", broken);
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  Outcome outcome = run_cronlint(dir.path(), "--fix jobs.crontab", scratch);
  EXPECT_EQ(read_whole_file(file),
            "MAILTO=\"\"\n0 2 * * * tar czf /b/site-$(date +\\%F).tgz /var/www\n");
  EXPECT_EQ(fs::status(file).permissions(),
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  EXPECT_EQ(outcome.err,
            "jobs.crontab: fixed 3 findings: env-empty-unquoted, percent-unescaped, "
            "missing-final-newline\n");
  // Nothing is left at the default threshold: the report says so and the status follows it.
  EXPECT_EQ(outcome.out, "no problems found in 1 file\n");
  EXPECT_EQ(outcome.status, 0);
  // A second run has nothing to fix and leaves the file alone.
  Outcome again = run_cronlint(dir.path(), "--fix jobs.crontab", scratch);
  EXPECT_EQ(again.err, "");
  EXPECT_EQ(again.status, 0);
}

TEST(CronlintFix, StatusReflectsTheFindingsLeftAfterFixing) {
  TempDir dir;
  TempDir scratch;
  // The `%` is fixed; the day-of-month/day-of-week OR has no safe fix and stays a warning.
  const fs::path file = dir.write("jobs.crontab", "0 1 1 * 1 date +%F\n");
  Outcome outcome = run_cronlint(dir.path(), "--fix jobs.crontab", scratch);
  EXPECT_EQ(read_whole_file(file), "0 1 1 * 1 date +\\%F\n");
  EXPECT_NE(outcome.out.find("[dom-dow-or]"), std::string::npos) << outcome.out;
  EXPECT_EQ(outcome.out.find("[percent-unescaped]"), std::string::npos) << outcome.out;
  EXPECT_EQ(outcome.status, 1);
}

TEST(CronlintFix, StandardInputIsRefused) {
  TempDir dir;
  TempDir scratch;
  Outcome outcome = run_cronlint(dir.path(), "--fix - </dev/null", scratch);
  EXPECT_EQ(outcome.status, 2);
  EXPECT_NE(outcome.err.find("--fix cannot rewrite standard input"), std::string::npos);
}

TEST(CronlintFix, DiffMatchesTheFixCasesOfTestdata) {
  TempDir scratch;
  const fs::path testdata = CRONKIT_TESTDATA_DIR;
  int cases = 0;
  for (const auto& item : fs::directory_iterator(testdata / "fix")) {
    const std::string name = item.path().filename().string();
    if (!name.ends_with(".crontab") || name.ends_with(".fixed.crontab")) continue;
    ++cases;
    fs::path expected = item.path();
    expected.replace_extension(".diff");
    Outcome outcome = run_cronlint(testdata, "--diff fix/" + name, scratch);
    EXPECT_EQ(outcome.out, read_whole_file(expected)) << name;
    EXPECT_EQ(outcome.status, outcome.out.empty() ? 0 : 1) << name;
  }
  EXPECT_GE(cases, 8);
}

TEST(CronlintFix, FixProducesTheFixedCasesOfTestdata) {
  TempDir dir;
  TempDir scratch;
  const fs::path testdata = CRONKIT_TESTDATA_DIR;
  for (const auto& item : fs::directory_iterator(testdata / "fix")) {
    const std::string name = item.path().filename().string();
    if (!name.ends_with(".crontab") || name.ends_with(".fixed.crontab")) continue;
    const fs::path copy = dir.write(name, read_whole_file(item.path()));
    run_cronlint(dir.path(), "--fix " + name, scratch);
    fs::path fixed = item.path();
    fixed.replace_extension(".fixed.crontab");
    EXPECT_EQ(read_whole_file(copy), read_whole_file(fixed)) << name;
  }
}

}  // namespace
}  // namespace cronkit::testing
