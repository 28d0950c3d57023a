#pragma once
// Programs that run another command given on their command line (`nice -n 10 cmd`,
// `timeout 5m cmd`, `flock -n /run/lock/x.lock cmd`, `env A=1 cmd`, `sudo -u www-data cmd`):
// one table says, for each, which options take an argument, how many operands come before the
// wrapped command, and what makes it run nothing (`command -v`, `ionice -p PID`).

#include <span>
#include <string_view>

namespace cronkit::shell {

struct WrapperSpec {
  enum class Special {
    none,
    env,      // `NAME=value` operands before the command are assignments for it
    flock,    // the lock operand may be a descriptor (`flock -n 9`: runs nothing); `-c STRING`
    lockrun,  // everything up to `--` is its own
  };
  std::string_view name;
  // Options whose argument is the next word (`-n 10`); `--opt=value` and `-n10` are one word.
  std::span<const std::string_view> options_with_argument;
  // Options after which it runs no command (`command -v x`); a `--long` one also matches
  // `--long=value`.
  std::span<const std::string_view> options_without_command;
  int operands = 0;  // words after the options and before the command (a duration, a lock file)
  Special special = Special::none;
};

// The wrapper named `name` (a basename), or nullptr.
const WrapperSpec* find_wrapper(std::string_view name);
// The shells whose `-c STRING` is a command list of its own.
bool is_shell_name(std::string_view name);

}  // namespace cronkit::shell
