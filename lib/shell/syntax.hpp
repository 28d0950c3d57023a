#pragma once
// The model of a job's command as `sh -c` reads it: simple commands with their words (quoting
// kept), `NAME=value` prefixes, redirections (descriptor numbers, `>&`, `&>`, heredocs) and the
// wrappers in front of the real program; the operators between commands (pipelines, `&&`, `||`,
// `;`, `&`); and the compound pieces (subshells, `{ ...; }` groups, `$( )`, backquotes,
// `case ... esac`, heredoc bodies) as constructs. Every piece carries its offsets in the text
// read and the Span those offsets map to, so that callers point at crontab bytes.
//
// Commands are kept flat, in textual order: a command inside `$( )` or `( )` follows the word or
// list it belongs to, with a greater depth and its own list number. That is what the readers
// (the lint rules, cronexplain's output routing, cronrun's PATH look-up) walk.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ast/span.hpp"

namespace cronkit::shell {

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
  std::size_t begin = 0, end = 0;  // offsets in Script::text
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
  std::size_t begin = 0, end = 0;  // offsets of `span` in Script::text
  // For `<<` and `<<-`: the index in Script::constructs of its heredoc (or unterminated_heredoc)
  // construct; -1 otherwise.
  int heredoc = -1;
  // `2>&1`, `>&2`, `<&0`, `>&-`: the target is a descriptor, not a file.
  bool duplicates_descriptor() const;
  // A file target: `>`, `>>`, `>|`, `&>`, `&>>`, `<`, `<>` and bash's `>& file`.
  bool writes_file() const;
  bool is_dev_null() const { return target && target->text == "/dev/null"; }
  bool is_heredoc() const { return op == "<<" || op == "<<-"; }
};

enum class Connector {
  none,         // start or end of the list
  semicolon,    // `;` (also a newline and a case branch's `;;`)
  and_if,       // `&&`
  or_if,        // `||`
  pipe,         // `|`
  pipe_stderr,  // `|&` (bash)
  background,   // `&`
};

// A command in front of the real one that runs it: `nice -n 10`, `timeout 300`, `flock -n F`,
// `env FOO=1`, `sudo -u www-data`, `chronic`, `nohup`, `setlock F`, ... (see wrappers.hpp).
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
  std::vector<std::string> keywords;  // `if`, `then`, `!`, `{`, `case x in`, ... before it
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
  // Empty when the outer shell runs it; "bash", "sh", ... inside `bash -c '...'`.
  std::string shell;
  Span span;                       // from its first to its last word or redirection
  std::size_t begin = 0, end = 0;  // offsets of `span` in Script::text

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

// The pieces that are not simple commands: compound commands, expansions, heredoc bodies, and
// what is left open or only bash understands.
struct Construct {
  enum class Kind {
    unterminated_single_quote,
    unterminated_double_quote,
    unterminated_backquote,
    unterminated_command_substitution,  // `$(` (or `(`) without `)`
    unterminated_parameter_expansion,   // `${` without `}`
    unterminated_arithmetic,            // `$((` without `))`
    unterminated_heredoc,               // `<<EOF` whose delimiter line never comes
    unterminated_case,                  // `case` without `esac`
    unterminated_group,                 // `{` without `}`
    comment,                            // `# ...` to the end of the command (a shell comment)
    quoted_tilde,                       // `"~/x"`, `'~/x'`: no tilde expansion inside quotes
    ansi_c_quote,                       // `$'...'` (bash)
    process_substitution,               // `<(...)`, `>(...)` (bash)
    brace_expansion,                    // `{a,b}`, `{1..5}` (bash)
    arithmetic,                         // `$(( ... ))`; `text` holds the expression
    command_substitution,               // `$( ... )`
    backquote,                          // `` `...` ``
    subshell,                           // `( ... )`
    group,                              // `{ ...; }`
    case_clause,                        // `case WORD in ... esac`
    case_pattern,                       // `a|b)` of a case branch; `text` holds the patterns
    heredoc,           // the body of `<<EOF` through its delimiter line; `text` holds the body
    double_bracket,    // `[[` (bash)
    function_keyword,  // `function name` (bash)
  };
  Kind kind;
  Span span;
  std::string text;
  std::size_t begin = 0, end = 0;  // offsets in Script::text
  std::string shell;               // as SimpleCommand::shell
};

// Where the text read came from: byte i of the text is byte offsets[i] of the raw text that
// starts at `base` (identity when `offsets` is empty). A caller that undid cron's escapes
// (`\%` -> `%`) passes the map so that spans still point at the crontab's bytes.
struct SourceMap {
  Span base;                           // the raw text's span; base.end is its end
  std::vector<std::uint32_t> offsets;  // per byte of the text read; empty means identity
};

struct Script {
  std::string text;                     // the command line read
  std::vector<SimpleCommand> commands;  // in textual order; nested lists follow their word
  std::vector<Construct> constructs;    // in the order the reader met them
  std::vector<VariableReference> variables;
  SourceMap source;

  // The source offset of byte `offset` of `text` (one past the end maps to the raw text's end).
  std::size_t file_offset(std::size_t offset) const;
  // A span for bytes [begin, end) of `text`.
  Span span(std::size_t begin, std::size_t end) const;
  const Construct* find(Construct::Kind kind) const;
  // The commands of the job's own top-level list, in order.
  std::vector<const SimpleCommand*> top_level() const;
};

// Reads `text` as `sh -c` would (without running or expanding anything). Never fails: what is
// left open is reported as an unterminated_* construct. Linear in the size of the text.
Script parse(std::string text, SourceMap source = {});

}  // namespace cronkit::shell
