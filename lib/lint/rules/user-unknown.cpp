// user-unknown: the user of a system crontab entry does not exist on the checked system.

#include <fmt/format.h>

#include <filesystem>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
With `--check-paths`, finds system crontab entries whose user is not in `/etc/passwd` under
`--root` (users that only exist in LDAP or another NSS source cannot be seen).

## Why is this bad?
Debian's cron rejects the entry ("bad username") and then ignores the whole file; cronie accepts
it and the job fails at run time.

## Example
<!-- cronlint: --check-paths --system user=backup -->
    0 3 * * * backupuser /usr/local/bin/backup.sh

## Use instead
<!-- cronlint: --check-paths --system user=backup -->
    0 3 * * * backup /usr/local/bin/backup.sh

with a user that exists (`getent passwd NAME`).)doc";

void check_entry(lint::RuleContext& ctx, const Entry& entry) {
  if (ctx.crontab.format != CrontabFormat::system) return;
  std::error_code error;
  if (!std::filesystem::exists(lint::under_root(ctx.options.root, "/etc/passwd"), error)) return;
  if (!entry.user || entry.user->empty()) return;
  std::string_view user = *entry.user;
  if (lint::looks_like_command_token(user)) return;
  if (lint::find_user(ctx, user)) return;
  ctx.report(entry.user_span(),
             fmt::format("user `{}` is not in {}: {}", lint::excerpt(user),
                         lint::under_root(ctx.options.root, "/etc/passwd"),
                         ctx.dialect.unknown_user_rejected_at_parse
                             ? "Debian's cron rejects the entry and ignores the whole file"
                             : "cronie accepts the entry but the job fails at run time"));
}

}  // namespace

extern const lint::Rule user_unknown{{.id = "user-unknown",
                                      .severity = Severity::warning,
                                      .category = lint::Category::user,
                                      .summary = "the user of a system crontab entry is not in "
                                                 "/etc/passwd",
                                      .doc = doc,
                                      .needs_filesystem = true},
                                     nullptr,
                                     check_entry};

}  // namespace cronkit::rules
