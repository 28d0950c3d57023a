#include "lint/data/command_locations.hpp"

#include <algorithm>
#include <unordered_set>

namespace cronkit::lint::data {

// Generated from the TSV files at build time (cmake/embed_text.cmake).
extern const std::string_view debian_command_locations_tsv;
extern const std::string_view user_installed_command_locations_tsv;

namespace {

std::vector<std::string_view> split(std::string_view text, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find(sep, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

std::optional<CommandDir> dir_from_name(std::string_view name) {
  if (name == "bin") return CommandDir::bin;
  if (name == "sbin") return CommandDir::sbin;
  if (name == "games") return CommandDir::games;
  return std::nullopt;
}

}  // namespace

std::optional<CommandLocations> CommandLocations::parse(std::string_view tsv, std::string* error) {
  CommandLocations table;
  std::size_t lineno = 0;
  auto fail = [&](const std::string& what) {
    if (error != nullptr) *error = "line " + std::to_string(lineno) + ": " + what;
    return std::nullopt;
  };
  for (std::string_view line : split(tsv, '\n')) {
    ++lineno;
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields = split(line, '\t');
    if (fields.size() != 3)
      return fail("expected 3 tab-separated fields, found " + std::to_string(fields.size()));
    if (fields[0].empty()) return fail("empty command name");
    std::optional<CommandDir> dir = dir_from_name(fields[1]);
    if (!dir) return fail("unknown location `" + std::string(fields[1]) + "`");
    if (!table.entries_.empty() && !(table.entries_.back().name < fields[0])) {
      return fail("`" + std::string(fields[0]) + "` is out of order or repeated");
    }
    CommandLocation entry{std::string(fields[0]), *dir, {}};
    for (std::string_view package : split(fields[2], ',')) {
      if (package.empty()) return fail("empty package name");
      entry.packages.emplace_back(package);
    }
    table.entries_.push_back(std::move(entry));
  }
  return table;
}

const CommandLocation* CommandLocations::find(std::string_view name) const {
  auto it =
      std::lower_bound(entries_.begin(), entries_.end(), name,
                       [](const CommandLocation& e, std::string_view n) { return e.name < n; });
  if (it == entries_.end() || it->name != name) return nullptr;
  return &*it;
}

std::optional<std::vector<UserInstalledCommand>> parse_user_installed(std::string_view tsv,
                                                                      std::string* error) {
  std::vector<UserInstalledCommand> commands;
  std::size_t lineno = 0;
  for (std::string_view line : split(tsv, '\n')) {
    ++lineno;
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields = split(line, '\t');
    if (fields.size() != 4 || fields[0].empty() || fields[1].empty() || fields[2].empty()) {
      if (error != nullptr) {
        *error = "line " + std::to_string(lineno) +
                 ": expected name, installer, locations and source, tab-separated";
      }
      return std::nullopt;
    }
    UserInstalledCommand command{std::string(fields[0]), std::string(fields[1]), {}};
    for (std::string_view location : split(fields[2], ';'))
      command.locations.emplace_back(location);
    commands.push_back(std::move(command));
  }
  return commands;
}

const CommandLocations& debian_command_locations() {
  // The embedded table is checked by the tests; a table that failed to parse would be empty.
  static const CommandLocations table =
      CommandLocations::parse(debian_command_locations_tsv, nullptr).value_or(CommandLocations{});
  return table;
}

namespace {
const std::vector<UserInstalledCommand>& user_installed_commands() {
  static const std::vector<UserInstalledCommand> table =
      parse_user_installed(user_installed_command_locations_tsv, nullptr)
          .value_or(std::vector<UserInstalledCommand>{});
  return table;
}
}  // namespace

const UserInstalledCommand* find_user_installed(std::string_view name) {
  for (const UserInstalledCommand& command : user_installed_commands()) {
    if (command.name == name) return &command;
  }
  return nullptr;
}

namespace {
// The first two bytes of a name as one number (a one-byte name: its byte and 0).
std::size_t pair_index(std::string_view name) {
  if (name.empty()) return 0;
  auto byte = [&](std::size_t i) {
    return i < name.size() ? static_cast<std::size_t>(static_cast<unsigned char>(name[i])) : 0;
  };
  return byte(0) << 8 | byte(1);
}
}  // namespace

bool placed_off_usr_bin(std::string_view name) {
  // The views point into the tables, which live as long as the process.
  static const std::unordered_set<std::string_view> names = [] {
    std::unordered_set<std::string_view> set;
    for (const CommandLocation& location : debian_command_locations().entries()) {
      if (location.dir != CommandDir::bin) set.insert(location.name);
    }
    for (const UserInstalledCommand& command : user_installed_commands()) {
      set.insert(command.name);
    }
    return set;
  }();
  // Most words of a job are options, numbers and file names: a table of the names' first two
  // bytes turns them away before hashing.
  static const std::vector<bool> first_two = [] {
    std::vector<bool> table(1 << 16, false);
    for (std::string_view known : names) table[pair_index(known)] = true;
    return table;
  }();
  return first_two[pair_index(name)] && names.count(name) > 0;
}

bool path_directory_matches(std::string_view directory, std::string_view location) {
  while (directory.size() > 1 && directory.back() == '/') directory.remove_suffix(1);
  // cron looks only in absolute directories (it does not expand `~`).
  if (!directory.starts_with('/')) return false;
  std::vector<std::string_view> have = split(directory, '/');
  std::vector<std::string_view> want = split(location, '/');
  bool from_home = !want.empty() && want.front() == "~";
  if (from_home) want.erase(want.begin());
  // A home directory is at least one name deep (/root, /home/deploy): "" plus one more.
  if (from_home ? have.size() < want.size() + 2 : have.size() != want.size()) return false;
  for (std::size_t i = 0; i < want.size(); ++i) {
    std::string_view part = have[have.size() - want.size() + i];
    if (want[i] == "<version>" ? part.empty() : part != want[i]) return false;
  }
  return true;
}

}  // namespace cronkit::lint::data
