// The cloud-scheduler dialect: Google Cloud Scheduler's unix-cron as Google documents it: five
// fields, day-of-week 0-7, OR of the day fields unless one is `*`, Etc/UTC by default.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dialect/dialect.hpp"
#include "parse/parse.hpp"
#include "sim/simulate.hpp"
#include "support/dialect_runs.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

using namespace std::chrono_literals;

ParsedSchedule parse(std::string_view text) {
  return parse_schedule(text, DialectId::cloud_scheduler);
}

std::vector<std::string> runs(std::string_view text, const char* zone_name, const char* start,
                              std::size_t count) {
  return testing::dialect_runs(text, DialectId::cloud_scheduler, zone_name, start, count);
}

TEST(CloudScheduler, IsAnEtcUtcDialectWithoutCrontabFiles) {
  EXPECT_EQ(dialect_from_name("cloud-scheduler"), DialectId::cloud_scheduler);
  EXPECT_FALSE(dialect(DialectId::cloud_scheduler).reads_crontab_files);
  EXPECT_EQ(dialect(DialectId::cloud_scheduler).default_zone, "Etc/UTC");
}

TEST(CloudScheduler, DocumentedSyntax) {
  for (const char* text : {"0 9 * * 1-5", "0 0-23/2 * * *", "*/2 * * * *", "0 0 1 JAN,JUL *",
                           "0 0 * * SUN", "0 0 * * 7"}) {
    EXPECT_TRUE(parse(text).ok()) << text;
  }
  EXPECT_EQ(parse("0 0 * * 7").schedule.days_of_week, parse("0 0 * * 0").schedule.days_of_week);
  // Not documented: L, ?, W, #, @-words, seconds.
  for (const char* text : {"0 0 L * *", "0 0 ? * 1", "0 0 * * 5#2", "@daily", "0 0 9 * * *"}) {
    EXPECT_FALSE(parse(text).ok()) << text;
  }
}

TEST(CloudScheduler, DayFieldsOrUnlessOneIsStar) {
  // The documentation's example: day 1 and SAT is the 1st and every Saturday.
  EXPECT_EQ(runs("0 0 1 * SAT", "Etc/UTC", "2026-01-01T00:00:00Z", 3),
            (std::vector<std::string>{"2026-01-03T00:00:00Z", "2026-01-10T00:00:00Z",
                                      "2026-01-17T00:00:00Z"}));
  EXPECT_EQ(runs("0 0 1 * *", "Etc/UTC", "2026-01-01T00:00:00Z", 1),
            (std::vector<std::string>{"2026-02-01T00:00:00Z"}));
}

}  // namespace
}  // namespace cronkit
