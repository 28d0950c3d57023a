#pragma once
// Quick, conservative checks on the raw command text, so that rules skip the full analysis of
// the ordinary clean line: false means "certainly not"; true means "analyse to find out".

#include <array>
#include <string_view>

#include "ast/ast.hpp"

namespace cronkit::lint {

// Which byte values occur in a text. A job's command is scanned once (RunCache::command_bytes())
// and the job rules ask it first whether every byte of what they look for occurs ("sudo", "||"):
// most commands lack one of them, and the text is then not searched at all.
class ByteSet {
 public:
  ByteSet() = default;
  explicit ByteSet(std::string_view text) { assign(text); }
  // The bytes of `text` instead of those held before.
  void assign(std::string_view text) {
    present_.fill(false);
    for (char c : text) present_[static_cast<unsigned char>(c)] = true;
  }
  bool has(char c) const { return present_[static_cast<unsigned char>(c)]; }
  // Whether some byte of `bytes` occurs.
  bool has_any(std::string_view bytes) const {
    for (char c : bytes) {
      if (has(c)) return true;
    }
    return false;
  }
  // Whether every byte of `bytes` occurs.
  bool has_all(std::string_view bytes) const {
    for (char c : bytes) {
      if (!has(c)) return false;
    }
    return true;
  }

 private:
  std::array<bool, 256> present_{};
};

// Whether a quote, backquote, `$(`, `${` or `(` may be left open.
bool may_have_unterminated_construct(std::string_view raw);
// The bytes may_have_unterminated_construct() acts on: a text without any of them has nothing
// left open.
inline constexpr std::string_view unterminated_construct_bytes = "\\'\"`#(){}";
// Whether some word or redirection target may be a relative path.
bool may_have_relative_path(std::string_view raw);
// Whether `word` occurs as a whole command-like word (not as part of a longer name): preceded by
// the start, a blank, `;&|(` or `/`, and followed by the end, a blank or `;&|)`.
bool may_contain_word(std::string_view raw, std::string_view word);
// Whether some word of `raw` without a `/` (split at blanks and `;&|()\`<>`, its quotes and
// backslashes removed, as the shell would leave a plain word) is one `is_wanted` accepts.
bool may_have_bare_word(std::string_view raw, bool (*is_wanted)(std::string_view));
// Whether a blank-separated word of a line looks like a numeric time field: digits, `*` or `?`
// with only `,-/` between them (`*/5`, `0-30/10`, `2027`), as an extra seconds or year field is.
bool is_schedule_word(std::string_view word);
// Whether the line of an entry (a line split into fields, whether cron accepts it or not) may
// start with six or more schedule words (a seconds or year field written where cron has none).
// With five fields, the first five words are the fields and the sixth is the user or the
// command's first word, which must then be a schedule word: for most entries it is not, and the
// line need not be split again.
bool may_have_sixth_schedule_word(const Entry& entry);

// The leading words of a line as cron splits them (blanks are spaces and tabs), found without
// allocating: up to 8, ending with the first word that is not a schedule word, except an @-word
// at the start. What a line's extra seconds or year field looks like, for the rules that tell.
struct LeadingWords {
  struct Word {
    std::size_t begin = 0;  // offset in the line
    std::string_view text;
    std::size_t end() const { return begin + text.size(); }
  };
  std::array<Word, 8> words;
  std::size_t count = 0;
  // How many words from the first are schedule words (none when the first is an @-word).
  std::size_t schedule_words() const {
    std::size_t n = 0;
    while (n < count && is_schedule_word(words[n].text)) ++n;
    return n;
  }
};
LeadingWords leading_words(std::string_view line_text);

}  // namespace cronkit::lint
