#pragma once
// The facts about this machine that shape a cron job: the user database, the pam_env files
// Debian's cron session reads, the environment cronie's crond would have, whether an MTA is
// installed, and who is asking.
//
// For tests only, two environment variables make these facts come from a directory instead of
// the machine (documented in `cronrun --help`):
//   CRONKIT_SYSTEM_ROOT=DIR   read DIR/etc/passwd, DIR/etc/environment, DIR/etc/default/locale,
//                             DIR/etc/locale.conf, DIR/etc/sysconfig/crond and
//                             DIR/usr/sbin/sendmail instead of /..., and look up commands
//                             for --diff-env under DIR
//   CRONKIT_CURRENT_USER=NAME with CRONKIT_SYSTEM_ROOT: act for this user of DIR/etc/passwd
//                             instead of the one with the real uid (for --dry-run, --diff-env)

#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

#include "environment/environment.hpp"
#include "environment/passwd.hpp"

namespace cronkit {

struct Host {
  std::string root;  // "" for the real machine, else CRONKIT_SYSTEM_ROOT
  PasswdLookup passwd;
  std::vector<PamEnvFile> pam_files;
  // What cronie's crond would have in its environment: systemd starts it with the system locale
  // from /etc/locale.conf, and its unit adds /etc/sysconfig/crond (EnvironmentFile).
  std::vector<EnvVar> cronie_daemon_environment;
  // What busybox crond and supercronic pass on to their jobs: their whole environment. cronrun
  // takes its own (start it the way the daemon is started), or the file given with --daemon-env;
  // empty under CRONKIT_SYSTEM_ROOT.
  std::vector<EnvVar> inherited_environment;
  std::string inherited_environment_source = "cronrun's own environment";
  // /etc/security/pam_env.conf (pam_env's other, DEFAULT=/OVERRIDE= format) has settings:
  // Debian's cron session applies them too, and cronrun does not model that format.
  bool pam_env_conf_has_settings = false;
  bool sendmail_installed = false;          // Debian's do_command.c stat()s /usr/sbin/sendmail
  std::optional<PasswdEntry> current_user;  // the owner of a user crontab
  uid_t real_uid = 0;
  bool is_root = false;
  std::string error;  // set when the test root is unusable
};

// Reads the host (or the test root named by the environment variables above).
Host read_host();

}  // namespace cronkit
