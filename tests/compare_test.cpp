// The dialect comparison: readings per dialect, and the parting instant, checked against a
// plain comparison of every firing over the whole horizon.

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "compare/compare.hpp"
#include "parse/parse.hpp"
#include "sim/simulate.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

const date::time_zone& zone_named(std::string_view name) {
  std::string error;
  const date::time_zone* zone = find_zone(name, error);
  EXPECT_NE(zone, nullptr) << error;
  return *zone;
}

date::sys_seconds local(const date::time_zone& zone, date::local_seconds time) {
  return resolve_local_time(time, zone);
}

CompareOptions options_in(std::string_view zone_name, date::local_seconds from, int years = 5) {
  const date::time_zone& zone = zone_named(zone_name);
  return CompareOptions{.zone = &zone, .from = local(zone, from), .years = years};
}

const std::vector<DialectId> every_dialect(std::begin(all_dialects), std::end(all_dialects));

// The first instant where the firing sequences differ, from one simulation per dialect over the
// whole range: what compare_dialects() must find without walking all of it.
std::optional<date::sys_seconds> parting_by_full_walk(std::string_view expression,
                                                      const CompareOptions& options,
                                                      date::sys_seconds until) {
  std::vector<std::vector<date::sys_seconds>> lists;
  for (DialectId id : all_dialects) {
    const ParsedSchedule parsed = parse_schedule(expression, id);
    if (!parsed.ok()) continue;
    const SimJob job{parsed.schedule, nullptr};
    const SimOptions sim{
        .zone = options.zone, .dialect = id, .from = options.from, .to = until, .count = {}};
    std::vector<date::sys_seconds> instants;
    for (const Firing& firing : simulate({&job, 1}, sim)) instants.push_back(firing.instant);
    lists.push_back(std::move(instants));
  }
  if (lists.size() < 2) return std::nullopt;
  for (std::size_t k = 0;; ++k) {
    std::optional<date::sys_seconds> earliest;
    bool differ = false, any = false;
    for (const auto& list : lists) {
      if (k >= list.size()) {
        differ = true;
        continue;
      }
      any = true;
      if (earliest && *earliest != list[k]) differ = true;
      earliest = earliest ? std::min(*earliest, list[k]) : list[k];
    }
    if (!any) return std::nullopt;
    if (differ) return earliest;
  }
}

TEST(CompareDialects, PartingMatchesAFullWalkAcrossZonesAndOffsetChanges) {
  using namespace date::literals;
  const std::vector<std::string> expressions = {
      "30 2 * * *",      "30 1 * * *", "*/20 1-3 * * *", "0 0 1-7 * 1", "0 0 */2 * 1",
      "0 12 * * 5#3",    "0 0 29 2 *", "45 23 * * 0",    "0 9 * * 1-5", "15,45 0-4 * * 6",
      "0 0 * * mon-fry", "0 2 1 * *",  "@daily",         "0 0 31 2 *",  "0 1 * * 7"};
  // Lord Howe changes by 30 minutes; Caracas changed its standard time in 2016 without a
  // daylight-saving flag flip (which cronie notices late).
  const std::vector<std::pair<std::string, date::local_seconds>> starts = {
      {"America/New_York", date::local_days(2026_y / 1 / 1)},
      {"Australia/Lord_Howe", date::local_days(2026_y / 2 / 15) + std::chrono::hours(13)},
      {"Europe/London", date::local_days(2026_y / 3 / 29)},
      {"UTC", date::local_days(2026_y / 1 / 1)},
      {"America/Caracas", date::local_days(2015_y / 6 / 1)}};
  for (const auto& [zone, from] : starts) {
    const CompareOptions options = options_in(zone, from, 2);
    for (const std::string& expression : expressions) {
      const Comparison comparison = compare_dialects(expression, every_dialect, options);
      const std::optional<date::sys_seconds> expected =
          parting_by_full_walk(expression, options, comparison.until);
      ASSERT_EQ(comparison.parting.has_value(), expected.has_value())
          << expression << " in " << zone;
      if (expected) {
        EXPECT_EQ(format_rfc3339(comparison.parting->instant, *options.zone),
                  format_rfc3339(*expected, *options.zone))
            << expression << " in " << zone;
      }
    }
  }
}

TEST(CompareDialects, PartingLateInTheHorizonIsFoundAfterQuietYears) {
  using namespace date::literals;
  // gorhill/cronexpr knows no year after 2099: supercronic alone stops firing then.
  const CompareOptions options = options_in("Europe/Berlin", date::local_days(2097_y / 6 / 1));
  for (const std::string expression : {"0 0 1 1 *", "0 6 * 1 *"}) {
    const Comparison comparison = compare_dialects(expression, every_dialect, options);
    const std::optional<date::sys_seconds> expected =
        parting_by_full_walk(expression, options, comparison.until);
    ASSERT_TRUE(expected);
    ASSERT_TRUE(comparison.parting) << expression;
    EXPECT_EQ(comparison.parting->instant, *expected) << expression;
    EXPECT_EQ(format_rfc3339(comparison.parting->instant, *options.zone),
              expression == std::string("0 0 1 1 *") ? "2100-01-01T00:00:00+01:00"
                                                     : "2100-01-01T06:00:00+01:00");
  }
}

