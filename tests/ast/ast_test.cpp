// Syntax-tree facts shared by every tool: the `@` specials, how a schedule is shown, and the
// spans the compact tree derives rather than stores.

#include <gtest/gtest.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>

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

// The tree stores little and derives the rest (docs/architecture.md): a field keeps where it
// starts and takes its length from its text, an entry's @-word, options and user are offsets into
// its line. What is derived must be what was stored before.
TEST(CompactTree, AFieldsSpanEndsWhereItsTextEnds) {
  Crontab crontab = parse_crontab("  */5 9-17 * * 1-5 cmd\n", ParseOptions{});
  ASSERT_EQ(crontab.entries.size(), 1u);
  const Field& hour = crontab.entries[0].fields[1];
  EXPECT_EQ(hour.text(), "9-17");
  EXPECT_EQ(hour.span(), (Span{1, 7, 11, 6, 10}));
  EXPECT_EQ(hour.span_of(hour.items()[0]), hour.span());
  const Field& minute = crontab.entries[0].fields[0];
  EXPECT_EQ(minute.span(), (Span{1, 3, 6, 2, 5}));
}

// A line cron rejects keeps the job it would have run: its user as an offset into its line, the
// command, and the environment in force, as an entry does.
TEST(CompactTree, ARejectedLineKeepsItsUserCommandAndEnvironment) {
  ParseOptions system;
  system.format = CrontabFormat::system;
  Crontab crontab = parse_crontab("A=1\nB=2\n61 5 * * *  backup\t/usr/bin/run --all\n", system);
  ASSERT_EQ(crontab.rejected.size(), 1u);
  const RejectedLine& rejected = crontab.rejected[0];
  ASSERT_TRUE(rejected.has_command);
  ASSERT_TRUE(rejected.user);
  EXPECT_EQ(*rejected.user, "backup");
  // Line 3 starts at byte 8; "backup" is at columns 13-18.
  EXPECT_EQ(rejected.user_span(), (Span{3, 13, 19, 20, 26}));
  EXPECT_EQ(rejected.command.raw, "/usr/bin/run --all");
  EXPECT_EQ(rejected.environment_in_force, 2u);

  Crontab user = parse_crontab("61 5 * * * /usr/bin/run\n61 5 * * *\n", ParseOptions{});
  ASSERT_EQ(user.rejected.size(), 2u);
  EXPECT_FALSE(user.rejected[0].user);
  EXPECT_EQ(user.rejected[0].user_span(), Span{});
  EXPECT_EQ(user.rejected[0].command.raw, "/usr/bin/run");
  EXPECT_FALSE(user.rejected[1].has_command);
}

TEST(CompactTree, AnIgnoredTailEndsTheFieldsSpan) {
  // Debian's cron reads `5#3` as `5` and skips the rest of the token.
  Crontab crontab = parse_crontab("0 0 * * 5#3 cmd\n", ParseOptions{});
  ASSERT_EQ(crontab.entries.size(), 1u);
  const Field& day_of_week = crontab.entries[0].fields[4];
  EXPECT_EQ(day_of_week.ignored_tail(), "#3");
  EXPECT_EQ(day_of_week.ignored_tail_span(), (Span{1, 10, 12, 9, 11}));
  EXPECT_EQ(day_of_week.span(), (Span{1, 9, 12, 8, 11}));
}

TEST(CompactTree, SpringsMacroGivesEveryFieldTheWordsSpan) {
  // `@daily` stands for "0 0 0 * * *": each field has the expansion's text and the word's span.
  ParsedSchedule parsed = parse_schedule(" @daily", DialectId::spring);
  ASSERT_TRUE(parsed.ok());
  for (const Field& field : parsed.fields) {
    EXPECT_EQ(field.text().size(), 1u) << field.text();
    EXPECT_EQ(field.span(), (Span{1, 2, 8, 1, 7})) << field.text();
  }
}

