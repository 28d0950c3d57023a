#pragma once
// The passwd data cron reads for a crontab's owner: name, ids, home directory, login shell.
// Lookups go through a function so that tests (and cronrun's golden tests, through a passwd file)
// can supply users that do not exist on the machine.

#include <sys/types.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cronkit {

struct PasswdEntry {
  std::string name;
  uid_t uid = 0;
  gid_t gid = 0;
  std::string home;
  std::string shell;  // cron never uses it for the job (docs/semantics.md §10); shown for contrast
};

// Finds a user by name or by uid.
struct PasswdLookup {
  std::function<std::optional<PasswdEntry>(std::string_view name)> by_name;
  std::function<std::optional<PasswdEntry>(uid_t uid)> by_uid;
};

// The system's user database (getpwnam_r / getpwuid_r: files, LDAP, whatever NSS is set up for).
PasswdLookup system_passwd();

// Entries of a passwd(5) file ("name:x:uid:gid:gecos:home:shell"); malformed lines are skipped.
std::vector<PasswdEntry> parse_passwd_file(std::string_view text);

// A lookup over a fixed list of entries (the first match wins, as getpwnam does on a file).
PasswdLookup passwd_from_entries(std::vector<PasswdEntry> entries);

// The groups `user` is in according to a group(5) file ("name:x:gid:member,member"): the user's
// primary group first, then every group that lists the user as a member.
std::vector<gid_t> parse_group_memberships(std::string_view group_text, const PasswdEntry& user);

}  // namespace cronkit
