#pragma once
// cronkit.toml: what a repository says once about its crontabs, so that no tool has to guess.
//
//   [defaults]                     # every key optional
//   dialect = "debian"             # debian | cronie
//   fail-on = "warning"            # error | warning | info | never
//   [[paths]]                      # any number, applied in file order
//   match = "deploy/cron.d/*"      # a glob or a list of globs, relative to this file's directory
//   kind = "system"                # user | system: the crontab format; or a kind of file that
//                                  # is not a crontab (github-workflow, kubernetes-manifest)
//   dialect = "cronie"
//   tz = "Europe/Berlin"           # IANA zone the jobs run in
//   mail-transfer-agent = false    # whether the host can deliver the mail cron sends
//   enable = ["hardening"]         # rule ids, categories or "all"
//   disable = ["no-overlap-lock"]
//   fail-on = "error"
//
// The settings for an input file are [defaults] overlaid by every [[paths]] section whose `match`
// matches the file, in file order; a tool's command-line options go on top of that. A config is
// found by walking up from the input's directory to the root (the first `cronkit.toml` wins), or
// named explicitly. Anything the reader does not understand is an error with the file, line and
// column, never ignored: a misspelt key silently doing nothing is exactly the kind of failure
// cronkit exists to catch.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.hpp"
#include "dialect/dialect.hpp"
#include "embedded/embedded.hpp"

namespace cronkit::config {

inline constexpr std::string_view file_name = "cronkit.toml";

// A problem with a config file. line and column are 1-based; 0 when the problem is the file as a
// whole (it cannot be read, it is a directory).
struct ConfigError {
  std::string path;  // the config file as found or given
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string message;  // lower-case, no final period

  // "PATH:LINE:COLUMN: MESSAGE" (or "PATH: MESSAGE" without a position), as a compiler prints.
  std::string to_string() const;
};

// cronlint's exit threshold: exit 1 when a finding is at or above it.
enum class FailOn { error, warning, info, never };
std::string_view fail_on_name(FailOn fail_on);
std::optional<FailOn> fail_on_from_name(std::string_view name);

// What a name in `enable` / `disable` is, as the tool that owns the rules sees it. The config
// layer knows no rules; the tool passes a vocabulary so that a misspelt rule is an error at its
// line and column, and so that a rule id can override a category named in the same section.
enum class RuleNameKind { unknown, all, category, rule };
struct RuleVocabulary {
  std::function<RuleNameKind(std::string_view)> classify;
  // Optional: a known name close to an unknown one, for "did you mean ...?" (empty: none).
  std::function<std::string(std::string_view)> suggest;
};

// One `enable` or `disable` entry, in the order it takes effect (later ones win).
struct RuleToggle {
  std::string name;
  bool enable = true;
  friend bool operator==(const RuleToggle&, const RuleToggle&) = default;
};

// Effective settings: each member is unset unless some layer set it, so a tool can tell "the
// config says debian" from "nobody said anything" and apply its own default only in the latter.
struct Settings {
  std::optional<CrontabFormat> kind;
  // `kind = "github-workflow"` and the like: the file is not a crontab (lib/embedded). At most
  // one of kind and file_kind is set.
  std::optional<embedded::FileKind> file_kind;
  std::optional<DialectId> dialect;
  std::optional<std::string> tz;  // a zone name that the tz database knows
  std::optional<bool> mail_transfer_agent;
  // Rule selection changes in the order they apply; append the command line's after these.
  std::vector<RuleToggle> rules;
  std::optional<FailOn> fail_on;

  // Sets every member `over` sets; appends its rule changes.
  void overlay(const Settings& over);
};

// One [[paths]] section.
struct PathSection {
  std::vector<std::string> match;  // globs, relative to the config file's directory
  Settings settings;
  std::uint32_t line = 0;  // where the section starts, for messages
};

struct Config {
  std::filesystem::path file;       // the config file, absolute and normalised
  std::filesystem::path directory;  // its directory: globs are relative to it
  Settings defaults;
  std::vector<PathSection> paths;

  // The effective settings for an input file (relative paths are taken from the current
  // directory). A file outside the config's directory gets only [defaults].
  Settings settings_for(const std::filesystem::path& input) const;
  // The [[paths]] sections that apply to `input`, in file order (for explaining a setting).
  std::vector<const PathSection*> sections_for(const std::filesystem::path& input) const;
};

// A config, or why there is none. Both empty means "no config file" (only from discovery).
struct ConfigResult {
  std::optional<Config> config;
  std::optional<ConfigError> error;
};

// Parses config text; `path` is the file name used in errors and the base of the globs.
ConfigResult parse_config(std::string_view text, const std::filesystem::path& path,
                          const RuleVocabulary* vocabulary = nullptr);
// Reads and parses one file (`--config FILE`). A missing, unreadable or non-regular file is an
// error.
ConfigResult load_config(const std::filesystem::path& path,
                         const RuleVocabulary* vocabulary = nullptr);
// The cronkit.toml that governs a file in `directory`: the first one found walking up to the
// root, whatever kind of file it is (a directory of that name is reported by load_config rather
// than silently skipped). Nothing when there is none.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& directory);
// find_config from the input's directory, then load_config. For standard input, pass a path in
// the current directory (e.g. "-"). No config file found: both members empty.
ConfigResult discover_config(const std::filesystem::path& input,
                             const RuleVocabulary* vocabulary = nullptr);

// Whether a glob matches a relative path ('/'-separated, no leading "./"). `*` and `?` match
// within one path segment, `[abc]`, `[a-z]` and `[!x]` one character of a segment, and `**` as a
// whole segment any number of segments (none included). A pattern that matches a directory also
// matches everything under it, as in .gitignore.
bool glob_matches(std::string_view pattern, std::string_view path);
// Nothing when the glob is well-formed, else what is wrong with it.
std::optional<std::string> glob_error(std::string_view pattern);

}  // namespace cronkit::config
