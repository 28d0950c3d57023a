#include "discover/gitignore.hpp"

namespace cronkit::discover {
namespace {

// The end of the `[...]` class starting at `open`, or npos when it is not closed (the `[` is then
// an ordinary character, as git reads it).
std::size_t class_end(std::string_view glob, std::size_t open) {
  std::size_t at = open + 1;
  if (at < glob.size() && (glob[at] == '!' || glob[at] == '^')) ++at;
  if (at < glob.size() && glob[at] == ']') ++at;  // `[]x]`: the first `]` is a member
  for (; at < glob.size(); ++at) {
    if (glob[at] == '\\' && at + 1 < glob.size()) {
      ++at;
    } else if (glob[at] == ']') {
      return at;
    }
  }
  return std::string_view::npos;
}

bool class_matches(std::string_view members, char c) {
  bool negated = false;
  std::size_t at = 0;
  if (!members.empty() && (members[0] == '!' || members[0] == '^')) {
    negated = true;
    at = 1;
  }
  bool found = false;
  while (at < members.size()) {
    char low = members[at];
    if (low == '\\' && at + 1 < members.size()) low = members[++at];
    ++at;
    char high = low;
    if (at + 1 < members.size() && members[at] == '-') {
      high = members[at + 1];
      if (high == '\\' && at + 2 < members.size()) {
        high = members[at + 2];
        ++at;
      }
      at += 2;
    }
    if (low <= c && c <= high) found = true;
  }
  return found != negated;
}

// wildmatch with '/' special: `*`, `?` and classes never match it; `**` as a whole segment
// matches any number of segments.
bool glob_match(std::string_view glob, std::string_view text) {
  std::size_t g = 0, t = 0;
  while (g < glob.size()) {
    const char c = glob[g];
    if (c == '*') {
      const bool segment_start = g == 0 || glob[g - 1] == '/';
      if (g + 1 < glob.size() && glob[g + 1] == '*' && segment_start &&
          (g + 2 == glob.size() || glob[g + 2] == '/')) {
        if (g + 2 == glob.size()) return true;  // trailing `**`: everything below
        // `**/`: none or any number of whole segments.
        const std::string_view rest = glob.substr(g + 3);
        for (std::size_t at = t; at <= text.size(); ++at) {
          if ((at == t || text[at - 1] == '/') && glob_match(rest, text.substr(at))) return true;
        }
        return false;
      }
      while (g < glob.size() && glob[g] == '*') ++g;
      const std::string_view rest = glob.substr(g);
      for (std::size_t at = t; at <= text.size(); ++at) {
        if (glob_match(rest, text.substr(at))) return true;
        if (at < text.size() && text[at] == '/') return false;
      }
      return false;
    }
    if (t >= text.size()) return false;
    if (c == '?') {
      if (text[t] == '/') return false;
      ++g, ++t;
    } else if (c == '[' && class_end(glob, g) != std::string_view::npos) {
      const std::size_t end = class_end(glob, g);
      if (text[t] == '/' || !class_matches(glob.substr(g + 1, end - g - 1), text[t])) return false;
      g = end + 1, ++t;
    } else {
      char literal = c;
      if (c == '\\' && g + 1 < glob.size()) literal = glob[++g];
      if (text[t] != literal) return false;
      ++g, ++t;
    }
  }
  return t == text.size();
}

}  // namespace

std::vector<IgnorePattern> parse_ignore_file(std::string_view text) {
  std::vector<IgnorePattern> patterns;
  while (!text.empty()) {
    const std::size_t newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
    if (line.ends_with('\r')) line.remove_suffix(1);
    // Trailing blanks go, unless the last is escaped (`foo\ `).
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
      std::size_t backslashes = 0;
      for (std::size_t at = line.size() - 1; at > 0 && line[at - 1] == '\\'; --at) ++backslashes;
      if (backslashes % 2 == 1) break;
      line.remove_suffix(1);
    }
    if (line.empty() || line.front() == '#') continue;
    IgnorePattern pattern;
    if (line.front() == '!') {
      pattern.negated = true;
      line.remove_prefix(1);
    } else if (line.starts_with("\\!") || line.starts_with("\\#")) {
      line.remove_prefix(1);
    }
    if (line.ends_with('/') && !line.ends_with("\\/")) {
      pattern.directory_only = true;
      line.remove_suffix(1);
    }
    if (line.starts_with('/')) {
      pattern.anchored = true;
      line.remove_prefix(1);
    }
    if (line.find('/') != std::string_view::npos) pattern.anchored = true;
    if (line.empty()) continue;
    pattern.glob = std::string(line);
    patterns.push_back(std::move(pattern));
  }
  return patterns;
}

bool ignore_pattern_matches(const IgnorePattern& pattern, std::string_view relative_path,
                            bool is_directory) {
  if (pattern.directory_only && !is_directory) return false;
  if (pattern.anchored) return glob_match(pattern.glob, relative_path);
  const std::size_t slash = relative_path.rfind('/');
  return glob_match(pattern.glob, slash == std::string_view::npos
                                      ? relative_path
                                      : relative_path.substr(slash + 1));
}

void IgnoreStack::push(std::string base, std::vector<IgnorePattern> patterns) {
  levels_.push_back({std::move(base), std::move(patterns)});
}

void IgnoreStack::pop() {
  levels_.pop_back();
}

bool IgnoreStack::ignored(std::string_view path, bool is_directory) const {
  for (auto level = levels_.rbegin(); level != levels_.rend(); ++level) {
    if (!path.starts_with(level->base)) continue;
    const std::string_view relative = path.substr(level->base.size());
    for (auto pattern = level->patterns.rbegin(); pattern != level->patterns.rend(); ++pattern) {
      if (ignore_pattern_matches(*pattern, relative, is_directory)) return !pattern->negated;
    }
  }
  return false;
}

}  // namespace cronkit::discover
