// time-zone-unknown: a workflow's `timezone` or a CronJob's `spec.timeZone` that names no zone.

#include <fmt/format.h>

#include "lint/embedded_file.hpp"
#include "lint/rule.hpp"
#include "timezone/timezone.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a zone given to a schedule in a workflow (`timezone:`), a Kubernetes CronJob
(`spec.timeZone`), an EventBridge Scheduler schedule (`ScheduleExpressionTimezone`,
`schedule_expression_timezone`), a Cloud Scheduler job (`time_zone`) or a Serverless Framework
schedule (`timezone`) that is not a zone of the IANA tz database: a misspelt name
(`Europe/Berln`), an abbreviation (`CET` is one, `PST` is not), an offset (`+02:00`), and, for
Kubernetes, `Local`.

## Why is this bad?
Kubernetes' validation (`validateTimeZone` in `pkg/apis/batch/validation/validation.go`) loads
the name with Go's `time.LoadLocation` and refuses the CronJob when that fails, and refuses
`Local`, which would mean the controller's zone. GitHub documents `timezone` as an IANA zone
name; EventBridge Scheduler's and Cloud Scheduler's references ask for one too. Either way the
schedule does not run in the zone the author meant.

## Example
<!-- cronlint: --kind=kubernetes-manifest -->
    kind: CronJob
    spec:
      schedule: "30 2 * * *"
      timeZone: Europe/Berln

## Use instead
<!-- cronlint: --kind=kubernetes-manifest -->
    kind: CronJob
    spec:
      schedule: "30 2 * * *"
      timeZone: Europe/Berlin)doc";

void check(lint::FoundContext& ctx) {
  if (!ctx.found.zone) return;
  const std::string& zone = ctx.found.zone->value;
  const bool kubernetes = ctx.found.kind == embedded::FileKind::kubernetes_manifest;
  if (kubernetes && zone == "Local") {
    ctx.report_zone(
        fmt::format("{} `Local` is the controller's own zone, which the API server "
                    "refuses: name an IANA zone (e.g. Etc/UTC)",
                    ctx.found.zone_key));
    return;
  }
  std::string error;
  if (!zone.empty() && find_zone(zone, error)) return;
  // Who takes the name, for the message.
  std::string_view consequence = ": the scheduler expects an IANA zone name";
  if (kubernetes) {
    consequence = ": the API server refuses the CronJob";
  } else if (ctx.found.kind == embedded::FileKind::github_workflow) {
    consequence = ": GitHub expects an IANA zone name";
  } else if (ctx.found.dialect == DialectId::eventbridge_scheduler) {
    consequence = ": EventBridge Scheduler expects an IANA zone name";
  } else if (ctx.found.dialect == DialectId::cloud_scheduler) {
    consequence = ": Cloud Scheduler expects a zone name from the tz database";
  }
  ctx.report_zone(fmt::format("{} `{}` is not a zone of the IANA tz database{}", ctx.found.zone_key,
                              zone, consequence));
}

}  // namespace

extern const lint::Rule time_zone_unknown{
    {.id = "time-zone-unknown",
     .severity = Severity::error,
     .category = lint::Category::dst,
     .summary = "a zone given to a schedule (timezone, spec.timeZone, time_zone, ...) that names "
                "no IANA zone",
     .doc = doc},
    nullptr,
    nullptr,
    check};

}  // namespace cronkit::rules
