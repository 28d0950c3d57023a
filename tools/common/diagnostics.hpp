#pragma once
// The parser's errors as every tool shows them: `file:line:col: error: message [code]`, the
// source line and a caret with tildes under the span, exactly as cronlint's text output.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "ast/diagnostic.hpp"

namespace cronkit::tool {

// How a schedule given as a command-line argument is named where a file name would be:
// 'SCHEDULE' (its errors are then at 'SCHEDULE':1:COLUMN).
std::string argument_name(std::string_view schedule);

// The error-level diagnostics of one input (warnings are cronlint's business), rendered with
// cronlint's text renderer; those of line `only_line` when it is given. `source` is the text the
// spans point into; its secrets are starred out unless `show_secrets`. Empty when there is
// nothing to show.
std::string render_errors(std::string_view path, std::string_view source,
                          std::span<const Diagnostic> diagnostics, bool color, bool show_secrets,
                          std::optional<std::uint32_t> only_line = std::nullopt);

}  // namespace cronkit::tool
