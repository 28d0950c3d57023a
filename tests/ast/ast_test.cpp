// Syntax-tree facts shared by every tool: the `@` specials and how a schedule is shown.

#include <gtest/gtest.h>

#include "ast/ast.hpp"
#include "parse/parse.hpp"

namespace cronkit {
namespace {

TEST(Specials, OneTableBothWays) {
  for (Special special : all_specials) {
    EXPECT_EQ(special_from_name(special_name(special)), special);
  }
  EXPECT_EQ(special_name(Special::reboot), "reboot");
  EXPECT_EQ(special_name(Special::annually), "annually");
  EXPECT_EQ(special_from_name("midnight"), Special::midnight);
  EXPECT_FALSE(special_from_name("Daily")) << "cron compares case-sensitively";
  EXPECT_FALSE(special_from_name("@daily"));
  EXPECT_FALSE(special_from_name("every_minute"));
}

TEST(Specials, TheParserKnowsExactlyTheTable) {
  for (Special special : all_specials) {
    std::string line = "@" + std::string(special_name(special)) + " true\n";
    Crontab crontab = parse_crontab(line, ParseOptions{});
    ASSERT_EQ(crontab.entries.size(), 1u) << line;
    EXPECT_EQ(crontab.entries[0].special, special);
  }
  Crontab unknown = parse_crontab("@Daily true\n", ParseOptions{});
  ASSERT_FALSE(unknown.diagnostics.empty());
  EXPECT_EQ(unknown.diagnostics[0].message,
            "unknown special \"@Daily\" (specials are case-sensitive: write @daily); cron knows "
            "@reboot, @yearly, @annually, @monthly, @weekly, @daily, @midnight and @hourly");
}

TEST(ScheduleText, FieldsJoinedBySingleSpacesOrTheSpecial) {
  Crontab crontab = parse_crontab("30\t2  * *  1-5 backup\n@weekly true\n", ParseOptions{});
  ASSERT_EQ(crontab.entries.size(), 2u);
  EXPECT_EQ(schedule_text(crontab.entries[0].special, crontab.entries[0].fields), "30 2 * * 1-5");
  EXPECT_EQ(schedule_text(crontab.entries[1].special, crontab.entries[1].fields), "@weekly");
  ParsedSchedule parsed = parse_schedule("*/5  9-17 * * mon");
  EXPECT_EQ(schedule_text(parsed.special, parsed.fields), "*/5 9-17 * * mon");
}

}  // namespace
}  // namespace cronkit
