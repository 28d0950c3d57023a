// crontab-file-permissions: cron skips system crontabs that are not root-owned or are writable by
// others (needs --check-paths).

#include <fmt/format.h>
#include <sys/stat.h>

#include <filesystem>

#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
With `--check-paths`: checks the owner and mode of a system crontab (`/etc/crontab`,
`/etc/cron.d/*`, looked up under `--root`, or the linted file itself when it lives there): it
must be a regular file owned by root and not writable by group or others, and a symbolic link to
it must be owned by root too. Under cronie the mode must also have no execute bit (cronie wants
`(mode & 07533) == 0400`: 0644, 0640, 0600 and 0400 are fine).

## Why is this bad?
cron refuses such files ("WRONG FILE OWNER", "INSECURE MODE" in syslog) and skips every job in
them; nothing runs and nobody is told.

## Example
`/etc/cron.d/llm-reports` with mode 0664 (`-rw-rw-r--`, writable by its group) or owned by
another user than root:
<!-- cronlint: --check-paths --stdin-filename=/etc/cron.d/llm-reports file=/etc/cron.d/llm-reports:0664 -->

    0 6 * * * root /opt/llm/reports.sh

## Use instead
The same file after `chown root:root /etc/cron.d/llm-reports && chmod 0644
/etc/cron.d/llm-reports`:
<!-- cronlint: --check-paths --stdin-filename=/etc/cron.d/llm-reports file=/etc/cron.d/llm-reports:0644 -->

    0 6 * * * root /opt/llm/reports.sh)doc";

bool is_system_location(std::string_view path) {
  if (path == "/etc/crontab") return true;
  constexpr std::string_view cron_d = "/etc/cron.d/";
  return path.starts_with(cron_d) && path.size() > cron_d.size() &&
         path.find('/', cron_d.size()) == std::string_view::npos;
}

void check(lint::RuleContext& ctx) {
  namespace fs = std::filesystem;
  std::string target;
  std::string_view assumed = ctx.options.assumed_path;
  if (is_system_location(assumed)) {
    fs::path under_root = fs::path(ctx.options.root) / fs::path(assumed).relative_path();
    std::error_code error;
    if (fs::exists(fs::symlink_status(under_root, error))) target = under_root.string();
  }
  if (target.empty() && !ctx.options.file_on_disk.empty()) {
    std::error_code error;
    fs::path absolute = fs::weakly_canonical(fs::absolute(ctx.options.file_on_disk), error);
    fs::path root = fs::weakly_canonical(fs::absolute(ctx.options.root), error);
    std::string relative = absolute.lexically_relative(root).string();
    if (!relative.empty() && !relative.starts_with("..") && is_system_location("/" + relative)) {
      target = ctx.options.file_on_disk;
    }
  }
  if (target.empty()) return;

  struct stat link_info {};
  if (lstat(target.c_str(), &link_info) != 0) return;
  std::vector<std::string> problems;
  if (S_ISLNK(link_info.st_mode) && link_info.st_uid != 0) {
    problems.push_back(
        fmt::format("the symbolic link is owned by uid {}, not root", link_info.st_uid));
  }
  struct stat info {};
  if (stat(target.c_str(), &info) != 0) {
    ctx.report_file(fmt::format("'{}' is a dangling symbolic link: cron reads nothing", target));
    return;
  }
  if (!S_ISREG(info.st_mode)) {
    problems.push_back("it is not a regular file");
  }
  if (info.st_uid != 0)
    problems.push_back(fmt::format("it is owned by uid {}, not root", info.st_uid));
  unsigned mode = info.st_mode & 07777;
  if (ctx.dialect.id == DialectId::debian) {
    if (mode & 022)
      problems.push_back(fmt::format("mode {:04o} is group- or other-writable", mode));
  } else if ((mode & 07533) != 0400) {
    problems.push_back(fmt::format(
        "mode {:04o} is not accepted by cronie (owner-readable, no execute bits, not group- or "
        "other-writable)",
        mode));
  }
  if (problems.empty()) return;
  std::string joined;
  for (const std::string& problem : problems) joined += (joined.empty() ? "" : "; ") + problem;
  ctx.report_file(
      fmt::format("cron skips every job in '{}': {}; use chown root:root and chmod "
                  "0644",
                  target, joined));
}

}  // namespace

extern const lint::Rule crontab_file_permissions{
    {.id = "crontab-file-permissions",
     .severity = Severity::error,
     .category = lint::Category::file,
     .summary = "a system crontab not owned by root or writable by others: cron skips it",
     .doc = doc,
     .needs_filesystem = true},
    check};

}  // namespace cronkit::rules
