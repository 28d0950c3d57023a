// redirect-order: `2>&1 >> file` sends stderr to the old stdout, not to the file.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/jobs.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds `2>&1` written before the redirection of standard output to a file in the same command
(`cmd 2>&1 >> file`).

## Why is this bad?
Redirections apply from left to right: `2>&1` first points stderr at the current stdout (cron's
mail pipe), and only then stdout is sent to the file. The log gets the normal output and the
errors go to mail, which often goes nowhere.

## Example
    0 5 * * * /opt/llm/report.sh 2>&1 >> /var/log/llm-report.log

## Use instead
    0 5 * * * /opt/llm/report.sh >> /var/log/llm-report.log 2>&1)doc";

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  std::string_view source = ctx.crontab.source();
  // Only a `>` after a `2>&1` can be a problem.
  std::string_view raw = entry.command.raw;
  if (!lint::command_contains(ctx, entry, "2>&1")) return;
  std::size_t dup = raw.find("2>&1");
  if (dup == std::string_view::npos || raw.find('>', dup + 4) == std::string_view::npos) {
    return;
  }
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  bool reported = false;
  for (const lint::SimpleCommand& command : analysis.commands) {
    if (reported) break;
    // `cmd 2>&1 >/dev/null | filter` keeps only stderr on purpose.
    if (command.after == lint::Connector::pipe) continue;
    const auto& redirections = command.redirections;
    for (std::size_t i = 0; i < redirections.size() && !reported; ++i) {
      const lint::Redirection& dup = redirections[i];
      if (dup.fd != 2 || dup.op != ">&" || !dup.target || dup.target->text != "1") continue;
      for (std::size_t j = i + 1; j < redirections.size(); ++j) {
        const lint::Redirection& file = redirections[j];
        if (file.fd != 1 || !file.writes_file() || file.is_dev_null()) continue;
        std::string_view between = source.substr(dup.span.end, file.span.end - dup.span.end);
        std::size_t start = between.find_first_not_of(" \t");
        std::string replacement(between.substr(start == std::string_view::npos ? 0 : start));
        replacement += ' ';
        replacement += source.substr(dup.span.begin, dup.span.length());
        Span fix_span = dup.span;
        fix_span.end = file.span.end;
        fix_span.end_column = file.span.end_column;
        ctx.report(dup.span,
                   fmt::format("`2>&1` before `{}` sends stderr to the old stdout ({}), not "
                               "to {}: redirections apply from left to right",
                               lint::excerpt(source.substr(file.span.begin, file.span.length())),
                               lint::unredirected_output(ctx.crontab, entry, ctx.dialect).where,
                               lint::excerpt(file.target->text)),
                   lint::Fix{fix_span, std::move(replacement)});
        reported = true;
        break;
      }
    }
  }
}

}  // namespace

extern const lint::Rule redirect_order{
    {.id = "redirect-order",
     .severity = Severity::warning,
     .category = lint::Category::output,
     .summary = "2>&1 before >> file sends stderr to mail, not to the file",
     .doc = doc},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
