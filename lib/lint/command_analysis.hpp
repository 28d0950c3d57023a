#pragma once
// The one place where cronlint reads a job's command as the shell will: simple commands and the
// operators between them, words with their quoting, `VAR=value` prefixes, redirections, the
// wrappers in front of the real command (`nice`, `timeout 60`, `flock -n FILE`, `env`, ...),
// variable references and the constructs that only bash understands. Every piece keeps its
// Span in the crontab, so findings point at the exact bytes. The command rules read this instead
// of tokenising on their own.
//
// The text analysed is the command as written, with cron's own escapes undone (`\%` is `%`, and
// Debian's `\\` is `\`) but without cron's cut at the first unescaped `%`: what that cut does is
// percent-unescaped's business (docs/rules.md, "Precedence"). The same module reads the
// candidate environment lines that cron rejects (`MAILTO=`, `export X=1`, `X="a" # c`).

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.hpp"
#include "ast/span.hpp"
#include "dialect/dialect.hpp"
#include "environment/passwd.hpp"
#include "lint/rule.hpp"
#include "text/excerpt.hpp"

namespace cronkit::lint {

// `$NAME`, `${NAME}`, `${NAME:-x}`, ... (not `$1`, `$?`, `$$`: those are never "undefined").
struct VariableReference {
  std::string name;
  Span span;                 // from the `$` to the end of the name (or the closing `}`)
  bool braced = false;       // `${...}`
  bool has_default = false;  // `${NAME:-x}`, `${NAME-x}`, `${NAME:=x}`, `${NAME:+x}`, `${#NAME}`
  bool guarded = false;      // `${NAME:?...}` / `${NAME?...}`: the shell stops when it is unset
  bool in_double_quotes = false;
  bool in_arithmetic = false;  // inside `$(( ))`, including bare names there (`RANDOM % 5`)
};

struct Word {
  std::string text;  // after quote removal; expansions are kept as written (`$HOME/x`)
  Span span;         // the word as written, quotes included
  std::size_t begin = 0, end = 0;  // offsets in CommandAnalysis::text
  bool quoted = false;             // some part was quoted or escaped
  bool has_expansion = false;      // contains `$...` or a backquote outside single quotes
  bool is_literal() const { return !has_expansion; }
};

struct Assignment {
  std::string name;
  Word value;
  Span span;             // NAME=value as written
  bool via_env = false;  // given to `env` (`env FOO=1 cmd`) rather than as a prefix
};

struct Redirection {
  int fd = 1;      // the descriptor redirected; -1 for bash's `&>` / `&>>` (stdout and stderr)
  std::string op;  // ">", ">>", ">|", "<", "<<", "<<-", "<>", ">&", "<&", "&>", "&>>"
  std::optional<Word> target;  // missing when nothing follows the operator
  Span span;                   // from the descriptor number (or operator) to the target's end
  Span operator_span;
  // `2>&1`, `>&2`, `<&0`, `>&-`: the target is a descriptor, not a file.
  bool duplicates_descriptor() const;
  // A file target: `>`, `>>`, `>|`, `&>`, `&>>`, `<`, `<>` and bash's `>& file`.
  bool writes_file() const;
  bool is_dev_null() const { return target && target->text == "/dev/null"; }
};

enum class Connector {
  none,         // start or end of the list
  semicolon,    // `;`
  and_if,       // `&&`
  or_if,        // `||`
  pipe,         // `|`
  pipe_stderr,  // `|&` (bash)
  background,   // `&`
};

// A command in front of the real one that runs it: `nice -n 10`, `timeout 300`, `flock -n F`,
// `env FOO=1`, `chronic`, `run-one`, `nohup`, `setlock F`, ...
struct Wrapper {
  std::string name;      // the wrapper's basename: "flock", "timeout", ...
  std::size_t word = 0;  // index of its name in SimpleCommand::words
  std::size_t end = 0;   // index just past its options and arguments
};

struct SimpleCommand {
  std::vector<Assignment> assignments;  // `FOO=1 cmd` (and `env FOO=1 cmd`)
  std::vector<Word> words;              // everything else, wrappers included, in order
  std::vector<Redirection> redirections;
  std::vector<Wrapper> wrappers;
  std::vector<std::string> keywords;  // `if`, `then`, `!`, `{`, ... that preceded it
  // Index in `words` of the real command word (after assignments and wrappers); words.size()
  // when there is none (`FOO=1`, a lone redirection, `flock F` with nothing to run).
  std::size_t command_index = 0;
  Connector before = Connector::none;
  Connector after = Connector::none;
  // 0 for the job's own list; deeper inside `$( )`, backquotes, `( )`, `<( )` and the string of
  // `sh -c '...'` / `flock F -c '...'`.
  int depth = 0;
  // Commands with the same `list` are in the same command list (the top level is list 0).
  int list = 0;
  // Empty when cron's SHELL runs it; "bash", "sh", ... inside `bash -c '...'`.
  std::string shell;
  Span span;  // from its first to its last word or redirection

