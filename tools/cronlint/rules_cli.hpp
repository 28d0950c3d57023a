#pragma once
// cronlint's command line about rules: --enable/--disable in the order given, --list-rules and
// --explain text, and the message for an unknown rule id.

#include <string>
#include <utility>
#include <vector>

#include "lint/registry.hpp"

namespace cronkit::cronlint {

// --enable and --disable in the order given (CLI11 groups options by name, but "--disable all
// --enable X" and "--enable X --disable all" mean different things); comma-separated lists are
// split: --disable dom-dow-or,too-frequent.
std::vector<std::pair<std::string, bool>> selection_in_order(int argc, char** argv);

// Whether `id` names a rule, "all", or ShellCheck's codes.
bool known_rule_id(const std::string& id);
// What --enable/--disable accept, for the shell completions: every rule id, every category and
// `all` (and `shellcheck`, the ShellCheck codes' switch).
std::vector<std::string> selection_words();
// Every rule id, for --explain's completion.
std::vector<std::string> rule_ids();

// "unknown rule 'X'; did you mean 'Y'?" (or a pointer to --list-rules).
std::string unknown_rule_message(const std::string& id);

// --list-rules: one line per rule (id, severity, summary, notes).
std::string rule_list();
// --explain RULE: rationale, examples, fix and how to suppress it.
std::string explanation(const lint::Rule& rule);

}  // namespace cronkit::cronlint
