#pragma once
// The options several tools share, declared and resolved in one place: --dialect, --tz and
// --from. Each tool words what the option means for it; the value names, the checks and the
// error messages are the same everywhere.

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

#include <date/tz.h>

#include "dialect/dialect.hpp"

namespace cronkit::tool {

// --dialect NAME: debian (the default), cronie, bsd, busybox, supercronic or systemd-cron.
struct DialectOption {
  std::string name = "debian";
  DialectId id() const;
};
CLI::Option* add_dialect_option(CLI::App& app, DialectOption& dialect);
// Why a tool cannot read a crontab file for this dialect (a scheduler that takes one expression,
// Dialect::reads_crontab_files), and what to run instead; nothing when it reads crontabs.
std::optional<std::string> crontab_files_refusal(DialectId dialect);

// --tz ZONE and --from TIME. `tz_help` and `from_help` say what they mean for the tool.
CLI::Option* add_tz_option(CLI::App& app, std::string& tz, const std::string& tz_help);
CLI::Option* add_from_option(CLI::App& app, std::string& from, const std::string& from_help);

// The zone named by --tz, or the zone the cron daemon runs in when --tz is not given ($TZ,
// else the system's). nullptr with `error` set ("--tz: unknown time zone ...") when neither is
// a known zone.
const date::time_zone* resolve_zone(const std::string& tz, std::string& error);

// The instant named by --from in `zone`, or now rounded up to the minute (the first minute
// cron can still start a job at) when --from is not given. Nothing with `error` set
// ("--from: invalid time ...") when the text is not a time.
std::optional<date::sys_seconds> resolve_from(const std::string& from, const date::time_zone& zone,
                                              std::string& error);

}  // namespace cronkit::tool
