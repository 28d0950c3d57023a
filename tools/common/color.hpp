#pragma once
// When the tools colour their output: --color=auto|always|never, NO_COLOR (no-color.org) and
// whether the stream is a terminal.

#include <optional>
#include <string_view>

namespace cronkit::tool {

enum class ColorMode { automatic, always, never };

// "auto", "always", "never"; nothing for anything else.
std::optional<ColorMode> color_mode_from_name(std::string_view name);

// The decision, from what it depends on. `no_color` and `term` are the values of NO_COLOR and
// TERM, nullptr when unset. An explicit --color=always wins over NO_COLOR: the variable sets a
// default, and a command-line flag is the user asking for this one run.
bool color_wanted(ColorMode mode, bool terminal, const char* no_color, const char* term);

// The same for the file descriptor `fd` of this process and its environment.
bool color_wanted_for(ColorMode mode, int fd);

}  // namespace cronkit::tool
