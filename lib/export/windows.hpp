#pragma once
// A crontab as Windows Task Scheduler 2.0 tasks (the task XML `schtasks /create /xml FILE /tn
// NAME` registers), one task per entry, and a verdict on how exactly they reproduce cron.
//
// A task starts at the times of its triggers (at most 48). A calendar trigger fires once a day on
// the days of its schedule (every day, days of the month, weekdays, weekdays of the months) at the
// time of its StartBoundary, and again every Interval within a Duration (Repetition). So the
// schedule's times of day are split into arithmetic runs (one trigger each), times the day kinds
// (two where cron ORs the day fields). The settings are cron's: a second copy may start while one
// runs (Parallel), batteries and idleness do not stop a job, nothing is caught up, nothing is
// killed. What Task Scheduler cannot do is reported: standard input, mail, the variables (except
// through WSL), sh's syntax (cmd.exe and PowerShell), daylight-saving hours (Microsoft documents
// nothing about them). Sources: docs/export.md.

#include <optional>
#include <string>
#include <vector>

#include <date/date.h>
#include <date/tz.h>

#include "ast/ast.hpp"
#include "export/export.hpp"

namespace cronkit::exporter {

// What runs the command on Windows.
enum class WindowsShell {
  wsl,         // wsl.exe: the job's own shell (SHELL) in the Linux of WSL, with the variables
  cmd,         // cmd.exe /c: Windows' command interpreter, which does not read sh's syntax
  powershell,  // powershell.exe -Command
};
std::optional<WindowsShell> windows_shell_from_name(std::string_view name);

struct WindowsExportOptions {
  std::string crontab_name;
  // The zone cron runs in, when known: runs in its daylight-saving gaps and repeated hours are
  // reported. The task itself has no zone: it runs in the Windows host's.
  const date::time_zone* zone = nullptr;
  std::optional<std::string> owner;  // whose user crontab this is
  date::sys_seconds from;            // the triggers start on this day; the year compared starts
  WindowsShell shell = WindowsShell::wsl;
};

std::vector<EntryExport> export_windows(const Crontab& crontab,
                                        const WindowsExportOptions& options);

// `text` as one argument of a Windows command line, as CommandLineToArgvW reads it back: in
// double quotes, a `"` as `\"`, and backslashes doubled only before a quote.
std::string windows_argument(std::string_view text);

}  // namespace cronkit::exporter
