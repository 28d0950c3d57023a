// month-out-of-range: a month value is outside 1-12: cron rejects the line

#include <fmt/format.h>

#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a number in the month field (a single value, either end of a range, a list item) outside
1-12. Months are 1-12 (or `jan`-`dec`).

## Why is this bad?
cron rejects the line ("bad month"), and Debian's cron then ignores every entry of the file.
Under Debian a range end out of bounds is an error even with a step (`5-64/30`); cronie checks
only the values the step generates.

## Example
    0 6 1 13 * /opt/billing/yearly.sh

## Use instead
    0 6 1 12 * /opt/billing/yearly.sh)doc";

void check(lint::RuleContext& ctx) {
  ctx.report_parser_diagnostics();
}

}  // namespace

extern const lint::Rule month_out_of_range{
    {.id = "month-out-of-range",
     .severity = Severity::error,
     .category = lint::Category::syntax,
     .summary = "a month value is outside 1-12: cron rejects the line",
     .doc = doc},
    check};

}  // namespace cronkit::rules
