// The one table of time-field facts (parse/field_values.hpp) that the parser, the linter and the
// explainer read.

#include <gtest/gtest.h>

#include "parse/field_values.hpp"

namespace cronkit {
namespace {

TEST(FieldFacts, NamesBoundsAndCycles) {
  struct Expected {
    FieldKind kind;
    std::string_view name;
    std::string_view rule_id;
    int low, high, cycle;
  };
  const Expected expected[] = {
      {FieldKind::minute, "minute", "minute-out-of-range", 0, 59, 60},
      {FieldKind::hour, "hour", "hour-out-of-range", 0, 23, 24},
      {FieldKind::day_of_month, "day-of-month", "dom-out-of-range", 1, 31, 31},
      {FieldKind::month, "month", "month-out-of-range", 1, 12, 12},
      {FieldKind::day_of_week, "day-of-week", "dow-out-of-range", 0, 7, 7},
  };
  for (const Expected& e : expected) {
    const FieldFacts& facts = field_facts(e.kind);
    SCOPED_TRACE(std::string(e.name));
    EXPECT_EQ(facts.kind, e.kind);
    EXPECT_EQ(facts.name, e.name);
    EXPECT_EQ(facts.rule_id, e.rule_id);
    EXPECT_EQ(facts.low, e.low);
    EXPECT_EQ(facts.high, e.high);
    EXPECT_EQ(facts.cycle, e.cycle);
  }
}

TEST(FieldFacts, ThreeLetterNamesCaseInsensitive) {
  const FieldFacts& month = field_facts(FieldKind::month);
  const FieldFacts& weekday = field_facts(FieldKind::day_of_week);
  EXPECT_EQ(value_of_name(month, "jan"), 1);
  EXPECT_EQ(value_of_name(month, "DEC"), 12);
  EXPECT_EQ(value_of_name(weekday, "Sun"), 0) << "the first match wins, not 7";
  EXPECT_EQ(value_of_name(weekday, "sat"), 6);
  EXPECT_FALSE(value_of_name(weekday, "sunday"));
  EXPECT_FALSE(value_of_name(month, "mon"));
  EXPECT_FALSE(value_of_name(field_facts(FieldKind::hour), "jan"));
}

TEST(CronAtoi, ClampsThenTruncatesLikeCron) {
  EXPECT_EQ(cron_atoi("59"), 59);
  EXPECT_EQ(cron_atoi("007"), 7);
  EXPECT_EQ(cron_atoi("4294967301"), 5) << "2^32 + 5 keeps its low 32 bits";
  EXPECT_EQ(cron_atoi("99999999999999999999999"), -1) << "saturates at LONG_MAX, low bits all 1";
}

}  // namespace
}  // namespace cronkit
