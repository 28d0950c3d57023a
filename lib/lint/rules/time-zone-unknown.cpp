// time-zone-unknown: a zone given to a schedule in a file (workflow, CronJob, Dagster, Spring,
// Prefect, Airflow timetable) that names no zone.

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "lint/embedded_file.hpp"
#include "lint/rule.hpp"
#include "timezone/timezone.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a zone given to a schedule in a workflow (`timezone:`), a Kubernetes CronJob
(`spec.timeZone`), an EventBridge Scheduler schedule (`ScheduleExpressionTimezone`,
`schedule_expression_timezone`), a Cloud Scheduler job (`time_zone`), a Serverless Framework
schedule (`timezone`), a Dagster schedule (`execution_timezone=`), a Spring `@Scheduled`
(`zone =`), a Prefect deployment (`timezone:`) or an Airflow cron timetable (`timezone=`) that
is not a zone of the IANA tz database: a misspelt name
(`Europe/Berln`), an abbreviation (`CET` is one, `PST` is not), an offset (`+02:00`), and, for
Kubernetes, `Local`.

## Why is this bad?
Kubernetes' validation (`validateTimeZone` in `pkg/apis/batch/validation/validation.go`) loads
the name with Go's `time.LoadLocation` and refuses the CronJob when that fails, and refuses
`Local`, which would mean the controller's zone. GitHub documents `timezone` as an IANA zone
name; EventBridge Scheduler's and Cloud Scheduler's references ask for one too. Dagster and
Prefect check the name when the definition is loaded and refuse it; Spring reads `zone` with
`StringUtils.parseTimeZoneString`, which refuses an ID `java.util.TimeZone` does not know (Java's
own IDs, such as `GMT+5:30` and `PST`, are accepted and not reported). Either way the schedule
does not run in the zone the author meant.

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

// java.util.TimeZone's own IDs, which Spring's `zone` accepts besides the tz database's: a
// custom `GMT+h`, `GMT+hh:mm`, `GMT+hhmm` (Sign Hours [[:] Minutes]), and the three-letter IDs
// of ZoneId.SHORT_IDS.
bool java_time_zone_id(std::string_view zone) {
  static constexpr std::array<std::string_view, 28> short_ids = {
      "ACT", "AET", "AGT", "ART", "AST", "BET", "BST", "CAT", "CNT", "CST",
      "CTT", "EAT", "ECT", "IET", "IST", "JST", "MIT", "NET", "NST", "PLT",
      "PNT", "PRT", "PST", "SST", "VST", "EST", "MST", "HST"};
  if (std::find(short_ids.begin(), short_ids.end(), zone) != short_ids.end()) return true;
  if (!zone.starts_with("GMT") || zone.size() < 5) return false;
  if (zone[3] != '+' && zone[3] != '-') return false;
  const std::string_view offset = zone.substr(4);
  const auto digits = [](std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (const std::size_t colon = offset.find(':'); colon != std::string_view::npos)
    return colon <= 2 && digits(offset.substr(0, colon)) && offset.size() - colon - 1 == 2 &&
           digits(offset.substr(colon + 1));
  return digits(offset) && offset.size() <= 4;
}

// What the system does with a zone it does not know.
std::string_view consequence(embedded::FileKind kind, DialectId dialect) {
  switch (kind) {
    case embedded::FileKind::kubernetes_manifest:
      return ": the API server refuses the CronJob";
    case embedded::FileKind::dagster:
      return ": Dagster refuses the schedule definition (an invalid execution timezone)";
    case embedded::FileKind::spring_scheduled:
      return ": Spring refuses the @Scheduled method when the application starts";
    case embedded::FileKind::prefect_deployment:
      return ": Prefect refuses the schedule (an invalid timezone)";
    case embedded::FileKind::airflow_dag:
      return ": Airflow cannot load the timetable's timezone, and the DAG does not import";
    case embedded::FileKind::github_workflow:
      return ": GitHub expects an IANA zone name";
    default:
      break;
  }
  switch (dialect) {
    case DialectId::eventbridge_scheduler:
      return ": EventBridge Scheduler expects an IANA zone name";
    case DialectId::cloud_scheduler:
      return ": Cloud Scheduler expects a zone name from the tz database";
    default:
      return ": the scheduler expects an IANA zone name";
  }
}

void check(lint::FoundContext& ctx) {
  if (!ctx.found.zone) return;
  const std::string& zone = ctx.found.zone->value;
  const bool kubernetes = ctx.found.kind == embedded::FileKind::kubernetes_manifest;
  if (ctx.found.kind == embedded::FileKind::spring_scheduled && java_time_zone_id(zone)) return;
  if (kubernetes && zone == "Local") {
    ctx.report_zone(
        fmt::format("{} `Local` is the controller's own zone, which the API server "
                    "refuses: name an IANA zone (e.g. Etc/UTC)",
                    ctx.found.zone_key));
    return;
  }
  std::string error;
  if (!zone.empty() && find_zone(zone, error)) return;
  ctx.report_zone(fmt::format("{} `{}` is not a zone of the IANA tz database{}", ctx.found.zone_key,
                              zone, consequence(ctx.found.kind, ctx.found.dialect)));
}

}  // namespace

extern const lint::Rule time_zone_unknown{
    {.id = "time-zone-unknown",
     .severity = Severity::error,
     .category = lint::Category::dst,
     .summary = "a schedule's zone (timezone, timeZone, time_zone, zone, ...) that names no "
                "IANA zone",
     .doc = doc},
    nullptr,
    nullptr,
    check};

}  // namespace cronkit::rules
