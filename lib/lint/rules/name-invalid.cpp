// name-invalid: a name in a time field is not a three-letter month or day name

#include <fmt/format.h>

#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds alphabetic tokens in the month or day-of-week field that are not one of the three-letter
names (`jan`...`dec`, `sun`...`sat`, any case), such as `Monday`, `Thur`, `Sept`, and any name in
the minute, hour or day-of-month field. (A name with a step, `jan/2`, is
step-without-range.)

## Why is this bad?
cron compares the whole alphabetic run with the three-letter names, so full names are errors:
the line is rejected ("bad day-of-week"), and Debian's cron ignores the whole file.

## Example
    0 8 * * Monday /opt/llm/standup-summary.sh

## Use instead
    0 8 * * mon /opt/llm/standup-summary.sh)doc";

void check(lint::RuleContext& ctx) {
  ctx.report_parser_diagnostics();
}

}  // namespace

extern const lint::Rule name_invalid{
    {.id = "name-invalid",
     .severity = Severity::error,
     .category = lint::Category::syntax,
     .summary = "a name in a time field is not a three-letter month or day name",
     .doc = doc},
    check};

}  // namespace cronkit::rules
