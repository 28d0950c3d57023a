#pragma once
// The unit of cronlint: a rule. Each rule is one file, lib/lint/rules/<rule-id>.cpp, holding its
// documentation beside its check (ruff's and hadolint's model; policy: docs/rules.md).
//
// How to add a rule:
//   1. Create lib/lint/rules/<rule-id>.cpp (copy a small one such as crlf-line-endings.cpp):
//        namespace cronkit::rules {
//        namespace {
//        constexpr std::string_view doc = R"doc(## What it does ... ## Why is this bad? ...
//        ## Example ... ## Use instead ...)doc";
//        void check(lint::RuleContext& ctx, const Entry& entry) {
//          ... ctx.report(span, "message"); ...
//        }
//        }  // namespace
//        extern const lint::Rule my_rule_id{{.id = "my-rule-id", .severity = Severity::warning,
//                                           .summary = "...", .doc = doc}, nullptr, check};
//      (a per-entry check as the third member; a whole-file check `void check(RuleContext&)`
//      as the second, for rules about lines, the file or the parser's diagnostics).
//        }
//      The variable is the id with '-' replaced by '_'. The id is public (docs/rules.md): stable,
//      because people write it in suppression comments and CI configs.
//   2. Add one line `X(my_rule_id)` to the list in lib/lint/registry.cpp (sorted by id).
//   3. Add tests/rules/<rule_id>_test.cpp with EXPECT_CATCHES / EXPECT_CATCHES_NOT
//      (tests/support/lint_assertions.hpp): at least the doc's bad and good examples.
//
// What a check may rely on:
//   - A whole-file check runs once per crontab and walks what it needs (ctx.crontab.lines, ...);
//     a per-entry check is called for every entry (accepted or not: see schedule_is_trusted).
//   - ctx.report() records a finding under the rule's id and default severity; a finding is
//     kept once per (line, rule), and suppressions (`# cronlint: disable=...`) are applied after
//     the check, so a check never looks at them.
//   - Rules whose id is a parser diagnostic code call ctx.report_parser_diagnostics() to turn the
//     parser's diagnostics of their id into findings (with Debian's whole-file consequence).
//   - Schedule-semantics rules skip entries for which ctx.schedule_is_trusted(entry) is false
//     (a line with an error-level syntax finding: docs/rules.md, "Precedence").
//   - Filesystem rules set needs_filesystem; they run only with --check-paths and read files
//     under ctx.options.root (never outside it, never executing anything).
//   - A check never prints, throws or exits.

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.hpp"
#include "ast/diagnostic.hpp"
#include "ast/finding.hpp"
#include "ast/span.hpp"
#include "dialect/dialect.hpp"

