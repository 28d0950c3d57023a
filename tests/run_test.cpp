// Running jobs for real: the environment is exactly the one given, stdin carries the `%` text,
// the working directory is HOME, statuses pass through, a timeout kills the process group.

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "environment/environment.hpp"
#include "run/run.hpp"

namespace cronkit {
namespace {

namespace fs = std::filesystem;

struct Captured {
  RunResult result;
  std::string out;
  std::string err;
};

Captured run(RunRequest request) {
  Captured captured;
  request.on_stdout = [&](std::string_view chunk) { captured.out += chunk; };
  request.on_stderr = [&](std::string_view chunk) { captured.err += chunk; };
  captured.result = run_job(request);
  return captured;
}

RunRequest shell(std::string command,
                 std::vector<std::string> environment = {"PATH=/usr/bin:/bin", "HOME=/"}) {
  RunRequest request;
  request.argv = {"/bin/sh", "-c", std::move(command)};
  request.environment = std::move(environment);
  return request;
}

class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "cronkit-run-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

TEST(Run, JobSeesExactlyTheGivenEnvironment) {
  setenv("CRONKIT_TEST_LEAK", "leaked", 1);
  Captured c = run(shell("echo \"PATH=$PATH\"; env | sort", {"PATH=/usr/bin:/bin", "A=b"}));
  unsetenv("CRONKIT_TEST_LEAK");
  ASSERT_TRUE(c.result.started) << c.result.error;
  EXPECT_EQ(c.result.status, 0);
  EXPECT_EQ(c.out.substr(0, c.out.find('\n')), "PATH=/usr/bin:/bin");
  EXPECT_NE(c.out.find("\nA=b\n"), std::string::npos);
  EXPECT_EQ(c.out.find("CRONKIT_TEST_LEAK"), std::string::npos);
  EXPECT_EQ(c.result.stdout_bytes, c.out.size());
}

TEST(Run, StandardInputCarriesThePercentText) {
  RunRequest request = shell("cat; echo end");
  request.standard_input = "line 1\nline 2\n";
  Captured c = run(request);
  EXPECT_EQ(c.out, "line 1\nline 2\nend\n");
}

TEST(Run, EmptyStandardInputIsImmediateEndOfFile) {
  Captured c = run(shell("if read line; then echo got; else echo eof; fi"));
  EXPECT_EQ(c.out, "eof\n");
}

TEST(Run, LargeInputToAJobThatDoesNotReadIt) {
  RunRequest request = shell("exit 3");
  request.standard_input = std::string(1 << 20, 'x');
  Captured c = run(request);
  EXPECT_TRUE(c.result.started);
  EXPECT_EQ(c.result.status, 3);
}

TEST(Run, FailingJobPassesItsStatusAndStderr) {
  Captured c = run(shell("echo oops >&2; exit 7"));
  EXPECT_EQ(c.result.exit_code, 7);
  EXPECT_EQ(c.result.status, 7);
  EXPECT_EQ(c.err, "oops\n");
  EXPECT_EQ(c.out, "");
}

TEST(Run, SignalGivesOneHundredTwentyEightPlusN) {
  Captured c = run(shell("kill -KILL $$"));
  EXPECT_EQ(c.result.signal, 9);
  EXPECT_EQ(c.result.status, 137);
}

TEST(Run, TimeoutKillsTheWholeProcessGroup) {
  TempDir dir;
  fs::path marker = dir.path() / "survived";
  // The background sleeper is in the job's process group: it must die with the shell.
  RunRequest request = shell("(sleep 1; touch " + marker.string() + ") & sleep 30; echo never");
  request.timeout = std::chrono::milliseconds(300);
  auto start = std::chrono::steady_clock::now();
  Captured c = run(request);
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_TRUE(c.result.timed_out);
  EXPECT_EQ(c.result.status, 124);
  EXPECT_EQ(c.out, "");
  EXPECT_LT(elapsed, std::chrono::seconds(5));
  usleep(1500 * 1000);
  EXPECT_FALSE(fs::exists(marker)) << "a process of the job outlived the timeout";
}

TEST(Run, StartsInTheWorkingDirectory) {
  TempDir dir;
  RunRequest request = shell("pwd");
  request.working_directory = fs::canonical(dir.path()).string();
  Captured c = run(request);
  EXPECT_EQ(c.out, fs::canonical(dir.path()).string() + "\n");
  EXPECT_EQ(c.result.directory, fs::canonical(dir.path()).string());
  EXPECT_FALSE(c.result.used_fallback_directory);
}

TEST(Run, MissingHomeFallsBackLikeDebianOrIsRefusedLikeCronie) {
  RunRequest request = shell("pwd");
  request.working_directory = "/nonexistent/cronkit";
  request.fallback_directory = "/";
  Captured debian = run(request);
  EXPECT_TRUE(debian.result.started);
  EXPECT_TRUE(debian.result.used_fallback_directory);
  EXPECT_EQ(debian.out, "/\n");
  EXPECT_NE(debian.result.chdir_error.find("No such file"), std::string::npos);

  request.fallback_directory.reset();
  Captured cronie = run(request);
  EXPECT_FALSE(cronie.result.started);
  EXPECT_EQ(cronie.result.error, "chdir(/nonexistent/cronkit): No such file or directory");
  EXPECT_EQ(cronie.out, "");
}

TEST(Run, MissingShellFailsLikeCronsChild) {
  RunRequest request = shell("true");
  request.argv[0] = "/nonexistent/zsh";
  Captured c = run(request);
  EXPECT_TRUE(c.result.started);
  EXPECT_EQ(c.result.status, 1);
  EXPECT_EQ(c.err, "/nonexistent/zsh: execle: No such file or directory\n");
}

TEST(Run, ShellIsNotSearchedInPath) {
  RunRequest request = shell("true");
  request.argv[0] = "sh";  // SHELL=sh: cron's execle does not search PATH
  Captured c = run(request);
  EXPECT_EQ(c.result.status, 1);
  EXPECT_EQ(c.err, "sh: execle: No such file or directory\n");
}

TEST(Run, JobHasNoControllingTerminalAndItsOwnSession) {
  Captured c =
      run(shell("if (exec </dev/tty) 2>/dev/null; then echo tty; else echo no tty; fi; "
                "set -- $(cat /proc/$$/stat); echo $6; echo $$"));
  std::istringstream lines(c.out);
  std::string tty, sid, pid;
  std::getline(lines, tty);
  std::getline(lines, sid);
  std::getline(lines, pid);
  EXPECT_EQ(tty, "no tty");
  EXPECT_EQ(sid, pid) << "the job leads its own session (setsid)";
}

TEST(Run, DurationIsMeasured) {
  Captured c = run(shell("sleep 0.2"));
  EXPECT_GE(c.result.duration, std::chrono::milliseconds(150));
  EXPECT_LT(c.result.duration, std::chrono::seconds(5));
}

TEST(Run, SwitchesUserLikeCronWhenRootAndFailsClearlyOtherwise) {
  // As root, become nobody; as anyone else, try to become root.
  PasswdLookup lookup = system_passwd();
  std::optional<PasswdEntry> nobody = lookup.by_name(geteuid() == 0 ? "nobody" : "root");
  ASSERT_TRUE(nobody);
  RunRequest request = shell("id -u; id -g");
  request.switch_to_user = nobody;
  Captured c = run(request);
  if (geteuid() == 0) {
    ASSERT_TRUE(c.result.started) << c.result.error;
    EXPECT_EQ(c.out, std::to_string(nobody->uid) + "\n" + std::to_string(nobody->gid) + "\n");
  } else {
    EXPECT_FALSE(c.result.started);
    EXPECT_EQ(c.result.error, "setgid: Operation not permitted");
    EXPECT_EQ(c.out, "");
  }
}

}  // namespace
}  // namespace cronkit
