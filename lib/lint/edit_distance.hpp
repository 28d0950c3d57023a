#pragma once

#include <cstddef>
#include <string_view>

namespace cronkit::lint {

// Levenshtein distance: single-byte insertions, deletions and substitutions. Used for "did you
// mean" suggestions (rule ids, environment names).
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace cronkit::lint
