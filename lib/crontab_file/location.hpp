#pragma once
// What a crontab's path tells cron: which format the file is in, whether cron's directory scan
// reads a file of that name, and whose crontab it is when cron reads it from its own places
// (Debian database.c `load_database`, cronie database.c `load_database`).

#include <optional>
#include <string>
#include <string_view>

#include "ast/ast.hpp"
#include "dialect/dialect.hpp"

namespace cronkit {

// The file name when `path` names a file directly in a directory called cron.d (/etc/cron.d/x,
// or deploy/cron.d/x in a repository that mirrors it); nothing otherwise.
std::optional<std::string_view> cron_d_file_name(std::string_view path);

// The format cron reads a file at this path in: system (with a user field) for a file named
// crontab in a directory named etc and for a file in a directory named cron.d; user otherwise.
CrontabFormat format_for_path(std::string_view path);

// Whether cron skips the file at `path` for its name alone: a cron.d file whose name the dialect
// does not read (Dialect::reads_cron_d_file). Nothing is logged when it does.
bool cron_skips_file_name(std::string_view path, DialectId dialect);

// The same as one sentence every tool prints (lower-case start, no final period), nothing when
// cron reads the name: `Debian's cron does not read a file named "backup.sh" in cron.d (only
// letters, digits, '_' and '-'), so none of its entries run`.
std::optional<std::string> why_cron_skips_file_name(std::string_view path, DialectId dialect);

// Where cron itself reads a crontab from, which decides whose it is and what cron checks about
// the file before reading it (crontab_file/acceptance.hpp).
struct InstalledCrontab {
  enum class Kind { elsewhere, system, spool };
  Kind kind = Kind::elsewhere;
  std::string spool_user;  // for `spool`: the file name, which is the owner's user name
};
// By absolute path: /etc/crontab and /etc/cron.d/NAME are system crontabs; the spool is
// /var/spool/cron/crontabs (Debian) or /var/spool/cron (cronie).
InstalledCrontab installed_location(std::string_view absolute_path, DialectId dialect);

}  // namespace cronkit
