#include "environment/passwd.hpp"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

namespace cronkit {
namespace {

std::optional<PasswdEntry> from_struct(const passwd* pw) {
  if (!pw) return std::nullopt;
  return PasswdEntry{pw->pw_name ? pw->pw_name : "", pw->pw_uid, pw->pw_gid,
                     pw->pw_dir ? pw->pw_dir : "", pw->pw_shell ? pw->pw_shell : ""};
}

std::size_t buffer_size() {
  long size = sysconf(_SC_GETPW_R_SIZE_MAX);
  return size > 0 ? static_cast<std::size_t>(size) : 16384;
}

template <typename Number>
bool parse_number(std::string_view text, Number& out) {
  unsigned long long value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return false;
  out = static_cast<Number>(value);
  return true;
}

std::vector<std::string_view> split_fields(std::string_view line) {
  std::vector<std::string_view> fields;
  for (std::size_t start = 0;;) {
    std::size_t colon = line.find(':', start);
    fields.push_back(line.substr(start, colon - start));
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  return fields;
}

// The lines of a passwd or group file, without comments and blank lines.
template <typename Visit>
void for_each_line(std::string_view text, Visit visit) {
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (line.empty() || line.front() == '#') continue;
    visit(line);
  }
}

}  // namespace

PasswdLookup system_passwd() {
  PasswdLookup lookup;
  lookup.by_name = [](std::string_view name) -> std::optional<PasswdEntry> {
    std::string key(name);
    std::size_t size = buffer_size();
    for (int attempt = 0; attempt < 8; ++attempt, size *= 2) {
      auto buffer = std::make_unique<char[]>(size);
      passwd pw{};
      passwd* result = nullptr;
      int error = getpwnam_r(key.c_str(), &pw, buffer.get(), size, &result);
      if (error == ERANGE) continue;
      return error == 0 ? from_struct(result) : std::nullopt;
    }
    return std::nullopt;
  };
  lookup.by_uid = [](uid_t uid) -> std::optional<PasswdEntry> {
    std::size_t size = buffer_size();
    for (int attempt = 0; attempt < 8; ++attempt, size *= 2) {
      auto buffer = std::make_unique<char[]>(size);
      passwd pw{};
      passwd* result = nullptr;
      int error = getpwuid_r(uid, &pw, buffer.get(), size, &result);
      if (error == ERANGE) continue;
      return error == 0 ? from_struct(result) : std::nullopt;
    }
    return std::nullopt;
  };
  return lookup;
}

std::vector<PasswdEntry> parse_passwd_file(std::string_view text) {
  std::vector<PasswdEntry> entries;
  for_each_line(text, [&](std::string_view line) {
    std::vector<std::string_view> fields = split_fields(line);
    if (fields.size() != 7 || fields[0].empty()) return;
    PasswdEntry entry;
    entry.name = fields[0];
    if (!parse_number(fields[2], entry.uid) || !parse_number(fields[3], entry.gid)) return;
    entry.home = fields[5];
    entry.shell = fields[6];
    entries.push_back(std::move(entry));
  });
  return entries;
}

std::vector<gid_t> parse_group_memberships(std::string_view group_text, const PasswdEntry& user) {
  std::vector<gid_t> groups{user.gid};
  for_each_line(group_text, [&](std::string_view line) {
    std::vector<std::string_view> fields = split_fields(line);
    gid_t gid = 0;
    if (fields.size() != 4 || !parse_number(fields[2], gid)) return;
    std::string_view members = fields[3];
    for (std::size_t start = 0; start <= members.size();) {
      std::size_t comma = members.find(',', start);
      if (members.substr(start, comma - start) == user.name) {
        if (std::find(groups.begin(), groups.end(), gid) == groups.end()) groups.push_back(gid);
        break;
      }
      if (comma == std::string_view::npos) break;
      start = comma + 1;
    }
  });
  return groups;
}

PasswdLookup passwd_from_entries(std::vector<PasswdEntry> entries) {
  auto shared = std::make_shared<const std::vector<PasswdEntry>>(std::move(entries));
  PasswdLookup lookup;
  lookup.by_name = [shared](std::string_view name) -> std::optional<PasswdEntry> {
    for (const PasswdEntry& entry : *shared) {
      if (entry.name == name) return entry;
    }
    return std::nullopt;
  };
  lookup.by_uid = [shared](uid_t uid) -> std::optional<PasswdEntry> {
    for (const PasswdEntry& entry : *shared) {
      if (entry.uid == uid) return entry;
    }
    return std::nullopt;
  };
  return lookup;
}

}  // namespace cronkit
