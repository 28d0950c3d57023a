// too-frequent: a job that runs every minute around the clock.

#include <fmt/format.h>

#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds entries that run every minute of every hour (`* * * * *`, `*/1 * * * *`, `0-59 * * * *`),
whatever their day fields say.

## Why is this bad?
That is 1440 runs a day. For a job that calls an API it is a cost and rate-limit risk, and any
run that takes longer than a minute overlaps the next one (see `no-overlap-lock`). It is often a
placeholder left over from testing.

## Example
    * * * * * /opt/llm/classify-tickets.sh

## Use instead
    */10 * * * * flock -n /run/lock/classify.lock /opt/llm/classify-tickets.sh)doc";

void check(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.special || !ctx.schedule_is_trusted(entry)) return;
  if (!entry.schedule.minutes.all() || !entry.schedule.hours.all()) return;
  ctx.report(lint::join_spans(entry.fields[0].span(), entry.fields[1].span()),
             "the job runs every minute, 1440 times a day: is this a placeholder from testing?");
}

}  // namespace

extern const lint::Rule too_frequent{{.id = "too-frequent",
                                      .severity = Severity::warning,
                                      .category = lint::Category::schedule,
                                      .summary = "a job that runs every minute, around the clock",
                                      .doc = doc,
                                      .default_enabled = false},
                                     nullptr,
                                     check};

}  // namespace cronkit::rules
