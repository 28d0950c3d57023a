#include "run/host.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace cronkit {
namespace {

std::optional<std::string> read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

Host read_host() {
  Host host;
  const char* root = std::getenv("CRONKIT_SYSTEM_ROOT");
  host.root = root && *root ? root : "";
  host.real_uid = getuid();
  host.is_root = geteuid() == 0;
  if (host.root.empty()) {
    host.passwd = system_passwd();
  } else {
    std::optional<std::string> passwd = read_text(host.root + "/etc/passwd");
    if (!passwd) {
      host.error = "CRONKIT_SYSTEM_ROOT has no readable etc/passwd: " + host.root;
      return host;
    }
    host.passwd = passwd_from_entries(parse_passwd_file(*passwd));
  }
  for (std::string_view path : debian_pam_env_paths) {
    host.pam_files.push_back({std::string(path), read_text(host.root + std::string(path))});
  }
  // crond's environment under systemd: the system locale, then the unit's EnvironmentFile.
  PamEnvironment daemon;
  for (std::string_view path : {"/etc/locale.conf", "/etc/sysconfig/crond"}) {
    if (std::optional<std::string> text = read_text(host.root + std::string(path))) {
      apply_pam_env_file(daemon, *text);
    }
  }
  host.cronie_daemon_environment = daemon.variables();
  if (host.root.empty()) {
    for (char** entry = environ; entry && *entry; ++entry) {
      std::string_view text(*entry);
      std::size_t equals = text.find('=');
      if (equals == std::string_view::npos || equals == 0) continue;
      host.inherited_environment.push_back(
          {std::string(text.substr(0, equals)), std::string(text.substr(equals + 1))});
    }
  } else {
    host.inherited_environment_source = "an empty environment (CRONKIT_SYSTEM_ROOT is set)";
  }
  if (std::optional<std::string> conf = read_text(host.root + "/etc/security/pam_env.conf")) {
    std::istringstream lines(*conf);
    for (std::string line; std::getline(lines, line);) {
      std::size_t start = line.find_first_not_of(" \t\r");
      if (start != std::string::npos && line[start] != '#') host.pam_env_conf_has_settings = true;
    }
  }
  struct stat info {};
  host.sendmail_installed = stat((host.root + "/usr/sbin/sendmail").c_str(), &info) == 0;
  const char* acting = std::getenv("CRONKIT_CURRENT_USER");
  if (!host.root.empty() && acting && *acting) {
    host.current_user = host.passwd.by_name(acting);
    if (!host.current_user)
      host.error = std::string("CRONKIT_CURRENT_USER: unknown user ") + acting;
  } else {
    host.current_user = host.passwd.by_uid(host.real_uid);
  }
  return host;
}

}  // namespace cronkit
