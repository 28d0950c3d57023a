// lib/lint/command_analysis: the shared reading of command text.

#include "lint/command_analysis.hpp"

#include <gtest/gtest.h>

namespace cronkit::lint {
namespace {

// A command starting at column 11 of line 1 (after "0 * * * * ").
CommandAnalysis analyze(std::string_view raw, DialectId id = DialectId::debian) {
  Span span{1, 11, static_cast<std::uint32_t>(11 + raw.size()), 10, 10 + raw.size()};
  return analyze_command_text(raw, span, dialect(id));
}

TEST(CommandAnalysis, SimpleCommandsConnectorsAndSpans) {
  CommandAnalysis a = analyze("cd /srv && ./run.sh; echo done | logger &");
  std::vector<const SimpleCommand*> top = a.top_level();
  ASSERT_EQ(top.size(), 4u);
  EXPECT_EQ(top[0]->command_name(), "cd");
  EXPECT_EQ(top[0]->after, Connector::and_if);
  EXPECT_EQ(top[1]->command_word()->text, "./run.sh");
  EXPECT_EQ(top[1]->command_word()->span.column, 22u);
  EXPECT_EQ(top[1]->after, Connector::semicolon);
  EXPECT_EQ(top[2]->after, Connector::pipe);
  EXPECT_EQ(top[3]->command_name(), "logger");
  EXPECT_EQ(top[3]->after, Connector::background);
}

TEST(CommandAnalysis, AssignmentsWrappersAndTheRealCommand) {
  CommandAnalysis a = analyze(
      "FOO=1 nice -n 5 ionice -c3 timeout -s KILL 60 flock -n /run/l env -i A=2 chronic "
      "run-one /usr/bin/python3 x.py");
  ASSERT_EQ(a.commands.size(), 1u);
  const SimpleCommand& c = a.commands[0];
  ASSERT_EQ(c.assignments.size(), 2u);
  EXPECT_EQ(c.assignments[0].name, "FOO");
  EXPECT_EQ(c.assignments[1].name, "A");
  EXPECT_TRUE(c.assignments[1].via_env);
  std::vector<std::string> wrappers;
  for (const Wrapper& w : c.wrappers) wrappers.push_back(w.name);
  EXPECT_EQ(wrappers, (std::vector<std::string>{"nice", "ionice", "timeout", "flock", "env",
                                                "chronic", "run-one"}));
  EXPECT_EQ(c.command_name(), "python3");
  ASSERT_NE(interpreter_script(c), nullptr);
  EXPECT_EQ(interpreter_script(c)->text, "x.py");
}

TEST(CommandAnalysis, RedirectionsInOrder) {
  CommandAnalysis a = analyze("job 2>&1 >>/var/log/x.log <in 3>&- &>/tmp/both");
  const auto& r = a.commands[0].redirections;
  ASSERT_EQ(r.size(), 5u);
  EXPECT_EQ(r[0].fd, 2);
  EXPECT_TRUE(r[0].duplicates_descriptor());
  EXPECT_EQ(r[1].op, ">>");
  EXPECT_EQ(r[1].target->text, "/var/log/x.log");
  EXPECT_TRUE(r[1].writes_file());
  EXPECT_EQ(r[2].fd, 0);
  EXPECT_TRUE(r[3].duplicates_descriptor());
  EXPECT_EQ(r[4].fd, -1);
  EXPECT_EQ(a.commands[0].words.size(), 1u);
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

TEST(CommandAnalysis, DebianReadsDoubleBackslashAsOne) {
  EXPECT_EQ(analyze("echo a\\\\b", DialectId::debian).text, "echo a\\b");
  EXPECT_EQ(analyze("echo a\\\\b", DialectId::cronie).text, "echo a\\\\b");
}

TEST(CommandAnalysis, NestedListsAndVariables) {
  CommandAnalysis a = analyze(
      "tar czf /b/$(date +%F).tgz \"${DIR:-/srv}\" $HOME `hostname` "
      "$((RANDOM % 5)) ; bash -c 'source x; echo $Y'");
  std::vector<std::string> names;
  for (const SimpleCommand& c : a.commands) names.emplace_back(c.command_name());
  EXPECT_EQ(names, (std::vector<std::string>{"tar", "date", "hostname", "bash", "source", "echo"}));
  EXPECT_EQ(a.commands[4].shell, "bash");
  ASSERT_GE(a.variables.size(), 4u);
  EXPECT_EQ(a.variables[0].name, "DIR");
  EXPECT_TRUE(a.variables[0].has_default);
  EXPECT_EQ(a.variables[1].name, "HOME");
  EXPECT_EQ(a.variables[2].name, "RANDOM");
  EXPECT_TRUE(a.variables[2].in_arithmetic);
  EXPECT_EQ(a.variables[3].name, "Y");
}

TEST(CommandAnalysis, UnterminatedConstructs) {
  EXPECT_NE(analyze("echo \"abc").find(ShellConstruct::Kind::unterminated_double_quote), nullptr);
  EXPECT_NE(analyze("echo $(date").find(ShellConstruct::Kind::unterminated_command_substitution),
            nullptr);
  EXPECT_NE(analyze("echo ${X").find(ShellConstruct::Kind::unterminated_parameter_expansion),
            nullptr);
  EXPECT_EQ(analyze("echo \"a'b\" 'c\"d'").find(ShellConstruct::Kind::unterminated_single_quote),
            nullptr);
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
