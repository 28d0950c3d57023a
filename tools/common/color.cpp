#include "common/color.hpp"

#include <unistd.h>

#include <cstdlib>

namespace cronkit::tool {

std::optional<ColorMode> color_mode_from_name(std::string_view name) {
  if (name == "auto") return ColorMode::automatic;
  if (name == "always") return ColorMode::always;
  if (name == "never") return ColorMode::never;
  return std::nullopt;
}

bool color_wanted(ColorMode mode, bool terminal, const char* no_color, const char* term) {
  switch (mode) {
    case ColorMode::always:
      return true;
    case ColorMode::never:
      return false;
    case ColorMode::automatic:
      break;
  }
  // no-color.org: a NO_COLOR that is present and not empty, whatever its value, turns colour
  // off; an empty one does not. A dumb terminal shows escape sequences as garbage.
  if (no_color && *no_color) return false;
  if (term && std::string_view(term) == "dumb") return false;
  return terminal;
}

bool color_wanted_for(ColorMode mode, int fd) {
  return color_wanted(mode, isatty(fd) == 1, std::getenv("NO_COLOR"), std::getenv("TERM"));
}

}  // namespace cronkit::tool
