// user-field-missing: a system crontab line without the user field runs nothing.

#include <fmt/format.h>

#include <string>
#include <vector>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
In a system crontab (`/etc/crontab`, `/etc/cron.d/*`), finds entries whose user field is really
the start of the command: it contains `/`, starts with `~`, `.` or `$`, or is a well-known program
(`cd`, `python3`, `bash`, `curl`, ...). `@` lines are checked too.

Which format a file is in: `--user`/`--system`, a `# cronlint: kind=` directive, or the place
cron reads it from (`/etc/crontab`, `/etc/cron.d/NAME`, the spool directory) declare it, and
then the finding is an error. Otherwise the entries decide (a user name such as `root` after the
schedule, then a command: system format), so a file named `crontab` in a repository is read the
way it is written; where they disagree, or a file in a `cron.d` directory holds user-crontab
lines, the finding is a warning that gives the evidence.

## Why is this bad?
In these files the sixth field is the user to run the job as. cron takes the path for a user
name, `getpwnam()` fails, and the entry is rejected ("bad username"); Debian's cron then ignores
the whole file. This is what happens when a line is copied from `crontab -e` into /etc/cron.d.

## Example
<!-- cronlint: --stdin-filename=/etc/cron.d/backup -->
    # /etc/cron.d/backup
    0 3 * * * /usr/local/bin/backup.sh

## Use instead
<!-- cronlint: --stdin-filename=/etc/cron.d/backup -->
    # /etc/cron.d/backup
    0 3 * * * root /usr/local/bin/backup.sh)doc";

std::vector<std::pair<std::size_t, std::size_t>> tokens_of(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    std::size_t begin = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t') ++i;
    if (i > begin) tokens.emplace_back(begin, i);
  }
  return tokens;
}

void check(lint::RuleContext& ctx) {
  if (ctx.crontab.format != CrontabFormat::system) return;
  for (const Line& line : ctx.crontab.lines) {
    std::optional<Span> user_span;
    std::string_view user;
    if (line.kind == Line::Kind::entry) {
      const Entry& entry = ctx.crontab.entries[line.index];
      if (!entry.user) continue;
      user = *entry.user;
      user_span = entry.user_span();
    } else if (line.kind == Line::Kind::rejected) {
      // A rejected line may still be an entry whose user field is missing; find the token in
      // the user position as cron would.
      std::string_view text = ctx.crontab.line_text(line);
      auto tokens = tokens_of(text);
      if (tokens.empty()) continue;
      std::size_t position = text[tokens[0].first] == '@' ? 1 : 5;
      if (tokens.size() <= position) continue;
      if (lint::read_env_line(text).outcome != lint::EnvLineCandidate::Outcome::not_an_assignment) {
        continue;
      }
      auto [begin, end] = tokens[position];
      user = text.substr(begin, end - begin);
      user_span = ctx.span_at(line, line.span.begin + begin, line.span.begin + end);
    } else {
      continue;
    }
    if (!lint::looks_like_command_token(user)) continue;
    // An error only where the format is declared; otherwise the file may well be a user
    // crontab, and the finding says why it is read as a system one.
    bool declared = ctx.options.format_basis == lint::FormatBasis::declared;
    std::string evidence = ctx.options.format_evidence.empty()
                               ? std::string()
                               : fmt::format(" ({})", ctx.options.format_evidence);
    ctx.report(declared ? Severity::error : Severity::warning, *user_span,
               fmt::format("`{}` is in the user field: system crontabs need a user name between "
                           "the schedule and the command (e.g. `root {}`); cron rejects the "
                           "line{}{}",
                           lint::excerpt(user), lint::excerpt(user),
                           ctx.dialect.rejects_whole_file_on_error
                               ? " and Debian's cron ignores the whole file"
                               : " (cronie fails the job at run time)",
                           evidence));
  }
}

}  // namespace

extern const lint::Rule user_field_missing{
    {.id = "user-field-missing",
     .severity = Severity::error,
     .category = lint::Category::user,
     .summary = "a system crontab entry has a command where the user name belongs",
     .doc = doc},
    check};

}  // namespace cronkit::rules
