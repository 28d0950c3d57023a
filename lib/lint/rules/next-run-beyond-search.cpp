// next-run-beyond-search: a schedule whose runs lie further apart than the scheduler searches
// for the next one (robfig/cron, Kubernetes: five years), so that it stops for good.

#include <date/date.h>
#include <date/tz.h>
#include <fmt/format.h>

#include <array>
#include <string>

#include "lint/expression.hpp"
#include "lint/rule.hpp"
#include "sim/simulate.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a Kubernetes schedule with two consecutive runs more than five years apart, such as
`0 0 29 2 *` (February 29): after the leap day of 2096 the next one is in 2104, because 2100 is
not a leap year. It is decided with the scheduler's own clock (robfig/cron's `Next`, as
`cronsim --dialect kubernetes` runs it), at the one place such a gap can fall: the turn of a
century that is not a leap year.

## Why is this bad?
The CronJob controller asks robfig/cron v3 for the run after the last one, and robfig gives up
once its search passes the year five years after where it started: it answers "no next run",
and the CronJob never runs again, even when a later date matches. Nothing reports it.

## Example
<!-- cronlint: --dialect=kubernetes --expr -->
    0 0 29 2 *

## Use instead
<!-- cronlint: --dialect=kubernetes --expr -->
    0 0 28 2 *

## Notes
The same schedule in a crontab runs every leap day: Vixie cron matches each minute and never
searches ahead. Other schedulers search further (Quartz a hundred years, croniter fifty) and
are not reported.)doc";

std::string minute_text(LocalMinute minute) {
  const auto day = date::floor<date::days>(minute);
  const date::hh_mm_ss<std::chrono::minutes> time{minute - day};
  return fmt::format("{} {:02}:{:02}", date::format("%F", date::year_month_day{day}),
                     time.hours().count(), time.minutes().count());
}

void check_expression(lint::ExpressionContext& ctx) {
  if (ctx.dialect.clock != ClockModel::robfig_spec_next) return;
  const Schedule& schedule = ctx.parsed.schedule;
  if (schedule.at_reboot || schedule.is_rate_or_one_time() || schedule.never_fires()) return;
  const date::time_zone* utc = date::locate_zone("UTC");
  // A month day recurs every year and a weekday every week; only February 29 can be more than
  // five years away, across a century year that is not a leap year (2100, 2200, 2300): the
  // first one is enough, the pattern repeats.
  for (const int century : std::array{2100, 2200, 2300}) {
    const LocalMinute turn{date::local_days{date::year{century} / 3 / 1}};
    const std::optional<LocalMinute> last = schedule.previous_match(turn);
    if (!last) continue;
    const std::optional<LocalMinute> next = schedule.next_match(*last);
    if (!next) continue;
    const int last_year =
        static_cast<int>(date::year_month_day{date::floor<date::days>(*last)}.year());
    const int next_year =
        static_cast<int>(date::year_month_day{date::floor<date::days>(*next)}.year());
    if (next_year <= last_year + 5) continue;
    // What robfig's Next answers after that run: nothing, where the calendar has the next one.
    const SimJob job{schedule, nullptr};
    SimOptions options;
    options.zone = utc;
    options.dialect = ctx.dialect.id;
    options.from = date::sys_seconds{last->time_since_epoch() + std::chrono::minutes{1}};
    options.to = date::sys_seconds{next->time_since_epoch() + std::chrono::hours{24}};
    options.count = 1;
    if (!simulate(std::span<const SimJob>(&job, 1), options).empty()) return;
    ctx.report(0, ctx.parsed.text().size(),
               fmt::format("{} (robfig/cron) searches at most five years ahead for the next run: "
                           "after the run at {} the next match is {}, {} years later, so it "
                           "finds none and the job never runs again",
                           ctx.dialect.daemon, minute_text(*last), minute_text(*next),
                           next_year - last_year));
    return;
  }
}

}  // namespace

extern const lint::Rule next_run_beyond_search{
    {.id = "next-run-beyond-search",
     .severity = Severity::info,
     .category = lint::Category::schedule,
     .summary = "runs over five years apart: Kubernetes (robfig/cron) stops looking and never "
                "runs it again",
     .doc = doc},
    nullptr,
    nullptr,
    nullptr,
    check_expression};

}  // namespace cronkit::rules
