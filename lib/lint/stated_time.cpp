#include "lint/stated_time.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>

#include <date/tz.h>
#include <fmt/format.h>

#include "schedule/schedule.hpp"
#include "timezone/timezone.hpp"

namespace cronkit::lint {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_letter(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0;
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The words of `text` (letters only), as written.
std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_letter(text[i])) ++i;
    const std::size_t start = i;
    while (i < text.size() && is_letter(text[i])) ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

// A name of a zone that observes daylight saving time, and the IANA zone of the place most people
// who write it mean: the evidence of a finding is computed in that zone.
struct DstZoneName {
  std::string_view name;
  std::string_view zone;
};
// Abbreviations of such zones (or of one half of such a zone), matched in capitals only, where
// they cannot be an English word. Not CST (also China's, which has no daylight saving time), MST
// (also Arizona's), AEST (also Queensland's, which has none either) or IST (India's, Ireland's,
// Israel's).
constexpr std::array<DstZoneName, 16> dst_abbreviations = {{
    {"EST", "America/New_York"},
    {"EDT", "America/New_York"},
    {"ET", "America/New_York"},
    {"CDT", "America/Chicago"},
    {"PST", "America/Los_Angeles"},
    {"PDT", "America/Los_Angeles"},
    {"PT", "America/Los_Angeles"},
    {"MDT", "America/Denver"},
    {"CET", "Europe/Paris"},
    {"CEST", "Europe/Paris"},
    {"BST", "Europe/London"},
    {"EET", "Europe/Athens"},
    {"EEST", "Europe/Athens"},
    {"AEDT", "Australia/Sydney"},
    {"NZST", "Pacific/Auckland"},
    {"NZDT", "Pacific/Auckland"},
}};
// Words that name such a zone in any case, when followed by "time" or "standard"/"daylight", or
// when they directly follow a clock time ("6am Pacific").
constexpr std::array<DstZoneName, 4> dst_regions = {{{"eastern", "America/New_York"},
                                                     {"central", "America/Chicago"},
                                                     {"pacific", "America/Los_Angeles"},
                                                     {"mountain", "America/Denver"}}};

const DstZoneName* abbreviation_named(std::string_view word) {
  for (const DstZoneName& entry : dst_abbreviations) {
    if (entry.name == word) return &entry;
  }
  return nullptr;
}
const DstZoneName* region_named(std::string_view low_word) {
  for (const DstZoneName& entry : dst_regions) {
    if (entry.name == low_word) return &entry;
  }
  return nullptr;
}
// Words that make a stated time relative to something else, not the time the job runs.
constexpr std::array relative_words = {"after", "before",  "until", "till",     "between",
                                       "later", "earlier", "ago",   "than",     "previous",
                                       "prior", "instead", "was",   "formerly", "offset"};

// A reference year for the zone's standard and daylight-saving offsets: its current rules, not
// today's date (which the linter is not told).
constexpr int rules_year = 2026;

// "05:00 PST": the UTC time `minute_of_day` in the offset of `info`.
std::string local_clock(int minute_of_day, const date::sys_info& info) {
  const auto offset = std::chrono::duration_cast<std::chrono::minutes>(info.offset).count();
  const long local = ((minute_of_day + offset) % 1440 + 1440) % 1440;
  return fmt::format("{:02}:{:02} {}", local / 60, local % 60, info.abbrev);
}

}  // namespace

