#include "lint/stated_time.hpp"

#include <algorithm>
#include <array>
#include <cctype>

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

// Abbreviations of zones that observe daylight saving time (or are one half of such a zone),, where
// they cannot be an English word. matched in capitals only, where they cannot be an English word.
// Not CST (also China's, which has no daylight saving time), MST (also Arizona's) or IST (India's,
// Ireland's, Israel's).
constexpr std::array dst_abbreviations = {"EST",  "EDT",  "CDT",  "PST",  "PDT", "MDT",
                                          "ET",   "PT",   "CET",  "CEST", "BST", "EET",
                                          "EEST", "AEST", "AEDT", "NZST", "NZDT"};
// Words that name such a zone in any case, when followed by "time" or "standard"/"daylight".
constexpr std::array dst_regions = {"eastern", "central", "pacific", "mountain"};
// Words that make a stated time relative to something else, not the time the job runs.
constexpr std::array relative_words = {"after", "before",  "until", "till",     "between",
                                       "later", "earlier", "ago",   "than",     "previous",
                                       "prior", "instead", "was",   "formerly", "offset"};

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
    if (std::find(dst_abbreviations.begin(), dst_abbreviations.end(), word) !=
        dst_abbreviations.end()) {
      stated.local_zone = std::string(word);
    }
    if (std::find(dst_regions.begin(), dst_regions.end(), low_words[k]) != dst_regions.end() &&
        k + 1 < words.size() &&
        (low_words[k + 1] == "time" || low_words[k + 1] == "standard" ||
         low_words[k + 1] == "daylight")) {
      stated.local_zone = std::string(word) + " " + std::string(words[k + 1]);
    }
    if (low_words[k] == "local" &&
        (k + 1 >= words.size() || low_words[k + 1] == "time" || low_words[k + 1] == "timezone")) {
      stated.local_zone = k + 1 < words.size() ? "local " + std::string(words[k + 1]) : "local";
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

}  // namespace cronkit::lint
