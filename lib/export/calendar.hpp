#pragma once
// systemd calendar expressions (systemd.time(7), "Calendar Events") that elapse at exactly the
// minutes a cron schedule matches.
//
// One expression is `[WEEKDAYS] YEAR-MONTH-DAY HOUR:MINUTE:SECOND [ZONE]`, and inside it the
// weekday and the day of the month must *both* match. cron ORs the two day fields when both are
// restricted (docs/semantics.md, the day rule), so such a schedule becomes two expressions, one
// per day field; a timer with several OnCalendar= lines elapses when any of them does
// (systemd.timer(5)). Values are written from the schedule's expanded sets, not from the field
// text: `*/7` is `00/7` and `fri-sun` is `Fri..Sun`, whatever cron's spelling was.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schedule/schedule.hpp"

namespace cronkit::exporter {

// The OnCalendar= values for `schedule`, each with ` ZONE` appended when `zone` is not empty.
// Empty for @reboot, for a schedule that never fires, and for gorhill/cronexpr's Quartz day
// items (`L`, `W`, `#`), which have no calendar form: why_no_calendar() says which.
std::vector<std::string> on_calendar(const Schedule& schedule, std::string_view zone);

// Why a schedule has no OnCalendar= form, as a sentence fragment; nothing when it has one.
std::optional<std::string> why_no_calendar(const Schedule& schedule);

}  // namespace cronkit::exporter
