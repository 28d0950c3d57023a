// hour-out-of-range: an hour value is outside 0-23: cron rejects the line

#include <fmt/format.h>

#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a number in the hour field (a single value, either end of a range, a list item) outside
0-23. Typical: `24` meant as midnight (write `0`).

## Why is this bad?
cron rejects the line ("bad hour"), and Debian's cron then ignores every entry of the file.
Under Debian a range end out of bounds is an error even with a step (`5-64/30`); cronie checks
only the values the step generates.

## Example
    0 24 * * * /opt/jobs/rotate.sh

## Use instead
    0 0 * * * /opt/jobs/rotate.sh)doc";

void check(lint::RuleContext& ctx) {
  ctx.report_parser_diagnostics();
}

}  // namespace

extern const lint::Rule hour_out_of_range{
    {.id = "hour-out-of-range",
     .severity = Severity::error,
     .category = lint::Category::syntax,
     .summary = "an hour value is outside 0-23: cron rejects the line",
     .doc = doc},
    check};

}  // namespace cronkit::rules
