#include "run/run.hpp"

#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace cronkit {
namespace {

// A signal cronrun received while the job ran; passed on to the job's process group.
volatile sig_atomic_t pending_signal = 0;
void remember_signal(int signal) {
  pending_signal = signal;
}

// What the child tells the parent through a close-on-exec pipe before it executes the shell.
struct ChildReport {
  char kind;  // 'F': HOME failed, fallback used; 'E': setup failed, job not started
  char stage[15];
  int error;
};

void report(int fd, char kind, const char* stage, int error) {
  ChildReport message{};
  message.kind = kind;
  std::strncpy(message.stage, stage, sizeof message.stage - 1);
  message.error = error;
  ssize_t ignored = write(fd, &message, sizeof message);
  (void)ignored;
}

void write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    ssize_t n = write(fd, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    text.remove_prefix(static_cast<std::size_t>(n));
  }
}

[[noreturn]] void run_child(const RunRequest& request, char* const* argv, char* const* envp,
                            int in_fd, int out_fd, int err_fd, int report_fd) {
  // The job gets default signal handling and an empty mask, like a process cron forks.
  for (int signal : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD}) {
    ::signal(signal, SIG_DFL);
  }
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);

  if (request.umask) ::umask(*request.umask);
  setsid();  // new session and process group, no controlling terminal: as cron's grandchild
  dup2(in_fd, STDIN_FILENO);
  dup2(out_fd, STDOUT_FILENO);
  dup2(err_fd, STDERR_FILENO);
  for (int fd = 3; fd < 1024; ++fd) {
    if (fd != report_fd) close(fd);
  }

  if (request.switch_to_user) {
    const PasswdEntry& user = *request.switch_to_user;
    if (setgid(user.gid) != 0) {
      report(report_fd, 'E', "setgid", errno);
      _exit(125);
    }
    if (initgroups(user.name.c_str(), user.gid) != 0) {
      report(report_fd, 'E', "initgroups", errno);
      _exit(125);
    }
    if (setuid(user.uid) != 0) {
      report(report_fd, 'E', "setuid", errno);
      _exit(125);
    }
  }
  if (request.working_directory) {
    if (chdir(request.working_directory->c_str()) != 0) {
      int error = errno;
      if (!request.fallback_directory) {
        report(report_fd, 'E', "chdir", error);
        _exit(125);
      }
      report(report_fd, 'F', "chdir", error);
      if (chdir(request.fallback_directory->c_str()) != 0 && chdir("/") != 0) {
        report(report_fd, 'E', "chdir", errno);
        _exit(125);
      }
    }
  }
  execve(argv[0], argv, envp);
  // What cron's child writes to the job's output when the shell cannot be executed.
  std::string message = fmt::format("{}: execle: {}\n", argv[0], std::strerror(errno));
  write_all(STDERR_FILENO, message);
  _exit(1);
}

struct Pipe {
  int read = -1;
  int write = -1;
  bool open(int flags) {
    std::array<int, 2> fds{};
    if (pipe2(fds.data(), flags) != 0) return false;
    read = fds[0];
    write = fds[1];
    return true;
  }
  static void close_fd(int& fd) {
    if (fd >= 0) close(fd);
    fd = -1;
  }
  ~Pipe() {
    close_fd(read);
    close_fd(write);
  }
};

class SignalForwarding {
 public:
  SignalForwarding() {
    pending_signal = 0;
    struct sigaction action {};
    action.sa_handler = remember_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: poll returns EINTR and the loop forwards the signal
    for (std::size_t i = 0; i < signals_.size(); ++i) {
      sigaction(signals_[i], &action, &saved_[i]);
    }
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGPIPE, &ignore, &saved_pipe_);
  }
  ~SignalForwarding() {
    for (std::size_t i = 0; i < signals_.size(); ++i) sigaction(signals_[i], &saved_[i], nullptr);
    sigaction(SIGPIPE, &saved_pipe_, nullptr);
  }
  SignalForwarding(const SignalForwarding&) = delete;
  SignalForwarding& operator=(const SignalForwarding&) = delete;

 private:
  std::array<int, 3> signals_{SIGINT, SIGTERM, SIGHUP};
  std::array<struct sigaction, 3> saved_{};
  struct sigaction saved_pipe_ {};
};

void kill_group(pid_t pid, int signal) {
  if (kill(-pid, signal) != 0) kill(pid, signal);
}

}  // namespace

