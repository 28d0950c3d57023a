#pragma once
// Running one job the way cron's child process does (Debian do_command.c `child_process`,
// cronie do_command.c `child_process` and security.c): a new session (`setsid`), the user's
// group, supplementary groups and uid (`setgid`, `initgroups`, `setuid`) when running as root,
// `chdir` to HOME, standard input from a pipe that carries the text after `%` (or nothing), and
// `execve(SHELL, {SHELL, "-c", command}, env)` with exactly the job's environment: nothing of
// the caller's environment leaks in.

#include <sys/types.h>

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "environment/passwd.hpp"

namespace cronkit {

struct RunRequest {
  std::vector<std::string> argv;         // argv[0] is executed as a path, not searched in PATH
  std::vector<std::string> environment;  // "NAME=value", the whole environment of the job
  // Where the job starts (HOME). If chdir fails: with a fallback directory the job starts there
  // (Debian ignores the failure and stays in the daemon's directory, /var/spool/cron); without
  // one the job is not started (cronie logs "chdir failed" and gives up).
  std::optional<std::string> working_directory;
  std::optional<std::string> fallback_directory;
  std::string standard_input;
  std::optional<mode_t> umask;  // the job's file mode creation mask; unset: inherit ours
  // Set when cronrun runs as root: become this user as cron does. Unset: stay who we are.
  std::optional<PasswdEntry> switch_to_user;
  std::optional<std::chrono::milliseconds> timeout;
  // After the timeout the job's process group gets SIGTERM, then SIGKILL after this grace.
  std::chrono::milliseconds kill_grace{5000};
  // Called with the job's output as it arrives.
  std::function<void(std::string_view)> on_stdout;
  std::function<void(std::string_view)> on_stderr;
};

struct RunResult {
  bool started = false;  // false: the job never ran; see `error`
  std::string error;     // why it did not start ("chdir(/home/x): No such file or directory")
  bool timed_out = false;
  int exit_code = 0;  // when it exited normally
  int signal = 0;     // when a signal ended it (0 otherwise)
  // The status cronrun passes on: the exit code, 128+N for signal N, 124 after a timeout.
  int status = 0;
  std::chrono::nanoseconds duration{0};
  std::size_t stdout_bytes = 0;
  std::size_t stderr_bytes = 0;
  std::string directory;  // where the job actually started
  bool used_fallback_directory = false;
  std::string chdir_error;   // why HOME could not be entered, when the fallback was used
  int forwarded_signal = 0;  // a SIGINT/SIGTERM/SIGHUP cronrun got and passed to the job
};

// Starts the job, streams its output to the callbacks, waits for it. Never throws for the job's
// own failures (a missing SHELL is reported by the job on stderr with status 1, as cron's child
// does: "SHELL: execle: No such file or directory").
RunResult run_job(const RunRequest& request);

}  // namespace cronkit
