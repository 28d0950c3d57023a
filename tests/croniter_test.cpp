// The croniter dialects: airflow, prefect (and prefect-day-or-false) and dagster read an
// expression as croniter's _expand does (croniter.py), with croniter's messages and what each
// scheduler adds around them, and turn croniter's wall times into instants each in its own way
// across daylight-saving changes (Airflow's CronMixin, Prefect's _get_dates_generator, Dagster's
// cron_string_iterator).

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dialect/dialect.hpp"
#include "explain/explain.hpp"
#include "parse/parse.hpp"
#include "sim/simulate.hpp"
#include "support/dialect_runs.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

using namespace std::chrono_literals;

std::string first_error(std::string_view text, DialectId id) {
  for (const Diagnostic& d : parse_schedule(text, id).diagnostics) {
    if (d.severity == Severity::error) return d.message;
  }
  return {};
}

// The firings at or after `start` (RFC 3339), in `zone_name`, as RFC 3339 in that zone.
std::vector<std::string> runs(std::string_view text, DialectId id, const char* zone_name,
                              const char* start, std::size_t count) {
  return testing::dialect_runs(text, id, zone_name, start, count, testing::FromStart::included);
}

std::string summary(std::string_view text, DialectId id) {
  const ParsedSchedule parsed = parse_schedule(text, id);
  ExplainOptions options;
  options.dialect = id;
  return explain_schedule(parsed.special, parsed.fields, parsed.schedule, options).summary;
}

TEST(Croniter, DialectsAreSchedulersInUtc) {
  for (const char* name : {"airflow", "prefect", "prefect-day-or-false", "dagster"}) {
    const std::optional<DialectId> id = dialect_from_name(name);
    ASSERT_TRUE(id) << name;
    EXPECT_FALSE(dialect(*id).reads_crontab_files) << name;
    EXPECT_EQ(dialect(*id).default_zone, "UTC") << name;
    EXPECT_EQ(dialect(*id).field_reader, FieldReader::croniter_expand) << name;
  }
  EXPECT_EQ(dialect(DialectId::prefect_day_or_false).day_rule_basis, DayRuleBasis::always_both);
  EXPECT_EQ(dialect(DialectId::airflow).clock, ClockModel::airflow_cron_mixin);
  EXPECT_EQ(dialect(DialectId::prefect).clock, ClockModel::prefect_dates_generator);
  EXPECT_EQ(dialect(DialectId::dagster).clock, ClockModel::dagster_cron_iterator);
}

TEST(Croniter, RefusesWithCroniterMessages) {
  const DialectId a = DialectId::airflow;
  EXPECT_EQ(first_error("0 30 9 * * *", a), "[0 30 9 * * *] is not acceptable, out of range");
  EXPECT_EQ(first_error("0 0 * * monday", a), "[0 0 * * monday] is not acceptable");
  EXPECT_EQ(first_error("0  0 * * MONDAY", a), "[0 0 * * monday] is not acceptable");
  EXPECT_EQ(first_error("0 0 * *", a),
            "Exactly 5, 6 or 7 columns has to be specified for iterator expression.");
  // croniter's words, then the names it and Airflow know, so that a misspelt one is seen.
  EXPECT_EQ(first_error("@reboot", a),
            "Exactly 5, 6 or 7 columns has to be specified for iterator expression. (`@reboot` is "
            "none of croniter's aliases @midnight, @hourly, @daily, @weekly, @monthly, @yearly, "
            "@annually, nor of Airflow's presets @once, @continuous, @quarterly)");
  EXPECT_EQ(first_error("@dialy", DialectId::dagster).find("Airflow"), std::string::npos);
  EXPECT_EQ(first_error("*/0 * * * *", a), "[*/0 * * * *] step '0' in field 0 is not acceptable");
  EXPECT_EQ(first_error("-5 * * * *", a),
            "[-5 * * * *] is not acceptable, negative numbers not allowed");
  EXPECT_EQ(first_error("0 ? * * *", a),
            "[0 ? * * *] is not acceptable. Question mark can only used in day_of_month or "
            "day_of_week");
  EXPECT_EQ(first_error("0 0 * * 1#6", a),
            "[0 0 * * 1#6] is not acceptable. Invalid day_of_week value: '6'");
  EXPECT_EQ(first_error("0 0 * * mon#2,tue", a),
            "day-of-week field does not support mixing literal values and nth day of week "
            "syntax.  Cron: '0 0 * * mon#2,tue'    dow={2} vs nth={1: {2}}");
  EXPECT_EQ(first_error("1,,2 * * * *", a), "[1,,2 * * * *] is not acceptable");
  EXPECT_EQ(first_error("0 0 * * 1-5#2", a), "[0 0 * * 1-5#2] is not acceptable");
  EXPECT_EQ(first_error("0 0 0 * *", a), "[0 0 0 * *] is not acceptable, out of range");
  EXPECT_EQ(first_error("0 0 * * 7 0", a), "[0 0 * * 7 0] is not acceptable, out of range");
  EXPECT_EQ(first_error("0 0 1-40 * *", a), "0 0 1-40 * * is out of bands");
  EXPECT_EQ(first_error("h * * * *", a), "Hashed definitions must include hash_id");
  EXPECT_NE(first_error("r * * * *", a).find("random"), std::string::npos);
}