RunResult run_job(const RunRequest& request) {
  RunResult result;
  if (request.argv.empty()) {
    result.error = "nothing to run";
    return result;
  }
  std::vector<std::string> argv_storage = request.argv;
  std::vector<std::string> env_storage = request.environment;
  std::vector<char*> argv;
  for (std::string& arg : argv_storage) argv.push_back(arg.data());
  argv.push_back(nullptr);
  std::vector<char*> envp;
  for (std::string& var : env_storage) envp.push_back(var.data());
  envp.push_back(nullptr);

  Pipe in, out, err, reports;
  if (!in.open(O_CLOEXEC) || !out.open(O_CLOEXEC) || !err.open(O_CLOEXEC) ||
      !reports.open(O_CLOEXEC)) {
    result.error = fmt::format("cannot create a pipe: {}", std::strerror(errno));
    return result;
  }
  SignalForwarding forwarding;
  auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid < 0) {
    result.error = fmt::format("cannot fork: {}", std::strerror(errno));
    return result;
  }
  if (pid == 0) {
    // pipe2 made every descriptor close-on-exec; dup2 clears the flag on 0, 1 and 2.
    run_child(request, argv.data(), envp.data(), in.read, out.write, err.write, reports.write);
  }
  Pipe::close_fd(in.read);
  Pipe::close_fd(out.write);
  Pipe::close_fd(err.write);
  Pipe::close_fd(reports.write);

  // The child's reports arrive before it executes the shell (or gives up): read them to EOF.
  result.directory = request.working_directory.value_or("");
  while (true) {
    ChildReport message{};
    ssize_t n = read(reports.read, &message, sizeof message);
    if (n < 0 && errno == EINTR) continue;
    if (n != static_cast<ssize_t>(sizeof message)) break;
    std::string stage(message.stage, strnlen(message.stage, sizeof message.stage));
    std::string what = stage == "chdir" && request.working_directory
                           ? fmt::format("chdir({})", *request.working_directory)
                           : stage;
    if (message.kind == 'F') {
      result.used_fallback_directory = true;
      result.directory = request.fallback_directory.value_or("/");
      result.chdir_error = fmt::format("{}: {}", what, std::strerror(message.error));
    } else {
      result.error = fmt::format("{}: {}", what, std::strerror(message.error));
    }
  }
  if (!result.error.empty()) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return result;
  }
  result.started = true;

  std::size_t written = 0;
  if (request.standard_input.empty()) {
    Pipe::close_fd(in.write);
  } else {
    // A job that does not read its input must not block cronrun (nor its timeout).
    fcntl(in.write, F_SETFL, fcntl(in.write, F_GETFL) | O_NONBLOCK);
  }
  // Readable when the job exits, so that cronrun notices at once (Linux 5.3+; else it polls).
  int exit_fd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
  std::array<char, 65536> buffer{};
  auto read_into = [&](int& fd, bool is_stdout) {
    ssize_t n = read(fd, buffer.data(), buffer.size());
    if (n > 0) {
      std::string_view chunk(buffer.data(), static_cast<std::size_t>(n));
      (is_stdout ? result.stdout_bytes : result.stderr_bytes) += chunk.size();
      const auto& sink = is_stdout ? request.on_stdout : request.on_stderr;
      if (sink) sink(chunk);
      return true;
    }
    if (n == 0 || (errno != EINTR && errno != EAGAIN)) Pipe::close_fd(fd);
    return false;
  };

  using clock = std::chrono::steady_clock;
  std::optional<clock::time_point> deadline;
  if (request.timeout) deadline = start + *request.timeout;
  std::optional<clock::time_point> kill_deadline;
  bool exited = false;
  int status = 0;
  while (!exited) {
    if (pending_signal != 0) {
      result.forwarded_signal = pending_signal;
      kill_group(pid, pending_signal);
      pending_signal = 0;
    }
    auto now = clock::now();
    if (deadline && !result.timed_out && now >= *deadline) {
      result.timed_out = true;
      kill_group(pid, SIGTERM);
      kill_deadline = now + request.kill_grace;
    }
    if (kill_deadline && now >= *kill_deadline) {
      kill_group(pid, SIGKILL);
      kill_deadline.reset();
    }
    int wait_ms = exit_fd >= 0 ? 250 : 20;
    auto limit = [&](clock::time_point when) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(when - now).count();
      wait_ms = std::min<int>(wait_ms, static_cast<int>(std::max<long long>(left, 0)) + 1);
    };
    if (deadline && !result.timed_out) limit(*deadline);
    if (kill_deadline) limit(*kill_deadline);

    std::array<pollfd, 4> fds{{{out.read, POLLIN, 0},
                               {err.read, POLLIN, 0},
                               {in.write, POLLOUT, 0},
                               {exit_fd, POLLIN, 0}}};
    int ready = poll(fds.data(), fds.size(), wait_ms);
    if (ready > 0) {
      if (out.read >= 0 && (fds[0].revents & (POLLIN | POLLHUP | POLLERR)))
        read_into(out.read, true);
      if (err.read >= 0 && (fds[1].revents & (POLLIN | POLLHUP | POLLERR)))
        read_into(err.read, false);
      if (in.write >= 0 && (fds[2].revents & (POLLOUT | POLLHUP | POLLERR))) {
        ssize_t n = write(in.write, request.standard_input.data() + written,
                          request.standard_input.size() - written);
        if (n > 0) written += static_cast<std::size_t>(n);
        if ((n < 0 && errno != EINTR && errno != EAGAIN) ||
            written == request.standard_input.size()) {
          Pipe::close_fd(in.write);  // EOF for the job, as when cron's writer process exits
        }
      }
    }
    pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) exited = true;
  }
  result.duration = clock::now() - start;
  Pipe::close_fd(exit_fd);
  // Take what the job wrote before it ended; a background process that keeps the pipes open
  // does not hold cronrun up.
  for (int* fd : {&out.read, &err.read}) {
    if (*fd < 0) continue;
    fcntl(*fd, F_SETFL, fcntl(*fd, F_GETFL) | O_NONBLOCK);
    while (read_into(*fd, fd == &out.read)) {
    }
  }
  if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
    result.status = result.exit_code;
  } else if (WIFSIGNALED(status)) {
    result.signal = WTERMSIG(status);
    result.status = 128 + result.signal;
  }
  if (result.timed_out) result.status = 124;
  return result;
}

}  // namespace cronkit
