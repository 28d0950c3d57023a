// dow-sunday-7: day-of-week 7 is Sunday in Vixie cron and cronie, not everywhere.

#include <fmt/format.h>

#include <algorithm>

#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a literal `7` in the day-of-week field: a single value, a range end or a list item.

## Why is this bad?
Vixie cron, Debian's cron and cronie read 7 as Sunday (and set both 0 and 7), but some crons
(older and commercial Unix systems, some libraries) accept only 0-6, so the crontab does not
move. In `0,7` the 7 is a redundant duplicate.

## Example
    0 4 * * 7 /usr/local/bin/weekly-backup.sh

## Use instead
    0 4 * * 0 /usr/local/bin/weekly-backup.sh

(or `sun`).)doc";

// Whether a number written in an item (before any step) is 7: `7`, `07`, `5-7`, `7-7/2`.
bool mentions_seven(std::string_view text) {
  // Items are a few bytes long: a loop, not a call of memchr.
  if (std::find(text.begin(), text.end(), '7') == text.end()) return false;
  text = text.substr(0, text.find('/'));
  while (!text.empty()) {
    std::size_t dash = text.find('-');
    std::string_view number = text.substr(0, dash);
    while (number.size() > 1 && number.front() == '0') number.remove_prefix(1);
    if (number == "7") return true;
    if (dash == std::string_view::npos) break;
    text.remove_prefix(dash + 1);
  }
  return false;
}

void check(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.special || !ctx.schedule_is_trusted(entry)) return;
  const Field& dow = entry.fields[4];
  bool has_sunday_as_zero = false;
  for (const FieldItem& item : dow.items()) {
    if (item.kind == FieldItem::Kind::value && item.first == 0) has_sunday_as_zero = true;
  }
  for (const FieldItem& item : dow.items()) {
    if (item.kind == FieldItem::Kind::star || !mentions_seven(item.text())) continue;
    if (item.kind == FieldItem::Kind::value && has_sunday_as_zero) {
      ctx.report(dow.span_of(item),
                 "day-of-week 7 is Sunday, which 0 already selects: the 7 is "
                 "redundant");
    } else if (item.kind == FieldItem::Kind::value && !item.step()) {
      ctx.report(dow.span_of(item),
                 "day-of-week 7 means Sunday in Vixie cron and cronie, but some crons accept "
                 "only 0-6: write 0 (or sun)",
                 lint::Fix{.span = dow.span_of(item), .replacement = "0", .safe = true});
    } else {
      ctx.report(dow.span_of(item),
                 fmt::format("day-of-week '{}' uses 7 for Sunday: Vixie cron and cronie accept "
                             "it, some crons accept only 0-6",
                             item.text()));
    }
    break;
  }
}

}  // namespace

extern const lint::Rule dow_sunday_7{
    {.id = "dow-sunday-7",
     .severity = Severity::info,
     .category = lint::Category::schedule,
     .summary = "day-of-week 7 for Sunday: not portable beyond Vixie cron and cronie",
     .doc = doc},
    nullptr,
    check};

}  // namespace cronkit::rules
