// file-too-long: Debian's cron ignores crontabs of more than 10000 lines.

#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds crontabs with more lines than the chosen cron reads: Debian's cron stops at 10000 lines
(comments and blank lines count) and ignores the file. Generated crontabs reach this limit
more easily than one would think.

## Why is this bad?
Debian's cron rejects the whole file: none of its jobs run.

## Example
A generated crontab of 12000 lines:

    0 * * * * /opt/jobs/generated.sh ⟨×12000⟩

## Use instead
Split it into several files in /etc/cron.d, or generate fewer lines:

    0 * * * * /opt/jobs/generated.sh ⟨×5000⟩)doc";

void check(lint::RuleContext& ctx) {
  ctx.report_parser_diagnostics();
}

}  // namespace

extern const lint::Rule file_too_long{
    {.id = "file-too-long",
     .severity = Severity::error,
     .category = lint::Category::syntax,
     .summary = "more lines than cron reads (Debian: 10000): the whole file is ignored",
     .doc = doc},
    check};

}  // namespace cronkit::rules