  const Word* command_word() const {
    return command_index < words.size() ? &words[command_index] : nullptr;
  }
  // The command word's name without directories (`python3` for `/usr/bin/python3`).
  std::string_view command_name() const;
  std::span<const Word> arguments() const {
    return command_index < words.size() ? std::span<const Word>(words).subspan(command_index + 1)
                                        : std::span<const Word>();
  }
  const Wrapper* wrapper(std::string_view name) const;
  bool redirects_stdout() const;  // to a file, /dev/null included
  bool redirects_stderr() const;
};

// Things worth a finding that are not simple commands.
struct ShellConstruct {
  enum class Kind {
    unterminated_single_quote,
    unterminated_double_quote,
    unterminated_backquote,
    unterminated_command_substitution,  // `$(` without `)`
    unterminated_parameter_expansion,   // `${` without `}`
    unterminated_arithmetic,            // `$((` without `))`
    comment,                            // `# ...` to the end of the command (a shell comment)
    quoted_tilde,                       // `"~/x"`, `'~/x'`: no tilde expansion inside quotes
    ansi_c_quote,                       // `$'...'` (bash)
    process_substitution,               // `<(...)`, `>(...)` (bash)
    brace_expansion,                    // `{a,b}`, `{1..5}` (bash)
    arithmetic,                         // `$(( ... ))`; `text` holds the expression
    command_substitution,               // `$( ... )`
    backquote,                          // `` `...` ``
    double_bracket,                     // `[[` (bash)
    function_keyword,                   // `function name` (bash)
  };
  Kind kind;
  Span span;
  std::string text;
  std::size_t begin = 0, end = 0;  // offsets in CommandAnalysis::text
  std::string shell;               // as SimpleCommand::shell
};

struct CommandAnalysis {
  // The command as the shell would read it, cron's escapes undone (see the file comment).
  std::string text;
  std::vector<SimpleCommand> commands;  // in textual order; nested lists follow their word
  std::vector<ShellConstruct> constructs;
  std::vector<VariableReference> variables;

  // The file offset of byte `offset` of `text` (one past the end maps to the command's end).
  std::size_t file_offset(std::size_t offset) const;
  // A span for bytes [begin, end) of `text`.
  Span span(std::size_t begin, std::size_t end) const;
  const ShellConstruct* find(ShellConstruct::Kind kind) const;
  // The commands of the job's own top-level list, in order.
  std::vector<const SimpleCommand*> top_level() const;

