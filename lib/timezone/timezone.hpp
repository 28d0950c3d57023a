#pragma once
// Time zones and timestamps as cronkit's tools read and write them: zones by IANA name from the
// system's tz database, RFC 3339 timestamps, and the local-time forms people type on a command
// line ("2026-03-08", "2026-03-08T01:59", "2026-03-08 01:59").
//
// Local times that a zone skips or repeats are resolved like this (documented in cronsim --help):
//   - a time inside a gap (02:30 on a spring-forward day) means the first instant after the
//     jump (03:00 in the new offset): the earliest moment at which the clock shows a later time;
//   - a time inside a repeated interval (01:30 on a fall-back day) means its earlier occurrence.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>
#include <date/tz.h>

namespace cronkit {

// A zone by IANA name ("America/New_York", "UTC"), or nullptr with `error` set to a sentence
// naming the value ("unknown time zone 'Mars/Olympus'"). Never throws.
const date::time_zone* find_zone(std::string_view name, std::string& error);

// Why Go's time.LoadLocation (go/src/time/zoneinfo_read.go, loadLocation) fails for a name that
// find_zone() does not know, in Go's words: it reads /usr/share/zoneinfo/NAME and reports the
// first error that is not "no such file" ("not a directory", "is a directory", "malformed time
// zone information"), else "unknown time zone NAME". For a file Go could load but cronkit's zone
// database lacks, says so instead.
std::string go_load_location_error(std::string_view name);

// The zone the cron daemon would run in: $TZ when set ("" means UTC, a leading ':' and a
// /usr/share/zoneinfo/ prefix are accepted as the C library does), else the system's zone
// (/etc/localtime). nullptr with `error` set when neither names a known zone.
const date::time_zone* default_zone(std::string& error);

// "2026-03-08T03:00:00-04:00"; "Z" instead of "+00:00" when the zone calls the offset UTC.
// Offsets that are not whole minutes (local mean time before 1900) are shown rounded toward
// zero to the minute and the local time is shown in that offset, so the text still names the
// exact instant.
std::string format_rfc3339(date::sys_seconds instant, const date::time_zone& zone);

// Appends format_rfc3339(instant, zone) to `out` without allocating per call: remembers the
// offset period of the last instant, so formatting a long ordered list costs one tz lookup per
// offset change. Not thread-safe (one per thread).
class Rfc3339Writer {
 public:
  explicit Rfc3339Writer(const date::time_zone& zone) : zone_(&zone) {}
  void append(std::string& out, date::sys_seconds instant);
  // The UTC offset in force at `instant` (cached like append()).
  std::chrono::seconds offset_at(date::sys_seconds instant);

 private:
  const date::sys_info& info_at(date::sys_seconds instant);
  const date::time_zone* zone_;
  date::sys_info info_{};
  bool has_info_ = false;
  bool utc_ = false;
};

// "20260308T070000Z": the UTC form iCalendar uses for DTSTART and DTSTAMP.
std::string format_ical_utc(date::sys_seconds instant);

// Parses a TIME argument: RFC 3339 with an offset or Z (seconds optional, fractions rounded up
// to the next second), or a local time in `zone`: "YYYY-MM-DD" (midnight), "YYYY-MM-DDTHH:MM",
// "YYYY-MM-DD HH:MM", each optionally with ":SS". Years 0001-9999. On failure nothing, with
// `error` set to a sentence naming the value and what is wrong with it.
std::optional<date::sys_seconds> parse_time(std::string_view text, const date::time_zone& zone,
                                            std::string& error);

// The instant a local wall-clock time names in `zone`, resolved as described at the top.
date::sys_seconds resolve_local_time(date::local_seconds local, const date::time_zone& zone);

// The same wall-clock time `days` calendar days later in `zone` (across a DST change a week is
// 167 or 169 hours), resolved as above when that time does not exist or exists twice.
date::sys_seconds add_local_days(date::sys_seconds instant, int days, const date::time_zone& zone);

}  // namespace cronkit
