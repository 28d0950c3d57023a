#pragma once
// What the four tools share at their edges: the command line (--help, --version, --color and
// the wording of usage errors), exit statuses, error messages, reading inputs and showing the
// parser's errors. A tool's main.cpp declares its own options and prints its own output.

#include <CLI/CLI.hpp>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ast/diagnostic.hpp"
#include "common/color.hpp"
#include "common/completion.hpp"

namespace cronkit::tool {

// Exit statuses of cronlint, cronsim and cronexplain.
inline constexpr int exit_success = 0;
inline constexpr int exit_findings = 1;  // findings at or above the threshold, or invalid input
inline constexpr int exit_usage = 2;     // a bad command line or an input that cannot be read
// cronrun exits with the job's status, so its own errors use the status env(1) and timeout(1)
// use for theirs, which a job rarely returns.
inline constexpr int exit_own_error = 125;

class Tool {
 public:
  // `failure_status`: what usage and I/O errors exit with (exit_usage, or exit_own_error for a
  // tool that passes on another program's status). `description` is the first line of --help,
  // by convention "NAME: what it does" (the NAME line of the tool's manual page says the same).
  Tool(std::string name, std::string description, int failure_status = exit_usage);

  CLI::App& app() { return app_; }
  const std::string& name() const { return name_; }
  int failure_status() const { return failure_status_; }
  // Whether the option named `name` ("--dialect") was given on the command line.
  bool given(const std::string& name) const { return app_.count(name) > 0; }

  // The words `option`'s value completes to in the shell completion scripts, for a value no
  // IsMember check lists (see completion.hpp).
  void complete_values(const CLI::Option* option, std::vector<std::string> words) {
    completion_words_[option] = std::move(words);
  }

  // Adds --color and --version (after the tool's own options, so every --help ends the same way)
  // and parses. Returns the status to exit with when the program is done: --help, --version or
  // the completion script of the hidden --print-completion SHELL printed, or a usage error
  // reported; nothing when the tool should go on.
  std::optional<int> parse(int argc, char** argv);
  // The same for arguments a tool has rearranged itself, in CLI11's order (last first).
  std::optional<int> parse(std::vector<std::string> reversed_arguments);

  // "NAME: error: MESSAGE" on standard error; returns failure_status().
  int fail(std::string_view message) const;
  // fail() with a pointer to --help, for mistakes on the command line.
  int usage_error(std::string_view message) const;
  // "NAME: warning: MESSAGE" on standard error.
  void warn(std::string_view message) const;
  // No input named and standard input is a terminal (nobody will type a crontab): the help on
  // standard error and failure_status().
  int missing_input() const;

  // The whole input (see read_input); on failure the error is reported and nothing returned.
  std::optional<std::string> read(const std::string& path) const;

  // --show-secrets, for a tool that prints crontab text (source lines, commands, values): API
  // keys, passwords and tokens are masked unless it is given (see lib/secret).
  void add_show_secrets_flag(const std::string& what);
  bool show_secrets() const { return show_secrets_; }
  // `text` (a command, a value, a line of a crontab) as the tool may print it.
  std::string shown(std::string_view text) const;

  // Whether to colour what goes to standard output or standard error (valid after parse()).
  bool color_stdout() const;
  bool color_stderr() const;

  // The parser's errors of one input on standard error, with their source lines and carets
  // (see render_errors).
  void print_errors(std::string_view path, std::string_view source,
                    std::span<const Diagnostic> diagnostics,
                    std::optional<std::uint32_t> only_line = std::nullopt) const;

  // Runs the tool's body; an exception that escapes it (out of memory, a bug) is reported as
  // an error of the tool instead of an abort.
  int run(const std::function<int()>& body) const;

 private:
  void add_common_options();
  std::optional<int> handle(const std::function<void()>& parse);

  CLI::App app_;
  std::string name_;
  int failure_status_;
  std::string color_name_ = "auto";
  ColorMode color_ = ColorMode::automatic;
  bool show_secrets_ = false;
  std::string completion_shell_;
  CompletionWords completion_words_;
};

// "NAME VERSION", with " (git COMMIT)" when built from a git checkout.
std::string version_line(std::string_view name);

// Writes `text` to `stream` as bytes (NUL included).
void write(std::string_view text, FILE* stream = stdout);

}  // namespace cronkit::tool