TEST(Croniter, AcceptsCroniterForms) {
  const DialectId a = DialectId::airflow;
  for (const char* text : {"@Daily", "@midnight", "@quarterly", "0 0 ? * 1", "0 0 1 * ?",
                           "0 0 15w * *", "0 0 * * l5", "0 0 * * sat#1", "0 0 L * *", "0 0 5-3 * *",
                           "0 0 * * 0 0 2027", "0 0 0 * * 0", "0 0 * * 7"}) {
    EXPECT_EQ(first_error(text, a), "") << text;
  }
}

TEST(Croniter, AirflowPresetsAndTimetables) {
  EXPECT_EQ(runs("@quarterly", DialectId::airflow, "UTC", "2026-01-02T00:00:00Z", 3),
            (std::vector<std::string>{"2026-04-01T00:00:00Z", "2026-07-01T00:00:00Z",
                                      "2026-10-01T00:00:00Z"}));
  // Only Airflow's presets are looked up exactly; croniter's aliases are not @quarterly.
  EXPECT_EQ(
      first_error("@quarterly", DialectId::prefect).find("Invalid cron string: \"@quarterly\""),
      0u);
  EXPECT_NE(first_error("@once", DialectId::airflow).find("once, at its start_date"),
            std::string::npos);
  EXPECT_NE(first_error("@continuous", DialectId::airflow).find("previous run ends"),
            std::string::npos);
}

TEST(Croniter, PrefectAndDagsterSayItInTheirWords) {
  EXPECT_EQ(first_error("0 30 9 * * *", DialectId::prefect),
            "Invalid cron string: \"0 30 9 * * *\" (croniter: [0 30 9 * * *] is not acceptable, "
            "out of range)");
  EXPECT_EQ(first_error("5 4 R * *", DialectId::prefect),
            "Random and Hashed expressions are unsupported, received: \"5 4 R * *\"");
  EXPECT_EQ(first_error("5 4 H * *", DialectId::prefect),
            "Invalid cron string: \"5 4 H * *\" (croniter: Hashed definitions must include "
            "hash_id)");
  EXPECT_EQ(first_error("0 0 * * * 30", DialectId::dagster),
            "Found invalid cron schedule '0 0 * * * 30'. Dagster recognizes standard cron "
            "expressions consisting of 5 fields. (Dagster takes exactly 5 fields; croniter reads "
            "6 (the 6th is seconds, the 7th a year))");
  EXPECT_EQ(first_error("0 0 30 2 *", DialectId::dagster),
            "Found invalid cron schedule '0 0 30 2 *'. Dagster recognizes standard cron "
            "expressions consisting of 5 fields. (Dagster refuses the 30th of February "
            "(is_valid_cron_string))");
  EXPECT_EQ(first_error("0 0 30 2 *", DialectId::airflow), "");
  // Dagster's vendored croniter has no `W` and words the zero step as Python's range() does.
  EXPECT_EQ(first_error("0 0 15w * *", DialectId::dagster),
            "Found invalid cron schedule '0 0 15w * *'. Dagster recognizes standard cron "
            "expressions consisting of 5 fields. (croniter: [0 0 15w * *] is not acceptable)");
}

