// reboot-caveats: @reboot runs early at boot, and differs between crons.

#include <fmt/format.h>

#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Reports every `@reboot` job.

## Why is this bad?
`@reboot` runs when the cron daemon starts at boot, possibly before the network, mounts or
databases are up. Debian's cron and cronie run it only at boot, but Vixie cron and FreeBSD also
run it on every restart of the daemon; supercronic does not support it. Services belong in
systemd units with proper dependencies.

## Example
    @reboot /opt/llm/start-worker.sh

## Use instead
A systemd unit with `After=network-online.target`, or at least (still reported: every `@reboot`
job is; suppress the finding once the job copes with an early start)
<!-- cronlint: still-reported -->

    @reboot sleep 60 && /opt/llm/start-worker.sh >> /var/log/llm-worker.log 2>&1)doc";

void check_entry(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.special != Special::reboot) return;
  ctx.report(entry.special_span(),
             fmt::format("@reboot runs once when {} starts at boot (not when the daemon is "
                         "restarted), possibly before the network, mounts and databases are "
                         "up; a systemd unit with dependencies is more reliable",
                         ctx.dialect.daemon));
}

}  // namespace

extern const lint::Rule reboot_caveats{
    {.id = "reboot-caveats",
     .severity = Severity::info,
     .category = lint::Category::schedule,
     .summary = "@reboot runs early at boot and differs between crons",
     .doc = doc},
    nullptr,
    check_entry};

}  // namespace cronkit::rules
