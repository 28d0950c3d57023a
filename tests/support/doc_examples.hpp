#pragma once
// Reads the crontab examples out of a rule's documentation (the "## Example" and "## Use instead"
// sections of RuleInfo::doc), so that a test can check that the rule fires on the first and stays
// silent on the second.
//
// The example is the first indented (4-space) block of the section. Inside it, visible stand-ins
// write what a doc cannot show:
//   ␍                  a carriage return
//   ·                  a space (trailing blanks)
//   ⟨end of file⟩      the text ends here, without a final newline
//   ⟨N characters⟩     N filler characters (`x`), for lines too long to print
//   LINE ⟨×N⟩          the line repeated N times, for files too long to print
//
// What the example needs besides its text is declared on a line of the section (before or after
// the block) that reads, in the doc,
//   <!-- cronlint: TOKEN ... -->
// with the tokens
//   --system, --user              the crontab format
//   --stdin-filename=PATH         the path the crontab is installed at (decides the format
//                                 unless --system or --user is given, and the cron.d name)
//   --dialect=NAME                the cron or scheduler (any --dialect name)
//   --expr                        the example is one schedule expression, linted as
//                                 `cronlint --dialect NAME --expr` lints it
//   --tz=ZONE                     the zone the crontab runs in
//   --from=YYYY-MM-DDTHH:MM:SSZ   the instant the rules that count runs until now count up to
//   --kind=KIND                   the example is a file of that kind (github-workflow, ...)
//   --check-paths                 the rule reads the filesystem; then, under a temporary --root:
//   file=PATH[:MODE]              a regular file (one line of text, no `#!`; mode 0644 by default)
//   script=PATH[:MODE]            a file starting with `#!/bin/sh` (mode 0755 by default)
//   dir=PATH[:MODE]               a directory (mode 0755 by default)
//   user=NAME                     a user in /etc/passwd (besides root)
//   still-reported                ("## Use instead" only) the better form is still reported,
//                                 by design: the rule reports every such entry

#include <date/date.h>

#include <chrono>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "support/lint_assertions.hpp"
#include "support/temp_root.hpp"

