// percent-unescaped: cron turns the first unescaped `%` of a command into end-of-command.

#include <fmt/format.h>

#include "lint/jobs.hpp"
#include "lint/programs.hpp"
#include "lint/rule.hpp"
#include "parse/command_text.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a `%` in a job's command that is not preceded by a backslash. In a template (a file named
`*.tpl`, `*.tmpl`, `*.template`, `*.j2`), a `%name%` placeholder is left alone: it is replaced
before cron reads the file. A file in busybox crond's layout (a `crontabs/NAME` that is not
cron's spool directory) is not checked, nor is any file under a dialect whose daemon gives `%`
to the shell like any other character (busybox, supercronic).

## Why is this bad?
cron ends the command at the first unescaped `%` and feeds the rest to the job's standard input,
each further `%` becoming a newline (crontab(5)). `date +%F` becomes `date +`, so
`backup-$(date +%F).tgz` is a shell syntax error or a file named `backup-`. Quotes do not protect
it (cronie declined to change this). `\%` is read as `%` by Debian's cron and cronie (but not by
systemd-cron). Sending standard input to a command on purpose (`mail%body`) is rare: suppress the
finding for that line.

## Example
    0 2 * * * tar czf /backups/site-$(date +%F).tgz /var/www

## Use instead
    0 2 * * * tar czf /backups/site-$(date +\%F).tgz /var/www)doc";

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  const Command& command = entry.command;
  if (!command.first_unescaped_percent()) return;
  std::size_t first = *command.first_unescaped_percent();
  std::string_view raw = command.raw;
  // busybox crond, supercronic and systemd-cron hand `%` to the shell like any other character.
  if (!ctx.dialect.percent_is_special) return;
  if (ctx.options.busybox_layout) return;  // busybox crond hands `%` to the shell as it is
  // `%interpreter%` in a template is a placeholder that is replaced before cron reads the file.
  if (ctx.options.template_file && lint::starts_with_placeholder(raw.substr(first))) return;
  // Escape every unescaped `%` from the first one on.
  std::string replacement;
  std::size_t from = first;
  for (std::size_t percent : unescaped_percents(raw)) {
    replacement.append(raw.substr(from, percent - from));
    replacement += '\\';
    from = percent;
  }
  replacement.append(raw.substr(from));
  std::size_t at = command.span.begin + first;
  Span span{command.span.line, static_cast<std::uint32_t>(command.span.column + first),
            static_cast<std::uint32_t>(command.span.column + first + 1), at, at + 1};
  Span fix_span{command.span.line, span.column, command.span.end_column, at, command.span.end};

  std::string_view before = raw.substr(0, first);
  char after = first + 1 < raw.size() ? raw[first + 1] : '\0';
  std::string message;
  std::size_t arithmetic = before.rfind("$((");
  if (arithmetic != std::string_view::npos &&
      before.find("))", arithmetic) == std::string_view::npos) {
    message = fmt::format(
        "{} ends the command at this `%`, even inside `$(( ))`: the shell gets an "
        "unfinished arithmetic expression; write `\\%`",
        ctx.dialect.daemon);
  } else if (before.rfind("date") != std::string_view::npos &&
             (before.ends_with("+") || before.ends_with("+\"") || before.ends_with("+'") ||
              before.find('+', before.rfind("date")) != std::string_view::npos)) {
    message = fmt::format(
        "{} ends the command at this `%`: `date` gets a cut format and the rest (`{}`) "
        "goes to standard input; write `\\%` for every `%`",
        ctx.dialect.daemon,
        raw.substr(first + 1, std::min<std::size_t>(20, raw.size() - first - 1)));
  } else if (std::isalpha(static_cast<unsigned char>(after))) {
    message = fmt::format(
        "{} ends the command at this `%` (a `%{}` format?) and sends the "
        "rest to standard input; write `\\%`",
        ctx.dialect.daemon, after);
  } else {
    message = fmt::format(
        "{} ends the command at the first unescaped `%` and sends the rest to the job's "
        "standard input: the shell runs only `{}`; write `\\%` for a literal `%`",
        ctx.dialect.daemon, lint::excerpt(command.shell_command));
  }
  ctx.report(span, std::move(message),
             lint::Fix{.span = fix_span, .replacement = std::move(replacement), .safe = true});
}

}  // namespace

extern const lint::Rule percent_unescaped{
    {.id = "percent-unescaped",
     .severity = Severity::error,
     .category = lint::Category::command,
     .summary = "an unescaped % ends the command: cron sends the rest to standard input",
     .doc = doc},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
