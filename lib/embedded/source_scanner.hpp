#pragma once
// Source code read as far as finding a schedule in it needs: tokens (names, string literals,
// punctuation) with comments skipped, every string literal decoded with, for each byte of its
// value, the bytes of the file it was read from, and the arguments of a call or an annotation.
// The kinds of lib/embedded/kinds/ that read Python (Airflow, Dagster, Azure Functions' Python
// model), Java and Kotlin (Spring) and C# (Azure Functions) look for their known calls in these
// tokens; nothing here knows about cron or about those libraries.
//
// What is recognised, per language (docs/file-kinds.md lists the same):
// - Python: `#` comments; strings with any prefix of r, u, b, f (either case), in ' " ''' """;
//   the escapes of str literals (\\ \' \" \a \b \f \n \r \t \v, \ooo, \xhh, \uXXXX, \UXXXXXXXX,
//   backslash-newline); raw strings keep their backslashes. f-strings, byte strings and strings
//   with \N{...} are strings but not literals.
// - Java and Kotlin (one reader): `//` and `/* */` comments (not nested, as in Java); "..."
//   with Java's and Kotlin's escapes (\b \t \n \f \r \s \" \' \\ \$, octal, \uXXXX); character
//   literals. A `$` is kept as written: whether it is a Kotlin template or a Spring placeholder
//   is the reader's to say. Text blocks and raw strings (""") are strings but not literals.
// - C#: `//` and `/* */` comments, `#` directive lines; "..." with C#'s escapes (\' \" \\ \0 \a
//   \b \f \n \r \t \v, \xH to \xHHHH, \uXXXX, \UXXXXXXXX), verbatim @"..." ("" is one quote);
//   interpolated ($"...") and raw (""") strings are strings but not literals.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "embedded/embedded.hpp"

namespace cronkit::embedded {

enum class SourceLanguage { python, jvm, csharp };

struct SourceToken {
  enum class Type { name, string, character, number, punctuation };
  Type type = Type::punctuation;
  std::uint32_t begin = 0, end = 0;  // the token's bytes in the file (a string's quotes included)
  std::string_view spelling;         // the file's bytes of the token
  // Strings: the value, and why it is not a literal ("an f-string"), empty when it is one.
  FoundText text;
  std::string not_literal;
};

// The tokens of `text`, comments left out. Never throws; an unterminated string ends at the end
// of the file (Python's single-quoted strings, Java's and C#'s regular ones: at the line end).
std::vector<SourceToken> scan_source(std::string_view text, SourceLanguage language);

// One argument of a call: `name=value` (Python, Kotlin), `name = value` (Java annotations, C#
// attributes), `name: value` (C#), or a positional value (name empty); the value is the tokens
// [first, last).
struct CallArgument {
  std::string_view name;
  std::size_t first = 0, last = 0;
};

// The arguments of the call or annotation whose `(` is tokens[open], and the index of its `)`
// (tokens.size() when the file ends first).
struct CallArguments {
  std::vector<CallArgument> arguments;
  std::size_t close = 0;
};
CallArguments call_arguments(std::span<const SourceToken> tokens, std::size_t open);

// What an argument's value is, as far as a schedule goes.
struct ArgumentValue {
  enum class Kind {
    literal,      // one string literal: `text`
    not_literal,  // a string that is not a literal, a concatenation, a name, a call...
    none,         // Python's None, Java's null
    list,         // `[...]` (Python) whose items are in `items`
  };
  Kind kind = Kind::not_literal;
  FoundText text;                    // literal
  std::uint32_t begin = 0, end = 0;  // the value's bytes in the file
  std::string why;                   // not_literal: what it is ("an f-string", "a call")
  std::vector<ArgumentValue> items;  // list
};
ArgumentValue argument_value(std::span<const SourceToken> tokens, const CallArgument& argument);

// The argument named `name`, if the call has it.
const CallArgument* named_argument(const CallArguments& call, std::string_view name);

// The source of an argument, shortened for a message (`Variable.get("cron")`, at most 60 bytes).
std::string argument_excerpt(std::string_view text, const ArgumentValue& value);

// Whether `text` has a line that starts (after blanks) with `prefix`: an import statement, say.
bool has_line_starting_with(std::string_view text, std::string_view prefix);

// Whether Python source imports `module` or something in it: a line `import module`,
// `import module.x`, `from module import ...` or `from module.x import ...` (also `import a,
// module`). Text search, not a parse: a docstring line that reads like an import counts.
bool python_imports(std::string_view text, std::string_view module);

// The name a call or decorator calls: for the `(` at tokens[open], the name before it (`DAG` in
// `models.DAG(`), or nothing when a name does not come right before.
std::string_view called_name(std::span<const SourceToken> tokens, std::size_t open);

// Whether the `(` at tokens[open] opens a Python definition's parameters rather than a call:
// `def DAG(` and `class DAG(` define the name, they do not call it.
bool python_defines(std::span<const SourceToken> tokens, std::size_t open);

// Whether the call at tokens[open] is a decorator or annotation: `@name(` or `@a.b.name(`.
bool decorates(std::span<const SourceToken> tokens, std::size_t open);

// The name of what the decorator or annotation closing at tokens[close] decorates: `run` in
// `@schedule(...) def run(` or `@Scheduled(...) public void run(`, past further decorators; empty
// when a definition does not follow.
std::string_view decorated_name(std::span<const SourceToken> tokens, std::size_t close);

// Whether tokens[at] is the punctuation `spelling`.
bool is_punctuation(const SourceToken& token, std::string_view spelling);

}  // namespace cronkit::embedded
