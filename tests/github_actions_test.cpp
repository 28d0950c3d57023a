// The github-actions dialect: GitHub's documented schedule syntax (POSIX five fields, names,
// `a/n` through the end of the field, no @-words or Quartz letters), UTC by default, the skipped
// spring-forward time moved to the first time after the gap, and the five-minute minimum
// interval as a warning.

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
  return parse_schedule(text, DialectId::github_actions);
}

std::string first(std::string_view text, Severity severity) {
  for (const Diagnostic& d : parse(text).diagnostics) {
    if (d.severity == severity) return d.message;
  }
  return {};
}

std::vector<std::string> runs(std::string_view text, const char* zone_name, const char* start,
                              std::size_t count) {
  return testing::dialect_runs(text, DialectId::github_actions, zone_name, start, count,
                               testing::FromStart::included);
}

TEST(GithubActions, IsASchedulerInUtc) {
  EXPECT_EQ(dialect_from_name("github-actions"), DialectId::github_actions);
  const Dialect& github = dialect(DialectId::github_actions);
  EXPECT_FALSE(github.reads_crontab_files);
  EXPECT_EQ(github.default_zone, "UTC");
  EXPECT_EQ(dialect(DialectId::debian).default_zone, "");
}

TEST(GithubActions, ReadsTheDocumentedSyntax) {
  for (const char* text :
       {"*/15 9-17 * * 1-5", "30 5 * JAN-MAR MON", "20/15 * * * *", "0 0 1,15 * *"}) {
    EXPECT_TRUE(parse(text).ok()) << text << ": " << first(text, Severity::error);
  }
  // `20/15` is minutes 20, 35 and 50 (the documentation's example).
  const Schedule s = parse("20/15 * * * *").schedule;
  EXPECT_TRUE(s.minutes[20] && s.minutes[35] && s.minutes[50]);
  EXPECT_EQ(s.minutes.count(), 3u);
  for (const char* text : {"@daily", "0 0 ? * 1", "0 0 L * *", "0 0 * * 5#2", "0 9 * * * *"}) {
    EXPECT_FALSE(parse(text).ok()) << text;
  }
  EXPECT_NE(first("@daily", Severity::error).find("GitHub Actions"), std::string::npos);
}

TEST(GithubActions, WarnsBelowFiveMinutes) {
  EXPECT_EQ(first("*/2 * * * *", Severity::warning),
            "GitHub Actions runs scheduled workflows at most once every 5 minutes; this schedule "
            "asks for runs 2 minutes apart (00:00 and 00:02)");
  EXPECT_EQ(first("0,4 9 * * *", Severity::warning),
            "GitHub Actions runs scheduled workflows at most once every 5 minutes; this schedule "
            "asks for runs 4 minutes apart (09:00 and 09:04)");
  EXPECT_EQ(first("58 23 * * *", Severity::warning), "");
  EXPECT_EQ(first("*/5 * * * *", Severity::warning), "");
  // 23:58 and 00:01 the next day are three minutes apart.
  EXPECT_EQ(first("1,58 0,23 * * *", Severity::warning),
            "GitHub Actions runs scheduled workflows at most once every 5 minutes; this schedule "
            "asks for runs 3 minutes apart (23:58 and 00:01)");
}

TEST(GithubActions, SpringGapRunsAtTheFirstTimeAfterIt) {
  EXPECT_EQ(runs("30 2 * * *", "America/New_York", "2026-03-07T12:00:00-05:00", 2),
            (std::vector<std::string>{"2026-03-08T03:00:00-04:00", "2026-03-09T02:30:00-04:00"}));
}

}  // namespace
}  // namespace cronkit
