// Zones by name, RFC 3339 printing and the TIME forms cronsim accepts.

#include <gtest/gtest.h>

#include <cstdlib>

#include "support/schedule_support.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

using namespace std::chrono_literals;

using testing::zone;

date::sys_seconds utc(int y, unsigned m, unsigned d, int hh = 0, int mm = 0, int ss = 0) {
  return date::sys_days(date::year(y) / m / d) + std::chrono::hours(hh) + std::chrono::minutes(mm) +
         std::chrono::seconds(ss);
}

std::string parse_and_print(const char* text, const char* zone_name) {
  std::string error;
  auto instant = parse_time(text, zone(zone_name), error);
  if (!instant) return "error: " + error;
  return format_rfc3339(*instant, zone(zone_name));
}

TEST(FindZone, KnowsIanaNamesAndRejectsOthersWithTheirName) {
  std::string error;
  EXPECT_NE(find_zone("America/New_York", error), nullptr);
  EXPECT_NE(find_zone("Australia/Lord_Howe", error), nullptr);
  EXPECT_EQ(find_zone("Mars/Olympus_Mons", error), nullptr);
  EXPECT_NE(error.find("'Mars/Olympus_Mons'"), std::string::npos) << error;
  EXPECT_EQ(find_zone("", error), nullptr);
  EXPECT_FALSE(error.empty());
}

TEST(DefaultZone, ReadsTzLikeTheCLibrary) {
  const char* saved = std::getenv("TZ");
  std::string saved_value = saved ? saved : "";
  std::string error;
  setenv("TZ", "Europe/London", 1);
  ASSERT_NE(default_zone(error), nullptr) << error;
  EXPECT_EQ(default_zone(error)->name(), "Europe/London");
  setenv("TZ", ":Asia/Tokyo", 1);
  EXPECT_EQ(default_zone(error)->name(), "Asia/Tokyo");
  setenv("TZ", "/usr/share/zoneinfo/Europe/Berlin", 1);
  EXPECT_EQ(default_zone(error)->name(), "Europe/Berlin");
  setenv("TZ", "", 1);
  EXPECT_EQ(default_zone(error)->name(), "UTC");
  setenv("TZ", "Nowhere/Special", 1);
  EXPECT_EQ(default_zone(error), nullptr);
  EXPECT_NE(error.find("$TZ"), std::string::npos) << error;
  EXPECT_NE(error.find("Nowhere/Special"), std::string::npos) << error;
  if (saved) {
    setenv("TZ", saved_value.c_str(), 1);
  } else {
    unsetenv("TZ");
  }
}

TEST(FormatRfc3339, ShowsTheOffsetInForceAtTheInstant) {
  EXPECT_EQ(format_rfc3339(utc(2026, 3, 8, 7, 0), zone("America/New_York")),
            "2026-03-08T03:00:00-04:00");
  EXPECT_EQ(format_rfc3339(utc(2026, 3, 8, 6, 59, 59), zone("America/New_York")),
            "2026-03-08T01:59:59-05:00");
  EXPECT_EQ(format_rfc3339(utc(2026, 1, 1), zone("UTC")), "2026-01-01T00:00:00Z");
  // London in winter is at offset zero but is not UTC.
  EXPECT_EQ(format_rfc3339(utc(2026, 1, 1), zone("Europe/London")), "2026-01-01T00:00:00+00:00");
  EXPECT_EQ(format_rfc3339(utc(2026, 1, 1), zone("Asia/Kolkata")), "2026-01-01T05:30:00+05:30");
  EXPECT_EQ(format_rfc3339(utc(2026, 7, 1), zone("Australia/Lord_Howe")),
            "2026-07-01T10:30:00+10:30");
  EXPECT_EQ(format_rfc3339(utc(2026, 1, 1), zone("Australia/Lord_Howe")),
            "2026-01-01T11:00:00+11:00");
  EXPECT_EQ(format_rfc3339(utc(2026, 1, 1), zone("America/St_Johns")), "2025-12-31T20:30:00-03:30");
}

TEST(FormatRfc3339, KeepsTheInstantExactForOffsetsWithSeconds) {
  // New York's local mean time before 1883 was -4:56:02; shown as -04:56 with the local time
  // in that offset, so the text still parses back to the same instant.
  std::string text = format_rfc3339(utc(1880, 1, 1, 12, 0), zone("America/New_York"));
  EXPECT_EQ(text, "1880-01-01T07:04:00-04:56");
  std::string error;
  EXPECT_EQ(parse_time(text, zone("UTC"), error), utc(1880, 1, 1, 12, 0)) << error;
}

TEST(FormatIcal, IsCompactUtc) {
  EXPECT_EQ(format_ical_utc(utc(2026, 3, 8, 7, 5, 9)), "20260308T070509Z");
}

TEST(Rfc3339Writer, CachesAcrossTransitionsCorrectly) {
  Rfc3339Writer writer(zone("Europe/London"));
  std::string out;
  writer.append(out, utc(2026, 3, 29, 0, 59));
  out += ' ';
  writer.append(out, utc(2026, 3, 29, 1, 0));
  out += ' ';
  writer.append(out, utc(2026, 3, 28, 12, 0));
  EXPECT_EQ(out, "2026-03-29T00:59:00+00:00 2026-03-29T02:00:00+01:00 2026-03-28T12:00:00+00:00");
  EXPECT_EQ(writer.offset_at(utc(2026, 7, 1)), 3600s);
}

