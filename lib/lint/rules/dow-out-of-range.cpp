// dow-out-of-range: a day-of-week value is outside 0-7: cron rejects the line

#include <fmt/format.h>

#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a number in the day-of-week field (a single value, either end of a range, a list item) outside
0-7. 0 and 7 are both Sunday; there is no 8.

## Why is this bad?
cron rejects the line ("bad day-of-week"), and Debian's cron then ignores every entry of the file.
Under Debian a range end out of bounds is an error even with a step (`5-64/30`); cronie checks
only the values the step generates.

## Example
    0 6 * * 8 /opt/jobs/weekly.sh

## Use instead
    0 6 * * 1 /opt/jobs/weekly.sh)doc";

void check(lint::RuleContext& ctx) {
  ctx.report_parser_diagnostics();
}

}  // namespace

extern const lint::Rule dow_out_of_range{
    {.id = "dow-out-of-range",
     .severity = Severity::error,
     .category = lint::Category::syntax,
     .summary = "a day-of-week value is outside 0-7: cron rejects the line",
     .doc = doc},
    check};

}  // namespace cronkit::rules
