#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cronkit::lint::data {

// Where Debian installs a command, as lib/lint/data/debian_command_locations.tsv records it
// (generated from Debian's Contents index by scripts/data/gen-command-locations.py).
enum class CommandDir {
  bin,    // /usr/bin or /bin: on cron's default PATH (/usr/bin:/bin)
  sbin,   // only /usr/sbin or /sbin: not on cron's default PATH
  games,  // only /usr/games: not on cron's default PATH
};

struct CommandLocation {
  std::string name;
  CommandDir dir;
  std::vector<std::string> packages;  // as listed, e.g. "mawk (alternative)"
};

// The parsed table: one entry per command name, sorted by name (byte order) for binary search.
class CommandLocations {
 public:
  // Parses the TSV text: `#` comment lines, then `name<TAB>bin|sbin|games<TAB>pkg,pkg...`, names
  // strictly increasing. On a malformed line returns nothing and sets *error to
  // "line N: what is wrong".
  static std::optional<CommandLocations> parse(std::string_view tsv, std::string* error);

  // The entry for a bare command name, or nullptr when no Debian package in the table ships it
  // (an unknown name is not evidence that the command is missing).
  const CommandLocation* find(std::string_view name) const;

  std::size_t size() const { return entries_.size(); }
  const std::vector<CommandLocation>& entries() const { return entries_; }

 private:
  std::vector<CommandLocation> entries_;
};

// A command that users commonly install outside Debian's packages, as
// lib/lint/data/user_installed_command_locations.tsv records it.
struct UserInstalledCommand {
  std::string name;
  std::string installer;               // "nvm", "uv installer", "Homebrew", ...
  std::vector<std::string> locations;  // e.g. "~/.local/bin", "~/.nvm/versions/node/<version>/bin"
};

// Parses that table: `#` comment lines, then `name<TAB>installer<TAB>loc;loc<TAB>source`. On a
// malformed line returns nothing and sets *error to "line N: what is wrong".
std::optional<std::vector<UserInstalledCommand>> parse_user_installed(std::string_view tsv,
                                                                      std::string* error);

// The tables as built into the binary (parsed on first use).
const CommandLocations& debian_command_locations();
const UserInstalledCommand* find_user_installed(std::string_view name);
// Whether the tables place `name` anywhere off /usr/bin and /bin (Debian's /usr/sbin, /sbin or
// /usr/games, or a user installer's directory): one hash lookup, for a quick look at every word
// of a job before the job is read as shell.
bool placed_off_usr_bin(std::string_view name);

// Whether a directory of PATH is one of the table's locations: `~` stands for any home
// directory (cron does not expand it, so only a spelled-out home matches) and `<version>` for
// any one directory name.
bool path_directory_matches(std::string_view directory, std::string_view location);

}  // namespace cronkit::lint::data