  // Internals for span(): where each byte of `text` came from.
  std::vector<std::uint32_t> source_offsets;  // offset within the raw command per byte of text
  Span command_span;
};

// Analyses an entry's command as `dialect`'s cron hands it to the shell.
CommandAnalysis analyze_command(const Command& command, const Dialect& dialect);
// The command of an entry as the rules read it: the entry's command, except in a system crontab
// whose user field holds the start of the command (user-field-missing), where it starts there.
CommandAnalysis analyze_entry(const Crontab& crontab, const Entry& entry, const Dialect& dialect);
// The span of an entry's command without the blanks Debian's cron keeps in front of it.
Span trimmed_command_span(const Entry& entry);
// Same for any text of a single line starting at `span` (used by tests and for rejected lines).
CommandAnalysis analyze_command_text(std::string_view raw, const Span& span,
                                     const Dialect& dialect);

// Quick, conservative checks on the raw command text, so that rules skip the full analysis of
// the ordinary clean line: false means "certainly not"; true means "analyse to find out".
// Whether a quote, backquote, `$(`, `${` or `(` may be left open.
bool may_have_unterminated_construct(std::string_view raw);
// Whether some word or redirection target may be a relative path.
bool may_have_relative_path(std::string_view raw);
// Whether `word` occurs as a whole command-like word (not as part of a longer name): preceded by
// the start, a blank, `;&|(` or `/`, and followed by the end, a blank or `;&|)`.
bool may_contain_word(std::string_view raw, std::string_view word);

// ---------------------------------------------------------------------------------------------
// Environment lines, read with cron's env grammar (docs/semantics.md §3) but keeping the reason
// when a line is not an assignment, so that the specific rule can say why.

struct EnvLineCandidate {
  enum class Outcome {
    assignment,               // cron reads it as NAME=value
    not_an_assignment,        // does not look like one at all (a job line)
    empty_unquoted_value,     // `NAME=` (Debian: not an assignment; cronie: empty value)
    junk_after_quoted_value,  // `NAME="x" # c`, `NAME="x"y`
    unterminated_quote,       // `NAME="x`
    export_prefix,            // `export NAME=value`
  };
  Outcome outcome = Outcome::not_an_assignment;
  // Offsets within the line text.
  std::size_t name_begin = 0, name_end = 0;
  std::size_t value_begin = 0, value_end = 0;    // the value as written (quotes included)
  std::size_t junk_begin = 0;                    // junk_after_quoted_value: where the junk starts
  std::size_t export_begin = 0, export_end = 0;  // export_prefix: the `export` word and blanks
  char quote = 0;
  std::string_view name;   // as written (without quotes)
  std::string_view value;  // as written, quotes included; unquoted values are not trimmed
};

// Reads one line (without its line end) as an environment-line candidate.
EnvLineCandidate read_env_line(std::string_view line);

// The lines of a crontab that are, or were meant to be, environment lines: accepted assignments
// and the rejected lines that read_env_line recognises.
struct EnvLineView {
  const Line* line = nullptr;
  const EnvAssignment* assignment = nullptr;  // null for a rejected line
  EnvLineCandidate candidate;                 // offsets within the line
  std::size_t line_begin = 0;                 // the line's file offset
};
std::vector<EnvLineView> env_lines(const Crontab& crontab);

// ---------------------------------------------------------------------------------------------
// The jobs the command rules look at: every entry, and also the lines cron rejects for a time
// field (`0 24 * * * date +%F`), whose command still deserves its findings (docs/rules.md:
// "command rules still run"). For such a line an Entry is made up on the fly: not accepted, no
// schedule, its command as cron would split it. An entry whose command begins with a sixth
// schedule-like token (`0 */5 * * * * cmd`) is read from the first real word on.
class Jobs {
 public:
  Jobs(const Crontab& crontab, const Dialect& dialect, bool rejected_only = false)
      : crontab_(&crontab), dialect_(&dialect), rejected_only_(rejected_only) {}

  class iterator {
   public:
    using value_type = Entry;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    const Entry& operator*() const { return *current_; }
    const Entry* operator->() const { return current_; }
    iterator& operator++() {
      advance(line_ + 1);
      return *this;
    }
    bool operator==(const iterator& other) const { return line_ == other.line_; }

   private:
    friend class Jobs;
    iterator(const Jobs* jobs, std::size_t line) : jobs_(jobs), line_(line) {}
    void advance(std::size_t line);  // to the first job at or after `line`
    const Jobs* jobs_ = nullptr;
    std::size_t line_ = 0;
    std::size_t environment_ = 0;  // assignments on the lines passed so far
    const Entry* current_ = nullptr;
    std::shared_ptr<Entry> made_up_;  // shared so that the iterator stays copyable
  };

  iterator begin() const {
    iterator it(this, 0);
    it.advance(0);
    return it;
  }
  iterator end() const { return iterator(this, crontab_->lines.size()); }

