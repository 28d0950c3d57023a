#include "common/config.hpp"

#include "lint/registry.hpp"
#include "lint/rule.hpp"

namespace cronkit::tool {

void add_config_options(CLI::App& app, ConfigChoice& choice) {
  CLI::Option* file =
      app.add_option("--config", choice.file,
                     "read settings from this cronkit.toml instead of looking for one")
          ->type_name("FILE");
  app.add_flag("--no-config", choice.none, "read no cronkit.toml")->excludes(file);
}

const config::RuleVocabulary& rule_vocabulary() {
  static const config::RuleVocabulary vocabulary{
      .classify =
          [](std::string_view name) {
            if (name == "all") return config::RuleNameKind::all;
            if (lint::category_named(name)) return config::RuleNameKind::category;
            if (lint::find_rule(name) || name == "shellcheck" || name.starts_with("shellcheck/SC"))
              return config::RuleNameKind::rule;
            return config::RuleNameKind::unknown;
          },
      .suggest = [](std::string_view name) { return lint::closest_rule_id(std::string(name)); }};
  return vocabulary;
}

const config::ConfigResult& ConfigFiles::load(const std::filesystem::path& file) {
  auto found = loaded_.find(file);
  if (found == loaded_.end())
    found = loaded_.emplace(file, config::load_config(file, &rule_vocabulary())).first;
  return found->second;
}

std::optional<config::Settings> ConfigFiles::settings_for(const std::string& input,
                                                          std::string& error,
                                                          const std::string& match_as) {
  if (choice_.none) return config::Settings{};
  const std::string& path = match_as.empty() ? input : match_as;
  std::optional<std::filesystem::path> file;
  if (!choice_.file.empty()) {
    file = choice_.file;
  } else {
    // "-" is a path in the current directory, where standard input's config is looked for.
    file = config::find_config(std::filesystem::absolute(path).parent_path());
    // Named in messages as the user would name it from here: config/cronkit.toml, ../cronkit.toml.
    std::error_code ec;
    std::filesystem::path here = std::filesystem::current_path(ec);
    if (file && !ec) file = file->lexically_proximate(here);
  }
  if (!file) return config::Settings{};
  const config::ConfigResult& result = load(*file);
  if (result.error) {
    error = result.error->to_string();
    return std::nullopt;
  }
  if (path == "-") return result.config->defaults;
  return result.config->settings_for(path);
}

DialectId chosen_dialect(bool given, DialectId on_command_line, const config::Settings& settings) {
  if (given || !settings.dialect) return on_command_line;
  return *settings.dialect;
}

std::optional<CrontabFormat> chosen_format(std::optional<CrontabFormat> on_command_line,
                                           const config::Settings& settings) {
  return on_command_line ? on_command_line : settings.kind;
}

}  // namespace cronkit::tool
