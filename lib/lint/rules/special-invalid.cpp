// special-invalid: an @word that cron does not know

#include <fmt/format.h>

#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds `@` words other than `@reboot`, `@yearly`, `@annually`, `@monthly`, `@weekly`, `@daily`,
`@midnight` and `@hourly` (exactly, in lower case): `@Daily`, `@daly`, `@every 5m` (Go's robfig/cron
syntax), `@5min`.

## Why is this bad?
cron compares the word case-sensitively with its list and rejects anything else ("bad time
specifier"); Debian's cron then ignores the whole file.

## Example
    @every 15m /opt/llm/poll-inbox.sh

## Use instead
    */15 * * * * /opt/llm/poll-inbox.sh)doc";

void check(lint::RuleContext& ctx) {
  ctx.report_parser_diagnostics();
}

}  // namespace

extern const lint::Rule special_invalid{{.id = "special-invalid",
                                         .severity = Severity::error,
                                         .category = lint::Category::syntax,
                                         .summary = "an @word that cron does not know",
                                         .doc = doc},
                                        check};

}  // namespace cronkit::rules
