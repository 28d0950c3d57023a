#pragma once
// The one table of cronlint's rules (cf. ruff's codes.rs): lib/lint/registry.cpp.

#include <span>
#include <string>
#include <string_view>

#include "lint/rule.hpp"

namespace cronkit::lint {

// Every rule, sorted by id.
std::span<const Rule* const> all_rules();
// The rule with this id, or nullptr.
const Rule* find_rule(std::string_view id);
// The registered id closest to `id` (for "did you mean ...?"); empty when nothing is close.
std::string closest_rule_id(std::string_view id);

}  // namespace cronkit::lint