TEST(Croniter, DayRuleIsCronitersExpansion) {
  const DialectId a = DialectId::airflow;
  // `*/2` is not `*`: odd days or Mondays.
  EXPECT_EQ(runs("0 0 */2 * 1", a, "UTC", "2026-01-02T00:00:00Z", 4),
            (std::vector<std::string>{"2026-01-03T00:00:00Z", "2026-01-05T00:00:00Z",
                                      "2026-01-07T00:00:00Z", "2026-01-09T00:00:00Z"}));
  // A full day-of-month set stays a list when day-of-week has no `*` (croniter 6): every day.
  EXPECT_EQ(runs("0 9 */1 * 1", a, "UTC", "2026-01-01T00:00:00Z", 3),
            (std::vector<std::string>{"2026-01-01T09:00:00Z", "2026-01-02T09:00:00Z",
                                      "2026-01-03T09:00:00Z"}));
  // day_or: false: the first Monday.
  EXPECT_EQ(runs("0 0 1-7 * 1", DialectId::prefect_day_or_false, "UTC", "2026-01-01T00:00:00Z", 3),
            (std::vector<std::string>{"2026-01-05T00:00:00Z", "2026-02-02T00:00:00Z",
                                      "2026-03-02T00:00:00Z"}));
  EXPECT_EQ(runs("0 0 1-7 * 1", DialectId::prefect, "UTC", "2026-01-01T00:00:00Z", 2),
            (std::vector<std::string>{"2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"}));
}

TEST(Croniter, EqualAndReversedRanges) {
  const DialectId a = DialectId::airflow;
  EXPECT_EQ(runs("5-5 * * * *", a, "UTC", "2026-01-01T00:00:30Z", 2),
            (std::vector<std::string>{"2026-01-01T00:01:00Z", "2026-01-01T00:02:00Z"}));
  EXPECT_EQ(runs("0 0 5-3 * *", a, "UTC", "2026-01-01T12:00:00Z", 2),
            (std::vector<std::string>{"2026-01-02T00:00:00Z", "2026-01-03T00:00:00Z"}));
  EXPECT_EQ(runs("0 0 31w * *", a, "UTC", "2026-01-01T00:00:00Z", 3),
            (std::vector<std::string>{"2026-01-30T00:00:00Z", "2026-02-27T00:00:00Z",
                                      "2026-03-31T00:00:00Z"}));
  EXPECT_EQ(runs("0 0 * * l5", a, "UTC", "2026-01-01T00:00:00Z", 2),
            (std::vector<std::string>{"2026-01-30T00:00:00Z", "2026-02-27T00:00:00Z"}));
  EXPECT_EQ(runs("0 0 * * 0 0 2027", a, "UTC", "2026-01-01T00:00:00Z", 2),
            (std::vector<std::string>{"2027-01-03T00:00:00Z", "2027-01-10T00:00:00Z"}));
}

TEST(Croniter, AirflowDaylightSaving) {
  const DialectId a = DialectId::airflow;
  // Gap: an hour later (make_aware with fold=1 reads 02:30 in the old offset).
  EXPECT_EQ(runs("30 2 * * *", a, "America/New_York", "2026-03-07T12:00:00Z", 2),
            (std::vector<std::string>{"2026-03-08T03:30:00-04:00", "2026-03-09T02:30:00-04:00"}));
  // Repeated time: the second occurrence only.
  EXPECT_EQ(runs("30 1 * * *", a, "America/New_York", "2026-10-31T12:00:00Z", 2),
            (std::vector<std::string>{"2026-11-01T01:30:00-05:00", "2026-11-02T01:30:00-05:00"}));
  // Hour field `*`: one run per real hour, both 01:00s.
  EXPECT_EQ(runs("0 * * * *", a, "America/New_York", "2026-11-01T04:30:00Z", 3),
            (std::vector<std::string>{"2026-11-01T01:00:00-04:00", "2026-11-01T01:00:00-05:00",
                                      "2026-11-01T02:00:00-05:00"}));
  // Lord Howe's 30-minute gap: 02:15 runs at 02:45.
  EXPECT_EQ(runs("15 2 * * *", a, "Australia/Lord_Howe", "2026-10-03T00:00:00Z", 1),
            (std::vector<std::string>{"2026-10-04T02:45:00+11:00"}));
}

