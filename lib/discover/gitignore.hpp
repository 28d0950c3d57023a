#pragma once
// .gitignore patterns as git reads them (gitignore(5)), for walking a repository the way
// `git status` sees it: a file ignored there is not a file of the repository.
//
// Read: blank lines and `#` comments skipped; trailing blanks dropped unless escaped with `\`;
// `!` negates (`\!` and `\#` are the characters themselves); a trailing `/` matches directories
// only; a `/` at the start or in the middle anchors the pattern to the directory of the file
// that holds it, otherwise the pattern matches a name at any depth below it; `*` and `?` match
// within one path segment, `[abc]`, `[a-z]`, `[!x]` and `[^x]` one character of a segment, `\x`
// the character x; `**/` leading, `/**` trailing and `/**/` inside match any number of
// directories (`foo/**` everything inside foo, not foo itself).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cronkit::discover {

struct IgnorePattern {
  std::string glob;  // without the `!`, the leading `/` and the trailing `/`
  bool negated = false;
  bool directory_only = false;
  bool anchored = false;  // matched against the whole relative path, not the name alone
};

// The patterns of one ignore file's text, in file order.
std::vector<IgnorePattern> parse_ignore_file(std::string_view text);

// Whether a pattern matches `relative_path` ('/'-separated, relative to the directory of the file
// that holds the pattern).
bool ignore_pattern_matches(const IgnorePattern& pattern, std::string_view relative_path,
                            bool is_directory);

// The ignore files that apply to one directory, outermost first, each with the directory its
// patterns are relative to (a prefix of the paths asked about, empty or ending in '/').
class IgnoreStack {
 public:
  void push(std::string base, std::vector<IgnorePattern> patterns);
  void pop();
  // Whether `path` (relative to the walk's top, as the bases are) is ignored: the last pattern
  // that matches decides, deeper files after outer ones, as git decides.
  bool ignored(std::string_view path, bool is_directory) const;

 private:
  struct Level {
    std::string base;
    std::vector<IgnorePattern> patterns;
  };
  std::vector<Level> levels_;
};

}  // namespace cronkit::discover
