#include "timezone/timezone.hpp"

#include <sys/stat.h>

#include <array>
#include <cerrno>
#include <fstream>

#include <cstdlib>
#include <exception>

#include <fmt/format.h>

namespace cronkit {

namespace {

using std::chrono::seconds;

const date::time_zone* locate(std::string_view name, std::string& error) {
  try {
    return date::locate_zone(name);
  } catch (const std::exception&) {
    error = fmt::format("unknown time zone '{}' (expected an IANA name such as America/New_York)",
                        name);
    return nullptr;
  }
}

void put2(char* at, long value) {
  at[0] = static_cast<char>('0' + value / 10);
  at[1] = static_cast<char>('0' + value % 10);
}

// Writes "YYYY-MM-DDTHH:MM:SS" for a local wall-clock second (into a buffer first: this runs
// once per listed firing).
void append_local(std::string& out, date::local_seconds local) {
  auto day = date::floor<date::days>(local);
  date::year_month_day ymd(day);
  long second_of_day = (local - day).count();
  int year = static_cast<int>(ymd.year());
  if (year < 0 || year > 9999) {
    // Outside RFC 3339's range; still readable.
    out += fmt::format("{:05}", year);
  } else {
    char digits[4];
    put2(digits, year / 100);
    put2(digits + 2, year % 100);
    out.append(digits, 4);
  }
  char text[15] = {'-', 0, 0, '-', 0, 0, 'T', 0, 0, ':', 0, 0, ':', 0, 0};
  put2(text + 1, static_cast<unsigned>(ymd.month()));
  put2(text + 4, static_cast<unsigned>(ymd.day()));
  put2(text + 7, second_of_day / 3600);
  put2(text + 10, second_of_day / 60 % 60);
  put2(text + 13, second_of_day % 60);
  out.append(text, sizeof text);
}

void append_with_offset(std::string& out, date::sys_seconds instant, seconds offset, bool utc) {
  // RFC 3339 offsets have no seconds: show whole minutes and the local time in that offset.
  long offset_minutes = static_cast<long>(offset.count() / 60);
  append_local(out, date::local_seconds(instant.time_since_epoch() + seconds(offset_minutes * 60)));
  if (offset_minutes == 0 && utc) {
    out.push_back('Z');
    return;
  }
  long magnitude = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  char text[6] = {offset_minutes < 0 ? '-' : '+', 0, 0, ':', 0, 0};
  put2(text + 1, magnitude / 60);
  put2(text + 4, magnitude % 60);
  out.append(text, sizeof text);
}

// A tiny cursor over the TIME text.
struct Reader {
  std::string_view text;
  std::size_t pos = 0;
  bool done() const { return pos >= text.size(); }
  char peek() const { return done() ? '\0' : text[pos]; }
  bool accept(char c) {
    if (peek() != c) return false;
    ++pos;
    return true;
  }
  // Exactly `count` decimal digits.
  std::optional<int> digits(int count) {
    int value = 0;
    for (int i = 0; i < count; ++i) {
      char c = peek();
      if (c < '0' || c > '9') return std::nullopt;
      value = value * 10 + (c - '0');
      ++pos;
    }
    return value;
  }
};

}  // namespace

const date::time_zone* find_zone(std::string_view name, std::string& error) {
  if (name.empty()) {
    error = "empty time zone name (expected an IANA name such as America/New_York)";
    return nullptr;
  }
  return locate(name, error);
}

std::string go_load_location_error(std::string_view name) {
  const std::string path = "/usr/share/zoneinfo/" + std::string(name);
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    if (errno == ENOTDIR) return "not a directory";
    return fmt::format("unknown time zone {}", name);
  }
  if (S_ISDIR(info.st_mode)) return "is a directory";
  std::ifstream file(path, std::ios::binary);
  std::array<char, 4> magic{};
  if (!file.read(magic.data(), magic.size()) || std::string_view(magic.data(), 4) != "TZif") {
    return "malformed time zone information";
  }
  return fmt::format("Go would load {}, but cronkit's zone database does not know it", path);
}

const date::time_zone* default_zone(std::string& error) {
  if (const char* tz = std::getenv("TZ")) {
    std::string_view name(tz);
    if (!name.empty() && name.front() == ':') name.remove_prefix(1);
    for (std::string_view prefix : {"/usr/share/zoneinfo/", "/usr/lib/zoneinfo/"}) {
      if (name.substr(0, prefix.size()) == prefix) name.remove_prefix(prefix.size());
    }
    // The C library reads an empty TZ as UTC.
    if (name.empty()) name = "UTC";
    const date::time_zone* zone = locate(name, error);
    if (!zone) error = fmt::format("$TZ: {}", error);
    return zone;
  }
  try {
    return date::current_zone();
  } catch (const std::exception& e) {
    error = fmt::format(
        "cannot determine the system time zone from /etc/localtime ({}); set $TZ "
        "or use --tz",
        e.what());
    return nullptr;
  }
}

const date::sys_info& Rfc3339Writer::info_at(date::sys_seconds instant) {
  if (!has_info_ || instant < info_.begin || instant >= info_.end) {
    info_ = zone_->get_info(instant);
    utc_ = info_.abbrev == "UTC";
    has_info_ = true;
  }
  return info_;
}

