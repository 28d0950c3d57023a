#pragma once
// `# cronlint: ...` comments: suppressions and facts about the file that its name does not tell.
//   # cronlint: disable=rule-a,rule-b          silences those rules for the entry below
//   # cronlint: disable-file=rule-a            silences them for the whole file
//   # cronlint: kind=system path=/etc/cron.d/NAME
//   # cronlint: dialect=busybox                the daemon that reads the file
//   # cronlint: kind=github-workflow           a file of another kind (lib/embedded), in which
//                                              `#` starts a comment too
// They are read from the raw text, before parsing, because the kind decides how cron parses.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.hpp"
#include "ast/span.hpp"
#include "dialect/dialect.hpp"
#include "embedded/embedded.hpp"

namespace cronkit::lint {

struct LineSuppression {
  std::uint32_t line = 0;  // the directive's own line; it applies to the next entry or env line
  std::vector<std::string> rules;  // may contain "all"
};

struct DirectiveProblem {
  Span span;
  std::string message;
};

// A rule id named in a disable list, where it is written (to report ids that do not exist).
struct RuleMention {
  Span span;
  std::string id;
};

struct Directives {
  std::optional<CrontabFormat> format;
  std::optional<std::string> path;
  // `kind=github-workflow`, `kind=kubernetes-manifest`: the file is not a crontab.
  std::optional<embedded::FileKind> file_kind;
  // `dialect=NAME`: below --dialect, above cronkit.toml's `dialect` (lint_text()).
  std::optional<DialectId> dialect;
  std::vector<std::string> file_suppressions;      // may contain "all"
  std::vector<LineSuppression> line_suppressions;  // in file order
  std::vector<DirectiveProblem> problems;          // unknown keys, empty lists
  std::vector<RuleMention> mentions;               // every id of every disable list
};

// Scans the whole text; cheap when there are no directives (one memmem over the buffer).
Directives scan_directives(std::string_view text);

}  // namespace cronkit::lint
