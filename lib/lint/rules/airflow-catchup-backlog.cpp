// airflow-catchup-backlog: an Airflow DAG written with catchup=True and a start_date so far back
// that its first deployment starts with a backlog of runs.

#include <date/date.h>
#include <date/tz.h>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <string>

#include "lint/embedded_file.hpp"
#include "lint/rule.hpp"
#include "sim/simulate.hpp"
#include "timezone/timezone.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds an Airflow DAG with `catchup=True` written in it, a cron schedule, and a literal
`start_date` (`datetime(2020, 1, 1)`, `pendulum.datetime(2021, 6, 1, tz="UTC")`, or the
`"start_date"` of its `default_args`) so far before now that at least 100 runs fall due in
between. The runs are counted with Airflow's own schedule clock (as
`cronsim --dialect airflow` lists them), from the start_date to the instant cronlint runs, or to
`--from TIME`, and to the DAG's `end_date` when that comes first; the message gives both dates.

## Why is this bad?
With catchup, the scheduler creates a run for every interval between the start_date and now that
has none, oldest first, as soon as the DAG is first deployed (or deployed again under a new
dag_id): a start_date copied from an example or written years ago turns into hundreds or
thousands of runs that hold the DAG's active-run slots before the run for the current interval
starts, and each of them runs the tasks against old data. It may be the backfill the author
wants, so the finding is advice: move the start_date to shortly before the first deployment, set
`catchup=False`, or keep it and run the backfill deliberately (`airflow dags backfill`). The
file cannot say whether the DAG was deployed long ago (then there is no backlog left).

No finding is made when `catchup` is not written: its default is the deployment's
`[scheduler] catchup_by_default` setting (True up to Airflow 2, False from Airflow 3), which the
DAG file does not show. A start_date that is not a literal (`days_ago(2)`, `datetime.now()`, a
variable) and an `end_date` that is not one are not guessed: no finding.

## Example
<!-- cronlint: --kind=airflow-dag --from=2026-12-05T00:00:00Z -->
    from datetime import datetime
    from airflow import DAG
    with DAG("nightly_export", schedule="0 3 * * *", start_date=datetime(2020, 1, 1),
             catchup=True):
        pass

## Use instead
<!-- cronlint: --kind=airflow-dag --from=2026-12-05T00:00:00Z -->
    from datetime import datetime
    from airflow import DAG
    with DAG("nightly_export", schedule="0 3 * * *", start_date=datetime(2026, 12, 1),
             catchup=True):
        pass)doc";

// Fewer runs than this are an ordinary catchup of a DAG deployed shortly after its start_date.
constexpr std::size_t reported_runs = 100;
// Counting stops here: the message says "more than".
constexpr std::size_t counted_runs = 100'000;

// The instant a literal date stands for in `zone` (an earlier offset for a repeated time).
date::sys_seconds instant(const embedded::FoundDateTime& when, const date::time_zone& zone) {
  const date::local_seconds local =
      date::local_days{date::year{when.year} / date::month{when.month} / date::day{when.day}} +
      std::chrono::hours{when.hour} + std::chrono::minutes{when.minute} +
      std::chrono::seconds{when.second};
  return zone.to_sys(local, date::choose::earliest);
}

std::string day_text(date::sys_seconds when, const date::time_zone& zone) {
  return date::format("%F", date::make_zoned(&zone, when).get_local_time());
}

void check(lint::FoundContext& ctx) {
  if (ctx.found.kind != embedded::FileKind::airflow_dag || !ctx.found.dag_runs || !ctx.options ||
      !ctx.options->reference_time || !ctx.parsed.ok())
    return;
  const embedded::FoundDagRuns& runs = *ctx.found.dag_runs;
  if (!runs.catchup || runs.catchup->value != "True" || !runs.start_date || runs.end_date_unknown)
    return;
  const Schedule& schedule = ctx.parsed.schedule;
  if (schedule.at_reboot || schedule.is_rate_or_one_time() || schedule.never_fires()) return;
  // A cron timetable's own zone, else the start_date's; a naive start_date is read in Airflow's
  // default_timezone, UTC unless the deployment changes it.
  const std::string zone_name = ctx.found.zone                   ? ctx.found.zone->value
                                : !runs.start_date->zone.empty() ? runs.start_date->zone
                                                                 : std::string("UTC");
  std::string error;
  const date::time_zone* zone = find_zone(zone_name, error);
  if (!zone) return;
  const date::sys_seconds start = instant(*runs.start_date, *zone);
  date::sys_seconds end = *ctx.options->reference_time;
  if (runs.end_date) end = std::min(end, instant(*runs.end_date, *zone));
  if (start >= end) return;

  const SimJob job{schedule, nullptr};
  SimOptions options;
  options.zone = zone;
  options.dialect = DialectId::airflow;
  options.from = start;
  options.to = end;
  options.count = counted_runs + 1;
  std::size_t count = 0;
  simulate(std::span<const SimJob>(&job, 1), options,
           [&](std::span<const Firing> firings) { count += firings.size(); });
  if (count < reported_runs) return;

  const std::string counted =
      count > counted_runs ? fmt::format("more than {}", counted_runs) : fmt::format("{}", count);
  const bool ends_early = runs.end_date && end < *ctx.options->reference_time;
  ctx.report_value(
      *runs.catchup,
      fmt::format("{} has catchup=True and start_date {}: `{}` falls due {} times between {} and "
                  "{} ({}{}): deployed now, the scheduler creates a run for each interval "
                  "between those dates, oldest first, before the current one; set "
                  "catchup=False or a recent start_date unless this backfill is wanted",
                  ctx.found.owner, day_text(start, *zone), ctx.found.expression.value, counted,
                  day_text(start, *zone), day_text(end, *zone), zone_name,
                  ends_early ? ", its end_date" : ""));
}

}  // namespace

extern const lint::Rule airflow_catchup_backlog{
    {.id = "airflow-catchup-backlog",
     .severity = Severity::info,
     .category = lint::Category::schedule,
     .summary = "an Airflow DAG with catchup=True and a start_date 100 or more runs back: a "
                "backlog on first deploy",
     .doc = doc},
    nullptr,
    nullptr,
    check};

}  // namespace cronkit::rules
