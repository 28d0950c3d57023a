// user-field-in-user-crontab: `root` in a user crontab is taken as the command.

#include <fmt/format.h>

#include <array>
#include <string>

#include <sys/stat.h>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
In a user crontab (`crontab -e`), finds entries whose command starts with a well-known account
name (`root`, `www-data`, `nobody`, `daemon`, `postgres`, `mysql`, `nginx`, `apache`, `ubuntu`,
`ec2-user`) followed by more words. With `--check-paths`, any first word that is a user in
`--root`'s /etc/passwd and not a program on the job's PATH.

Which format a file is in: `--user`/`--system`, a `# cronlint: kind=` directive, or the place
cron reads it from (`/etc/crontab`, `/etc/cron.d/NAME`, the spool directory) declare it, and
then the finding is an error. Otherwise the entries decide (a user name such as `root` after the
schedule, then a command: system format), so a file named `crontab` in a repository is read the
way it is written; where they disagree, or a file in a `cron.d` directory holds user-crontab
lines, the finding is a warning that gives the evidence.

## Why is this bad?
User crontabs have no user field: the job runs as the crontab's owner, and the first word is the
command, so the job fails with "root: not found". supercronic has no user field either.

## Example
    0 3 * * * root /usr/local/bin/backup.sh

## Use instead
    0 3 * * * /usr/local/bin/backup.sh

(or move the line to /etc/cron.d, where the user field belongs).)doc";

constexpr auto accounts =
    std::to_array<std::string_view>({"root", "www-data", "nobody", "daemon", "postgres", "mysql",
                                     "nginx", "apache", "ubuntu", "ec2-user"});

bool on_path(const lint::RuleContext& ctx, std::string_view path, std::string_view name) {
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t colon = path.find(':', start);
    std::string_view directory =
        path.substr(start, colon == std::string_view::npos ? colon : colon - start);
    struct stat info {};
    std::string candidate =
        lint::under_root(ctx.options.root, fmt::format("{}/{}", directory, name));
    if (::stat(candidate.c_str(), &info) == 0) return true;
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  return false;
}

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  if (ctx.crontab.format != CrontabFormat::user) return;
  std::string_view raw = entry.command.raw;
  // No account name starts with a slash, and most commands do.
  if (!ctx.options.check_paths && raw.starts_with('/')) return;
  // The first word and where the next starts. Plain loops: find_first_of(" \t") calls memchr on
  // the two-byte set once per byte of the word, which costs more than this whole rule otherwise.
  std::size_t end = 0;
  while (end < raw.size() && raw[end] != ' ' && raw[end] != '\t') ++end;
  if (end == raw.size()) return;  // a lone word: no "more words"
  std::string_view first = raw.substr(0, end);
  std::size_t next = end;
  while (next < raw.size() && (raw[next] == ' ' || raw[next] == '\t')) ++next;
  if (next == raw.size()) return;
  bool known = std::find(accounts.begin(), accounts.end(), first) != accounts.end();
  if (!known && ctx.options.check_paths) {
    const EnvAssignment* path = lint::assignment_in_force(ctx.crontab, entry, "PATH");
    known = lint::find_user(ctx, first).has_value() &&
            !on_path(ctx, path ? std::string_view(path->value) : ctx.dialect.default_path, first);
  }
  if (!known) return;
  Span span = entry.command.span;
  span.end = span.begin + end;
  span.end_column = span.column + static_cast<std::uint32_t>(end);
  Span fix_span = span;
  fix_span.end = span.begin + next;
  fix_span.end_column = span.column + static_cast<std::uint32_t>(next);
  // An error only where the format is declared (--user, a directive, the spool directory):
  // a file whose path says nothing may be meant for /etc/cron.d.
  bool declared = ctx.options.format_basis == lint::FormatBasis::declared;
  std::string evidence = ctx.options.format_evidence.empty()
                             ? std::string()
                             : fmt::format(" ({})", ctx.options.format_evidence);
  ctx.report(declared ? Severity::error : Severity::warning, span,
             fmt::format("user crontabs have no user field: cron runs `{}` as the command "
                         "(\"{}: not found\"); the job already runs as the crontab's owner{}",
                         lint::excerpt(first), lint::excerpt(first), evidence),
             lint::Fix{fix_span, ""});
}

}  // namespace

extern const lint::Rule user_field_in_user_crontab{
    {.id = "user-field-in-user-crontab",
     .severity = Severity::error,
     .category = lint::Category::user,
     .summary = "a user crontab entry starts with a user name, which cron runs as the command",
     .doc = doc},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
