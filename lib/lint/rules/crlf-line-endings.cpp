// crlf-line-endings: a `\r` before the newline (or anywhere in a line) becomes part of the
// command or value, because cron splits lines at `\n` only.

#include <fmt/format.h>

#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds lines that end in a carriage return (`\r\n`, Windows line endings) or contain a bare `\r`;
comment lines are left alone (cron ignores them, `\r` and all).

## Why is this bad?
cron splits the file at `\n` only, so the `\r` stays part of the line: `/opt/job.sh\r` is "not
found" (the shell prints `: not found` with an invisible character), `2>&1\r` redirects into a
file literally named `1\r`, and an environment value gains a trailing `\r`. The file usually
comes from an editor on Windows.

## Example
    0 2 * * * /usr/local/bin/backup.sh␍

## Use instead
    0 2 * * * /usr/local/bin/backup.sh

Convert the file with `dos2unix` or `sed -i 's/\r$//' FILE`. Only the first 50 lines with a `\r`
are reported.)doc";

constexpr std::size_t max_reported_lines = 50;

void check(lint::RuleContext& ctx) {
  std::string_view source = ctx.crontab.source();
  std::size_t reported = 0;
  // Every `\r` this rule reports is somewhere in the file: one search instead of one per line.
  if (source.find('\r') == std::string_view::npos) return;
  for (const Line& line : ctx.crontab.lines) {
    // cron reads a comment up to the newline and ignores it, `\r` and all.
    if (line.kind == Line::Kind::comment) continue;
    // The parser may or may not keep the `\r` of a `\r\n` inside the line's span.
    std::size_t cr = std::string_view::npos;
    std::string_view text = ctx.crontab.line_text(line);
    std::size_t inside = text.find('\r');
    if (inside != std::string_view::npos) {
      cr = line.span.begin + inside;
    } else if (line.ends_with_crlf && line.span.end < source.size() &&
               source[line.span.end] == '\r') {
      cr = line.span.end;
    } else if (line.ends_with_crlf) {
      cr = line.span.end;  // the parser removed it: point just past the text
    }
    if (cr == std::string_view::npos) continue;
    bool at_end = cr + 1 >= source.size() || source[cr + 1] == '\n' || cr == line.span.end;
    Span span = ctx.span_at(line, cr, cr < source.size() && source[cr] == '\r' ? cr + 1 : cr);
    std::string message =
        at_end ? "line ends in a carriage return (\\r\\n): cron keeps the \\r as part of the line"
               : "carriage return (\\r) inside the line: cron keeps it as part of the line";
    if (++reported == max_reported_lines) message += " (further lines with \\r are not reported)";
    std::optional<lint::Fix> fix;
    if (span.length() == 1) fix = lint::Fix{.span = span, .replacement = "", .safe = true};
    ctx.report(span, std::move(message), std::move(fix));
    if (reported == max_reported_lines) break;
  }
}

}  // namespace

extern const lint::Rule crlf_line_endings{
    {.id = "crlf-line-endings",
     .severity = Severity::error,
     .category = lint::Category::syntax,
     .summary = "a line ends in \\r\\n (or holds a \\r): cron keeps the \\r in the command",
     .doc = doc},
    check};

}  // namespace cronkit::rules
