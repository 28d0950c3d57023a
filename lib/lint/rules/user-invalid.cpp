// user-invalid: a user field that cannot be a user name.

#include <fmt/format.h>

#include <cctype>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
In a system crontab, finds user fields that cannot be a user name: longer than 32 characters,
starting with `-`, or containing a blank, `@` or a shell metacharacter. (A path or command in
that place is user-field-missing; a well-formed name missing from passwd is user-unknown, with
`--check-paths`.)

## Why is this bad?
cron looks the name up with `getpwnam()`, which fails: the entry is rejected ("bad username"),
and Debian's cron then ignores the whole file (cronie fails the job at run time).

## Example
<!-- cronlint: --system -->
    0 3 * * * root@db1 /usr/local/bin/backup.sh

## Use instead
<!-- cronlint: --system -->
    0 3 * * * root /usr/local/bin/backup.sh)doc";

// Why `user` cannot be a user name; empty when it can.
std::string problem(std::string_view user) {
  if (user.size() > 32) return fmt::format("it is {} characters long (at most 32)", user.size());
  if (user.front() == '-') return "it starts with `-`";
  for (std::size_t i = 0; i < user.size(); ++i) {
    char c = user[i];
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.') continue;
    if (c == '$' && i + 1 == user.size()) continue;  // Samba machine accounts
    return fmt::format("it contains `{}`", c);
  }
  return {};
}

void check_entry(lint::RuleContext& ctx, const Entry& entry) {
  if (ctx.crontab.format != CrontabFormat::system) return;
  if (!entry.user || entry.user->empty()) return;
  std::string_view user = *entry.user;
  if (lint::looks_like_command_token(user)) return;  // user-field-missing
  std::string why = problem(user);
  if (why.empty()) return;
  ctx.report(entry.user_span(),
             fmt::format("`{}` cannot be a user name: {}; cron rejects the entry (\"bad "
                         "username\"){}",
                         lint::excerpt(user), why,
                         ctx.dialect.rejects_whole_file_on_error
                             ? " and Debian's cron ignores the whole file"
                             : ""));
}

}  // namespace

extern const lint::Rule user_invalid{
    {.id = "user-invalid",
     .severity = Severity::error,
     .category = lint::Category::user,
     .summary = "the user field of a system crontab cannot be a user name",
     .doc = doc},
    nullptr,
    check_entry};

}  // namespace cronkit::rules