std::chrono::seconds Rfc3339Writer::offset_at(date::sys_seconds instant) {
  return info_at(instant).offset;
}

void Rfc3339Writer::append(std::string& out, date::sys_seconds instant) {
  const date::sys_info& info = info_at(instant);
  append_with_offset(out, instant, info.offset, utc_);
}

std::string format_rfc3339(date::sys_seconds instant, const date::time_zone& zone) {
  std::string out;
  Rfc3339Writer(zone).append(out, instant);
  return out;
}

std::string format_ical_utc(date::sys_seconds instant) {
  std::string local;
  append_local(local, date::local_seconds(instant.time_since_epoch()));
  // "2026-03-08T07:00:00" -> "20260308T070000Z"
  std::string out;
  for (char c : local) {
    if (c != '-' && c != ':') out.push_back(c);
  }
  out.push_back('Z');
  return out;
}

date::sys_seconds resolve_local_time(date::local_seconds local, const date::time_zone& zone) {
  date::local_info info = zone.get_info(local);
  switch (info.result) {
    case date::local_info::unique:
      return date::sys_seconds(local.time_since_epoch() - info.first.offset);
    case date::local_info::ambiguous:
      // The earlier of the two instants is the one in the first (pre-transition) offset.
      return date::sys_seconds(local.time_since_epoch() - info.first.offset);
    case date::local_info::nonexistent:
    default:
      // In a gap: the moment the clock jumps over it.
      return info.second.begin;
  }
}

date::sys_seconds add_local_days(date::sys_seconds instant, int days, const date::time_zone& zone) {
  return resolve_local_time(zone.to_local(instant) + date::days(days), zone);
}

std::optional<date::sys_seconds> parse_time(std::string_view text, const date::time_zone& zone,
                                            std::string& error) {
  auto fail = [&](std::string_view why) -> std::optional<date::sys_seconds> {
    error = fmt::format("invalid time '{}': {}", text, why);
    return std::nullopt;
  };
  static constexpr std::string_view expected =
      "expected RFC 3339 (2026-03-08T01:59:00-05:00, ...Z) or a local time (2026-03-08, "
      "2026-03-08T01:59, 2026-03-08 01:59)";
  Reader in{text};
  auto year = in.digits(4);
  if (!year || !in.accept('-')) return fail(expected);
  auto month = in.digits(2);
  if (!month || !in.accept('-')) return fail(expected);
  auto day = in.digits(2);
  if (!day) return fail(expected);
  if (*year < 1) return fail("year 0000 is out of range 0001-9999");
  if (*month < 1 || *month > 12) return fail(fmt::format("month {} is out of range 01-12", *month));
  date::year_month_day ymd{date::year(*year), date::month(static_cast<unsigned>(*month)),
                           date::day(static_cast<unsigned>(*day))};
  if (!ymd.ok()) {
    return fail(fmt::format("day {} does not exist in {:04}-{:02}", *day, *year, *month));
  }
  int hour = 0, minute = 0, second = 0;
  bool rounded_up = false;
  if (!in.done()) {
    if (!(in.accept('T') || in.accept('t') || in.accept(' '))) return fail(expected);
    auto h = in.digits(2);
    if (!h || !in.accept(':')) return fail(expected);
    auto m = in.digits(2);
    if (!m) return fail(expected);
    hour = *h;
    minute = *m;
    if (in.accept(':')) {
      auto s = in.digits(2);
      if (!s) return fail(expected);
      second = *s;
      if (in.accept('.') || in.accept(',')) {
        std::size_t first = in.pos;
        while (in.peek() >= '0' && in.peek() <= '9') {
          if (in.peek() != '0') rounded_up = true;
          ++in.pos;
        }
        if (in.pos == first) return fail("expected digits after the decimal point");
      }
    }
    if (hour > 23) return fail(fmt::format("hour {} is out of range 00-23", hour));
    if (minute > 59) return fail(fmt::format("minute {} is out of range 00-59", minute));
    if (second > 59) return fail(fmt::format("second {} is out of range 00-59", second));
  }
  auto local = date::local_days(ymd) + std::chrono::hours(hour) + std::chrono::minutes(minute) +
               seconds(second + (rounded_up ? 1 : 0));
  if (in.done()) return resolve_local_time(local, zone);

  // An explicit offset: Z or +HH:MM / -HH:MM.
  seconds offset{0};
  if (in.accept('Z') || in.accept('z')) {
  } else if (in.peek() == '+' || in.peek() == '-') {
    int sign = in.peek() == '-' ? -1 : 1;
    ++in.pos;
    auto oh = in.digits(2);
    if (!oh || !in.accept(':')) return fail("expected an offset like +05:30, -04:00 or Z");
    auto om = in.digits(2);
    if (!om) return fail("expected an offset like +05:30, -04:00 or Z");
    if (*oh > 23 || *om > 59) return fail("the offset is out of range (-23:59 to +23:59)");
    offset = sign * (std::chrono::hours(*oh) + std::chrono::minutes(*om));
  } else {
    return fail(expected);
  }
  if (!in.done()) return fail(fmt::format("unexpected '{}' after the offset", text.substr(in.pos)));
  return date::sys_seconds(local.time_since_epoch() - offset);
}

}  // namespace cronkit
