// lib/lint/command_analysis: cron's side of reading a command (escapes, spans in the crontab,
// environment lines); the shell model itself is tested in tests/shell.

#include "lint/command_analysis.hpp"
#include "lint/run_cache.hpp"
#include "parse/command_text.hpp"
#include "parse/parse.hpp"

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

TEST(CommandAnalysis, CronieOffsetsPointAtTheCrontab) {
  // cronie keeps `\\` (two bytes for the shell) and drops the backslash of `\%`: every word
  // still maps to its bytes in the line.
  CommandAnalysis a = analyze("printf a\\\\b \\%s; ls", DialectId::cronie);
  EXPECT_EQ(a.text, "printf a\\\\b %s; ls");
  ASSERT_EQ(a.commands.size(), 2u);
  const Word& format = a.commands[0].words[2];
  EXPECT_EQ(format.text, "%s");
  EXPECT_EQ(format.span.column, 11u + 12u);
  EXPECT_EQ(format.span.end_column, 11u + 15u);
  const Word& ls = a.commands[1].words[0];
  EXPECT_EQ(ls.span.column, 11u + 17u);
  EXPECT_EQ(ls.span.end, 10u + 19u);
}

TEST(CommandAnalysis, OneAnalysisPerJobWhileTheRunIsOnIt) {
  Crontab crontab = parse_crontab("0 * * * * a | b\n5 * * * * c\n", {});
  std::vector<bool> syntax_error_lines(4, false);
  std::vector<Finding> sink;
  LintOptions options;
  RuleInfo info{.id = "test"};
  RuleContext ctx(crontab, options, info, syntax_error_lines, sink);
  RunCache cache;
  ctx.cache = &cache;
  const CommandAnalysis& first = job_analysis(ctx, crontab.entries[0]);
  // Every rule asking about the same job gets the same analysis...
  EXPECT_EQ(&job_analysis(ctx, crontab.entries[0]), &first);
  // ...and asking about another job does not invalidate it before the run moves on.
  const CommandAnalysis& second = job_analysis(ctx, crontab.entries[1]);
  EXPECT_EQ(first.commands.size(), 2u);
  EXPECT_EQ(second.commands.size(), 1u);
  EXPECT_EQ(second.commands[0].command_name(), "c");
  cache.next_job();
  const CommandAnalysis& again = job_analysis(ctx, crontab.entries[1]);
  EXPECT_EQ(again.commands[0].command_name(), "c");
  // A context used on its own makes its own cache.
  RuleContext alone(crontab, options, info, syntax_error_lines, sink);
  EXPECT_EQ(job_analysis(alone, crontab.entries[0]).commands.size(), 2u);
}

TEST(RunCache, DerivesEachValueOncePerKeyAndRun) {
  RunCache cache;
  int made = 0;
  auto length = [&](std::string_view key) {
    ++made;
    return key.size();
  };
  const std::size_t& berlin = cache.derived<std::size_t>("Europe/Berlin", length);
  EXPECT_EQ(berlin, 13u);
  EXPECT_EQ(&cache.derived<std::size_t>("Europe/Berlin", length), &berlin);
  EXPECT_EQ(cache.derived<std::size_t>("UTC", length), 3u);
  // Back to the first key: the value made for it is kept, not made again.
  EXPECT_EQ(&cache.derived<std::size_t>("Europe/Berlin", length), &berlin);
  EXPECT_EQ(made, 2);
  // Another type under the same key is another value.
  EXPECT_EQ(
      cache.derived<std::string>("UTC", [](std::string_view key) { return std::string(key); }),
      "UTC");
  // Another run starts empty.
  RunCache next_run;
  next_run.derived<std::size_t>("UTC", length);
  EXPECT_EQ(made, 3);
}

TEST(JobUserName, SpoolDirectoryOfTheCrontabsDialect) {
  const Crontab debian = parse_crontab("0 * * * * a\n", {.dialect = DialectId::debian});
  const Crontab cronie = parse_crontab("0 * * * * a\n", {.dialect = DialectId::cronie});
  EXPECT_EQ(job_user_name(debian, debian.entries[0], "/var/spool/cron/crontabs/alice"), "alice");
  EXPECT_EQ(job_user_name(cronie, cronie.entries[0], "/var/spool/cron/alice"), "alice");
  // Under --root the spool directory is found at the end of the file's directory.
  EXPECT_EQ(job_user_name(cronie, cronie.entries[0], "/srv/image/var/spool/cron/bob"), "bob");
  // Each cron reads only its own spool directory.
  EXPECT_EQ(job_user_name(debian, debian.entries[0], "/var/spool/cron/alice"), "");
  EXPECT_EQ(job_user_name(cronie, cronie.entries[0], "/var/spool/cron/crontabs/alice"), "");
  EXPECT_EQ(job_user_name(debian, debian.entries[0], "/home/alice/crontab"), "");
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
