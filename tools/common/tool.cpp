#include "common/tool.hpp"

#include <unistd.h>

#include <cstdio>
#include <exception>

#include "common/diagnostics.hpp"
#include "common/input.hpp"
#include "git_commit.hpp"
#include "secret/secret.hpp"
#include "version.hpp"

namespace cronkit::tool {

void write(std::string_view text, FILE* stream) {
  std::fwrite(text.data(), 1, text.size(), stream);
}

Tool::Tool(std::string name, std::string description, int failure_status)
    : app_(std::move(description), name), name_(std::move(name)), failure_status_(failure_status) {
  // Hidden (no group): the build writes the completion scripts with it; users install them.
  // Declared first: CLI11's help puts a blank line after every group but the last one declared,
  // and the hidden group must not be that one.
  app_.add_option("--print-completion", completion_shell_,
                  "print the completion script for SHELL and exit")
      ->type_name("SHELL")
      ->check(CLI::IsMember(
          std::vector<std::string>(std::begin(completion_shells), std::end(completion_shells))))
      ->group("");
  app_.set_help_flag("-h,--help", "print this help and exit");
}

void Tool::add_common_options() {
  app_.add_option("--color", color_name_,
                  "colour diagnostics: auto (default: on a terminal, unless NO_COLOR is set), "
                  "always or never")
      ->type_name("WHEN")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app_.set_version_flag("--version", version_line(name_), "print the version and exit");
}

std::string version_line(std::string_view name) {
  std::string line = std::string(name) + " " + cronkit::version;
  if (*cronkit::git_commit) line += std::string(" (git ") + cronkit::git_commit + ")";
  return line;
}

std::optional<int> Tool::handle(const std::function<void()>& parse) {
  add_common_options();
  try {
    parse();
  } catch (const CLI::CallForHelp&) {
    write(app_.help());
    return exit_success;
  } catch (const CLI::CallForVersion&) {
    write(version_line(name_) + "\n");
    return exit_success;
  } catch (const CLI::ParseError& e) {
    return usage_error(e.what());
  }
  if (!completion_shell_.empty()) {
    write(completion_script(app_, completion_shell_, completion_words_));
    return exit_success;
  }
  color_ = color_mode_from_name(color_name_).value_or(ColorMode::automatic);
  return std::nullopt;
}

std::optional<int> Tool::parse(int argc, char** argv) {
  return handle([&] { app_.parse(argc, argv); });
}

std::optional<int> Tool::parse(std::vector<std::string> reversed_arguments) {
  return handle([&] { app_.parse(reversed_arguments); });
}

int Tool::fail(std::string_view message) const {
  write(name_ + ": error: " + std::string(message) + "\n", stderr);
  return failure_status_;
}

int Tool::usage_error(std::string_view message) const {
  return fail(std::string(message) + " (see " + name_ + " --help)");
}

void Tool::warn(std::string_view message) const {
  write(name_ + ": warning: " + std::string(message) + "\n", stderr);
}

int Tool::missing_input() const {
  write(app_.help(), stderr);
  return failure_status_;
}

std::optional<std::string> Tool::read(const std::string& path) const {
  std::string error;
  std::optional<std::string> text = read_input(path, error);
  if (!text) fail(error);
  return text;
}

void Tool::add_show_secrets_flag(const std::string& what) {
  app_.add_flag("--show-secrets", show_secrets_,
                "print API keys, passwords and tokens in full (default: masked, sk-p…[51 chars]) "
                "in " +
                    what);
}

std::string Tool::shown(std::string_view text) const {
  return show_secrets_ ? std::string(text) : secret::mask_credentials(text);
}

bool Tool::color_stdout() const {
  return color_wanted_for(color_, STDOUT_FILENO);
}

bool Tool::color_stderr() const {
  return color_wanted_for(color_, STDERR_FILENO);
}

void Tool::print_errors(std::string_view path, std::string_view source,
                        std::span<const Diagnostic> diagnostics,
                        std::optional<std::uint32_t> only_line) const {
  write(render_errors(path, source, diagnostics, color_stderr(), show_secrets_, only_line), stderr);
}

int Tool::run(const std::function<int()>& body) const {
  try {
    return body();
  } catch (const std::exception& e) {
    return fail(e.what());
  }
}

}  // namespace cronkit::tool
