#include "host_facts.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string_view>

extern char** environ;

namespace cronkit::cronrun {

std::vector<EnvVar> current_environment() {
  std::vector<EnvVar> variables;
  for (char** env = environ; env && *env; ++env) {
    std::string_view entry(*env);
    std::size_t eq = entry.find('=');
    if (eq == std::string_view::npos) continue;
    variables.push_back({std::string(entry.substr(0, eq)), std::string(entry.substr(eq + 1))});
  }
  return variables;
}

bool is_executable_file(const std::string& path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec) && access(path.c_str(), X_OK) == 0;
}

FileFacts file_facts(const std::string& path) {
  FileFacts facts;
  struct stat link {};
  if (lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    facts.is_symlink = true;
    facts.link_owner = link.st_uid;
  }
  struct stat target {};
  if (stat(path.c_str(), &target) == 0) {
    facts.is_regular = S_ISREG(target.st_mode);
    facts.owner = target.st_uid;
    facts.mode = target.st_mode & 07777;
    facts.links = target.st_nlink;
  }
  return facts;
}

std::optional<uid_t> spool_uid(const Host& host, const InstalledCrontab& installed) {
  if (installed.kind != InstalledCrontab::Kind::spool) return std::nullopt;
  std::optional<PasswdEntry> user = host.passwd.by_name(installed.spool_user);
  return user ? std::optional<uid_t>(user->uid) : std::nullopt;
}

}  // namespace cronkit::cronrun
