// field-count: an entry has too few fields: cron rejects the line

#include <fmt/format.h>

#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds entries with fewer than five time fields and a command (user crontabs) or five time fields,
a user and a command (system crontabs: `/etc/crontab`, `/etc/cron.d/*`), and `@special` lines
without a command.

## Why is this bad?
cron logs "bad day-of-week" or "bad command" and rejects the line; Debian's cron then ignores
the whole file. (Debian accepts an entry with no command at all, `7 7 7 7 7`, and runs nothing;
cronie rejects it. Either way it is a mistake.)

## Example
    0 3 * * /usr/local/bin/backup.sh

## Use instead
    0 3 * * * /usr/local/bin/backup.sh)doc";

void check(lint::RuleContext& ctx) {
  ctx.report_parser_diagnostics();
}

}  // namespace

extern const lint::Rule field_count{
    {.id = "field-count",
     .severity = Severity::error,
     .category = lint::Category::syntax,
     .summary = "an entry has too few fields: cron rejects the line",
     .doc = doc},
    check};

}  // namespace cronkit::rules
