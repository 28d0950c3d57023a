// dom-out-of-range: a day-of-month value is outside 1-31: cron rejects the line

#include <fmt/format.h>

#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a number in the day-of-month field (a single value, either end of a range, a list item) outside
1-31. Typical: `0` (days start at 1).

## Why is this bad?
cron rejects the line ("bad day-of-month"), and Debian's cron then ignores every entry of the file.
Under Debian a range end out of bounds is an error even with a step (`5-64/30`); cronie checks
only the values the step generates.

## Example
    0 6 0 * * /opt/billing/invoice.sh

## Use instead
    0 6 1 * * /opt/billing/invoice.sh)doc";

void check(lint::RuleContext& ctx) {
  ctx.report_parser_diagnostics();
}

}  // namespace

extern const lint::Rule dom_out_of_range{
    {.id = "dom-out-of-range",
     .severity = Severity::error,
     .category = lint::Category::syntax,
     .summary = "a day-of-month value is outside 1-31: cron rejects the line",
     .doc = doc},
    check};

}  // namespace cronkit::rules
