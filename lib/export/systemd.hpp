#pragma once
// A crontab as systemd units: for each entry a `.timer` (when) and a `.service` (what, as whom,
// with which environment and input), and a verdict on how exactly they reproduce cron.
//
// What is exact by construction: the minutes (OnCalendar=, two lines where cron ORs the day
// fields; AccuracySec=1s, since systemd's default lets a timer elapse up to a minute late;
// Persistent=false, since cron never catches up after downtime), the user, the shell and the
// command (ExecStart=SHELL -c COMMAND, quoted for systemd), the job's standard input after `%`
// (StandardInputData=), the crontab's variables and cron's PATH and SHELL (systemd's own
// defaults differ), the working directory (HOME). What is compared rather than assumed: the
// firings across daylight-saving changes, cron's clock against systemd's calendar over a year in
// the zone given (docs/dialects/systemd-cron.md describes systemd's side). What cannot be
// reproduced is reported: mail, @reboot's moment, a second copy started while one still runs.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <date/date.h>
#include <date/tz.h>

#include "ast/ast.hpp"
#include "export/export.hpp"

namespace cronkit::exporter {

struct SystemdExportOptions {
  // The crontab's name in unit names and descriptions ("backup" for /etc/cron.d/backup).
  std::string crontab_name;
  // The zone cron runs in, when known: the timers get it as their zone, and the firings of cron
  // and systemd are compared across its daylight-saving changes. nullptr: the host's zone, which
  // the units then use too, and nothing is compared.
  const date::time_zone* zone = nullptr;
  // Whose crontab a user crontab is (system crontabs name the user on each line).
  std::optional<std::string> owner;
  // The year compared across daylight-saving changes starts here.
  date::sys_seconds from;
};

// One EntryExport per entry of the crontab, in file order (lines cron rejects are not entries:
// the caller reports the parser's errors).
std::vector<EntryExport> export_systemd(const Crontab& crontab,
                                        const SystemdExportOptions& options);

// `text` as one argument of a systemd command line (ExecStart=): in double quotes, with `\`, `"`,
// control characters escaped C-style, `%` written `%%` (a specifier otherwise) and `$` written
// `$$` (a variable otherwise).
std::string systemd_exec_argument(std::string_view text);
// `NAME=value` as one Environment= assignment: in double quotes, escaped like an ExecStart=
// argument except `$`, which Environment= leaves alone.
std::string systemd_environment_assignment(std::string_view name, std::string_view value);

}  // namespace cronkit::exporter
