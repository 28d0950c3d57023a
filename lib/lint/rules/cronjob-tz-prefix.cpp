// cronjob-tz-prefix: `CRON_TZ=` or `TZ=` in a CronJob's schedule, which the API server refuses.

#include <fmt/format.h>

#include "lint/embedded_file.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a Kubernetes CronJob whose `spec.schedule` contains `TZ`, as in the `CRON_TZ=` and `TZ=`
prefixes of the robfig/cron library that Kubernetes parses schedules with.

## Why is this bad?
The prefix was never a supported way to give a CronJob a zone. Since Kubernetes 1.29 the API
server's validation (`validateScheduleFormat` in `pkg/apis/batch/validation/validation.go`)
refuses to create a CronJob whose schedule contains `TZ`, with "cannot use TZ or CRON_TZ in
schedule, use timeZone field instead"; a CronJob created earlier can still be updated, with a
warning. A manifest with the prefix cannot be applied to a new cluster.

## Example
<!-- cronlint: --kind=kubernetes-manifest -->
    kind: CronJob
    spec:
      schedule: "CRON_TZ=Europe/Berlin 30 2 * * *"

## Use instead
<!-- cronlint: --kind=kubernetes-manifest -->
    kind: CronJob
    spec:
      schedule: "30 2 * * *"
      timeZone: Europe/Berlin)doc";

void check(lint::FoundContext& ctx) {
  if (ctx.found.kind != embedded::FileKind::kubernetes_manifest) return;
  const std::string& schedule = ctx.found.expression.value;
  const std::size_t at = schedule.find("TZ");
  if (at == std::string::npos) return;
  // The prefix as written, up to its first blank, when the schedule starts with one.
  const std::size_t start = schedule.find_first_not_of(" \t");
  const bool prefix = start != std::string::npos && (schedule.compare(start, 3, "TZ=") == 0 ||
                                                     schedule.compare(start, 8, "CRON_TZ=") == 0);
  std::size_t begin = at, end = at + 2;
  std::string advice = "give the zone in spec.timeZone instead";
  if (prefix) {
    begin = start;
    end = std::min(schedule.find_first_of(" \t", start), schedule.size());
    const std::size_t equals = schedule.find('=', start);
    const std::string zone = schedule.substr(equals + 1, end - equals - 1);
    const std::size_t rest = schedule.find_first_not_of(" \t", end);
    advice = fmt::format("write `timeZone: {}` in spec and `schedule: \"{}\"`", zone,
                         rest == std::string::npos ? std::string() : schedule.substr(rest));
  }
  ctx.report(begin, end,
             fmt::format("the API server refuses to create a CronJob whose schedule contains TZ "
                         "(Kubernetes 1.29 and later: \"cannot use TZ or CRON_TZ in schedule, use "
                         "timeZone field instead\"); {}",
                         advice));
}

}  // namespace

extern const lint::Rule cronjob_tz_prefix{
    {.id = "cronjob-tz-prefix",
     .severity = Severity::error,
     .category = lint::Category::syntax,
     .summary = "CRON_TZ= or TZ= in a CronJob's schedule, which the API server refuses",
     .doc = doc},
    nullptr,
    nullptr,
    check};

}  // namespace cronkit::rules
