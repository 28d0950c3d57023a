// fires-every-second: a six-field schedule whose seconds field is `*` while its minutes or hours
// are restricted, so that the job runs sixty times in each minute it was meant to run once.

#include <fmt/format.h>

#include "lint/embedded_file.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds an Azure Functions or Spring schedule whose first field, the seconds, takes every second
(`*`, `0-59`, `*/1`) while the minute or the hour is restricted: `* */5 * * * *`,
`* 0 9 * * *`.

## Why is this bad?
Azure's NCRONTAB and Spring's expressions have six fields, seconds first. A crontab habit of
writing `*` in the first field then means "every second": `* */5 * * * *` runs the job sixty
times in a row, every second of minutes 0, 5, 10 and so on, where once every five minutes was
meant. A schedule that runs every second of every minute (`* * * * * *`) says so plainly and is
not reported.

## Example
<!-- cronlint: --kind=spring-scheduled -->
    import org.springframework.scheduling.annotation.Scheduled;
    class Jobs {
      @Scheduled(cron = "* */5 * * * *")
      void poll() {}
    }

## Use instead
<!-- cronlint: --kind=spring-scheduled -->
    import org.springframework.scheduling.annotation.Scheduled;
    class Jobs {
      @Scheduled(cron = "0 */5 * * * *")
      void poll() {}
    })doc";

void check(lint::FoundContext& ctx) {
  const embedded::FileKind kind = ctx.found.kind;
  if (kind != embedded::FileKind::azure_functions && kind != embedded::FileKind::spring_scheduled)
    return;
  if (!ctx.parsed.ok() || ctx.parsed.special) return;
  const Field* second = find_field(ctx.parsed.second_and_year, FieldKind::second);
  const Schedule& schedule = ctx.parsed.schedule;
  if (!second || !schedule.extras().seconds.all()) return;
  if (schedule.minutes.all() && schedule.hours.all()) return;
  const std::string_view system = kind == embedded::FileKind::spring_scheduled ? "Spring" : "Azure";
  const std::string_view expression = ctx.found.expression.value;
  const Span written = second->span();
  const std::size_t rest = written.end;
  ctx.report(written.begin, written.end,
             fmt::format("the seconds field `{}` runs the job every second, 60 times in each "
                         "minute `{}` matches: {}'s first field is the second; `0{}` runs once "
                         "at the start of each of those minutes",
                         second->text(), expression, system,
                         rest <= expression.size() ? expression.substr(rest) : ""));
}

}  // namespace

extern const lint::Rule fires_every_second{
    {.id = "fires-every-second",
     .severity = Severity::warning,
     .category = lint::Category::schedule,
     .summary = "an Azure or Spring seconds field of `*` with restricted minutes or hours: the job "
                "runs every second",
     .doc = doc},
    nullptr,
    nullptr,
    check};

}  // namespace cronkit::rules
