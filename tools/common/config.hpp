#pragma once
// cronkit.toml for the tools: --config FILE and --no-config, the file that governs each input
// (found by walking up from the input's directory), and its errors as the tool reports them. A
// tool's own options go on top of what the file says: the command line wins.

#include <CLI/CLI.hpp>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "config/config.hpp"
#include "dialect/dialect.hpp"

namespace cronkit::tool {

// --config FILE / --no-config.
struct ConfigChoice {
  std::string file;  // empty: discover one per input
  bool none = false;
};
void add_config_options(CLI::App& app, ConfigChoice& choice);

// The sentence each tool's --help ends with about the file and which side wins.
inline constexpr std::string_view config_help =
    "Settings are read from cronkit.toml: the first one found walking up from each input's "
    "directory (standard input: the current directory), or --config FILE; --no-config reads "
    "none. Options given on the command line win over the file (docs/config.md).";

// The names `enable` and `disable` may use: cronlint's rule ids and categories, "all" and
// ShellCheck's codes, so that a misspelt rule is an error in every tool, not only in cronlint.
const config::RuleVocabulary& rule_vocabulary();

// The config files of one run, each read once.
class ConfigFiles {
 public:
  explicit ConfigFiles(ConfigChoice choice) : choice_(std::move(choice)) {}

  // The settings for `input` ("-": standard input, whose config is found from the current
  // directory). `match_as` is the path standing for `input` when it differs (--stdin-filename):
  // the config is then found from its directory and its [[paths]] globs are matched against it;
  // standard input without one gets only [defaults]. No config:
  // empty settings. An unreadable or invalid config: nothing, with `error` set to
  // "FILE:LINE:COLUMN: message".
  std::optional<config::Settings> settings_for(const std::string& input, std::string& error,
                                               const std::string& match_as = {});

 private:
  const config::ConfigResult& load(const std::filesystem::path& file);

  ConfigChoice choice_;
  std::map<std::filesystem::path, config::ConfigResult> loaded_;
};

// The dialect and format an input is read in: the command line's when it was given, else the
// config's, else the command line's default (the dialect option's, no format: by path).
DialectId chosen_dialect(bool given, DialectId on_command_line, const config::Settings& settings);
std::optional<CrontabFormat> chosen_format(std::optional<CrontabFormat> on_command_line,
                                           const config::Settings& settings);

}  // namespace cronkit::tool