TEST(ParseTime, AcceptsRfc3339WithOffsetOrZ) {
  std::string error;
  const auto& ny = zone("America/New_York");
  EXPECT_EQ(parse_time("2026-03-08T01:59:00-05:00", ny, error), utc(2026, 3, 8, 6, 59));
  EXPECT_EQ(parse_time("2026-03-08T06:59:00Z", ny, error), utc(2026, 3, 8, 6, 59));
  EXPECT_EQ(parse_time("2026-03-08t06:59:00z", ny, error), utc(2026, 3, 8, 6, 59));
  EXPECT_EQ(parse_time("2026-03-08T12:00:00+05:30", ny, error), utc(2026, 3, 8, 6, 30));
  EXPECT_EQ(parse_time("2026-03-08T06:59Z", ny, error), utc(2026, 3, 8, 6, 59));
  // Fractions round up: --from is inclusive and firings are on whole seconds.
  EXPECT_EQ(parse_time("2026-03-08T06:59:00.25Z", ny, error), utc(2026, 3, 8, 6, 59, 1));
  EXPECT_EQ(parse_time("2026-03-08T06:59:00.000Z", ny, error), utc(2026, 3, 8, 6, 59));
}

TEST(ParseTime, ReadsLocalFormsInTheGivenZone) {
  EXPECT_EQ(parse_and_print("2026-03-08", "America/New_York"), "2026-03-08T00:00:00-05:00");
  EXPECT_EQ(parse_and_print("2026-03-08T01:59", "America/New_York"), "2026-03-08T01:59:00-05:00");
  EXPECT_EQ(parse_and_print("2026-03-08 01:59", "America/New_York"), "2026-03-08T01:59:00-05:00");
  EXPECT_EQ(parse_and_print("2026-03-08 03:00:30", "America/New_York"),
            "2026-03-08T03:00:30-04:00");
  EXPECT_EQ(parse_and_print("2026-01-01", "UTC"), "2026-01-01T00:00:00Z");
  EXPECT_EQ(parse_and_print("2026-10-04 02:15", "Australia/Lord_Howe"),
            "2026-10-04T02:30:00+11:00");
}

TEST(ParseTime, GapMeansTheInstantAfterTheJumpAndOverlapTheEarlierInstant) {
  EXPECT_EQ(parse_and_print("2026-03-08T02:30", "America/New_York"), "2026-03-08T03:00:00-04:00");
  EXPECT_EQ(parse_and_print("2026-11-01T01:30", "America/New_York"), "2026-11-01T01:30:00-04:00");
  EXPECT_EQ(parse_and_print("2026-03-29 01:00", "Europe/London"), "2026-03-29T02:00:00+01:00");
  EXPECT_EQ(parse_and_print("2026-10-25 01:59", "Europe/London"), "2026-10-25T01:59:00+01:00");
}

TEST(ParseTime, LeapDaysExistOnlyInLeapYears) {
  EXPECT_EQ(parse_and_print("2028-02-29", "UTC"), "2028-02-29T00:00:00Z");
  EXPECT_EQ(parse_and_print("2000-02-29", "UTC"), "2000-02-29T00:00:00Z");
  EXPECT_EQ(parse_and_print("2100-02-29", "UTC"),
            "error: invalid time '2100-02-29': day 29 does not exist in 2100-02");
}

TEST(ParseTime, RejectsBadValuesNamingThem) {
  EXPECT_EQ(parse_and_print("2026-13-01", "UTC"),
            "error: invalid time '2026-13-01': month 13 is out of range 01-12");
  EXPECT_EQ(parse_and_print("2026-04-31", "UTC"),
            "error: invalid time '2026-04-31': day 31 does not exist in 2026-04");
  EXPECT_EQ(parse_and_print("2026-01-01T24:00", "UTC"),
            "error: invalid time '2026-01-01T24:00': hour 24 is out of range 00-23");
  EXPECT_EQ(parse_and_print("2026-01-01T10:60", "UTC"),
            "error: invalid time '2026-01-01T10:60': minute 60 is out of range 00-59");
  EXPECT_EQ(parse_and_print("2026-01-01T10:00:00+25:00", "UTC"),
            "error: invalid time '2026-01-01T10:00:00+25:00': the offset is out of range "
            "(-23:59 to +23:59)");
  EXPECT_EQ(parse_and_print("2026-01-01T10:00:00Zjunk", "UTC"),
            "error: invalid time '2026-01-01T10:00:00Zjunk': unexpected 'junk' after the offset");
  for (const char* bad : {"", "tomorrow", "2026-1-1", "26-01-01", "2026-01-01T1:00",
                          "2026-01-01X10:00", "2026-01-01T10:00:00-0500", "2026-01-01T10:00:00."}) {
    std::string result = parse_and_print(bad, "UTC");
    EXPECT_EQ(result.rfind("error: invalid time '" + std::string(bad) + "'", 0), 0u) << result;
  }
}

TEST(AddLocalDays, KeepsTheWallClockAcrossDstChanges) {
  const auto& ny = zone("America/New_York");
  EXPECT_EQ(format_rfc3339(add_local_days(utc(2026, 3, 2, 5, 0), 7, ny), ny),
            "2026-03-09T00:00:00-04:00");
  EXPECT_EQ(format_rfc3339(add_local_days(utc(2026, 3, 7, 7, 30), 1, ny), ny),
            "2026-03-08T03:00:00-04:00");  // 02:30 does not exist that day
}

TEST(ParseTime, RoundTripsItsOwnOutput) {
  const auto& lord_howe = zone("Australia/Lord_Howe");
  for (auto t = utc(2026, 4, 4, 14, 0); t < utc(2026, 4, 4, 17, 0); t += std::chrono::minutes(7)) {
    std::string text = format_rfc3339(t, lord_howe);
    std::string error;
    EXPECT_EQ(parse_time(text, zone("UTC"), error), t) << text;
  }
}

}  // namespace
}  // namespace cronkit
