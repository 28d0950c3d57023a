#pragma once
// What a comment or a description says about when a job runs, read only where the words leave no
// doubt: a time of day ("11pm", "23:00", "9:30 AM", "midnight", "noon"), how often ("hourly",
// "daily"), and a local zone that observes daylight saving time ("Eastern", "PST", "CET",
// "local time"). The rules that compare such words with a schedule read them from here.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

}  // namespace cronkit::lint
