// redirect-after-ampersand: `cmd &2>/dev/null` backgrounds cmd and redirects nothing.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a `&` directly followed by a redirection and nothing else (`cmd &2>/dev/null`,
`cmd &1>/dev/null`, `cmd & >/dev/null`): a command that has only redirections after a `&`.

## Why is this bad?
In the shell, `&` ends the command and runs it in the background; the redirection that follows is
a command of its own with nothing to run. So `cmd &2>/dev/null` runs `cmd` in the background with
its stderr still going to cron's mail, and merely creates (or empties) `/dev/null`. The same holds
in bash and in dash. (bash's `&>file` is one operator, which dash reads the same broken way:
shell-bashism reports that one.)

## Example
    0 3 * * * /usr/local/bin/backup.sh &2>/dev/null

## Use instead
    0 3 * * * /usr/local/bin/backup.sh 2>/dev/null

or, to silence both outputs:

    0 3 * * * /usr/local/bin/backup.sh >/dev/null 2>&1)doc";

// The command just before `index` in the same list, or nullptr.
const lint::SimpleCommand* previous_in_list(const lint::CommandAnalysis& analysis,
                                            std::size_t index) {
  const lint::SimpleCommand& current = analysis.commands[index];
  for (std::size_t i = index; i-- > 0;) {
    const lint::SimpleCommand& candidate = analysis.commands[i];
    if (candidate.list == current.list && candidate.depth == current.depth) return &candidate;
  }
  return nullptr;
}

// A quick look at the raw text: a `&` that is not part of `&&`, `>&`, `<&` or bash's `&>`,
// followed by blanks, digits and a redirection operator. False means certainly not.
bool may_redirect_after_ampersand(std::string_view raw) {
  for (std::size_t at = raw.find('&'); at != std::string_view::npos; at = raw.find('&', at + 1)) {
    if (at > 0 && (raw[at - 1] == '>' || raw[at - 1] == '<' || raw[at - 1] == '&')) continue;
    std::size_t i = at + 1;
    if (i < raw.size() && (raw[i] == '&' || raw[i] == '>')) continue;
    while (i < raw.size() && (raw[i] == ' ' || raw[i] == '\t')) ++i;
    while (i < raw.size() && raw[i] >= '0' && raw[i] <= '9') ++i;
    if (i < raw.size() && raw[i] == '>') return true;
  }
  return false;
}

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  if (!may_redirect_after_ampersand(entry.command.raw)) return;
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  std::string_view text = analysis.text;
  for (std::size_t i = 0; i < analysis.commands.size(); ++i) {
    const lint::SimpleCommand& empty = analysis.commands[i];
    if (empty.before != lint::Connector::background || !empty.words.empty() ||
        !empty.assignments.empty() || empty.redirections.empty() || !empty.keywords.empty()) {
      continue;
    }
    const lint::Redirection& redirection = empty.redirections.front();
    if (redirection.is_heredoc() || redirection.op[0] == '<') continue;
    const lint::SimpleCommand* job = previous_in_list(analysis, i);
    if (!job || !job->command_word() || job->end > redirection.begin) continue;
    std::size_t ampersand = text.rfind('&', redirection.begin);
    if (ampersand == std::string_view::npos || ampersand < job->end) continue;
    bool adjacent = ampersand + 1 == redirection.begin;
    std::string written(text.substr(ampersand, redirection.end - ampersand));
    std::string redirected(text.substr(redirection.begin, redirection.end - redirection.begin));
    std::string meant = redirection.fd == 1 && redirection.op.find('&') == std::string::npos
                            ? fmt::format("`{}` or `{} 2>&1`", redirected, redirected)
                            : fmt::format("`{}`", redirected);
    Span span = analysis.span(ampersand, redirection.end);
    std::optional<lint::Fix> fix;
    // `&2>/dev/null` was certainly meant as `2>/dev/null`: drop the `&`.
    if (adjacent && redirection.fd == 2 && job->redirections.empty()) {
      fix = lint::Fix{analysis.span(ampersand, ampersand + 1), ""};
    }
    ctx.report(span,
               fmt::format("`{}`: the `&` runs `{}` in the background and `{}` applies to an "
                           "empty command, so nothing of the job is redirected; write {} "
                           "without the `&`",
                           lint::excerpt(written), lint::excerpt(job->command_word()->text),
                           lint::excerpt(redirected), meant),
               std::move(fix));
    return;
  }
}

}  // namespace

extern const lint::Rule redirect_after_ampersand{
    {.id = "redirect-after-ampersand",
     .severity = Severity::warning,
     .category = lint::Category::output,
     .summary = "`cmd &2>/dev/null` runs cmd in the background and redirects nothing",
     .doc = doc},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
