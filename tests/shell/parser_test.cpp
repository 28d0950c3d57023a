// lib/shell: words and their quoting, lists and pipelines, redirections, compound commands.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "shell/syntax.hpp"

namespace cronkit::shell {
namespace {

std::vector<std::string> texts(const std::vector<Word>& words) {
  std::vector<std::string> result;
  for (const Word& w : words) result.push_back(w.text);
  return result;
}

std::vector<std::string> command_names(const Script& script) {
  std::vector<std::string> names;
  for (const SimpleCommand& c : script.commands) names.emplace_back(c.command_name());
  return names;
}

std::size_t count(const Script& script, Construct::Kind kind) {
  std::size_t n = 0;
  for (const Construct& c : script.constructs) n += c.kind == kind;
  return n;
}

TEST(ShellWords, MixedQuotingIsOneWord) {
  Script s = parse("echo 'a'\"b\"c\\ d e");
  ASSERT_EQ(s.commands.size(), 1u);
  const auto& words = s.commands[0].words;
  EXPECT_EQ(texts(words), (std::vector<std::string>{"echo", "abc d", "e"}));
  EXPECT_TRUE(words[1].quoted);
  EXPECT_FALSE(words[2].quoted);
  // The word as written, quotes included.
  EXPECT_EQ(words[1].begin, 5u);
  EXPECT_EQ(words[1].end, 15u);
  EXPECT_EQ(words[1].span.column, 6u);
  EXPECT_EQ(words[1].span.end_column, 16u);
}

TEST(ShellWords, DoubleQuotesKeepExpansionsAndOnlySomeEscapes) {
  Script s = parse(R"(printf "%s \$HOME \x $USER" `id -u`)");
  const auto& words = s.commands[0].words;
  ASSERT_EQ(words.size(), 3u);
  EXPECT_EQ(words[1].text, "%s $HOME \\x $USER");
  EXPECT_TRUE(words[1].has_expansion);
  ASSERT_EQ(s.variables.size(), 1u);
  EXPECT_EQ(s.variables[0].name, "USER");
  EXPECT_TRUE(s.variables[0].in_double_quotes);
  EXPECT_TRUE(words[2].has_expansion);
  EXPECT_EQ(count(s, Construct::Kind::backquote), 1u);
  EXPECT_EQ(command_names(s), (std::vector<std::string>{"printf", "id"}));
}

TEST(ShellWords, ParameterForms) {
  Script s = parse("echo ${A:-x} ${#B} ${C:?unset} $D $1 $? ${E}");
  ASSERT_EQ(s.variables.size(), 5u);
  EXPECT_TRUE(s.variables[0].has_default);
  EXPECT_TRUE(s.variables[1].has_default);  // a length is never "undefined"
  EXPECT_TRUE(s.variables[2].guarded);
  EXPECT_FALSE(s.variables[3].braced);
  EXPECT_EQ(s.variables[4].name, "E");
  EXPECT_TRUE(s.variables[4].braced);
}

TEST(ShellLists, ConnectorsAndDirectoryChange) {
  Script s = parse("cd /x && ./y; a | b || c |& d & e");
  std::vector<const SimpleCommand*> top = s.top_level();
  ASSERT_EQ(top.size(), 7u);
  EXPECT_EQ(top[0]->command_name(), "cd");
  EXPECT_EQ(top[0]->after, Connector::and_if);
  EXPECT_EQ(top[1]->command_word()->text, "./y");
  EXPECT_EQ(top[1]->before, Connector::and_if);
  EXPECT_EQ(top[1]->after, Connector::semicolon);
  EXPECT_EQ(top[2]->after, Connector::pipe);
  EXPECT_EQ(top[3]->after, Connector::or_if);
  EXPECT_EQ(top[4]->after, Connector::pipe_stderr);
  EXPECT_EQ(top[5]->after, Connector::background);
  EXPECT_EQ(top[6]->after, Connector::none);
  // Each command's span covers its words and nothing else.
  EXPECT_EQ(s.text.substr(top[0]->begin, top[0]->end - top[0]->begin), "cd /x");
}

TEST(ShellLists, AssignmentsBeforeTheCommand) {
  Script s = parse("LANG=C TZ='UTC' date +%s");
  const SimpleCommand& c = s.commands[0];
  ASSERT_EQ(c.assignments.size(), 2u);
  EXPECT_EQ(c.assignments[0].name, "LANG");
  EXPECT_EQ(c.assignments[1].value.text, "UTC");
  EXPECT_EQ(c.command_name(), "date");
  // After the command word `X=1` is an argument.
  Script t = parse("make X=1");
  EXPECT_TRUE(t.commands[0].assignments.empty());
  EXPECT_EQ(t.commands[0].words.size(), 2u);
}

TEST(ShellRedirections, DescriptorsAndOrder) {
  Script s = parse("job 2>&1 >/dev/null <in 3>&- >>/var/log/x.log 9<>lock");
  const auto& r = s.commands[0].redirections;
  ASSERT_EQ(r.size(), 6u);
  EXPECT_EQ(r[0].fd, 2);
  EXPECT_EQ(r[0].op, ">&");
  EXPECT_TRUE(r[0].duplicates_descriptor());
  EXPECT_EQ(r[0].target->text, "1");
  EXPECT_EQ(r[1].fd, 1);
  EXPECT_TRUE(r[1].is_dev_null());
  EXPECT_TRUE(r[1].writes_file());
  EXPECT_EQ(r[2].fd, 0);
  EXPECT_EQ(r[2].op, "<");
  EXPECT_TRUE(r[3].duplicates_descriptor());
  EXPECT_EQ(r[4].op, ">>");
  EXPECT_EQ(r[5].fd, 9);
  EXPECT_EQ(r[5].op, "<>");
  EXPECT_EQ(s.commands[0].words.size(), 1u);
  EXPECT_EQ(s.text.substr(r[0].begin, r[0].end - r[0].begin), "2>&1");
  EXPECT_EQ(s.text.substr(r[4].begin, r[4].end - r[4].begin), ">>/var/log/x.log");
  EXPECT_TRUE(s.commands[0].redirects_stdout());
  EXPECT_TRUE(s.commands[0].redirects_stderr());
}

TEST(ShellRedirections, BothStreamsAndTheAmpersandTypo) {
  Script both = parse("agent &> /tmp/a");
  ASSERT_EQ(both.commands.size(), 1u);
  ASSERT_EQ(both.commands[0].redirections.size(), 1u);
  EXPECT_EQ(both.commands[0].redirections[0].op, "&>");
  EXPECT_EQ(both.commands[0].redirections[0].fd, -1);
  EXPECT_TRUE(both.commands[0].redirects_stderr());

  Script append = parse("agent &>>/tmp/a");
  EXPECT_EQ(append.commands[0].redirections[0].op, "&>>");

  // `&2>` is `&` (background) then `2>file` on an empty command, not "stderr to file".
  Script typo = parse("agent &2>/tmp/err");
  ASSERT_EQ(typo.commands.size(), 2u);
  EXPECT_EQ(typo.commands[0].command_name(), "agent");
  EXPECT_EQ(typo.commands[0].after, Connector::background);
  EXPECT_TRUE(typo.commands[0].redirections.empty());
  EXPECT_EQ(typo.commands[1].command_word(), nullptr);
  ASSERT_EQ(typo.commands[1].redirections.size(), 1u);
  EXPECT_EQ(typo.commands[1].redirections[0].fd, 2);

  // bash's `>& file` sends both streams to the file.
  Script file = parse("job >& /tmp/out");
  EXPECT_EQ(file.commands[0].redirections[0].fd, -1);
  EXPECT_TRUE(file.commands[0].redirections[0].writes_file());
}

TEST(ShellRedirections, ProcessSubstitutionIsAWord) {
  Script s = parse("diff <(sort a) >(tee b)");
  EXPECT_TRUE(s.commands[0].redirections.empty());
  EXPECT_EQ(count(s, Construct::Kind::process_substitution), 2u);
  EXPECT_EQ(command_names(s), (std::vector<std::string>{"diff", "sort", "tee"}));
}

TEST(ShellHeredocs, BodyUpToTheDelimiterLine) {
  Script s = parse("cat <<EOF > /tmp/x\nline $A\nEOF\necho done");
  ASSERT_EQ(s.commands.size(), 2u);
  const Redirection& r = s.commands[0].redirections[0];
  EXPECT_TRUE(r.is_heredoc());
  EXPECT_EQ(r.target->text, "EOF");
  ASSERT_GE(r.heredoc, 0);
  const Construct& body = s.constructs[static_cast<std::size_t>(r.heredoc)];
  EXPECT_EQ(body.kind, Construct::Kind::heredoc);
  EXPECT_EQ(body.text, "line $A\n");
  EXPECT_EQ(s.text.substr(body.begin, body.end - body.begin), "line $A\nEOF");
  EXPECT_EQ(s.commands[0].redirections[1].target->text, "/tmp/x");
  // The body's lines are not commands; the line after the delimiter is.
  EXPECT_EQ(command_names(s), (std::vector<std::string>{"cat", "echo"}));
}

TEST(ShellHeredocs, QuotedDelimiterTabsAndTwoOnOneLine) {
  Script s = parse("cat <<-'END' <<X\n\tbody\n\tEND\nx\nX\nls");
  ASSERT_EQ(count(s, Construct::Kind::heredoc), 2u);
  const auto& r = s.commands[0].redirections;
  EXPECT_EQ(r[0].op, "<<-");
  EXPECT_EQ(r[0].target->text, "END");
  EXPECT_EQ(s.constructs[static_cast<std::size_t>(r[0].heredoc)].text, "\tbody\n");
  EXPECT_EQ(s.constructs[static_cast<std::size_t>(r[1].heredoc)].text, "x\n");
  EXPECT_EQ(command_names(s), (std::vector<std::string>{"cat", "ls"}));
}

TEST(ShellHeredocs, UnterminatedIsReported) {
  // A crontab command is one line: the body of `<<EOF` never comes.
  Script s = parse("mail -s hi root <<EOF");
  const Construct* open = s.find(Construct::Kind::unterminated_heredoc);
  ASSERT_NE(open, nullptr);
  EXPECT_EQ(s.text.substr(open->begin, open->end - open->begin), "<<EOF");
  Script t = parse("cat <<EOF\nno end here\n");
  ASSERT_NE(t.find(Construct::Kind::unterminated_heredoc), nullptr);
  EXPECT_EQ(t.find(Construct::Kind::unterminated_heredoc)->text, "no end here\n");
}

TEST(ShellCompound, SubshellsAndGroups) {
  Script s = parse("(cd /x && make) > log; { a; b; } 2>&1");
  ASSERT_EQ(count(s, Construct::Kind::subshell), 1u);
  const Construct* sub = s.find(Construct::Kind::subshell);
  EXPECT_EQ(s.text.substr(sub->begin, sub->end - sub->begin), "(cd /x && make)");
  const Construct* group = s.find(Construct::Kind::group);
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(s.text.substr(group->begin, group->end - group->begin), "{ a; b; }");
  // The subshell's commands are a list of their own, one level down.
  std::vector<std::string> names;
  for (const SimpleCommand& c : s.commands) {
    if (c.depth == 1) names.emplace_back(c.command_name());
  }
  EXPECT_EQ(names, (std::vector<std::string>{"cd", "make"}));
  EXPECT_NE(s.find(Construct::Kind::subshell), nullptr);
  EXPECT_EQ(parse("{ a; ").find(Construct::Kind::unterminated_group)->begin, 0u);
}

TEST(ShellCompound, CommandSubstitutionsNest) {
  Script s = parse("echo $(basename $(dirname $(pwd)))");
  EXPECT_EQ(command_names(s), (std::vector<std::string>{"echo", "basename", "dirname", "pwd"}));
  EXPECT_EQ(count(s, Construct::Kind::command_substitution), 3u);
  int deepest = 0;
  for (const SimpleCommand& c : s.commands) deepest = std::max(deepest, c.depth);
  EXPECT_EQ(deepest, 3);
  // Each substitution's span is inside the one around it.
  std::vector<const Construct*> subs;
  for (const Construct& c : s.constructs) {
    if (c.kind == Construct::Kind::command_substitution) subs.push_back(&c);
  }
  // The innermost is closed first.
  EXPECT_EQ(s.text.substr(subs[0]->begin, subs[0]->end - subs[0]->begin), "$(pwd)");
  EXPECT_LT(subs[2]->begin, subs[1]->begin);
  EXPECT_GT(subs[2]->end, subs[1]->end);
}

TEST(ShellCompound, CaseBranches) {
  Script s = parse("case \"$1\" in start|go) run --now;; stop) halt; sync;; *) echo usage;; esac");
  const Construct* clause = s.find(Construct::Kind::case_clause);
  ASSERT_NE(clause, nullptr);
  EXPECT_EQ(clause->begin, 0u);
  EXPECT_EQ(clause->end, s.text.size());
  std::vector<std::string> patterns;
  for (const Construct& c : s.constructs) {
    if (c.kind == Construct::Kind::case_pattern) patterns.push_back(c.text);
  }
  EXPECT_EQ(patterns, (std::vector<std::string>{"start|go", "stop", "*"}));
  std::vector<std::string> names;
  for (const SimpleCommand& c : s.commands) {
    if (c.command_word()) names.emplace_back(c.command_name());
  }
  EXPECT_EQ(names, (std::vector<std::string>{"run", "halt", "sync", "echo"}));
  EXPECT_EQ(parse("case x in (a) b ;; esac").find(Construct::Kind::case_pattern)->text, "a");
  EXPECT_NE(parse("case x in a) b").find(Construct::Kind::unterminated_case), nullptr);
}

TEST(ShellCompound, KeywordsAreNotCommands) {
  Script s = parse("if test -f x; then run; else warn; fi; for f in a b; do echo $f; done");
  std::vector<std::string> names;
  for (const SimpleCommand& c : s.commands) {
    if (c.command_word()) names.emplace_back(c.command_name());
  }
  EXPECT_EQ(names, (std::vector<std::string>{"test", "run", "warn", "echo"}));
}

TEST(ShellCompound, CommandStringsOfShells) {
  Script s = parse("bash -lc 'source ~/.profile; exec job' && flock /l -c \"nightly run\"");
  std::vector<std::string> names = command_names(s);
  // `exec` and `flock` are wrappers: `exec job` runs job; flock's command is its -c string.
  EXPECT_EQ(names, (std::vector<std::string>{"bash", "source", "job", "", "nightly"}));
  EXPECT_EQ(s.commands[1].shell, "bash");
  EXPECT_EQ(s.commands[1].depth, 1);
  // The inner spans are offsets into the outer text.
  EXPECT_EQ(s.text.substr(s.commands[1].begin, s.commands[1].end - s.commands[1].begin),
            "source ~/.profile");
}

TEST(ShellConstructs, BashOnlySyntaxAndComments) {
  Script s = parse("[[ -f x ]] && echo {a,b} $'\\t' # done");
  EXPECT_NE(s.find(Construct::Kind::double_bracket), nullptr);
  EXPECT_NE(s.find(Construct::Kind::brace_expansion), nullptr);
  EXPECT_NE(s.find(Construct::Kind::ansi_c_quote), nullptr);
  EXPECT_EQ(s.find(Construct::Kind::comment)->text, "# done");
  EXPECT_NE(parse("cp \"~/a\" b").find(Construct::Kind::quoted_tilde), nullptr);
  EXPECT_EQ(parse("cp ~/a b").find(Construct::Kind::quoted_tilde), nullptr);
}

TEST(ShellSpans, MappedThroughTheSourceMap) {
  // A caller that removed bytes (cron's `\%` -> `%`) maps every offset back to its source.
  SourceMap map;
  map.base = Span{7, 11, 24, 100, 113};
  std::string raw = "date +\\%F; ls";  // 13 bytes in the file
  std::string text = "date +%F; ls";
  for (std::uint32_t i = 0; i < raw.size(); ++i) {
    if (i != 7) map.offsets.push_back(i);  // byte 7 is the `%` the escape stood for
  }
  Script s = parse(text, map);
  const Word& ls = s.commands[1].words[0];
  EXPECT_EQ(ls.begin, 10u);
  EXPECT_EQ(ls.span.line, 7u);
  EXPECT_EQ(ls.span.begin, 111u);
  EXPECT_EQ(ls.span.column, 22u);
  EXPECT_EQ(ls.span.end, 113u);
}

}  // namespace
}  // namespace cronkit::shell
