#include "support/golden.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <utility>

extern char** environ;

namespace cronkit::testing {
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Reads both pipes to the end while writing `input` to the child's stdin.
void pump(int in_fd, const std::string& input, int out_fd, int err_fd, std::string& out,
          std::string& err) {
  std::size_t written = 0;
  if (input.empty()) {
    close(in_fd);
    in_fd = -1;
  }
  std::array<char, 65536> buffer{};
  while (out_fd >= 0 || err_fd >= 0 || in_fd >= 0) {
    std::array<pollfd, 3> fds{{{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}, {in_fd, POLLOUT, 0}}};
    if (poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error("poll failed");
    }
    for (int i = 0; i < 2; ++i) {
      int& fd = i == 0 ? out_fd : err_fd;
      if (fd >= 0 && (fds[i].revents & (POLLIN | POLLHUP | POLLERR))) {
        ssize_t n = read(fd, buffer.data(), buffer.size());
        if (n > 0) {
          (i == 0 ? out : err).append(buffer.data(), static_cast<std::size_t>(n));
        } else if (n == 0 || errno != EINTR) {
          close(fd);
          fd = -1;
        }
      }
    }
    if (in_fd >= 0 && (fds[2].revents & (POLLOUT | POLLHUP | POLLERR))) {
      ssize_t n = write(in_fd, input.data() + written, input.size() - written);
      if (n > 0) written += static_cast<std::size_t>(n);
      if (n < 0 && errno != EINTR) written = input.size();
      if (written == input.size()) {
        close(in_fd);
        in_fd = -1;
      }
    }
  }
}

}  // namespace

std::vector<std::string> split_command_line(const std::string& line) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == ' ' || c == '\t') {
      if (in_word) words.push_back(std::exchange(word, {}));
      in_word = false;
    } else if (c == '\'' || c == '"') {
      std::size_t close = line.find(c, i + 1);
      if (close == std::string::npos) throw std::runtime_error("unterminated quote: " + line);
      word += line.substr(i + 1, close - i - 1);
      i = close;
      in_word = true;
    } else if (c == '\\' && i + 1 < line.size()) {
      word += line[++i];
      in_word = true;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (in_word) words.push_back(word);
  return words;
}

std::vector<GoldenCase> find_golden_cases() {
  std::vector<GoldenCase> cases;
  fs::path root = fs::path(CRONKIT_TESTDATA_DIR) / "golden";
  if (!fs::exists(root)) return cases;
  for (const auto& item : fs::recursive_directory_iterator(root)) {
    if (item.path().extension() != ".cmd") continue;
    std::string name = fs::relative(item.path(), root).replace_extension().generic_string();
    cases.push_back({item.path(), name});
  }
  std::sort(cases.begin(), cases.end(),
            [](const GoldenCase& a, const GoldenCase& b) { return a.name < b.name; });
  return cases;
}

std::string run_golden_case(const GoldenCase& golden_case) {
  // The command file: NAME=value lines for the environment, then the command line.
  std::vector<std::string> environment = {"PATH=/usr/bin:/bin", "TZ=UTC", "LANG=C.UTF-8",
                                          "NO_COLOR=1", "HOME=/nonexistent"};
  std::string command_line;
  std::istringstream lines(read_file(golden_case.command_file));
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    auto eq = line.find('=');
    auto space = line.find(' ');
    if (command_line.empty() && eq != std::string::npos &&
        (space == std::string::npos || eq < space)) {
      std::string name = line.substr(0, eq + 1);
      std::erase_if(environment, [&](const std::string& v) { return v.rfind(name, 0) == 0; });
      environment.push_back(line);
    } else {
      command_line = line;
      break;
    }
  }
  std::vector<std::string> words = split_command_line(command_line);
  if (words.empty()) throw std::runtime_error("no command in " + golden_case.command_file.string());
  fs::path tool = fs::path(CRONKIT_TOOLS_DIR) / words[0];
  if (fs::exists(tool)) words[0] = tool.string();

  fs::path stdin_file = golden_case.command_file;
  stdin_file.replace_extension(".stdin");
  std::string input = fs::exists(stdin_file) ? read_file(stdin_file) : std::string();

  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (pipe(in_pipe) || pipe(out_pipe) || pipe(err_pipe)) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_pipe[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
  for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) {
    posix_spawn_file_actions_addclose(&actions, fd);
  }
  std::vector<char*> argv;
  for (auto& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  std::vector<char*> envp;
  for (auto& e : environment) envp.push_back(e.data());
  envp.push_back(nullptr);

  // Relative paths in commands are relative to testdata/, so that file names in the output are
  // the same wherever the tree is checked out.
  fs::path previous = fs::current_path();
  fs::current_path(CRONKIT_TESTDATA_DIR);
  pid_t pid = 0;
  int spawn_error = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  fs::current_path(previous);
  posix_spawn_file_actions_destroy(&actions);
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  if (spawn_error != 0) {
    close(in_pipe[1]);
    close(out_pipe[0]);
    close(err_pipe[0]);
    throw std::runtime_error("cannot run " + words[0] + ": " + std::strerror(spawn_error));
  }
  std::string out, err;
  pump(in_pipe[1], input, out_pipe[0], err_pipe[0], out, err);
  int status = 0;
  waitpid(pid, &status, 0);
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return out + "--- stderr ---\n" + err + "--- exit status: " + std::to_string(code) + "\n";
}

}  // namespace cronkit::testing
