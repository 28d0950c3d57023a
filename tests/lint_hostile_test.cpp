// cronlint on hostile input: huge lines and files, binary data, CRLF, invalid UTF-8, a FIFO, a
// directory, a terminal on standard input. Never a crash or a hang, and memory grows linearly.
// Big inputs are generated here, not committed.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "lint/registry.hpp"

extern char** environ;

namespace cronkit::testing {
namespace {

namespace fs = std::filesystem;

struct ToolRun {
  int status = -1;  // exit status; -1 when killed
  std::string out, err;
  long max_rss_kb = 0;
  bool timed_out = false;
};

// Runs build/bin/cronlint with `args`; stdin is `stdin_fd` (or /dev/null). Kills it after
// `timeout` and says so.
ToolRun run_cronlint(const std::vector<std::string>& args, int stdin_fd = -1,
                     std::chrono::seconds timeout = std::chrono::seconds(60)) {
  ToolRun run;
  int out_pipe[2], err_pipe[2];
  EXPECT_EQ(pipe(out_pipe), 0);
  EXPECT_EQ(pipe(err_pipe), 0);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (stdin_fd >= 0) {
    posix_spawn_file_actions_adddup2(&actions, stdin_fd, 0);
  } else {
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  }
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
  posix_spawn_file_actions_addclose(&actions, out_pipe[0]);
  posix_spawn_file_actions_addclose(&actions, err_pipe[0]);
  std::string tool = std::string(CRONKIT_TOOLS_DIR) + "/cronlint";
  std::vector<std::string> words = {tool};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  int spawned = posix_spawn(&pid, tool.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out_pipe[1]);
  close(err_pipe[1]);
  EXPECT_EQ(spawned, 0);
  auto deadline = std::chrono::steady_clock::now() + timeout;
  int fds[2] = {out_pipe[0], err_pipe[0]};
  char buffer[65536];
  while (fds[0] >= 0 || fds[1] >= 0) {
    pollfd polled[2] = {{fds[0], POLLIN, 0}, {fds[1], POLLIN, 0}};
    int ready = poll(polled, 2, 200);
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      run.timed_out = true;
      break;
    }
    if (ready <= 0) continue;
    for (int i = 0; i < 2; ++i) {
      if (fds[i] < 0 || !(polled[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t n = read(fds[i], buffer, sizeof buffer);
      if (n > 0) {
        (i == 0 ? run.out : run.err).append(buffer, static_cast<std::size_t>(n));
      } else {
        close(fds[i]);
        fds[i] = -1;
      }
    }
  }
  for (int fd : fds) {
    if (fd >= 0) close(fd);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.max_rss_kb = usage.ru_maxrss;
  return run;
}

struct TempFile {
  explicit TempFile(const std::string& name, const std::string& content = {}) {
    path = fs::temp_directory_path() / ("cronkit-hostile-" + std::to_string(getpid()) + "-" + name);
    std::ofstream(path, std::ios::binary) << content;
  }
  ~TempFile() { fs::remove(path); }
  fs::path path;
};

TEST(Hostile, ATenMegabyteLineIsOneFindingWithAShortExcerpt) {
  TempFile file("long-line", "0 5 * * * " + std::string(10 * 1024 * 1024, 'a') + "\n");
  ToolRun run = run_cronlint({file.path.string()});
  ASSERT_FALSE(run.timed_out);
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.out.find("[command-too-long]"), std::string::npos) << run.out.substr(0, 500);
  EXPECT_LT(run.out.size(), 4096u);
}

TEST(Hostile, AMillionLinesDoNotHang) {
#ifdef CRONKIT_SANITIZED_BUILD
  // Under AddressSanitizer the point is memory errors, not speed: a tenth of the lines.
  constexpr int lines = 100000;
#else
  constexpr int lines = 1000000;
#endif
  std::string text = "PATH=/usr/local/bin:/usr/bin:/bin\n";
  text.reserve(60 * static_cast<std::size_t>(lines));
  for (int i = 0; i < lines; ++i) {
    text += i % 10 == 0 ? "# group\n"
                        : "0 5 * * * /opt/jobs/run.sh " + std::to_string(i) +
                              " >> /var/log/jobs.log 2>&1\n";
  }
  TempFile file("million", text);
  ToolRun run = run_cronlint({"--dialect", "cronie", file.path.string()});
  ASSERT_FALSE(run.timed_out);
  EXPECT_EQ(run.status, 0) << run.out.substr(0, 500) << run.err;
  EXPECT_EQ(run.out, "no problems found in 1 file\n");
  // Debian's cron stops at 10000 lines: one finding, not a million.
  ToolRun debian = run_cronlint({file.path.string()});
  EXPECT_EQ(debian.status, 1);
  EXPECT_NE(debian.out.find("[file-too-long]"), std::string::npos);
  EXPECT_LT(debian.out.size(), 4096u);
}

TEST(Hostile, MemoryGrowsLinearlyWithTheInput) {
  auto crontab = [](int entries) {
    std::string text;
    for (int i = 0; i < entries; ++i) {
      text += "0 5 * * * /opt/jobs/run.sh " + std::to_string(i) + " >> /var/log/jobs.log 2>&1\n";
    }
    return text;
  };
#ifdef CRONKIT_SANITIZED_BUILD
  // Under AddressSanitizer the point is memory errors, not speed: a tenth of the entries.
  constexpr int small_entries = 5000;
#else
  constexpr int small_entries = 50000;
#endif
  TempFile small("small", crontab(small_entries));
  TempFile large("large", crontab(4 * small_entries));
  ToolRun small_run = run_cronlint({"--dialect", "cronie", small.path.string()});
  ToolRun large_run = run_cronlint({"--dialect", "cronie", large.path.string()});
  ASSERT_EQ(small_run.status, 0);
  ASSERT_EQ(large_run.status, 0);
  // Four times the input: at most about four times the memory above a fixed base.
  long base = 8 * 1024;  // KiB: the process and its libraries
  EXPECT_LT(large_run.max_rss_kb, 5 * std::max(small_run.max_rss_kb - base, 1L) + base)
      << small_run.max_rss_kb << " KiB for " << small_entries << " entries, "
      << large_run.max_rss_kb << " KiB for " << 4 * small_entries;
}

TEST(Hostile, CrlfEverywhereIsReportedAtMostFiftyTimes) {
  std::string text;
  for (int i = 0; i < 10000; ++i)
    text += "0 5 * * * /x" + std::to_string(i) + " >/dev/null 2>&1\r\n";
  TempFile file("crlf", text);
  ToolRun run = run_cronlint({"--disable", "all", "--enable", "crlf-line-endings", "--format",
                              "json", "--dialect", "cronie", file.path.string()});
  EXPECT_EQ(run.status, 1);
  std::size_t count = 0;
  for (std::size_t at = run.out.find("\"rule\""); at != std::string::npos;
       at = run.out.find("\"rule\"", at + 1)) {
    ++count;
  }
  EXPECT_EQ(count, 50u);
}

TEST(Hostile, BinaryDataGivesFindingsAndValidJson) {
  std::mt19937 random(42);
  std::string bytes(1 << 20, '\0');
  for (char& byte : bytes) byte = static_cast<char>(random() & 0xFF);
  TempFile file("binary", bytes);
  ToolRun text = run_cronlint({file.path.string()});
  ASSERT_FALSE(text.timed_out);
  EXPECT_EQ(text.status, 1);
  ToolRun json = run_cronlint({"--format", "json", file.path.string()});
  EXPECT_EQ(json.status, 1);
  TempFile output("binary.json", json.out);
  std::string check = "/usr/bin/python3 -c 'import json,sys; json.load(open(sys.argv[1]))' '" +
                      output.path.string() + "'";
  EXPECT_EQ(std::system(check.c_str()), 0) << json.out.substr(0, 300);
}

TEST(Hostile, AFifoIsReadLikeAFile) {
  std::string content = "0 24 * * * /x\n";
  TempFile regular("regular.crontab", content);
  fs::path fifo = fs::temp_directory_path() / ("cronkit-fifo-" + std::to_string(getpid()));
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << content; });
  ToolRun from_fifo = run_cronlint({fifo.string()});
  writer.join();
  fs::remove(fifo);
  ToolRun from_file = run_cronlint({regular.path.string()});
  EXPECT_EQ(from_fifo.status, 1);
  std::string fifo_out = from_fifo.out, file_out = from_file.out;
  // The same findings; only the file name differs.
  auto strip = [](std::string text, const std::string& name) {
    for (std::size_t at; (at = text.find(name)) != std::string::npos;) text.erase(at, name.size());
    return text;
  };
  EXPECT_EQ(strip(fifo_out, fifo.string()), strip(file_out, regular.path.string()));
}

TEST(Hostile, StandardInputFromAPipe) {
  int pipe_fds[2];
  ASSERT_EQ(pipe(pipe_fds), 0);
  std::string content = "0 5 * * * /x\n0 5 * * * /x\n";
  ASSERT_EQ(write(pipe_fds[1], content.data(), content.size()),
            static_cast<ssize_t>(content.size()));
  close(pipe_fds[1]);
  ToolRun run = run_cronlint({}, pipe_fds[0]);
  close(pipe_fds[0]);
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.out.find("-:2:1: warning: same schedule"), std::string::npos) << run.out;
}

// A directory is walked for the files cronlint reads: what only looks like one of them (a FIFO, a
// device behind a link, a binary file, a link out of the tree) neither blocks nor is read.
TEST(Hostile, ADirectoryOfTrapsIsWalkedWithoutReadingThem) {
  const fs::path dir =
      fs::temp_directory_path() / ("cronkit-hostile-" + std::to_string(getpid()) + "-tree");
  fs::create_directories(dir / "cron.d");
  ASSERT_EQ(mkfifo((dir / "fifo.crontab").c_str(), 0644), 0);
  fs::create_symlink("/dev/zero", dir / "zero.crontab");
  fs::create_symlink("/etc", dir / "cron.d/etc");
  fs::create_symlink(dir / "missing", dir / "dangling.crontab");
  std::ofstream(dir / "binary.cron", std::ios::binary) << std::string(
      "\0\x7f"
      "ELF",
      5);
  std::ofstream(dir / "jobs.crontab") << "@daily /usr/bin/true\n";
  ToolRun run = run_cronlint({dir.string()}, -1, std::chrono::seconds(20));
  fs::remove_all(dir);
  EXPECT_FALSE(run.timed_out);
  EXPECT_EQ(run.status, 0) << run.out << run.err;
  EXPECT_EQ(run.out, "no problems found in 1 file\n");
  EXPECT_EQ(run.err, "");
}

TEST(Hostile, NoFileAndATerminalPrintsUsageInsteadOfWaiting) {
  int master = -1, slave = -1;
  ASSERT_EQ(openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
  ToolRun run = run_cronlint({}, slave, std::chrono::seconds(10));
  close(slave);
  close(master);
  EXPECT_FALSE(run.timed_out);
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("Usage"), std::string::npos) << run.err;
}

TEST(Hostile, EmptyInputIsClean) {
  ToolRun run = run_cronlint({"/dev/null"});
  EXPECT_EQ(run.status, 0);
  EXPECT_EQ(run.out, "no problems found in 1 file\n");
}

TEST(Explain, WorksForEveryRegisteredRule) {
  for (const lint::Rule* rule : lint::all_rules()) {
    ToolRun run = run_cronlint({"--explain", std::string(rule->info.id)});
    EXPECT_EQ(run.status, 0) << rule->info.id;
    EXPECT_TRUE(run.out.starts_with("# " + std::string(rule->info.id) + " (")) << run.out;
    EXPECT_NE(run.out.find("## What it does"), std::string::npos) << rule->info.id;
    EXPECT_NE(run.out.find("## Use instead"), std::string::npos) << rule->info.id;
  }
  ToolRun list = run_cronlint({"--list-rules"});
  EXPECT_EQ(list.status, 0);
  for (const lint::Rule* rule : lint::all_rules()) {
    EXPECT_NE(("\n" + list.out).find("\n" + std::string(rule->info.id) + " "), std::string::npos)
        << rule->info.id;
  }
}

TEST(Sarif, TheToolsOutputValidatesAgainstTheSchema) {
  ToolRun run =
      run_cronlint({"--format", "sarif", "--shellcheck",
                    std::string(CRONKIT_TESTDATA_DIR) + "/lint/mixed.crontab",
                    std::string(CRONKIT_TESTDATA_DIR) + "/lint/hostile-invalid-utf8.crontab",
                    std::string(CRONKIT_TESTDATA_DIR) + "/lint/cron-d-filename-invalid.crontab",
                    std::string(CRONKIT_TESTDATA_DIR) + "/lint/shellcheck.crontab"});
  ASSERT_EQ(run.status, 1) << run.err;
  TempFile output("tool.sarif", run.out);
  std::string command =
      "/usr/bin/python3 " CRONKIT_TESTDATA_DIR "/sarif/validate.py '" + output.path.string() + "'";
  EXPECT_EQ(std::system(command.c_str()), 0);
  EXPECT_NE(run.out.find("\"ruleId\": \"shellcheck/SC"), std::string::npos);
}

}  // namespace
}  // namespace cronkit::testing