 private:
  const Crontab* crontab_;
  const Dialect* dialect_;
  bool rejected_only_;
};
inline Jobs jobs(const Crontab& crontab, const Dialect& dialect) {
  return Jobs(crontab, dialect);
}
// Only the made-up jobs of rejected lines (the entries reach per-entry checks directly).
inline Jobs rejected_jobs(const Crontab& crontab, const Dialect& dialect) {
  return Jobs(crontab, dialect, true);
}
// The job of an entry as the command rules read it: the entry itself, or (when its command
// starts with a sixth schedule token) a made-up copy kept in `holder`; nullptr when nothing is
// left to run.
const Entry* job_of(const Crontab& crontab, const Entry& entry, const Dialect& dialect,
                    std::shared_ptr<Entry>& holder);

// The two entry points of a rule that checks jobs, made from its one per-job check: every
// accepted entry's job, and the jobs of lines cron rejects for a time field (their commands still
// get findings). A rule is then `{info, check_rejected_jobs<check_job>, check_job_of<check_job>}`.
using JobCheck = void (*)(RuleContext& ctx, const Entry& job);
template <JobCheck CheckJob>
void check_rejected_jobs(RuleContext& ctx) {
  for (const Entry& job : rejected_jobs(ctx.crontab, ctx.dialect)) CheckJob(ctx, job);
}
template <JobCheck CheckJob>
void check_job_of(RuleContext& ctx, const Entry& entry) {
  std::shared_ptr<Entry> holder;
  if (const Entry* job = job_of(ctx.crontab, entry, ctx.dialect, holder)) CheckJob(ctx, *job);
}
// analyze_entry(), computed once for the rules that look at the same job one after another (the
// lint driver runs every rule's per-entry check on one entry before the next). The reference is
// valid until the next call.
const CommandAnalysis& job_analysis(const Crontab& crontab, const Entry& entry,
                                    const Dialect& dialect);

// ---------------------------------------------------------------------------------------------
// Small shared facts.

// The last assignment of `name` above the entry, or nullptr.
const EnvAssignment* assignment_in_force(const Crontab& crontab, const Entry& entry,
                                         std::string_view name);
// Text from the crontab as a message quotes it (text/excerpt.hpp).
using cronkit::excerpt;
// The name of a path without its directories.
std::string_view path_basename(std::string_view path);
// Whether a SHELL value names bash or zsh (which understand the bash-only syntax).
bool is_bash_like_shell(std::string_view shell);
// `python`, `python3`, `python3.11`, `node`, `bash`, `sh`, `php`, `ruby`, `perl`, ...: a program
// that runs the script named by its first non-option argument.
bool is_interpreter(std::string_view name);
// The script argument of an interpreter command (`python3 -u x.py` -> `x.py`); nullptr when there
// is none (`python3 -m pkg`, `python3 -c '...'`, `node -e ...`).
const Word* interpreter_script(const SimpleCommand& command);
// The argument of `.`/`source` when this command sources a file.
const Word* sourced_file(const SimpleCommand& command);

// Whether the token in a system crontab's user position is really the start of a command: a path
// (`/`, `~`, `.`, `$`) or a well-known program name (`python3`, `cd`, `bash`, ...).
bool looks_like_command_token(std::string_view token);
// The name of the user a job runs as, when the text tells: the user field of a system crontab,
// or the spool file's name for a user crontab under /var/spool/cron. Empty when unknown.
std::string job_user_name(const Crontab& crontab, const Entry& entry, std::string_view path);

// ---------------------------------------------------------------------------------------------
// Filesystem look-ups for the --check-paths rules: every path is taken under `root` (--root), and
// nothing outside it is read.

// `root` + `path` (an absolute path inside the checked system).
std::string under_root(std::string_view root, std::string_view path);
using cronkit::PasswdEntry;
// The user's line in ROOT/etc/passwd (environment/passwd.hpp reads it).
std::optional<PasswdEntry> find_user(std::string_view root, std::string_view name);
// The groups the user is in (primary group included), from ROOT/etc/group.
std::vector<gid_t> groups_of(std::string_view root, const PasswdEntry& user);
// Whether `user` may read (4), write (2) or execute/search (1) the file at `host_path` (a path
// already under the root), judged from its mode and owner. Without a user, any matching bit.
bool may_access(const std::string& host_path, const std::optional<PasswdEntry>& user,
                const std::vector<gid_t>& groups, unsigned what);

}  // namespace cronkit::lint
