// crontab-file-permissions: cron skips system crontabs that are not root-owned or are writable by
// others (needs --check-paths).

#include <fmt/format.h>

#include <filesystem>

#include "crontab_file/acceptance.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
With `--check-paths`: checks the owner, mode and links of a system crontab (`/etc/crontab`,
`/etc/cron.d/*`, looked up under `--root`, or the linted file itself when it lives there): it
must be a regular file owned by root and not writable by group or others. Debian's cron also
wants a single hard link and a symbolic link to it owned by root. Under cronie the mode must
also have no execute bit (cronie wants `(mode & 07533) == 0400`: 0644, 0640, 0600 and 0400 are
fine).

## Why is this bad?
cron refuses such files ("WRONG FILE OWNER", "INSECURE MODE", "NUMBER OF HARD LINKS > 1" in
syslog) and skips every job in them; nothing runs and nobody is told.

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

bool is_system_location(std::string_view path, DialectId dialect) {
  return installed_location(path, dialect).kind == InstalledCrontab::Kind::system;
}

void check(lint::RuleContext& ctx) {
  namespace fs = std::filesystem;
  std::string target;
  std::string_view assumed = ctx.options.assumed_path;
  if (is_system_location(assumed, ctx.dialect.id)) {
    fs::path under_root = fs::path(ctx.options.root) / fs::path(assumed).relative_path();
    std::error_code error;
    if (fs::exists(fs::symlink_status(under_root, error))) target = under_root.string();
  }
  if (target.empty() && !ctx.options.file_on_disk.empty()) {
    std::error_code error;
    fs::path absolute = fs::weakly_canonical(fs::absolute(ctx.options.file_on_disk), error);
    fs::path root = fs::weakly_canonical(fs::absolute(ctx.options.root), error);
    std::string relative = absolute.lexically_relative(root).string();
    if (!relative.empty() && !relative.starts_with("..") &&
        is_system_location("/" + relative, ctx.dialect.id)) {
      target = ctx.options.file_on_disk;
    }
  }
  if (target.empty()) return;

  std::optional<FileFacts> facts = read_file_facts(target);
  if (!facts) return;
  std::vector<FileRejection> rejections =
      file_rejections({InstalledCrontab::Kind::system, {}}, *facts, std::nullopt, ctx.dialect.id);
  if (rejections.empty()) return;
  std::string reasons;
  std::string fixes;
  for (const FileRejection& rejection : rejections) {
    reasons += (reasons.empty() ? "" : "; ") + rejection.reason;
    if (fixes.find(rejection.fix) == std::string::npos) {
      fixes += (fixes.empty() ? "" : ", ") + rejection.fix;
    }
  }
  ctx.report_file(fmt::format("cron skips every job in '{}': {}; fix: {}", target, reasons, fixes));
}

}  // namespace

extern const lint::Rule crontab_file_permissions{
    {.id = "crontab-file-permissions",
     .severity = Severity::error,
     .category = lint::Category::filesystem,
     .summary = "a system crontab not owned by root or writable by others: cron skips it",
     .doc = doc,
     .needs_filesystem = true},
    check};

}  // namespace cronkit::rules
