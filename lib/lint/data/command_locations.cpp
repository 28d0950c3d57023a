#include "lint/data/command_locations.hpp"

#include <algorithm>

namespace cronkit::lint::data {

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

}  // namespace cronkit::lint::data