namespace cronkit::lint {

// Findings are shared with the renderers (ast/finding.hpp); the rules name them lint::Finding.
using cronkit::Finding;
using cronkit::Fix;

// What a rule is about; `--enable CATEGORY` / `--disable CATEGORY` select every rule of one
// (docs/rules.md lists them).
enum class Category {
  syntax,       // the line or file breaks cron's grammar or limits: mostly lines cron rejects
  user,         // the user field of system crontabs, or one written into a user crontab
  schedule,     // a valid schedule that does not mean what it looks like
  dst,          // time zones and daylight-saving changes
  environment,  // environment lines and the environment the job runs with
  command,      // the command line as `sh -c` will run it
  output,       // where the job's output and errors go
  hardening,    // jobs that work today and fail badly on a slow or hostile day
  filesystem,   // the crontab file as cron finds it on disk (name, owner, mode)
  meta,         // cronlint's own `# cronlint:` comments
};
std::string_view category_name(Category category);  // "syntax", "schedule", ...
std::optional<Category> category_named(std::string_view name);

// A rule's doc as people read it (`--explain`, SARIF help): without the `<!-- cronlint: ... -->`
// lines, which tell the doc-example tests what context an example needs.
std::string doc_for_readers(std::string_view doc);

// The static description of a rule; `doc` is what `cronlint --explain ID` prints.
struct RuleInfo {
  std::string_view id = {};
  Severity severity = Severity::warning;
  Category category = Category::syntax;
  std::string_view summary = {};  // one line, lower-case, no final period
  // Markdown with the headings "## What it does", "## Why is this bad?", "## Example",
  // "## Use instead" (and optionally "## Notes"); the example lines are indented code.
  std::string_view doc = {};
  bool default_enabled = true;    // false: only with --enable ID (or --enable all)
  bool needs_filesystem = false;  // true: only with --check-paths
  // true: the rule reads a line's raw text, not its split into schedule, user and command, so it
  // also runs on lines whose structure is broken (RuleContext::broken_lines): an unfilled
  // placeholder is the cause of the breakage, not a knock-on of it.
  bool reads_broken_lines = false;
};

// How a crontab's format was decided (lint/format_inference.hpp): the user-field rules report
// errors only when the format is declared, and warnings that give the evidence otherwise.
enum class FormatBasis {
  declared,  // --system/--user, `# cronlint: kind=`, or cron's own places (/etc/crontab, ...)
  path,      // a file in a directory named cron.d, meant to be installed in /etc/cron.d
  content,   // nothing declares it; every entry that tells reads as this format
  guessed,   // the entries disagree or say nothing
};

// What the command line (or an in-file directive) says about the crontab being linted.
struct LintOptions {
  CrontabFormat format = CrontabFormat::user;
  FormatBasis format_basis = FormatBasis::declared;
  // The file's name says it is a template that is filled in before it is installed (`*.tpl`,
  // `*.tmpl`, `*.template`, `*.j2`): its placeholders (`${MINUTES}`, `%interpreter%`) are not
  // what cron will read.
  bool template_file = false;
  // The file sits in a directory named `crontabs` that is not the dialect's spool directory (a
  // repository's `crontabs/root`, an image's `/etc/crontabs/root`): the layout busybox crond
  // reads (Alpine's /etc/crontabs), which Debian's cron and cronie never read. busybox crond
  // reads a last line without a newline, leaves `%` to the shell and runs ash, which has
  // `$RANDOM`; the rules about those Debian behaviours stay silent there.
  bool busybox_layout = false;
  // Why the format is in doubt (a path the content contradicts, entries that disagree); empty
  // when nothing contradicts it.
  std::string format_evidence;
  DialectId dialect = DialectId::debian;
  // Whether something named the dialect (--dialect, `# cronlint: dialect=`, cronkit.toml's
  // `dialect`) rather than cronlint's default: dialect-signature speaks only when nothing did.
  bool dialect_declared = false;
  // The path the crontab is (or will be) installed at: the file's own path, --stdin-filename or
  // `# cronlint: path=...`. Decides the cron.d name checks. Empty when unknown (stdin).
  std::string assumed_path;
  // --tz: the zone the crontab runs in (IANA name); empty means "the widely used DST zones".
  std::string zone;
  bool check_paths = false;  // --check-paths: filesystem rules run
  std::string root = "/";    // --root: where absolute paths of the crontab are looked up
  // The real file on disk, for permission checks (empty for stdin and pipes).
  std::string file_on_disk;
  // cronkit.toml's `mail-transfer-agent`: whether the host can deliver the mail cron sends a
  // job's output to. Unset: unknown, the rules about output going to mail hedge.
  std::optional<bool> mail_transfer_agent;
  // The instant the rules that count runs "until now" count up to (airflow-catchup-backlog):
  // cronlint's --from, else the minute cronlint runs in; each such finding states it. Unset (a
  // library caller that gave none): those rules are silent.
  std::optional<std::chrono::sys_seconds> reference_time;
  // --shellcheck: also run ShellCheck on each command (rule ids `shellcheck/SCxxxx`).
  bool shellcheck = false;
  std::string shellcheck_program = "shellcheck";
};

class RuleContext;
class FoundContext;       // lint/embedded_file.hpp
class ExpressionContext;  // lint/expression.hpp
struct Directives;        // lint/directives.hpp
class RunCache;           // lint/run_cache.hpp
using CheckFunction = void (*)(RuleContext& ctx);
using EntryCheckFunction = void (*)(RuleContext& ctx, const Entry& entry);
// A check of a schedule found in another kind of file (a workflow, a manifest), with what the
// file says around it (its zone, what it belongs to): lint/embedded_file.hpp.
using FoundCheckFunction = void (*)(FoundContext& ctx);
// A check of one expression for a scheduler (a dialect that reads no crontab files: Kubernetes,
// EventBridge, Quartz, ...), as `cronlint --dialect X --expr` gives it and as every schedule found
// in a workflow or manifest is linted (lint/expression.hpp).
using ExpressionCheckFunction = void (*)(ExpressionContext& ctx);

// A rule has a whole-file check, a per-entry check, or both (a syntax rule's file check runs
// before the per-entry checks, every other rule's after them). The per-entry checks of all rules
// run in one pass over the entries, entry by entry, so that a million-line crontab is walked once
// instead of once per rule: prefer check_entry for anything that reads an entry, even in a rule
// about the whole file (collect in RuleContext::state(), conclude in the file check), since a
// whole-file walk that reads every entry waits for memory at each one. A rule about schedules
// found in other files (workflows, manifests) has a check_found instead; a rule whose findings
// come from reading such a file (`yaml-syntax`) has no check at all. A rule about what a
// scheduler does with an expression (its day rule, its clock, its numbering) has a
// check_expression, which runs for `--expr` and for every schedule found in another file alike; a
// crontab rule may have one too, so that one rule judges the same thing in a crontab entry and in
// a scheduler's expression.
struct Rule {
  RuleInfo info;
  CheckFunction check = nullptr;
  EntryCheckFunction check_entry = nullptr;
  FoundCheckFunction check_found = nullptr;
  ExpressionCheckFunction check_expression = nullptr;
};

// Everything a check gets: the parsed crontab, the dialect, the options, and where to put
// findings. The lint driver makes one per rule run.
class RuleContext {
 public:
  RuleContext(const Crontab& crontab, const LintOptions& options, const RuleInfo& rule,
              const std::vector<bool>& syntax_error_lines, std::vector<Finding>& sink)
      : crontab(crontab),
        dialect(cronkit::dialect(options.dialect)),
        options(options),
        rule(rule),
        syntax_error_lines_(syntax_error_lines),
        sink_(sink) {}

