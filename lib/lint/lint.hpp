#pragma once
// The lint driver: which rules run, in what order, and what happens to their findings
// (suppressions, one finding per line and rule, sorting, the entries cron would drop).

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ast/ast.hpp"
#include "embedded/embedded.hpp"
#include "lint/directives.hpp"
#include "lint/rule.hpp"

namespace cronkit::lint {

// --enable / --disable, in command-line order; the id may be a rule id, a category name
// ("hardening": every rule of it) or "all".
struct RuleSelection {
  std::vector<std::pair<std::string, bool>> changes;  // (id, enable)
  bool selects(const RuleInfo& rule, bool check_paths) const;
};

struct LintResult {
  std::vector<Finding> findings;  // sorted by line, column, rule
  // Entries (job lines, valid or not) that cron would not run: all of them when the whole file
  // is ignored (Debian), otherwise the rejected ones.
  std::size_t entries_dropped = 0;
  bool whole_file_ignored = false;
  std::string shellcheck_error;  // --shellcheck could not run ShellCheck (not installed, ...)
};

// Runs the selected rules over a parsed crontab and applies the directives' suppressions.
// `extra` are findings from outside the rules (ShellCheck), filtered like the rules' own.
LintResult lint_crontab(const Crontab& crontab, const LintOptions& options,
                        const RuleSelection& selection, const Directives& directives,
                        std::vector<Finding> extra = {});

// One crontab's text through directives, parsing and linting.
struct LintInput {
  std::string text;
  std::string display_path;             // for messages: the file name, or "-" / --stdin-filename
  std::string path_for_defaults;        // the file's path or --stdin-filename (empty: unknown)
  std::optional<CrontabFormat> format;  // --system / --user
  // cronkit.toml's `kind`: below the file's own `# cronlint: kind=` directive, above its path.
  std::optional<CrontabFormat> configured_format;
  // --dialect, then the file's `# cronlint: dialect=`, then cronkit.toml's `dialect`; with none
  // of them, options.dialect (cronlint's default) is used and counts as undeclared.
  std::optional<DialectId> dialect;
  std::optional<DialectId> configured_dialect;
  // What kind of file it is: --kind (crontab_kind: --kind crontab), then the file's
  // `# cronlint: kind=`, then cronkit.toml's `kind`, then its path and content
  // (embedded::recognise_file_kind). A file of another kind is linted by lint_embedded_file().
  std::optional<embedded::FileKind> file_kind;
  bool crontab_kind = false;
  std::optional<embedded::FileKind> configured_file_kind;
  LintOptions options;  // format, dialect and assumed_path are filled in from the above
  RuleSelection selection;
};
struct LintedFile {
  // For a file of another kind: its path and text only (no lines), and the kind.
  Crontab crontab;
  std::optional<embedded::FileKind> file_kind;
  LintOptions options;  // as used (format, assumed path)
  LintResult result;
};
LintedFile lint_text(LintInput input);

}  // namespace cronkit::lint