namespace cronkit::testing {

struct DocExample {
  std::string text;  // the crontab, stand-ins replaced
  LintTestOptions options;
  bool check_paths = false;
  bool still_reported = false;
  // file=, script=, dir=, user= tokens, applied by build_root().
  std::vector<std::string> filesystem;
  // Tokens this reader does not know and stand-ins it cannot read: a test fails on them.
  std::vector<std::string> problems;
};

namespace doc_detail {

inline std::string_view section_of(std::string_view doc, std::string_view heading) {
  std::size_t start = doc.find(heading);
  if (start == std::string_view::npos) return {};
  start = doc.find('\n', start);
  if (start == std::string_view::npos) return {};
  std::size_t end = doc.find("\n## ", start);
  return doc.substr(start + 1,
                    end == std::string_view::npos ? std::string_view::npos : end - start - 1);
}

inline void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

// "⟨N characters⟩" -> N times 'x'. Returns false on a malformed count.
inline bool expand_fillers(std::string& line) {
  static constexpr std::string_view open = "⟨", close = " characters⟩";
  for (std::size_t at = line.find(open); at != std::string::npos; at = line.find(open, at)) {
    std::size_t end = line.find(close, at);
    if (end == std::string::npos) return false;
    std::string count = line.substr(at + open.size(), end - at - open.size());
    if (count.empty() || count.find_first_not_of("0123456789") != std::string::npos) return false;
    line.replace(at, end + close.size() - at, std::string(std::stoul(count), 'x'));
  }
  return true;
}

}  // namespace doc_detail

// The example of `heading` ("## Example" or "## Use instead") in `doc`.
inline DocExample doc_example(std::string_view doc, std::string_view heading) {
  DocExample example;
  std::string_view section = doc_detail::section_of(doc, heading);
  bool in_block = false, block_done = false, ended = false;
  while (!section.empty()) {
    std::size_t newline = section.find('\n');
    std::string_view line = section.substr(0, newline);
    section.remove_prefix(newline == std::string_view::npos ? section.size() : newline + 1);
    static constexpr std::string_view marker_open = "<!-- cronlint:", marker_close = "-->";
    if (line.starts_with(marker_open) && line.ends_with(marker_close)) {
      std::string_view tokens =
          line.substr(marker_open.size(), line.size() - marker_open.size() - marker_close.size());
      while (!tokens.empty()) {
        std::size_t blank = tokens.find(' ');
        std::string token(tokens.substr(0, blank));
        tokens.remove_prefix(blank == std::string_view::npos ? tokens.size() : blank + 1);
        if (token.empty()) continue;
        if (token == "--system") {
          example.options.format = CrontabFormat::system;
        } else if (token == "--user") {
          example.options.format = CrontabFormat::user;
        } else if (token.starts_with("--stdin-filename=")) {
          example.options.path = token.substr(17);
          example.options.format_from_path = true;
        } else if (token.starts_with("--dialect=") &&
                   dialect_from_name(std::string_view(token).substr(10))) {
          example.options.dialect = *dialect_from_name(std::string_view(token).substr(10));
        } else if (token == "--expr") {
          example.options.expression = true;
        } else if (token.starts_with("--kind=") &&
                   embedded::file_kind_named(std::string_view(token).substr(7))) {
          example.options.file_kind =
              embedded::file_kind_named(std::string_view(token).substr(7))->id;
        } else if (token.starts_with("--from=")) {
          std::istringstream in(token.substr(7));
          std::chrono::sys_seconds instant;
          in >> date::parse("%Y-%m-%dT%H:%M:%SZ", instant);
          if (in.fail()) {
            example.problems.push_back("bad time in `" + token + "`");
          } else {
            example.options.reference_time = instant;
          }
        } else if (token.starts_with("--tz=")) {
          example.options.zone = token.substr(5);
        } else if (token == "--check-paths") {
          example.check_paths = true;
        } else if (token == "still-reported") {
          example.still_reported = true;
        } else if (token.starts_with("file=") || token.starts_with("script=") ||
                   token.starts_with("dir=") || token.starts_with("user=")) {
          example.filesystem.push_back(token);
        } else {
          example.problems.push_back("unknown token `" + token + "`");
        }
      }
      continue;
    }
    if (line.starts_with("    ") && !block_done) {
      in_block = true;
      if (ended) continue;
      std::string text(line.substr(4));
      std::size_t repeat = 1;
      static constexpr std::string_view times = " ⟨×";
      if (std::size_t at = text.rfind(times); at != std::string::npos && text.ends_with("⟩")) {
        std::string count = text.substr(at + times.size(), text.size() - at - times.size() - 3);
        if (count.empty() || count.find_first_not_of("0123456789") != std::string::npos) {
          example.problems.push_back("bad repeat count in `" + text + "`");
        } else {
          repeat = std::stoul(count);
        }
        text.resize(at);
      }
      static constexpr std::string_view end_of_file = "⟨end of file⟩";
      bool ends_here = false;
      if (std::size_t at = text.find(end_of_file); at != std::string::npos) {
        text.resize(at);
        ends_here = true;
      }
      if (!doc_detail::expand_fillers(text)) {
        example.problems.push_back("bad stand-in in `" + text + "`");
      }
      doc_detail::replace_all(text, "␍", "\r");
      doc_detail::replace_all(text, "·", " ");
      for (std::size_t i = 0; i < repeat; ++i) {
        example.text += text;
        if (!ends_here) example.text += '\n';
      }
      ended = ends_here;
    } else if (in_block && !line.empty()) {
      block_done = true;  // the first block only (blank lines inside it are kept out)
    }
  }
  if (example.text.find("⟨") != std::string::npos) {
    example.problems.push_back("an unknown ⟨...⟩ stand-in");
  }
  return example;
}

// Creates what the example's file=, script=, dir= and user= tokens ask for under `root`, and
// points the example's options at it.
inline void build_root(DocExample& example, TempRoot& root) {
  for (const std::string& token : example.filesystem) {
    std::size_t equals = token.find('=');
    std::string kind = token.substr(0, equals);
    std::string value = token.substr(equals + 1);
    if (kind == "user") {
      root.user(value);
      continue;
    }
    unsigned mode = kind == "script" ? 0755 : kind == "dir" ? 0755 : 0644;
    if (std::size_t colon = value.rfind(':'); colon != std::string::npos) {
      mode = static_cast<unsigned>(std::strtoul(value.c_str() + colon + 1, nullptr, 8));
      value.resize(colon);
    }
    if (kind == "dir") {
      root.dir(value, mode);
    } else {
      root.file(value, kind == "script" ? "#!/bin/sh\nexit 0\n" : "print('hello')\n", mode);
    }
  }
  example.options.root = root.path();
}

}  // namespace cronkit::testing