  const Crontab& crontab;
  const Dialect& dialect;
  const LintOptions& options;
  const RuleInfo& rule;
  // The file's `# cronlint:` comments (set by the driver; nullptr when a rule runs on its own).
  const Directives* directives = nullptr;
  // What the rules of one run share (the analysis of the job being checked, passwd): set by the
  // driver; a context used on its own makes its own.
  RunCache* cache = nullptr;
  RunCache& run_cache() { return cache ? *cache : own_run_cache(); }
  // Lines whose words cron does not split as an entry's (a wrong field count, a field cron
  // cannot read, a command in the user field): set by the driver, which keeps every rule but
  // the syntax ones off them, so that a broken line gets its one structural finding and no
  // finding that reads a user name as a command or a time field as a word.
  const std::vector<bool>* broken_lines = nullptr;
  // Whether the dialect was named (LintOptions::dialect_declared) or is cronlint's default.
  bool dialect_declared() const { return options.dialect_declared; }
  bool line_is_broken(std::uint32_t line) const {
    return broken_lines && line < broken_lines->size() && (*broken_lines)[line];
  }

  // Records a finding of this rule at its default severity.
  void report(const Span& span, std::string message, std::optional<Fix> fix = std::nullopt) {
    report(rule.severity, span, std::move(message), std::move(fix));
  }
  // Same with another severity (e.g. non-ascii-character is an error inside time fields).
  void report(Severity severity, const Span& span, std::string message,
              std::optional<Fix> fix = std::nullopt);
  // A finding about the whole file (line 0).
  void report_file(std::string message);

  // Turns the parser's diagnostics whose code is this rule's id into findings; under a dialect
  // that drops the whole file for a rejected line, the message says so. Returns how many.
  std::size_t report_parser_diagnostics();

  // False when the entry's line has an error-level syntax finding (field-count, field-syntax,
  // *-out-of-range, name-invalid, range-reversed, step-zero, step-without-range,
  // special-invalid, seconds-or-year-field) or cron rejects it: schedule rules skip it.
  bool schedule_is_trusted(const Entry& entry) const {
    // Inline: a dozen schedule rules ask it for every entry.
    if (!entry.accepted) return false;
    const std::uint32_t line = entry.span.line;
    return line >= syntax_error_lines_.size() || !syntax_error_lines_[line];
  }

  // The text of a span (empty for file-level spans).
  std::string_view text(const Span& span) const {
    return crontab.source().substr(span.begin, span.end - span.begin);
  }
  // A span for bytes [begin, end) of the line `line` (offsets within the file).
  Span span_at(const Line& line, std::size_t begin, std::size_t end) const;

  // What the rule keeps during one run, from entry to entry and into its whole-file check: a T
  // made on first use. The per-entry check collects while each entry is in the cache (a walk over
  // a million entries afterwards waits for memory at every one) and the whole-file check, which
  // for rules other than the syntax ones runs after the per-entry checks, concludes.
  template <typename T>
  T& state() {
    if (!state_) state_ = std::make_shared<T>();
    return *static_cast<T*>(state_.get());
  }

 private:
  std::shared_ptr<void> state_;
  const std::vector<bool>& syntax_error_lines_;
  std::vector<Finding>& sink_;
  std::shared_ptr<RunCache> own_cache_;
  RunCache& own_run_cache();
};

// Whether `name` (a path or file name) names a template by its extension (LintOptions).
bool names_template(std::string_view name);
// Whether `text` (a line of a template, or a command) starts with a placeholder: `${NAME}`,
// `$NAME`, `{{ name }}` or `%name%`.
bool starts_with_placeholder(std::string_view text);

// The ids of parser diagnostics that make a line's schedule untrustworthy (docs/rules.md).
bool is_syntax_error_code(std::string_view code);
// The ids of findings that mean cron does not split the line into schedule, user and command
// as it looks (RuleContext::broken_lines).
bool is_structural_code(std::string_view code);

}  // namespace cronkit::lint
