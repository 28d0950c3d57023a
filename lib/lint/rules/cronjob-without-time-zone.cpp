// cronjob-without-time-zone: a Kubernetes CronJob that runs in the controller's zone.

#include <fmt/format.h>

#include "lint/embedded_file.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a Kubernetes CronJob without `spec.timeZone` (and without a `TZ=` prefix in its schedule,
which `cronjob-tz-prefix` reports).

## Why is this bad?
Without `spec.timeZone` the schedule is read in the local zone of the kube-controller-manager
process, which is whatever the control plane's machine or container was set up with (the
Kubernetes documentation's caution box on CronJobs). The same manifest runs at different
instants on different clusters, and moves by an hour twice a year on a control plane whose zone
has daylight saving time. `spec.timeZone` (stable since Kubernetes 1.27) says which zone is
meant.

## Example
<!-- cronlint: --kind=kubernetes-manifest -->
    kind: CronJob
    spec:
      schedule: "30 2 * * *"

## Use instead
<!-- cronlint: --kind=kubernetes-manifest -->
    kind: CronJob
    spec:
      schedule: "30 2 * * *"
      timeZone: Etc/UTC)doc";

void check(lint::FoundContext& ctx) {
  if (ctx.found.kind != embedded::FileKind::kubernetes_manifest || ctx.found.zone) return;
  if (ctx.parsed.zone_name || !ctx.parsed.ok()) return;
  ctx.report(0, ctx.found.expression.value.size(),
             fmt::format("{} has no spec.timeZone: `{}` runs in the zone of the "
                         "kube-controller-manager, which depends on how the cluster was set up; "
                         "set spec.timeZone (e.g. Etc/UTC)",
                         ctx.found.owner, ctx.found.expression.value));
}

}  // namespace

extern const lint::Rule cronjob_without_time_zone{
    {.id = "cronjob-without-time-zone",
     .severity = Severity::info,
     .category = lint::Category::dst,
     .summary = "a Kubernetes CronJob without spec.timeZone runs in the controller's zone",
     .doc = doc},
    nullptr,
    nullptr,
    check};

}  // namespace cronkit::rules