TEST(CompactTree, AnEntrysPartsAreSpansOfItsLine) {
  ParseOptions system;
  system.format = CrontabFormat::system;
  Crontab crontab = parse_crontab("# jobs\n@daily  root  cmd\n", system);
  ASSERT_EQ(crontab.entries.size(), 1u);
  const Entry& entry = crontab.entries[0];
  EXPECT_EQ(entry.special_span(), (Span{2, 1, 7, 7, 13}));
  ASSERT_TRUE(entry.user);
  EXPECT_EQ(*entry.user, "root");
  EXPECT_EQ(entry.user_span(), (Span{2, 9, 13, 15, 19}));
  EXPECT_EQ(entry.line_options_span(), Span{}) << "no options: an empty span, as before";

  Crontab user_crontab = parse_crontab("0 1 * * * cmd\n", ParseOptions{});
  ASSERT_EQ(user_crontab.entries.size(), 1u);
  EXPECT_FALSE(user_crontab.entries[0].user);
  EXPECT_EQ(user_crontab.entries[0].user_span(), Span{});
  EXPECT_EQ(user_crontab.entries[0].special_span(), Span{});
}

TEST(CompactTree, OptionalTextKeepsAnEmptyTextThatWasWritten) {
  const std::string_view line = "x";
  const OptionalText nothing;
  const OptionalText empty{line.substr(1)};
  const OptionalText from_optional{std::optional<std::string_view>(line)};
  EXPECT_FALSE(nothing);
  EXPECT_TRUE(empty);
  EXPECT_EQ(*empty, "");
  EXPECT_EQ(*from_optional, "x");
  EXPECT_FALSE(nothing == empty);
  EXPECT_TRUE(from_optional == OptionalText(std::string_view("x")));
  EXPECT_FALSE(OptionalText(std::optional<std::string_view>()));
}

TEST(CompactTree, APercentIsAnOffsetOrNothing) {
  Crontab crontab = parse_crontab("0 1 * * * echo a%b\n0 2 * * * true\n", ParseOptions{});
  ASSERT_EQ(crontab.entries.size(), 2u);
  EXPECT_EQ(crontab.entries[0].command.first_unescaped_percent(), 6u);
  EXPECT_FALSE(crontab.entries[1].command.first_unescaped_percent());
}

// PackedView keeps the address as bytes: what goes in comes out, whatever its alignment, and a
// text that was set empty keeps its address, which is how the parser tells whether it has read
// the day-of-week field yet.
TEST(CompactTree, PackedViewsGiveBackTheAddressAndLengthTheyWereGiven) {
  const std::string_view line = "*/15 9-17 * * 1-5 /bin/job";
  for (std::size_t begin = 0; begin < line.size(); ++begin) {
    const std::string_view text = line.substr(begin, line.size() - begin);
    Field field;
    field.set_text(text);
    EXPECT_EQ(field.text().data(), text.data());
    EXPECT_EQ(field.text().size(), text.size());
    FieldItem item;
    item.set_text(text.substr(0, 1));
    EXPECT_EQ(item.text().data(), text.data());
    EXPECT_EQ(item.text(), text.substr(0, 1));
  }
  Field never_read;
  EXPECT_EQ(never_read.text().data(), nullptr);
  EXPECT_TRUE(never_read.items().empty());
  Field empty;
  empty.set_text(line.substr(3, 0));
  EXPECT_EQ(empty.text().data(), line.data() + 3);

  const FieldItem items[3]{};
  Field with_items;
  with_items.set_items(std::span<const FieldItem>(items + 1, 2));
  EXPECT_EQ(with_items.items().data(), items + 1);
  EXPECT_EQ(with_items.items().size(), 2u);
  static_assert(alignof(FieldItem) == 4 && alignof(Field) == 4,
                "the views ask for no more than 4-byte alignment");
}

}  // namespace
}  // namespace cronkit
