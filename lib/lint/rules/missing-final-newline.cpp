// missing-final-newline: cron rejects a last entry without `\n` (Debian: the whole file).

#include <fmt/format.h>

#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a crontab whose last line is an entry or an environment assignment without a newline at
the end. A final comment or blank line without a newline is harmless and not reported, and so
is a file in busybox crond's layout (a `crontabs/NAME` that is not cron's spool directory):
busybox crond reads the last line as it is.

## Why is this bad?
cron's parser needs the newline to finish the line ("a file without a \n before the EOF is rude",
cronie's entry.c). Debian's cron then ignores the **whole file** and `crontab` refuses to install
it; cronie drops only that last entry. Editors that do not add a final newline cause it. A user
crontab whose path, options and directives do not say where it goes gets this at info: Debian's
`crontab` refuses it loudly, and busybox crond and supercronic read it as it is.

## Example
    0 6 * * * /opt/reports/run.sh >> /var/log/reports.log 2>&1⟨end of file⟩

## Use instead
    0 6 * * * /opt/reports/run.sh >> /var/log/reports.log 2>&1
    ⟨end of file⟩

## Notes
Under the busybox, supercronic and systemd-cron dialects the rule is silent: those daemons read
the last line as it is. FreeBSD's cron drops it without a word, although its `crontab` installs
the file.)doc";

void check(lint::RuleContext& ctx) {
  if (ctx.crontab.lines.empty()) return;
  const Line& last = ctx.crontab.lines.back();
  if (last.ends_with_newline) return;
  if (last.kind == Line::Kind::blank || last.kind == Line::Kind::comment) return;
  if (ctx.options.busybox_layout) return;  // busybox crond reads the last line as it is
  // busybox crond, supercronic and systemd-cron read the last line like any other.
  if (ctx.dialect.reads_last_line_without_newline) return;
  // The parser reports it (with cron's consequence); the fix is ours.
  Span span = ctx.span_at(last, last.span.end, last.span.end);
  lint::Fix fix{.span = span, .replacement = "\n", .safe = true};
  // A user crontab whose place nothing declares is installed with crontab(1) or read by another
  // daemon: Debian's crontab refuses it with an error (nothing is lost silently), and busybox
  // crond, supercronic and devcron accept it. The silent losses are a system crontab (Debian's
  // cron skips the file) and a crontab cron reads directly: those are errors.
  bool undeclared_user_crontab = ctx.options.format == CrontabFormat::user &&
                                 ctx.options.format_basis != lint::FormatBasis::declared &&
                                 ctx.dialect.rejects_whole_file_without_final_newline;
  if (undeclared_user_crontab) {
    ctx.report(Severity::info, span,
               "the last line has no newline at its end: Debian's crontab refuses to install the "
               "file and cronie ignores this line (busybox crond and supercronic accept it)",
               std::move(fix));
    return;
  }
  std::string message =
      ctx.dialect.rejects_whole_file_without_final_newline
          ? fmt::format(
                "the last line has no newline at its end: {} ignores the whole file "
                "and crontab refuses to install it",
                ctx.dialect.daemon)
          : fmt::format("the last line has no newline at its end: {} ignores this line",
                        ctx.dialect.daemon);
  ctx.report(span, std::move(message), std::move(fix));
}

}  // namespace

extern const lint::Rule missing_final_newline{
    {.id = "missing-final-newline",
     .severity = Severity::error,
     .category = lint::Category::syntax,
     .summary = "the last entry has no newline: cron rejects it (Debian: the whole file)",
     .doc = doc},
    check};

}  // namespace cronkit::rules
