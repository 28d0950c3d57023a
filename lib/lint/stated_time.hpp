#pragma once
// What a comment or a description says about when a job runs, read only where the words leave no
// doubt: a time of day ("11pm", "23:00", "9:30 AM", "midnight", "noon"), how often ("hourly",
// "daily"), and a local zone that observes daylight saving time ("Eastern", "PST", "CET",
// "local time"), with the IANA zone it means. The rules that compare such words with a schedule
// read them from here, and only from here.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cronkit {
struct Schedule;
}

namespace cronkit::lint {

struct TimeOfDay {
  int hour = 0;  // 0-23
  int minute = 0;
  std::string written;  // as the text writes it ("11pm")
};

struct StatedTimes {
  // Every time of day that the text states as the time something runs ("at 11pm", "11pm daily",
  // a text that starts with "23:00"); a time after "after", "before", "until", "between" and
  // similar relative words makes the text unusable and this empty.
  std::vector<TimeOfDay> times;
  // A zone named next to the times: "UTC"/"GMT" without an offset, or a local zone.
  bool says_utc = false;
  std::optional<std::string> local_zone;  // as written ("Eastern", "PST", "local time")
  // The IANA zone of the place that local_zone names ("America/New_York" for "EST", "Eastern
  // time" and "9am Eastern"); nothing for "local time", which does not say whose.
  std::optional<std::string> local_zone_id;
  // The text deals with both seasons: it names the standard and the daylight-saving abbreviation
  // of one zone ("9am EST / 10am EDT"), or says "summer", "winter" or "DST".
  bool mentions_seasons = false;
  std::optional<std::string> other_zone;  // an offset or a zone of no daylight saving ("UTC+2")
  // How often, from the words "hourly" / "every hour" and "daily" / "every day" / "nightly";
  // nothing when the text says both or neither, or says "times" or "twice".
  enum class Frequency { hourly, daily };
  std::optional<Frequency> frequency;
};

StatedTimes read_stated_times(std::string_view text);

// Whether a name ("HourlyCleanupRule", "hourly-sync", "daily_report") has the word "hourly" or
// "daily" in it, split at non-letters and at lower-to-upper case changes.
std::optional<StatedTimes::Frequency> frequency_in_name(std::string_view name);

// The schedule's first time of day, to compare with a stated time: its lowest hour and minute,
// in minutes after midnight; nothing when either set is empty (a rate(), an at(), @reboot).
std::optional<int> first_minute_of_day(const Schedule& schedule);

// "13:00 UTC is 05:00 PST in winter and 06:00 PDT in summer" without its subject: the UTC time
// of day `minute_of_day` in `zone` (an IANA name, such as StatedTimes::local_zone_id) under the
// zone's standard offset and under its daylight-saving offset, from the zone database's current
// rules; nothing for an unknown zone or one without daylight saving time.
std::optional<std::string> utc_time_in_both_seasons(int minute_of_day, std::string_view zone);

}  // namespace cronkit::lint
