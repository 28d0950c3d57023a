// cd-without-and: `cd DIR; cmd` runs cmd in $HOME when cd fails.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/jobs.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a `cd DIR` followed by `;` and another command, instead of `&&`.

## Why is this bad?
If the directory is missing or not mounted, `cd` fails and the rest of the job runs anyway, in
the job's starting directory (`$HOME`): harmless for a report, catastrophic for `rm -rf ./*` or
`git clean -fdx`.

## Example
    0 4 * * * cd /srv/cache; rm -rf ./*

## Use instead
    0 4 * * * cd /srv/cache && rm -rf ./*)doc";

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  std::string_view source = ctx.crontab.source();
  std::string_view raw = entry.command.raw;
  if (!lint::command_contains(ctx, entry, ";") || !lint::may_contain_word(raw, "cd")) {
    return;
  }
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  const auto& commands = analysis.commands;
  for (std::size_t i = 0; i < commands.size(); ++i) {
    const lint::SimpleCommand& cd = commands[i];
    if (cd.command_name() != "cd" || cd.after != lint::Connector::semicolon) continue;
    const lint::SimpleCommand* next = nullptr;
    for (std::size_t j = i + 1; j < commands.size(); ++j) {
      if (commands[j].list == cd.list) {
        next = &commands[j];
        break;
      }
    }
    if (!next || !next->command_word()) continue;
    std::size_t semicolon = source.find(';', cd.span.end);
    if (semicolon == std::string_view::npos || semicolon >= next->span.begin) continue;
    Span span = analysis.span(0, 0);
    span.begin = semicolon;
    span.end = semicolon + 1;
    span.column = static_cast<std::uint32_t>(entry.command.span.column +
                                             (semicolon - entry.command.span.begin));
    span.end_column = span.column + 1;
    bool blank_before =
        semicolon > 0 && (source[semicolon - 1] == ' ' || source[semicolon - 1] == '\t');
    bool blank_after = semicolon + 1 < source.size() &&
                       (source[semicolon + 1] == ' ' || source[semicolon + 1] == '\t');
    std::string replacement =
        std::string(blank_before ? "" : " ") + "&&" + (blank_after ? "" : " ");
    std::string directory = cd.arguments().empty() ? std::string("$HOME") : cd.arguments()[0].text;
    ctx.report(span,
               fmt::format("if `cd {}` fails, the rest of the job still runs, in the job's "
                           "home directory; use `&&` instead of `;`",
                           lint::excerpt(directory)),
               lint::Fix{span, std::move(replacement)});
    break;
  }
}

}  // namespace

extern const lint::Rule cd_without_and{
    {.id = "cd-without-and",
     .severity = Severity::warning,
     .category = lint::Category::command,
     .summary = "cd DIR; cmd runs cmd in the wrong directory when cd fails",
     .doc = doc},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
