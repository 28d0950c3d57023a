// minute-out-of-range: a minute value is outside 0-59: cron rejects the line

#include <fmt/format.h>

#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a number in the minute field (a single value, either end of a range, a list item) outside
0-59. Typical: `60` (write `0` of the next hour).

## Why is this bad?
cron rejects the line ("bad minute"), and Debian's cron then ignores every entry of the file.
Under Debian a range end out of bounds is an error even with a step (`5-64/30`); cronie checks
only the values the step generates.

## Example
    60 * * * * /opt/jobs/rotate.sh

## Use instead
    0 * * * * /opt/jobs/rotate.sh)doc";

void check(lint::RuleContext& ctx) {
  ctx.report_parser_diagnostics();
}

}  // namespace

extern const lint::Rule minute_out_of_range{
    {.id = "minute-out-of-range",
     .severity = Severity::error,
     .category = lint::Category::syntax,
     .summary = "a minute value is outside 0-59: cron rejects the line",
     .doc = doc},
    check};

}  // namespace cronkit::rules
