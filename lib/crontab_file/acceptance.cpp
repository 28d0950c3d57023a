#include "crontab_file/acceptance.hpp"

#include <sys/stat.h>

#include <fmt/format.h>

namespace cronkit {
namespace {

std::string hard_links(const FileFacts& file) {
  return fmt::format("the file has {} hard links", file.links);
}
constexpr std::string_view copy_instead = "replace the hard link with a copy";

// Debian's process_crontab for /etc/crontab and /etc/cron.d: the symlink and its target must
// be root's, and the target a regular file nobody but root can write, with one link.
void debian_system_checks(const FileFacts& file, std::vector<FileRejection>& out) {
  if (file.is_symlink && file.link_owner != 0) {
    out.push_back({fmt::format("cron logs \"WRONG SYMLINK OWNER\": the symbolic link is owned by "
                               "uid {}, not root",
                               file.link_owner),
                   "chown -h root:root"});
  }
  if (!file.target_exists) {
    out.push_back({"cron logs \"CAN'T OPEN SYMLINK\": the symbolic link points to nothing",
                   "point the link at an existing file"});
    return;
  }
  if (file.owner != 0) {
    out.push_back(
        {fmt::format("cron logs \"WRONG FILE OWNER\": the file is owned by uid {}, not root",
                     file.owner),
         "chown root:root"});
  }
  if (!file.is_regular) out.push_back({"cron logs \"NOT A REGULAR FILE\"", "use a regular file"});
  if (file.mode & 022) {
    out.push_back({fmt::format("cron logs \"INSECURE MODE (group/other writable)\": mode {:04o} "
                               "is group- or other-writable",
                               file.mode & 07777),
                   "chmod 0644"});
  }
  if (file.links != 1) {
    out.push_back(
        {"cron logs \"NUMBER OF HARD LINKS > 1\": " + hard_links(file), std::string(copy_instead)});
  }
}

// Debian's process_crontab for a spool crontab, which it opens with O_NOFOLLOW.
void debian_spool_checks(const FileFacts& file, std::optional<uid_t> user_uid,
                         std::vector<FileRejection>& out) {
  if (!user_uid) {
    out.push_back({"cron logs \"ORPHAN\": no user is named after the file",
                   "name the file after its user (crontab -u USER)"});
    return;
  }
  if (file.is_symlink) {
    out.push_back(
        {"cron logs \"CAN'T OPEN\": spool crontabs are opened without following "
         "symbolic links, and this is one",
         "install the crontab with crontab(1)"});
    return;
  }
  if (file.owner != 0 && file.owner != *user_uid) {
    out.push_back({fmt::format("cron logs \"WRONG FILE OWNER\": the file is owned by uid {}, not "
                               "by the user or root",
                               file.owner),
                   "install the crontab with crontab(1)"});
  }
  if (!file.is_regular) out.push_back({"cron logs \"NOT A REGULAR FILE\"", "use a regular file"});
  if ((file.mode & 07777) != 0600) {
    out.push_back({fmt::format("cron logs \"INSECURE MODE (mode 0600 expected)\": the mode is "
                               "{:04o}",
                               file.mode & 07777),
                   "chmod 0600"});
  }
  if (file.links != 1) {
    out.push_back(
        {"cron logs \"NUMBER OF HARD LINKS > 1\": " + hard_links(file), std::string(copy_instead)});
  }
}

// cronie's check_open, the same for system and spool crontabs except for the owner and the link
// count (checked only when a user owns the crontab). It follows symbolic links.
void cronie_checks(bool spool, const FileFacts& file, std::optional<uid_t> user_uid,
                   std::vector<FileRejection>& out) {
  if (spool && !user_uid) {
    out.push_back({"crond logs \"ORPHAN\": no user is named after the file",
                   "name the file after its user (crontab -u USER)"});
    return;
  }
  if (!file.target_exists) {
    out.push_back({"crond logs \"CAN'T OPEN\": the symbolic link points to nothing",
                   "point the link at an existing file"});
    return;
  }
  if (!file.is_regular) out.push_back({"crond logs \"NOT REGULAR\"", "use a regular file"});
  // Owner-readable; no setuid, setgid or sticky bit, no execute bit, no group or other write.
  if ((file.mode & 07533) != 0400) {
    out.push_back({fmt::format("crond logs \"BAD FILE MODE\": mode {:04o} is not accepted by "
                               "cronie (owner-readable, no execute bits, not group- or "
                               "other-writable)",
                               file.mode & 07777),
                   spool ? "chmod 0600" : "chmod 0644"});
  }
  if (file.owner != 0 && !(spool && file.owner == *user_uid)) {
    out.push_back(
        {fmt::format("crond logs \"WRONG FILE OWNER\": the file is owned by uid {}, not {}root",
                     file.owner, spool ? "by the user or " : ""),
         spool ? "install the crontab with crontab(1)" : "chown root:root"});
  }
  if (spool && file.links != 1) {
    out.push_back(
        {"crond logs \"BAD LINK COUNT\": " + hard_links(file), std::string(copy_instead)});
  }
}

}  // namespace

std::optional<FileFacts> read_file_facts(const std::string& path) {
  struct stat link {};
  if (lstat(path.c_str(), &link) != 0) return std::nullopt;
  FileFacts facts;
  if (S_ISLNK(link.st_mode)) {
    facts.is_symlink = true;
    facts.link_owner = link.st_uid;
  }
  struct stat target {};
  if (stat(path.c_str(), &target) != 0) {
    facts.target_exists = false;
    return facts;
  }
  facts.is_regular = S_ISREG(target.st_mode);
  facts.owner = target.st_uid;
  facts.mode = target.st_mode & 07777;
  facts.links = target.st_nlink;
  return facts;
}

std::vector<FileRejection> file_rejections(const InstalledCrontab& where, const FileFacts& file,
                                           std::optional<uid_t> user_uid, DialectId dialect) {
  std::vector<FileRejection> out;
  const bool spool = where.kind == InstalledCrontab::Kind::spool;
  if (where.kind == InstalledCrontab::Kind::elsewhere) return out;
  if (dialect == DialectId::debian) {
    if (spool) {
      debian_spool_checks(file, user_uid, out);
    } else {
      debian_system_checks(file, out);
    }
  } else {
    cronie_checks(spool, file, user_uid, out);
  }
  return out;
}

std::optional<std::string> why_cron_skips_file(const InstalledCrontab& where, const FileFacts& file,
                                               std::optional<uid_t> user_uid, DialectId dialect) {
  std::vector<FileRejection> rejections = file_rejections(where, file, user_uid, dialect);
  if (rejections.empty()) return std::nullopt;
  return std::move(rejections.front().reason);
}

}  // namespace cronkit
