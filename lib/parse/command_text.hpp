#pragma once

#include <memory_resource>
#include <string_view>

#include "ast/ast.hpp"

namespace cronkit {

// Splits a command the way cron does when it runs it (do_command.c): the first `%` not preceded
// by a backslash ends the shell command; in the command `\%` becomes `%` (Debian also turns `\\`
// into `\`); in the rest every `%` becomes a newline, `\%` a `%`, and a final newline is added.
// The command's texts are views of `raw` where cron leaves the bytes unchanged; rewritten texts
// are stored in `memory`, which must outlive the Command.
Command split_command(std::string_view raw, const Dialect& dialect,
                      std::pmr::memory_resource* memory);

}  // namespace cronkit
