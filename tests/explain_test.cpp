// cronexplain's library: its sentence conventions, output routing, entry facts, JSON.

#include <gtest/gtest.h>

#include <string>

#include "explain/entry.hpp"
#include "explain/explain.hpp"
#include "explain/output.hpp"
#include "explain/render.hpp"
#include "parse/parse.hpp"
#include "text/json.hpp"

namespace cronkit {
namespace {

ScheduleExplanation explanation(std::string_view text, ExplainOptions options = {}) {
  const ParsedSchedule parsed = parse_schedule(text, options.dialect);
  EXPECT_TRUE(parsed.ok()) << text;
  return explain_schedule(parsed.special, parsed.fields, parsed.schedule, options);
}

std::string explain(std::string_view text, ExplainOptions options = {}) {
  return explanation(text, options).summary;
}

std::string explain_12h(std::string_view text) {
  return explain(text, ExplainOptions{DialectId::debian, true});
}

std::string explain_cronie(std::string_view text) {
  return explain(text, ExplainOptions{DialectId::cronie, false});
}

// ---- the sentence conventions ---------------------------------------------------------------

TEST(ExplainSchedule, WeekdayRangeReadsThrough) {
  EXPECT_EQ(explain("30 2 * * 1-5"), "At 02:30, Monday through Friday.");
  EXPECT_EQ(explain("30 2 * * mon-fri"), "At 02:30, Monday through Friday.");
}

TEST(ExplainSchedule, TwelveHourClock) {
  EXPECT_EQ(explain_12h("30 2 * * 1-5"), "At 2:30 AM, Monday through Friday.");
  EXPECT_EQ(explain_12h("0 0 * * *"), "At 12:00 AM every day.");
  EXPECT_EQ(explain_12h("0 12 * * *"), "At 12:00 PM every day.");
  EXPECT_EQ(explain_12h("59 23 * * *"), "At 11:59 PM every day.");
}

TEST(ExplainSchedule, BothDayFieldsRestrictedAreJoinedWithOr) {
  EXPECT_EQ(explain("0 0 13 * 5"), "At 00:00 on day 13 of the month or on Friday.");
  EXPECT_EQ(explain("0 0 1-7 * mon"), "At 00:00 on days 1 through 7 of the month or on Monday.");
  EXPECT_EQ(explanation("0 0 13 * 5").day_rule, DayRule::either_may_match);
}

TEST(ExplainSchedule, StarStepInADayFieldMeansAnd) {
  EXPECT_EQ(explain("0 0 */2 * sun"),
            "At 00:00 on odd-numbered days of the month if that day is also a Sunday.");
  EXPECT_EQ(explain("0 0 */1 * 5"), "At 00:00 on Friday.");
  EXPECT_EQ(explain("0 0 *,1 * 5"), "At 00:00 on Friday.");
  EXPECT_EQ(explanation("0 0 */2 * sun").day_rule, DayRule::both_must_match);
}

TEST(ExplainSchedule, FullDayOfMonthWithOrRunsEveryDay) {
  EXPECT_EQ(explain("0 0 1-31 * 5"),
            "At 00:00 every day (cron runs when either day field matches, and the day-of-month "
            "field alone matches every day).");
}

TEST(ExplainSchedule, NeverFiringDatesSayWhy) {
  EXPECT_EQ(explain("0 0 31 2 *"), "Never: February has no day 31.");
  const ScheduleExplanation never = explanation("0 0 31 4,6,9,11 *");
  EXPECT_TRUE(never.never);
  EXPECT_EQ(never.never_reason, "April, June, September and November have no day 31");
}

TEST(ExplainSchedule, DaysMissingInSomeMonthsAreNoted) {
  EXPECT_EQ(explain("0 0 31 * *"),
            "At 00:00 on day 31 of the month (not in February, April, June, September and "
            "November, which have no day 31).");
  EXPECT_EQ(explain("0 0 29 2 *"), "At 00:00 on day 29 of February (only in leap years).");
  EXPECT_EQ(explain("0 0 31 2 mon"),
            "At 00:00 on day 31 of the month or on Monday, in February (February has no day 31, "
            "so only the day of the week counts).");
}

TEST(ExplainSchedule, RebootHasNoTimes) {
  const ScheduleExplanation reboot = explanation("@reboot");
  EXPECT_TRUE(reboot.at_reboot);
  EXPECT_FALSE(reboot.never);
  EXPECT_TRUE(reboot.minutes.empty());
  EXPECT_NE(reboot.summary.find("start-up (reboot)"), std::string::npos);
  EXPECT_NE(reboot.summary.find("no times"), std::string::npos);
}

TEST(ExplainSchedule, OtherSpecialsReadLikeTheirFields) {
  EXPECT_EQ(explain("@daily"), "At 00:00 every day.");
  EXPECT_EQ(explain("@weekly"), "At 00:00 on Sunday.");
  EXPECT_EQ(explain("@monthly"), "At 00:00 on day 1 of the month.");
  EXPECT_EQ(explain("@yearly"), "At 00:00 on day 1 of January.");
  EXPECT_EQ(explain("@hourly"), "At :00 past every hour.");
}

TEST(ExplainSchedule, SevenIsSunday) {
  EXPECT_EQ(explain("0 0 * * 7"), "At 00:00 on Sunday.");
  EXPECT_EQ(explain("0 0 * * 0,7"), "At 00:00 on Sunday.");
  EXPECT_EQ(explanation("0 0 * * 7").days_of_week, std::vector<int>{0});
  EXPECT_EQ(explain("0 0 * * 5-7"), "At 00:00, Friday through Sunday.");
}

TEST(ExplainSchedule, ReversedRangeInMinuteHourOrMonthNeverRuns) {
  EXPECT_EQ(explain("5-1 * * * *"),
            "Never: the minute range 5-1 is reversed, which cron reads as no minutes.");
  EXPECT_EQ(explain("0 5-1 * * *"),
            "Never: the hour range 5-1 is reversed, which cron reads as no hours.");
  EXPECT_EQ(explain("0 0 * nov-feb *"),
            "Never: the month range nov-feb is reversed, which cron reads as no months.");
}

TEST(ExplainSchedule, ReversedRangeInADayFieldSaysWhatCronDoes) {
  // OR rule: the day of the month still decides.
  EXPECT_EQ(explain("0 0 1 * fri-mon"),
            "At 00:00 on day 1 of the month (the day-of-week range fri-mon is reversed, which "
            "cron reads as no days).");
  // AND rule with an empty weekday set: never.
  EXPECT_TRUE(explanation("0 0 * * fri-mon").never);
  EXPECT_NE(explain("0 0 * * sat-sun").find("write 6-7 for both"), std::string::npos);
  // cronie reads an end of 0 as 7.
  EXPECT_EQ(explain_cronie("0 0 * * sat-sun"), "At 00:00 on Saturday and Sunday.");
}

TEST(ExplainSchedule, UnevenStepsSayWhereTheyLand) {
  EXPECT_EQ(explain("*/7 * * * *"),
            "Every 7 minutes from :00 through :56 (then :00 of the next hour, a 4-minute gap).");
  EXPECT_EQ(explain("*/25 * * * *"), "At :00, :25 and :50 past every hour.");
  EXPECT_EQ(explain("*/35 * * * *"), "At :00 and :35 past every hour.");
  EXPECT_EQ(explain("*/15 * * * *"), "Every 15 minutes.");
  EXPECT_EQ(explain("1-59/2 * * * *"), "Every 2 minutes from :01 through :59.");
  EXPECT_EQ(explain("0 */23 * * *"), "At 00:00 and 23:00 every day.");
}

TEST(ExplainSchedule, TimeListsAndHourRanges) {
  EXPECT_EQ(explain("0 9,17 * * *"), "At 09:00 and 17:00 every day.");
  EXPECT_EQ(explain("0,30 9-17 * * *"), "Every 30 minutes from 09:00 through 17:30.");
  EXPECT_EQ(explain("15 9-11,14-17 * * *"),
            "At :15 past each hour from 09:15 through 11:15 and from 14:15 through 17:15.");
  EXPECT_EQ(explain("0 */2 * * *"), "At :00 past every 2nd hour from 00:00 through 22:00.");
  EXPECT_EQ(explain("* 9 * * *"), "Every minute from 09:00 through 09:59.");
  EXPECT_EQ(explain("*/15 9-17 * * 1-5"),
            "Every 15 minutes from 09:00 through 17:45, Monday through Friday.");
}

TEST(ExplainSchedule, MonthsAreNamed) {
  EXPECT_EQ(explain("0 0 * */3 *"), "At 00:00 every day in January, April, July and October.");
  EXPECT_EQ(explain("30 4 1,15 jan-jun *"), "At 04:30 on days 1 and 15 of January through June.");
}

TEST(ExplainSchedule, TextDebianSkipsIsMentioned) {
  EXPECT_EQ(explain("0 0 * * 5#3"),
            "At 00:00 on Friday (Debian's cron ignores \"#3\" in the day-of-week field \"5#3\").");
}

TEST(ClockTime, FormatsBothClocks) {
  EXPECT_EQ(clock_time(2, 5, false), "02:05");
  EXPECT_EQ(clock_time(0, 0, true), "12:00 AM");
  EXPECT_EQ(clock_time(12, 30, true), "12:30 PM");
  EXPECT_EQ(clock_time(23, 59, true), "11:59 PM");
}

// ---- where output goes ------------------------------------------------------------------------

std::string output_of(std::string_view command, MailTarget mail = {}, bool bash = false) {
  return describe_output(route_output(command, bash), mail);
}

const MailTarget ops{MailTarget::Kind::address, "ops@example.com"};

TEST(OutputRouting, AppendedWithStderr) {
  EXPECT_EQ(output_of("backup >> /var/log/x.log 2>&1"), "appended to /var/log/x.log, stderr too");
}

TEST(OutputRouting, DiscardedToDevNull) {
  EXPECT_EQ(output_of("poll > /dev/null 2>&1"), "discarded");
  EXPECT_EQ(output_of("poll >/dev/null 2>&1", ops), "discarded");
  EXPECT_EQ(output_of("poll 1>&- 2>&-"), "discarded");
}

TEST(OutputRouting, OnlyStdoutRedirectedStillMailsStderr) {
  EXPECT_EQ(output_of("report > /dev/null", ops),
            "stdout discarded; stderr mailed to ops@example.com (MAILTO)");
  // Redirections apply left to right: stderr goes where stdout went before it moved.
  EXPECT_EQ(output_of("report 2>&1 >/dev/null", ops),
            "stdout discarded; stderr mailed to ops@example.com (MAILTO)");
}

TEST(OutputRouting, DefaultIsMailToMailtoOrOwner) {
  EXPECT_EQ(output_of("true"), "mailed to the crontab's owner");
  EXPECT_EQ(output_of("true", MailTarget{MailTarget::Kind::owner, "root"}),
            "mailed to root (the user it runs as)");
  EXPECT_EQ(output_of("true", ops), "mailed to ops@example.com (MAILTO)");
  EXPECT_EQ(output_of("true", MailTarget{MailTarget::Kind::disabled, ""}),
            "discarded (MAILTO is empty)");
}

TEST(OutputRouting, QuotesAndSubstitutionsAreNotRedirections) {
  EXPECT_EQ(output_of("echo '>' \"a > b\" \\> c"), "mailed to the crontab's owner");
  EXPECT_EQ(output_of("echo $(date > /tmp/d)"), "mailed to the crontab's owner");
}

TEST(OutputRouting, PipelinesAndLists) {
  EXPECT_EQ(
      output_of("a | b > /tmp/out"),
      "stdout written to /tmp/out (emptied at each run); stderr mailed to the crontab's owner");
  EXPECT_EQ(output_of("a 2>&1 | b > /dev/null 2>&1"), "discarded");
  EXPECT_EQ(output_of("a > /dev/null 2>&1; b"), "discarded or mailed to the crontab's owner");
  EXPECT_EQ(output_of("{ a; b; } >> /tmp/ab 2>&1"), "appended to /tmp/ab, stderr too");
  EXPECT_EQ(output_of("( a; b ) > /dev/null 2>&1"), "discarded");
}

TEST(OutputRouting, AmpersandRedirectDependsOnTheShell) {
  EXPECT_EQ(output_of("agent &> /tmp/a", {}, true),
            "written to /tmp/a (emptied at each run), stderr too");
  const std::string sh = output_of("agent &> /tmp/a", {}, false);
  EXPECT_EQ(sh.rfind("mailed to the crontab's owner", 0), 0u) << sh;
  EXPECT_NE(sh.find("in the background"), std::string::npos);
}

// ---- entries ----------------------------------------------------------------------------------

TEST(DescribeEntry, EnvironmentShowsOnlySafeValues) {
  const Crontab crontab = parse_crontab(
      "SHELL=/bin/bash\nAPI_TOKEN=s3cr3t\nMAILTO=ops@example.com\n"
      "30 2 * * 1-5 backup >> /var/log/b.log 2>&1\n",
      ParseOptions{CrontabFormat::user, DialectId::debian, "t.crontab"});
  ASSERT_EQ(crontab.entries.size(), 1u);
  const EntryFacts facts = describe_entry(crontab, crontab.entries[0]);
  EXPECT_EQ(facts.file, "t.crontab");
  EXPECT_EQ(facts.line, 4u);
  EXPECT_EQ(facts.schedule_text, "30 2 * * 1-5");
  EXPECT_EQ(facts.output, "appended to /var/log/b.log, stderr too");
  ExplainedItem item{facts.schedule_text, explanation("30 2 * * 1-5"), facts, {}, {}};
  const std::string text = render_text({item}, false);
  const std::string json = render_json({item});
  EXPECT_EQ(text.find("s3cr3t"), std::string::npos) << text;
  EXPECT_EQ(json.find("s3cr3t"), std::string::npos) << json;
  EXPECT_NE(text.find("API_TOKEN (value not shown)"), std::string::npos);
  EXPECT_NE(text.find("SHELL=/bin/bash"), std::string::npos);
  EXPECT_NE(text.find("PATH=/usr/bin:/bin (default)"), std::string::npos);
}

TEST(DescribeEntry, StandardInputAndUser) {
  const Crontab crontab =
      parse_crontab("0 8 * * 1 joe mail -s hi joe%Hello,%%bye%\n",
                    ParseOptions{CrontabFormat::system, DialectId::debian, "/etc/cron.d/x"});
  ASSERT_EQ(crontab.entries.size(), 1u);
  const EntryFacts facts = describe_entry(crontab, crontab.entries[0]);
  EXPECT_EQ(facts.user, "joe");
  EXPECT_EQ(facts.command, "mail -s hi joe");
  EXPECT_EQ(facts.standard_input, "Hello,\n\nbye\n");
  EXPECT_EQ(facts.output, "mailed to joe (the user it runs as)");
  EXPECT_EQ(quoted_text(facts.standard_input), "\"Hello,\\n\\nbye\\n\"");
}

TEST(DescribeEntry, CronTzDependsOnTheDialect) {
  const std::string text = "CRON_TZ=Asia/Tokyo\nMAILTO=\"\"\n0 9 * * * run\n";
  const Crontab debian =
      parse_crontab(text, ParseOptions{CrontabFormat::user, DialectId::debian, "-"});
  const Crontab cronie =
      parse_crontab(text, ParseOptions{CrontabFormat::user, DialectId::cronie, "-"});
  const EntryFacts on_debian = describe_entry(debian, debian.entries.at(0));
  const EntryFacts on_cronie = describe_entry(cronie, cronie.entries.at(0));
  EXPECT_FALSE(on_debian.schedule_zone);
  EXPECT_EQ(on_cronie.schedule_zone, "Asia/Tokyo");
  EXPECT_EQ(on_debian.output, "discarded (MAILTO is empty)");
}

// ---- JSON ---------------------------------------------------------------------------------------

TEST(JsonString, EscapesWhatJsonRequires) {
  EXPECT_EQ(json_string("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(json_string("x\ny\tz\x01"), "\"x\\ny\\tz\\u0001\"");
  EXPECT_EQ(json_string("caf\xc3\xa9"), "\"caf\xc3\xa9\"");  // valid UTF-8 stays as is
  EXPECT_EQ(json_string("\xff"), "\"\\ufffd\"");             // invalid UTF-8 becomes U+FFFD
}

TEST(RenderJson, HasTheFieldsTheIssueNames) {
  ExplainedItem item{
      "0 0 13 * 5", explanation("0 0 13 * 5"), std::nullopt, {"2026-01-02T00:00:00Z"}, {}};
  const std::string json = render_json({item});
  for (const char* key :
       {"\"schedule\": \"0 0 13 * 5\"", "\"summary\":", "\"minutes\": [0]", "\"hours\": [0]",
        "\"days_of_month\": [13]", "\"days_of_week\": [5]", "\"day_rule\": \"or\"",
        "\"never\": false", "\"next\": [\"2026-01-02T00:00:00Z\"]"}) {
    EXPECT_NE(json.find(key), std::string::npos) << key << " in " << json;
  }
  EXPECT_EQ(json.front(), '[');
  EXPECT_EQ(render_json({}), "[]\n");
}

}  // namespace
}  // namespace cronkit
