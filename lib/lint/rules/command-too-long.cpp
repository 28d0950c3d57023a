// command-too-long: Debian's cron rejects a command of 999 bytes or more (MAX_COMMAND 1000).

#include <fmt/format.h>

#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds commands (the text after the schedule, and after the user in a system crontab) of 999 bytes
or more under Debian's cron, or longer than 131071 bytes under cronie.

## Why is this bad?
Debian's cron rejects the line ("command too long", `MAX_COMMAND` is 1000 with the newline and
the terminating NUL), and a rejected line makes it ignore the whole file. cronie accepts up to
131072 bytes and silently cuts what is longer. It is usually an inlined script.

## Example
    0 1 * * * python3 -c "import os, json, urllib.request; ⟨1200 characters⟩"

## Use instead
    0 1 * * * /opt/jobs/nightly.sh

(with the script in its own, version-controlled file).)doc";

void check_file(lint::RuleContext& ctx) {
  ctx.report_parser_diagnostics();
}

void check(lint::RuleContext& ctx, const Entry& entry) {
  std::size_t length = entry.command.raw.size();
  if (length <= ctx.dialect.max_command_length) return;
  std::string consequence = ctx.dialect.command_too_long_is_rejected
                                ? "Debian's cron rejects the line and ignores the whole file"
                                : "cron cuts it";
  ctx.report(entry.command.span,
             fmt::format("command is {} bytes long, longer than the {} bytes cron accepts: {}",
                         length, ctx.dialect.max_command_length, consequence));
}

}  // namespace

extern const lint::Rule command_too_long{
    {.id = "command-too-long",
     .severity = Severity::error,
     .category = lint::Category::syntax,
     .summary = "a command of 999 bytes or more: Debian's cron rejects the line",
     .doc = doc},
    check_file,
    check};

}  // namespace cronkit::rules
