#pragma once
// Questions about a parsed command that several readers ask: which program runs a script, which
// file a command sources.

#include <string_view>

#include "shell/syntax.hpp"

namespace cronkit::shell {

// `python`, `python3`, `python3.11`, `node`, `bash`, `sh`, `php`, `ruby`, `perl`, ...: a program
// that runs the script named by its first non-option argument.
bool is_interpreter(std::string_view name);
// The script argument of an interpreter command (`python3 -u x.py` -> `x.py`); nullptr when there
// is none (`python3 -m pkg`, `python3 -c '...'`, `node -e ...`).
const Word* interpreter_script(const SimpleCommand& command);
// The argument of `.`/`source` when this command sources a file.
const Word* sourced_file(const SimpleCommand& command);

}  // namespace cronkit::shell