StatedTimes read_stated_times(std::string_view text) {
  StatedTimes stated;
  const std::string low = lower(text);
  const std::vector<std::string_view> words = words_of(text);
  std::vector<std::string> low_words;
  for (std::string_view word : words) low_words.push_back(lower(word));
  auto has_word = [&](std::string_view word) {
    return std::find(low_words.begin(), low_words.end(), word) != low_words.end();
  };

  // Zones.
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string_view word = words[k];
    if (const DstZoneName* abbreviation = abbreviation_named(word)) {
      // A second abbreviation of the same zone (EST, then EDT) is its other season.
      if (stated.local_zone_id == abbreviation->zone && stated.local_zone != word &&
          !(word == "ET" || word == "PT" || stated.local_zone == "ET" || stated.local_zone == "PT"))
        stated.mentions_seasons = true;
      stated.local_zone = std::string(word);
      stated.local_zone_id = std::string(abbreviation->zone);
    }
    if (low_words[k] == "summer" || low_words[k] == "winter" || word == "DST")
      stated.mentions_seasons = true;
    const DstZoneName* region = region_named(low_words[k]);
    if (region && k + 1 < words.size() &&
        (low_words[k + 1] == "time" || low_words[k + 1] == "standard" ||
         low_words[k + 1] == "daylight")) {
      stated.local_zone = std::string(word) + " " + std::string(words[k + 1]);
      stated.local_zone_id = std::string(region->zone);
    }
    if (low_words[k] == "local" &&
        (k + 1 >= words.size() || low_words[k + 1] == "time" || low_words[k + 1] == "timezone")) {
      stated.local_zone = k + 1 < words.size() ? "local " + std::string(words[k + 1]) : "local";
      stated.local_zone_id.reset();  // whose local time is not said
    }
  }
  for (std::string_view utc : {"utc", "gmt"}) {
    for (std::size_t at = low.find(utc); at != std::string::npos; at = low.find(utc, at + 1)) {
      if (at > 0 && is_letter(low[at - 1])) continue;
      std::size_t after = at + utc.size();
      if (after < low.size() && is_letter(low[after])) continue;
      while (after < low.size() && low[after] == ' ') ++after;
      if (after < low.size() && (low[after] == '+' || low[after] == '-') &&
          after + 1 < low.size() && is_digit(low[after + 1])) {
        stated.other_zone = std::string(text.substr(at, after + 2 - at));
      } else {
        stated.says_utc = true;
      }
    }
  }

  // Frequency words.
  const bool hourly = has_word("hourly") || low.find("every hour") != std::string::npos;
  const bool daily = has_word("daily") || has_word("nightly") ||
                     low.find("every day") != std::string::npos ||
                     low.find("every night") != std::string::npos;
  if (hourly != daily && !has_word("times") && !has_word("twice"))
    stated.frequency = hourly ? StatedTimes::Frequency::hourly : StatedTimes::Frequency::daily;

  // Times of day.
  const bool relative = std::any_of(relative_words.begin(), relative_words.end(),
                                    [&](std::string_view word) { return has_word(word); });
  auto word_before = [&](std::size_t at) {
    std::size_t end = at;
    while (end > 0 && low[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && (is_letter(low[start - 1]) || low[start - 1] == '@')) --start;
    return std::pair(std::string_view(low).substr(start, end - start), start);
  };
  auto starts_text = [&](std::size_t at) {
    return std::all_of(low.begin(), low.begin() + static_cast<long>(at),
                       [](char c) { return c == ' ' || c == '-' || c == '*'; });
  };
  // A time counts when it is what the text starts with, or follows "at", "@", "daily",
  // "nightly", "runs" or "run".
  auto anchored = [&](std::size_t at) {
    if (starts_text(at)) return true;
    const std::string_view word = word_before(at).first;
    if (word == "at" || word == "@" || word == "daily" || word == "nightly" || word == "runs" ||
        word == "run")
      return true;
    return false;
  };
  auto named = [&](std::string_view name, int hour) {
    for (std::size_t at = low.find(name); at != std::string::npos; at = low.find(name, at + 1)) {
      if ((at > 0 && is_letter(low[at - 1])) ||
          (at + name.size() < low.size() && is_letter(low[at + name.size()])))
        continue;
      if (anchored(at))
        stated.times.push_back({hour, 0, std::string(text.substr(at, name.size()))});
    }
  };
  named("midnight", 0);
  named("noon", 12);
  named("midday", 12);
  for (std::size_t i = 0; i < low.size(); ++i) {
    if (!is_digit(low[i]) ||
        (i > 0 && (is_digit(low[i - 1]) || is_letter(low[i - 1]) || low[i - 1] == ':' ||
                   low[i - 1] == '.' || low[i - 1] == '/' || low[i - 1] == '-')))
      continue;
    std::size_t j = i;
    while (j < low.size() && is_digit(low[j]) && j - i < 3) ++j;
    if (j - i > 2) continue;
    int hour = std::stoi(std::string(low.substr(i, j - i)));
    int minute = 0;
    bool colon = false;
    if (j + 2 < low.size() && low[j] == ':' && is_digit(low[j + 1]) && is_digit(low[j + 2])) {
      // "12:30:00" and "10:305" are not what this reads.
      if (j + 3 < low.size() && (is_digit(low[j + 3]) || low[j + 3] == ':')) continue;
      minute = std::stoi(std::string(low.substr(j + 1, 2)));
      colon = true;
      j += 3;
    }
    std::size_t k = j;
    while (k < low.size() && low[k] == ' ') ++k;
    std::optional<bool> pm;
    for (std::string_view suffix : {"a.m.", "p.m.", "am", "pm"}) {
      if (low.compare(k, suffix.size(), suffix) == 0 &&
          (k + suffix.size() >= low.size() || !is_letter(low[k + suffix.size()]))) {
        pm = suffix[0] == 'p';
        k += suffix.size();
        break;
      }
    }
    if (!pm && !colon) continue;  // "5 minutes", "at 11": not a time, or not clear
    if (minute > 59) continue;
    if (pm) {
      if (hour < 1 || hour > 12) continue;
      hour = hour % 12 + (*pm ? 12 : 0);
    } else if (hour > 23) {
      continue;
    }
    if (!anchored(i)) continue;
    // "6am Pacific": a region's name right after the time names its zone.
    if (!stated.local_zone) {
      std::size_t w = k;
      while (w < low.size() && low[w] == ' ') ++w;
      std::size_t w_end = w;
      while (w_end < low.size() && is_letter(low[w_end])) ++w_end;
      if (const DstZoneName* region = region_named(std::string_view(low).substr(w, w_end - w))) {
        stated.local_zone = std::string(text.substr(w, w_end - w));
        stated.local_zone_id = std::string(region->zone);
      }
    }
    stated.times.push_back({hour, minute, std::string(text.substr(i, (pm ? k : j) - i))});
  }
  if (relative) stated.times.clear();
  return stated;
}

