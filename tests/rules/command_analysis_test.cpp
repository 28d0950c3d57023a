// lib/lint/command_analysis: cron's side of reading a command (escapes, spans in the crontab,
// environment lines); the shell model itself is tested in tests/shell.

#include "lint/command_analysis.hpp"
#include "parse/command_text.hpp"

#include <gtest/gtest.h>

namespace cronkit::lint {
namespace {

// A command starting at column 11 of line 1 (after "0 * * * * ").
CommandAnalysis analyze(std::string_view raw, DialectId id = DialectId::debian) {
  Span span{1, 11, static_cast<std::uint32_t>(11 + raw.size()), 10, 10 + raw.size()};
  return analyze_command_text(raw, span, dialect(id));
}

TEST(CommandAnalysis, QuotingEscapesAndCronPercent) {
  // `\%` is `%` for the shell; offsets still point into the crontab line.
  CommandAnalysis a = analyze("date \"+\\%F\" 'a b' c\\ d # comment 'x");
  ASSERT_EQ(a.commands.size(), 1u);
  const auto& words = a.commands[0].words;
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(words[1].text, "+%F");
  EXPECT_EQ(words[1].span.column, 16u);
  EXPECT_EQ(words[1].span.end_column, 22u);
  EXPECT_EQ(words[2].text, "a b");
  EXPECT_EQ(words[3].text, "c d");
  ASSERT_NE(a.find(ShellConstruct::Kind::comment), nullptr);
  EXPECT_EQ(a.find(ShellConstruct::Kind::unterminated_single_quote), nullptr);
}

TEST(CommandAnalysis, CronEscapesUndoneWithoutTheCut) {
  std::vector<std::uint32_t> offsets;
  const std::string raw = "a\\%b%c";
  EXPECT_EQ(unescape_command(raw, dialect(DialectId::debian), &offsets), "a%b%c");
  // Each byte keeps the offset it came from: the `%` stands where its backslash was.
  EXPECT_EQ(offsets, (std::vector<std::uint32_t>{0, 1, 3, 4, 5}));
  offsets.clear();
  EXPECT_EQ(unescape_command("plain", dialect(DialectId::debian), &offsets), "plain");
  EXPECT_TRUE(offsets.empty());
  EXPECT_EQ(unescaped_percents("a\\%b%c\\\\%"), (std::vector<std::size_t>{4, 8}));
}

TEST(CommandAnalysis, DebianReadsDoubleBackslashAsOne) {
  EXPECT_EQ(analyze("echo a\\\\b", DialectId::debian).text, "echo a\\b");
  EXPECT_EQ(analyze("echo a\\\\b", DialectId::cronie).text, "echo a\\\\b");
}

TEST(EnvLineCandidate, ReadsLinesAsCronDoes) {
  using Outcome = EnvLineCandidate::Outcome;
  EXPECT_EQ(read_env_line("MAILTO=").outcome, Outcome::empty_unquoted_value);
  EXPECT_EQ(read_env_line("MAILTO=  ").outcome, Outcome::empty_unquoted_value);
  EXPECT_EQ(read_env_line("A = b c  ").outcome, Outcome::assignment);
  EXPECT_EQ(read_env_line("A=\"b\" # c").outcome, Outcome::junk_after_quoted_value);
  EXPECT_EQ(read_env_line("A=\"b").outcome, Outcome::unterminated_quote);
  EXPECT_EQ(read_env_line("export A=b").outcome, Outcome::export_prefix);
  EXPECT_EQ(read_env_line("0 3 * * * A=b cmd").outcome, Outcome::not_an_assignment);
  EXPECT_EQ(read_env_line("FOO BAR=1").outcome, Outcome::not_an_assignment);
  EnvLineCandidate c = read_env_line("  NAME = 'v' ");
  EXPECT_EQ(c.name, "NAME");
  EXPECT_EQ(c.value, "'v'");
  EXPECT_EQ(c.quote, '\'');
}

}  // namespace
}  // namespace cronkit::lint
