#pragma once
// The recursive-descent reader behind shell::parse(). Private to lib/shell: command lists,
// compound commands and redirections are read in reader.cpp, words and their expansions in
// words.cpp, and the wrapper table is applied in wrappers.cpp.

#include <cstddef>
#include <string>
#include <vector>

#include "shell/syntax.hpp"

namespace cronkit::shell::detail {

// Deeper nesting than this is read as opaque text: the reader recurses once per level, and a
// hostile command of a million `$(` must not exhaust the stack.
inline constexpr int max_depth = 200;

class Reader {
 public:
  explicit Reader(Script& out) : out_(out), s_(out.text) {}
  void run();

 private:
  // The command being read: its pieces and its extent.
  struct Pending {
    SimpleCommand command;
    std::size_t begin = std::string::npos;
    std::size_t end = 0;
    bool skip_words = false;  // after `for`, `select`, `function`, `case`: not a command
    bool any = false;
    void touch(std::size_t b, std::size_t e) {
      begin = std::min(begin, b);
      end = std::max(end, e);
      any = true;
    }
  };
  // A `case` being read in the current list.
  struct CaseFrame {
    enum class Phase { header, pattern, body };
    Phase phase = Phase::header;
    std::size_t begin = 0;
  };
  // A `<<WORD` whose body starts after the next newline.
  struct HeredocRequest {
    std::string delimiter;
    bool strip_tabs = false;  // `<<-`
    std::size_t construct = 0;
  };

  Script& out_;
  const std::string& s_;
  int next_list_ = 1;
  std::vector<HeredocRequest> heredocs_;

  std::size_t add_construct(Construct::Kind kind, std::size_t begin, std::size_t end,
                            const std::string& shell, std::string text = {});

  // reader.cpp
  bool parse_list(std::size_t& pos, std::size_t limit, char closer, int depth, int list,
                  const std::string& shell);
  bool read_case_pattern(std::size_t& pos, std::size_t limit, const std::string& shell);
  void read_heredoc_bodies(std::size_t& pos, std::size_t limit, const std::string& shell);
  void add_word(Word word, Pending& pending, std::vector<CaseFrame>& cases,
                std::vector<std::size_t>& groups, const std::string& shell);
  bool try_redirection(std::size_t& pos, std::size_t limit, char closer, int depth,
                       const std::string& shell, Pending& pending);
  Assignment make_assignment(const Word& word, std::size_t equals) const;

  // words.cpp
  void read_word(std::size_t& pos, std::size_t limit, char closer, int depth,
                 const std::string& shell, Word& word);
  void read_double_quoted(std::size_t& pos, std::size_t limit, int depth, const std::string& shell,
                          Word& word);
  void check_quoted_tilde(std::size_t quote_pos, std::size_t word_start, std::size_t limit,
                          char quote, const std::string& shell);
  void check_brace_expansion(std::size_t pos, std::size_t limit, const std::string& shell);
  void read_backquote(std::size_t& pos, std::size_t limit, int depth, const std::string& shell,
                      Word& word);
  void read_dollar(std::size_t& pos, std::size_t limit, int depth, const std::string& shell,
                   Word& word, bool in_double_quotes);
  void read_arithmetic(std::size_t& pos, std::size_t limit, const std::string& shell, Word& word,
                       bool in_double_quotes);
  void read_parameter(std::size_t& pos, std::size_t limit, const std::string& shell, Word& word,
                      bool in_double_quotes);

  // wrappers.cpp
  void finish_command(Pending& pending, const std::string& shell);
};

}  // namespace cronkit::shell::detail