TEST(Croniter, PrefectDaylightSaving) {
  const DialectId p = DialectId::prefect;
  // Gap: pendulum 3 reads 02:30 with the new offset, an hour before the gap.
  EXPECT_EQ(runs("30 2 * * *", p, "America/New_York", "2026-03-07T12:00:00Z", 2),
            (std::vector<std::string>{"2026-03-08T01:30:00-05:00", "2026-03-09T02:30:00-04:00"}));
  // Repeated time: the first occurrence only.
  EXPECT_EQ(runs("30 1 * * *", p, "America/New_York", "2026-10-31T12:00:00Z", 2),
            (std::vector<std::string>{"2026-11-01T01:30:00-04:00", "2026-11-02T01:30:00-05:00"}));
  // Hourly: every new wall-clock hour; the second 01:00 is skipped (the documented pause).
  EXPECT_EQ(runs("0 * * * *", p, "America/New_York", "2026-11-01T04:30:00Z", 3),
            (std::vector<std::string>{"2026-11-01T01:00:00-04:00", "2026-11-01T02:00:00-05:00",
                                      "2026-11-01T03:00:00-05:00"}));
  // A run at the start itself is included (start minus one second).
  EXPECT_EQ(runs("*/30 * * * *", p, "America/New_York", "2026-03-08T05:30:00Z", 4),
            (std::vector<std::string>{"2026-03-08T00:30:00-05:00", "2026-03-08T01:00:00-05:00",
                                      "2026-03-08T01:30:00-05:00", "2026-03-08T03:00:00-04:00"}));
}

TEST(Croniter, DagsterDaylightSaving) {
  const DialectId d = DialectId::dagster;
  // Gap: the end of the gap.
  EXPECT_EQ(runs("30 2 * * *", d, "America/New_York", "2026-03-07T12:00:00Z", 2),
            (std::vector<std::string>{"2026-03-08T03:00:00-04:00", "2026-03-09T02:30:00-04:00"}));
  // Repeated time: the second occurrence.
  EXPECT_EQ(runs("30 1 * * *", d, "America/New_York", "2026-10-31T12:00:00Z", 2),
            (std::vector<std::string>{"2026-11-01T01:30:00-05:00", "2026-11-02T01:30:00-05:00"}));
  // Hourly: both copies of the repeated hour, nothing in the gap.
  EXPECT_EQ(runs("0 * * * *", d, "America/New_York", "2026-11-01T04:30:00Z", 3),
            (std::vector<std::string>{"2026-11-01T01:00:00-04:00", "2026-11-01T01:00:00-05:00",
                                      "2026-11-01T02:00:00-05:00"}));
  EXPECT_EQ(runs("30 * * * *", d, "America/New_York", "2026-03-08T06:00:00Z", 2),
            (std::vector<std::string>{"2026-03-08T01:30:00-05:00", "2026-03-08T03:30:00-04:00"}));
}

TEST(Croniter, GivesUpAfterFiftyYears) {
  EXPECT_EQ(runs("0 0 29 2 *", DialectId::airflow, "UTC", "2096-03-01T00:00:00Z", 1),
            (std::vector<std::string>{"2104-02-29T00:00:00Z"}));
}

TEST(Croniter, ExplainsTheExpansion) {
  EXPECT_EQ(summary("0 0 */2 * 1", DialectId::airflow),
            summary("0 0 1-31/2 * 1", DialectId::debian));
  EXPECT_EQ(summary("5-5 * * * *", DialectId::airflow), summary("* * * * *", DialectId::debian));
  EXPECT_EQ(summary("0 0 1-7 * 1", DialectId::prefect_day_or_false),
            summary("0 0 1-7 * 1", DialectId::systemd_cron));
}

}  // namespace
}  // namespace cronkit