// The crontab daemons, which all read five-field expressions (Quartz wants six or seven).
const std::vector<DialectId> crontab_daemons = {DialectId::debian,      DialectId::cronie,
                                                DialectId::bsd,         DialectId::busybox,
                                                DialectId::supercronic, DialectId::systemd_cron};

TEST(CompareDialects, SystemdCronAndsTheDayFieldsWhereVixieCronOrsThem) {
  using namespace date::literals;
  const CompareOptions options = options_in("UTC", date::local_days(2026_y / 1 / 1));
  const Comparison comparison = compare_dialects("0 0 1-7 * 1", crontab_daemons, options);
  ASSERT_EQ(comparison.accepting(), crontab_daemons.size());
  ASSERT_TRUE(comparison.parting);
  // 2026-01-01 is a Thursday: day 1 fires where either field may match.
  EXPECT_EQ(format_rfc3339(comparison.parting->instant, *options.zone), "2026-01-01T00:00:00Z");
  for (const PartingDialect& where : comparison.parting->dialects) {
    if (where.dialect == DialectId::systemd_cron) {
      EXPECT_EQ(where.firings_at_instant, 0U);
      ASSERT_TRUE(where.next);
      EXPECT_EQ(format_rfc3339(*where.next, *options.zone), "2026-01-05T00:00:00Z");
    } else {
      EXPECT_EQ(where.firings_at_instant, 1U) << dialect(where.dialect).name;
    }
  }
  EXPECT_EQ(comparison.readings.back().meaning,
            "At 00:00 on days 1 through 7 of the month if that day is also a Monday.");
}

TEST(CompareDialects, AgreementOverTheHorizonHasNoParting) {
  using namespace date::literals;
  const CompareOptions options = options_in("UTC", date::local_days(2026_y / 1 / 1));
  const Comparison comparison = compare_dialects("0 0 29 2 *", crontab_daemons, options);
  EXPECT_EQ(comparison.accepting(), crontab_daemons.size());
  EXPECT_FALSE(comparison.parting);
  EXPECT_EQ(format_rfc3339(comparison.until, *options.zone), "2031-01-01T00:00:00Z");
  ASSERT_TRUE(comparison.readings.front().first_firing);
  EXPECT_EQ(format_rfc3339(*comparison.readings.front().first_firing, *options.zone),
            "2028-02-29T00:00:00Z");
}

TEST(CompareDialects, RejectionsKeepTheParsersOwnMessages) {
  using namespace date::literals;
  const CompareOptions options = options_in("UTC", date::local_days(2026_y / 1 / 1));
  const Comparison comparison = compare_dialects("@every_minute", every_dialect, options);
  EXPECT_EQ(comparison.accepting(), 1U);
  EXPECT_FALSE(comparison.parting);
  for (const DialectReading& reading : comparison.readings) {
    EXPECT_EQ(reading.accepted, reading.dialect == DialectId::bsd);
    if (reading.accepted) continue;
    const ParsedSchedule parsed = parse_schedule("@every_minute", reading.dialect);
    ASSERT_EQ(reading.diagnostics.size(), parsed.diagnostics.size());
    EXPECT_EQ(reading.diagnostics.front().message, parsed.diagnostics.front().message);
    EXPECT_TRUE(reading.meaning.empty());
  }
}

TEST(CompareDialects, EachDialectIsComparedOnceInTheOrderGiven) {
  using namespace date::literals;
  const CompareOptions options = options_in("UTC", date::local_days(2026_y / 1 / 1));
  const std::vector<DialectId> asked = {DialectId::systemd_cron, DialectId::debian,
                                        DialectId::systemd_cron};
  const Comparison comparison = compare_dialects("0 0 * * *", asked, options);
  ASSERT_EQ(comparison.readings.size(), 2U);
  EXPECT_EQ(comparison.readings[0].dialect, DialectId::systemd_cron);
  EXPECT_EQ(comparison.readings[1].dialect, DialectId::debian);
}

TEST(CompareDialects, HorizonFromLeapDayEndsOnTheLastDayOfFebruary) {
  using namespace date::literals;
  const CompareOptions options =
      options_in("UTC", date::local_days(2028_y / 2 / 29) + std::chrono::hours(6), 1);
  const Comparison comparison = compare_dialects("0 0 * * *", every_dialect, options);
  EXPECT_EQ(format_rfc3339(comparison.until, *options.zone), "2029-02-28T06:00:00Z");
}

TEST(DialectsFromList, AllNamesEveryDialectInTableOrder) {
  std::string error;
  const auto all = dialects_from_list("all", error);
  ASSERT_TRUE(all);
  EXPECT_EQ(*all, every_dialect);
}

TEST(DialectsFromList, ReadsCommaSeparatedNames) {
  std::string error;
  const auto ids = dialects_from_list("systemd-cron,debian", error);
  ASSERT_TRUE(ids);
  EXPECT_EQ(*ids, (std::vector<DialectId>{DialectId::systemd_cron, DialectId::debian}));
}

TEST(DialectsFromList, NamesTheUnknownOne) {
  std::string error;
  EXPECT_FALSE(dialects_from_list("debian,vixie", error));
  EXPECT_EQ(error.rfind("unknown dialect \"vixie\"; known: all, debian, cronie", 0), 0U) << error;
  EXPECT_FALSE(dialects_from_list("debian,", error));
  EXPECT_EQ(error.rfind("unknown dialect \"\"", 0), 0U) << error;
}

}  // namespace
}  // namespace cronkit
