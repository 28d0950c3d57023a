// cronjob-starting-deadline-short: a CronJob whose start deadline is under the 10 seconds the
// Kubernetes documentation asks for.

#include <fmt/format.h>

#include <charconv>

#include "lint/embedded_file.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a Kubernetes CronJob whose `spec.startingDeadlineSeconds` is less than 10.

## Why is this bad?
`startingDeadlineSeconds` is how late, after its scheduled time, the controller may still start
a run; a run it cannot start within that many seconds is skipped and counted as missed. The
CronJob page of the Kubernetes documentation cautions that with a value under 10 seconds the
CronJob may not be scheduled at all, because the CronJob controller checks things every 10
seconds. A deadline of a few seconds leaves no room for a controller that is busy, restarting or
a little late, so runs go missing silently.

There is no finding for a missing `startingDeadlineSeconds` or for a frequent schedule: whether a
controller that was down for more than 100 of a CronJob's schedules still starts it depends on
the Kubernetes release (the current controller starts the most recent run and records a
`TooManyMissedTimes` event), which the manifest does not say.

## Example
<!-- cronlint: --kind=kubernetes-manifest -->
    kind: CronJob
    spec:
      schedule: "*/5 * * * *"
      timeZone: Etc/UTC
      startingDeadlineSeconds: 5

## Use instead
<!-- cronlint: --kind=kubernetes-manifest -->
    kind: CronJob
    spec:
      schedule: "*/5 * * * *"
      timeZone: Etc/UTC
      startingDeadlineSeconds: 60)doc";

void check(lint::FoundContext& ctx) {
  if (ctx.found.kind != embedded::FileKind::kubernetes_manifest ||
      !ctx.found.starting_deadline_seconds)
    return;
  const std::string& value = ctx.found.starting_deadline_seconds->value;
  // Only a whole number of seconds is a deadline; anything else the API server rejects.
  long long seconds = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (error != std::errc() || end != value.data() + value.size() || value.empty() || seconds < 0 ||
      seconds >= 10)
    return;
  ctx.report_value(
      *ctx.found.starting_deadline_seconds,
      fmt::format("{} has startingDeadlineSeconds: {}: a run that cannot start within {} "
                  "second{} of its time is skipped, and the Kubernetes documentation cautions that "
                  "under 10 seconds the CronJob may not be scheduled at all (the controller checks "
                  "every 10 seconds); allow at least 10",
                  ctx.found.owner, value, seconds, seconds == 1 ? "" : "s"));
}

}  // namespace

extern const lint::Rule cronjob_starting_deadline_short{
    {.id = "cronjob-starting-deadline-short",
     .severity = Severity::warning,
     .category = lint::Category::schedule,
     .summary = "a CronJob's startingDeadlineSeconds under 10: runs may never start",
     .doc = doc},
    nullptr,
    nullptr,
    check};

}  // namespace cronkit::rules
