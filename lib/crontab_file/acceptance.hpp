#pragma once
// Whether cron reads an installed crontab file at all: before parsing a line, both crons check
// the file's owner, type, mode and link count, log what they dislike ("WRONG FILE OWNER",
// "INSECURE MODE", ...) and skip every job in it (Debian database.c `process_crontab`, cronie
// database.c `check_open`).

#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

#include "crontab_file/location.hpp"
#include "dialect/dialect.hpp"

namespace cronkit {

// What cron looks at: lstat() of the path and stat() of what it points to.
struct FileFacts {
  bool is_symlink = false;
  uid_t link_owner = 0;  // of the symlink itself
  bool is_regular = true;
  uid_t owner = 0;
  mode_t mode = 0600;  // permission bits (07777)
  nlink_t links = 1;
  bool target_exists = true;  // false for a dangling symlink (the rest then says nothing)
};
// The facts of the file at `path`; nothing when there is no such file (not even a symlink).
std::optional<FileFacts> read_file_facts(const std::string& path);

// One reason cron skips the file.
struct FileRejection {
  std::string reason;  // "cron logs \"WRONG FILE OWNER\": the file is owned by uid 1000, not root"
  std::string fix;     // "chown root:root"
};
// Every reason the dialect's cron skips the file, in the order cron checks them: the first is
// what cron logs (it stops there), the others are what it would log once that one is fixed.
// Empty when cron reads the file, and for files cron does not read from its own places
// (Kind::elsewhere). `user_uid` is the spool owner's uid: nothing when no user is named after a
// spool file.
std::vector<FileRejection> file_rejections(const InstalledCrontab& where, const FileFacts& file,
                                           std::optional<uid_t> user_uid, DialectId dialect);
// The reason of the first of them: what cron logs.
std::optional<std::string> why_cron_skips_file(const InstalledCrontab& where, const FileFacts& file,
                                               std::optional<uid_t> user_uid, DialectId dialect);

}  // namespace cronkit
