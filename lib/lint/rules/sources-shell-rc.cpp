// sources-shell-rc: ~/.bashrc stops early for non-interactive shells; `bash -i` wants a TTY.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/jobs.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds jobs that source `~/.bashrc` or `~/.zshrc` (`. ~/.bashrc`, `source $HOME/.bashrc`) or start
an interactive shell (`bash -i`, `bash -ic '...'`).

## Why is this bad?
Debian's and Ubuntu's `.bashrc` returns at once when the shell is not interactive
(`case $- in *i*) ;; *) return;; esac`), so the exports you hoped for are not loaded. `bash -i`
without a terminal prints job-control warnings into every mail. Source a dedicated environment
file instead.

## Example
    0 9 * * * . ~/.bashrc && /srv/llm/run.sh

## Use instead
    0 9 * * * . /srv/llm/cron.env && /srv/llm/run.sh)doc";

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  if (!lint::command_contains(ctx, entry, "rc") && !lint::command_contains(ctx, entry, "-i")) {
    return;
  }
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  for (const lint::SimpleCommand& command : analysis.commands) {
    if (const lint::Word* file = lint::sourced_file(command)) {
      std::string_view base = lint::path_basename(file->text);
      if (base == ".bashrc" || base == ".zshrc") {
        ctx.report(file->span,
                   fmt::format("sourcing {} under cron loads nothing on Debian and Ubuntu: it "
                               "returns at once in a non-interactive shell; source a "
                               "dedicated environment file",
                               base));
        break;
      }
    }
    std::string_view name = command.command_name();
    if (name == "bash" || name == "zsh") {
      bool interactive = false;
      const lint::Word* flag = nullptr;
      for (const lint::Word& a : command.arguments()) {
        if (a.text.size() < 2 || a.text[0] != '-' || a.text[1] == '-') break;
        if (a.text.find('i') != std::string::npos) {
          interactive = true;
          flag = &a;
          break;
        }
      }
      if (interactive) {
        ctx.report(flag->span,
                   fmt::format("`{} {}` starts an interactive shell without a terminal: it "
                               "prints job-control warnings, and ~/.{}rc is no way to give a "
                               "cron job its environment",
                               name, lint::excerpt(flag->text), name == "bash" ? "bash" : "zsh"));
        break;
      }
    }
  }
}

}  // namespace

extern const lint::Rule sources_shell_rc{
    {.id = "sources-shell-rc",
     .severity = Severity::warning,
     .category = lint::Category::command,
     .summary = "the job sources ~/.bashrc or runs bash -i, which loads nothing under cron",
     .doc = doc},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
