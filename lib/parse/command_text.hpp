#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.hpp"

namespace cronkit {

// Splits a command the way cron does when it runs it (do_command.c): the first `%` not preceded
// by a backslash ends the shell command; in the command `\%` becomes `%` (Debian also turns `\\`
// into `\`); in the rest every `%` becomes a newline, `\%` a `%`, and a final newline is added.
Command split_command(std::string_view raw, const Dialect& dialect);

// The whole command with cron's escapes undone as in split_command (`\%` is `%`; Debian also
// reads `\\` as `\`), but without the cut at the first unescaped `%`: the text a reader of the
// shell command sees when it looks past that cut. When `source_offsets` is given and an escape
// was undone, it receives the offset in `raw` of each byte of the result (it stays empty when the
// result is `raw` itself).
std::string unescape_command(std::string_view raw, const Dialect& dialect,
                             std::vector<std::uint32_t>* source_offsets = nullptr);

// The offsets of the `%`s of `raw` that no backslash escapes, as cron scans them.
std::vector<std::size_t> unescaped_percents(std::string_view raw);

}  // namespace cronkit
