#include "rules_cli.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

namespace cronkit::cronlint {

std::vector<std::pair<std::string, bool>> selection_in_order(int argc, char** argv) {
  std::vector<std::pair<std::string, bool>> changes;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--") break;
    for (auto [name, enable] : {std::pair{"--enable", true}, std::pair{"--disable", false}}) {
      std::string_view option = name;
      std::string value;
      if (arg == option && i + 1 < argc) {
        value = argv[++i];
      } else if (arg.starts_with(option) && arg.size() > option.size() &&
                 arg[option.size()] == '=') {
        value = std::string(arg.substr(option.size() + 1));
      } else {
        continue;
      }
      std::size_t start = 0;
      while (start <= value.size()) {
        std::size_t comma = value.find(',', start);
        std::string id =
            value.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!id.empty()) changes.emplace_back(id, enable);
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
    }
  }
  return changes;
}

bool known_rule_id(const std::string& id) {
  return id == "all" || id == "shellcheck" || id.starts_with("shellcheck/SC") ||
         lint::find_rule(id) != nullptr || lint::category_named(id).has_value();
}

std::vector<std::string> rule_ids() {
  std::vector<std::string> ids;
  for (const lint::Rule* rule : lint::all_rules()) ids.emplace_back(rule->info.id);
  return ids;
}

std::vector<std::string> selection_words() {
  std::vector<std::string> words{"all", "shellcheck"};
  for (const lint::Rule* rule : lint::all_rules()) {
    std::string category(lint::category_name(rule->info.category));
    if (std::find(words.begin(), words.end(), category) == words.end()) words.push_back(category);
  }
  std::vector<std::string> ids = rule_ids();
  words.insert(words.end(), ids.begin(), ids.end());
  return words;
}

std::string unknown_rule_message(const std::string& id) {
  std::string suggestion = lint::closest_rule_id(id);
  return suggestion.empty()
             ? fmt::format("unknown rule '{}' (cronlint --list-rules shows them)", id)
             : fmt::format("unknown rule '{}'; did you mean '{}'?", id, suggestion);
}

std::string rule_list() {
  std::string out;
  for (const lint::Rule* rule : lint::all_rules()) {
    std::string notes;
    if (!rule->info.default_enabled) notes += " (off by default: --enable)";
    if (rule->info.needs_filesystem) notes += " (needs --check-paths)";
    out += fmt::format("{:<28} {:<8} {}{}\n", rule->info.id, severity_name(rule->info.severity),
                       rule->info.summary, notes);
  }
  return out;
}

std::string explanation(const lint::Rule& rule) {
  std::string out =
      fmt::format("# {} ({}{}{})\n\n{}\n\n{}\n", rule.info.id, severity_name(rule.info.severity),
                  rule.info.default_enabled ? "" : ", off by default",
                  rule.info.needs_filesystem ? ", needs --check-paths" : "", rule.info.summary,
                  lint::doc_for_readers(rule.info.doc));
  out += fmt::format(
      "\nSuppress it for one entry with `# cronlint: disable={}` on the line "
      "above, or for the whole file with `# cronlint: disable-file={}`.\n",
      rule.info.id, rule.info.id);
  return out;
}

}  // namespace cronkit::cronlint
