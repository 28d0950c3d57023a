// line-continuation: crontab lines cannot be continued with a backslash.

#include <fmt/format.h>

#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds entries and environment lines whose last non-blank character is a backslash `\`.

## Why is this bad?
A crontab has no line continuation. The trailing `\` reaches the shell as a dangling escape, and
the next physical line is read as an entry of its own: usually a "bad minute" error, so the next
line is lost too (and Debian's cron ignores the whole file). Some checkers document `\` as
supported; Vixie cron, Debian's cron and cronie do not support it.

## Example
    0 3 * * * /opt/backup/run.sh \
        --target s3://bkp

## Use instead
    0 3 * * * /opt/backup/run.sh --target s3://bkp

or move the logic into a script.)doc";

void check(lint::RuleContext& ctx) {
  // One search of the file instead of one per line: most files have no backslash at all.
  if (ctx.crontab.source().find('\\') == std::string_view::npos) return;
  for (const Line& line : ctx.crontab.lines) {
    if (line.kind != Line::Kind::entry && line.kind != Line::Kind::environment &&
        line.kind != Line::Kind::rejected) {
      continue;
    }
    std::string_view text = ctx.crontab.line_text(line);
    std::size_t last = text.find_last_not_of(" \t\r");
    if (last == std::string_view::npos || text[last] != '\\') continue;
    std::size_t offset = line.span.begin + last;
    const Line* next = ctx.crontab.line_at(line.number + 1);
    std::string consequence =
        next && next->kind != Line::Kind::blank
            ? fmt::format("; line {} is read as a separate line", next->number)
            : std::string();
    ctx.report(ctx.span_at(line, offset, offset + 1),
               "a backslash at the end of the line does not continue it: crontab has no line "
               "continuation" +
                   consequence);
  }
}

}  // namespace

extern const lint::Rule line_continuation{
    {.id = "line-continuation",
     .severity = Severity::error,
     .category = lint::Category::syntax,
     .summary = "a line ends in a backslash: crontab has no line continuation",
     .doc = doc},
    check};

}  // namespace cronkit::rules