std::optional<StatedTimes::Frequency> frequency_in_name(std::string_view name) {
  std::vector<std::string> parts;
  std::string part;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool boundary = !is_letter(c) || (i > 0 && std::isupper(static_cast<unsigned char>(c)) &&
                                            std::islower(static_cast<unsigned char>(name[i - 1])));
    if (boundary && !part.empty()) {
      parts.push_back(lower(part));
      part.clear();
    }
    if (is_letter(c)) part += c;
  }
  if (!part.empty()) parts.push_back(lower(part));
  const bool hourly = std::find(parts.begin(), parts.end(), "hourly") != parts.end();
  const bool daily = std::find(parts.begin(), parts.end(), "daily") != parts.end() ||
                     std::find(parts.begin(), parts.end(), "nightly") != parts.end();
  if (hourly == daily) return std::nullopt;
  return hourly ? StatedTimes::Frequency::hourly : StatedTimes::Frequency::daily;
}

std::optional<int> first_minute_of_day(const Schedule& schedule) {
  if (schedule.hours.none() || schedule.minutes.none()) return std::nullopt;
  int hour = 0, minute = 0;
  while (!schedule.hours.test(static_cast<std::size_t>(hour))) ++hour;
  while (!schedule.minutes.test(static_cast<std::size_t>(minute))) ++minute;
  return hour * 60 + minute;
}

// "05:00 PST in winter and 06:00 PDT in summer": the UTC time of day in `zone` under its
// standard and its daylight-saving offset; nothing when the zone has no daylight saving time.
std::optional<std::string> utc_time_in_both_seasons(int minute_of_day, std::string_view zone_name) {
  std::string error;
  const date::time_zone* zone = find_zone(zone_name, error);
  if (!zone) return std::nullopt;
  const date::sys_info january =
      zone->get_info(date::sys_days{date::year{rules_year} / date::January / 15});
  const date::sys_info july =
      zone->get_info(date::sys_days{date::year{rules_year} / date::July / 15});
  if ((january.save == std::chrono::minutes{0}) == (july.save == std::chrono::minutes{0}))
    return std::nullopt;
  const date::sys_info& winter = january.save == std::chrono::minutes{0} ? january : july;
  const date::sys_info& summer = january.save == std::chrono::minutes{0} ? july : january;
  return fmt::format("{} in winter and {} in summer", local_clock(minute_of_day, winter),
                     local_clock(minute_of_day, summer));
}

}  // namespace cronkit::lint
