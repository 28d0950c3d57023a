// lib/shell: hostile input. Whatever the text, parse() returns, reports what is left open, takes
// time linear in the input, and every span it produces lies inside the text.

#include <gtest/gtest.h>

#include <algorithm>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include "shell/syntax.hpp"

namespace cronkit::shell {
namespace {

// Every offset the model hands out, checked against the text.
void expect_inside(const Script& s, const std::string& input) {
  const std::size_t n = s.text.size();
  auto check = [&](std::size_t begin, std::size_t end, const char* what) {
    EXPECT_LE(begin, end) << what << " in " << input;
    EXPECT_LE(end, n) << what << " in " << input;
  };
  auto check_span = [&](const Span& span, const char* what) {
    EXPECT_LE(span.begin, span.end) << what << " in " << input;
    EXPECT_LE(span.end, n) << what << " in " << input;
    EXPECT_EQ(span.end_column - span.column, span.end - span.begin) << what << " in " << input;
  };
  auto check_word = [&](const Word& w, const char* what) {
    check(w.begin, w.end, what);
    check_span(w.span, what);
  };
  for (const SimpleCommand& c : s.commands) {
    check(c.begin, c.end, "command");
    check_span(c.span, "command");
    EXPECT_LE(c.command_index, c.words.size());
    for (const Word& w : c.words) {
      check_word(w, "word");
      EXPECT_LE(c.begin, w.begin) << input;
      EXPECT_LE(w.end, c.end) << input;
    }
    for (const Assignment& a : c.assignments) check_word(a.value, "assignment");
    for (const Redirection& r : c.redirections) {
      check(r.begin, r.end, "redirection");
      check_span(r.span, "redirection");
      if (r.target) check_word(*r.target, "redirection target");
      if (r.heredoc >= 0) {
        EXPECT_LT(static_cast<std::size_t>(r.heredoc), s.constructs.size());
      }
    }
    for (const Wrapper& w : c.wrappers) EXPECT_LE(w.end, c.words.size());
  }
  for (const Construct& c : s.constructs) {
    check(c.begin, c.end, "construct");
    check_span(c.span, "construct");
  }
  for (const VariableReference& v : s.variables) check_span(v.span, "variable");
}

TEST(ShellRobustness, UnterminatedConstructsAreReported) {
  struct Case {
    const char* text;
    Construct::Kind kind;
  };
  for (const Case& c : {
           Case{"echo \"abc", Construct::Kind::unterminated_double_quote},
           Case{"echo 'abc", Construct::Kind::unterminated_single_quote},
           Case{"echo `date", Construct::Kind::unterminated_backquote},
           Case{"echo $(date", Construct::Kind::unterminated_command_substitution},
           Case{"(cd /x && y", Construct::Kind::unterminated_command_substitution},
           Case{"echo ${X", Construct::Kind::unterminated_parameter_expansion},
           Case{"echo $((1 + 2)", Construct::Kind::unterminated_arithmetic},
           Case{"cat <<EOF", Construct::Kind::unterminated_heredoc},
           Case{"case $x in a) b;;", Construct::Kind::unterminated_case},
           Case{"{ a; b", Construct::Kind::unterminated_group},
           Case{"echo $'abc", Construct::Kind::unterminated_single_quote},
       }) {
    Script s = parse(c.text);
    EXPECT_NE(s.find(c.kind), nullptr) << c.text;
    expect_inside(s, c.text);
  }
  EXPECT_EQ(parse("echo \"a'b\" 'c\"d'").find(Construct::Kind::unterminated_single_quote), nullptr);
}

TEST(ShellRobustness, HugeInputTakesLinearTime) {
  // Each of these is the worst case of some part of the reader; 16x the input must cost about
  // 16x the time (40x leaves room for the allocator), not 256x.
  const std::vector<std::string> units = {"a ",  "\"",    "'",     "$(", "`",
                                          "{",   "${",    "$((",   "(",  "<<E\n",
                                          "a;;", "case ", "2>&1 ", "\\", "x=1 "};
  for (const std::string& unit : units) {
    // Processor time, best of three: the machine may be busy with other work.
    auto time_for = [&](std::size_t repeat) {
      std::string text;
      for (std::size_t i = 0; i < repeat; ++i) text += unit;
      double best = 1e9;
      for (int run = 0; run < 3; ++run) {
        std::clock_t start = std::clock();
        Script s = parse(text);
        best = std::min(best, static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
        EXPECT_EQ(s.text.size(), text.size());
      }
      return best;
    };
    double small = std::max(time_for(4096), 1e-3);
    double large = time_for(65536);
    EXPECT_LT(large, small * 40) << "unit " << unit;
  }
}

TEST(ShellRobustness, DeepNestingDoesNotExhaustTheStack) {
  for (std::string_view open : {"$(", "`", "(", "<(", "\"$("}) {
    std::string text;
    for (int i = 0; i < 200000; ++i) text += open;
    Script s = parse(text);
    EXPECT_FALSE(s.constructs.empty()) << open;
  }
}

// Commands built from the pieces crontab lines are made of, then mutated byte by byte.
TEST(ShellRobustness, EverySpanLiesInsideTheCommand) {
  const std::vector<std::string> pieces = {"cd /srv",
                                           " && ",
                                           " || ",
                                           "; ",
                                           " | ",
                                           " |& ",
                                           " & ",
                                           "echo",
                                           " \"a b\"",
                                           " 'c'",
                                           " d\\ e",
                                           " $HOME",
                                           " ${X:-y}",
                                           " $(date)",
                                           " `id`",
                                           " $((1+2))",
                                           " > /dev/null",
                                           " 2>&1",
                                           " &>>/l",
                                           " <<EOF\nx\nEOF\n",
                                           "( a )",
                                           "{ b; }",
                                           "case $1 in a) c;; esac",
                                           " # note",
                                           "flock -n 9",
                                           " timeout 5 ",
                                           "env A=1 ",
                                           "sudo -u x ",
                                           "bash -c 'f; g'",
                                           " <(h)",
                                           " {a,b}",
                                           "\n",
                                           "if x; then y; fi"};
  const std::string alphabet = "ab $(){}`'\"\\;&|<>#=\n\t-0129%~[]!*";
  std::mt19937 random(20261204);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    int n = 1 + static_cast<int>(random() % 8);
    for (int i = 0; i < n; ++i) text += pieces[random() % pieces.size()];
    int mutations = static_cast<int>(random() % 4);
    for (int m = 0; m < mutations && !text.empty(); ++m) {
      std::size_t at = random() % text.size();
      switch (random() % 3) {
        case 0:
          text.erase(at, 1);
          break;
        case 1:
          text.insert(at, 1, alphabet[random() % alphabet.size()]);
          break;
        default:
          text[at] = alphabet[random() % alphabet.size()];
          break;
      }
    }
    Script s = parse(text);
    EXPECT_EQ(s.text, text);
    expect_inside(s, text);
    if (testing::Test::HasFailure()) break;
  }
}

}  // namespace
}  // namespace cronkit::shell
