#include "config/config.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <tuple>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <toml++/toml.h>

#include "fs/file.hpp"
#include "timezone/timezone.hpp"

namespace cronkit::config {

std::string ConfigError::to_string() const {
  if (line == 0) return fmt::format("{}: {}", path, message);
  return fmt::format("{}:{}:{}: {}", path, line, column, message);
}

std::string_view fail_on_name(FailOn fail_on) {
  switch (fail_on) {
    case FailOn::error:
      return "error";
    case FailOn::warning:
      return "warning";
    case FailOn::info:
      return "info";
    case FailOn::never:
      return "never";
  }
  return "warning";
}

std::optional<FailOn> fail_on_from_name(std::string_view name) {
  for (FailOn value : {FailOn::error, FailOn::warning, FailOn::info, FailOn::never}) {
    if (fail_on_name(value) == name) return value;
  }
  return std::nullopt;
}

void Settings::overlay(const Settings& over) {
  // A section's kind replaces the kind before it, whether a crontab format or a file kind.
  if (over.kind || over.file_kind) {
    kind = over.kind;
    file_kind = over.file_kind;
  }
  if (over.dialect) dialect = over.dialect;
  if (over.tz) tz = over.tz;
  if (over.mail_transfer_agent) mail_transfer_agent = over.mail_transfer_agent;
  rules.insert(rules.end(), over.rules.begin(), over.rules.end());
  if (over.fail_on) fail_on = over.fail_on;
}

// --- globs -------------------------------------------------------------------------------------

namespace {

std::vector<std::string_view> split_segments(std::string_view path) {
  std::vector<std::string_view> segments;
  while (!path.empty()) {
    std::size_t slash = path.find('/');
    std::string_view segment = path.substr(0, slash);
    // "a//b" and "./a" name the same file as "a/b" and "a".
    if (!segment.empty() && segment != ".") segments.push_back(segment);
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return segments;
}

// A bracket expression at pattern[at] ('['): whether it matches c, and where it ends (npos when
// it is not closed).
std::size_t match_bracket(std::string_view pattern, std::size_t at, char c, bool& matched) {
  std::size_t i = at + 1;
  bool negate = i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^');
  if (negate) ++i;
  bool found = false;
  bool first = true;
  for (; i < pattern.size(); ++i) {
    // A ']' right after '[' or '[!' is a member, as in sh(1).
    if (pattern[i] == ']' && !first) {
      matched = found != negate;
      return i + 1;
    }
    first = false;
    char low = pattern[i];
    char high = low;
    if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
      high = pattern[i + 2];
      i += 2;
    }
    if (low <= c && c <= high) found = true;
  }
  return std::string_view::npos;
}

// One segment against one pattern segment without '/': '*', '?', '[...]', '\x'.
bool match_segment(std::string_view pattern, std::string_view text) {
  std::size_t p = 0, t = 0;
  std::size_t star_p = std::string_view::npos, star_t = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star_p = p++;
      star_t = t;
      continue;
    }
    if (p < pattern.size()) {
      char c = pattern[p];
      if (c == '?') {
        ++p, ++t;
        continue;
      }
      if (c == '[') {
        bool matched = false;
        std::size_t end = match_bracket(pattern, p, text[t], matched);
        if (end != std::string_view::npos && matched) {
          p = end, ++t;
          continue;
        }
      } else if (c == '\\' && p + 1 < pattern.size()) {
        if (pattern[p + 1] == text[t]) {
          p += 2, ++t;
          continue;
        }
      } else if (c == text[t]) {
        ++p, ++t;
        continue;
      }
    }
    // Mismatch: let the last '*' swallow one more character, or fail.
    if (star_p == std::string_view::npos) return false;
    p = star_p + 1;
    t = ++star_t;
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

bool match_segments(const std::vector<std::string_view>& pattern, std::size_t p,
                    const std::vector<std::string_view>& path, std::size_t t) {
  if (p == pattern.size()) return t > 0 || path.empty();  // a matched directory covers its files
  if (pattern[p] == "**") {
    for (std::size_t skip = t; skip <= path.size(); ++skip) {
      if (match_segments(pattern, p + 1, path, skip)) return true;
    }
    return false;
  }
  if (t == path.size()) return false;
  return match_segment(pattern[p], path[t]) && match_segments(pattern, p + 1, path, t + 1);
}

}  // namespace

bool glob_matches(std::string_view pattern, std::string_view path) {
  std::vector<std::string_view> pattern_segments = split_segments(pattern);
  std::vector<std::string_view> path_segments = split_segments(path);
  if (pattern_segments.empty()) return false;
  return match_segments(pattern_segments, 0, path_segments, 0);
}

std::optional<std::string> glob_error(std::string_view pattern) {
  if (split_segments(pattern).empty()) return "an empty glob matches nothing";
  for (std::string_view segment : split_segments(pattern)) {
    if (segment == "..") {
      return "a glob cannot leave the config file's directory (`..`)";
    }
    if (segment != "**" && segment.find("**") != std::string_view::npos) {
      return fmt::format("`**` must be a whole path segment (`a/**/b`), not part of `{}`", segment);
    }
    for (std::size_t i = 0; i < segment.size(); ++i) {
      if (segment[i] == '\\') {
        ++i;
      } else if (segment[i] == '[') {
        bool ignored = false;
        std::size_t end = match_bracket(segment, i, '\0', ignored);
        if (end == std::string_view::npos) return fmt::format("unclosed `[` in `{}`", segment);
        i = end - 1;
      }
    }
  }
  return std::nullopt;
}

// --- reading the file --------------------------------------------------------------------------

namespace {

std::string_view type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a floating-point number";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::none:
      break;
  }
  return "nothing";
}

constexpr std::array<std::string_view, 7> setting_keys = {
    "kind", "dialect", "tz", "mail-transfer-agent", "enable", "disable", "fail-on"};

// "mail_transfer_agent" or "Fail-On" for "mail-transfer-agent" and "fail-on".
std::string same_key_spelt_differently(std::string_view key, bool in_paths) {
  auto normal = [](std::string_view text) {
    std::string result;
    for (char c : text) {
      result += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return result;
  };
  std::string wanted = normal(key);
  for (std::string_view known : setting_keys) {
    if (normal(known) == wanted) return std::string(known);
  }
  if (in_paths && wanted == "match") return "match";
  return {};
}

class Reader {
 public:
  Reader(std::string path, const RuleVocabulary* vocabulary)
      : path_(std::move(path)), vocabulary_(vocabulary) {}

  void error(const toml::source_region& where, std::string message) {
    errors_.push_back({path_, where.begin.line, where.begin.column, std::move(message)});
  }
  // The first error in the file (toml++ walks tables in key order, not file order).
  std::optional<ConfigError> first_error() const {
    if (errors_.empty()) return std::nullopt;
    return *std::min_element(errors_.begin(), errors_.end(), [](const auto& a, const auto& b) {
      return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
  }

  const toml::node* string_node(const toml::node& node, std::string_view key) {
    if (node.is_string()) return &node;
    error(node.source(), fmt::format("`{}` must be a string, not {}", key, type_name(node)));
    return nullptr;
  }

  // A string or an array of strings: `match`, `enable`, `disable`.
  std::vector<const toml::value<std::string>*> string_list(const toml::node& node,
                                                           std::string_view key) {
    std::vector<const toml::value<std::string>*> result;
    if (const auto* single = node.as_string()) {
      result.push_back(single);
    } else if (const auto* array = node.as_array()) {
      for (const toml::node& item : *array) {
        if (const auto* text = item.as_string()) {
          result.push_back(text);
        } else {
          error(item.source(), fmt::format("`{}` must list strings, not {}", key, type_name(item)));
        }
      }
    } else {
      error(node.source(), fmt::format("`{}` must be a string or an array of strings, not {}", key,
                                       type_name(node)));
    }
    return result;
  }

  struct PendingToggle {
    RuleToggle toggle;
    RuleNameKind kind;
    toml::source_position at;
  };

  void rule_names(const toml::node& node, std::string_view key, bool enable,
                  std::vector<PendingToggle>& out) {
    for (const auto* name : string_list(node, key)) {
      const std::string& text = name->get();
      RuleNameKind kind = text == "all" ? RuleNameKind::all : RuleNameKind::rule;
      if (vocabulary_ && vocabulary_->classify) {
        kind = vocabulary_->classify(text);
        if (kind == RuleNameKind::unknown) {
          std::string hint;
          if (vocabulary_->suggest) {
            std::string close = vocabulary_->suggest(text);
            if (!close.empty()) hint = fmt::format(" (did you mean `{}`?)", close);
          }
          error(name->source(),
                fmt::format("unknown rule or category `{}` in `{}`{}", text, key, hint));
          continue;
        }
      }
      for (const PendingToggle& earlier : out) {
        if (earlier.toggle.name == text && earlier.toggle.enable != enable) {
          // At the later of the two, as they are read in key order, not file order.
          toml::source_position at = std::max(earlier.at, name->source().begin);
          errors_.push_back(
              {path_, at.line, at.column,
               fmt::format("`{}` is both enabled and disabled in the same section", text)});
        }
      }
      out.push_back({{text, enable}, kind, name->source().begin});
    }
  }

  // The keys shared by [defaults] and [[paths]]; `match` only in the latter.
  Settings settings(const toml::table& table, PathSection* section) {
    Settings result;
    std::vector<PendingToggle> toggles;
    for (auto&& [key, node] : table) {
      std::string_view name = key.str();
      const toml::source_region& at = node.source();
      if (name == "match" && section) {
        for (const auto* glob : string_list(node, name)) {
          if (auto problem = glob_error(glob->get())) {
            error(glob->source(), fmt::format("bad glob `{}`: {}", glob->get(), *problem));
          } else {
            section->match.push_back(glob->get());
          }
        }
        if (node.is_array() && node.as_array()->empty()) {
          error(at, "`match` lists no globs: the section would apply to nothing");
        }
      } else if (name == "kind") {
        if (const auto* value = string_node(node, name)) {
          std::string_view text = value->as_string()->get();
          if (text == "user") {
            result.kind = CrontabFormat::user;
          } else if (text == "system") {
            result.kind = CrontabFormat::system;
          } else if (const embedded::FileKindInfo* kind = embedded::file_kind_named(text)) {
            result.file_kind = kind->id;
          } else {
            error(at, fmt::format("unknown kind `{}` (expected user, system, {})", text,
                                  embedded::file_kind_names()));
          }
        }
      } else if (name == "dialect") {
        if (const auto* value = string_node(node, name)) {
          std::string_view text = value->as_string()->get();
          if (auto id = dialect_from_name(text)) {
            result.dialect = *id;
          } else {
            std::string known;
            for (DialectId each : all_dialects) {
              if (!known.empty())
                known += each == all_dialects[std::size(all_dialects) - 1] ? " or " : ", ";
              known += cronkit::dialect(each).name;
            }
            error(at, fmt::format("unknown dialect `{}` (expected {})", text, known));
          }
        }
      } else if (name == "tz") {
        if (const auto* value = string_node(node, name)) {
          std::string_view text = value->as_string()->get();
          std::string problem;
          if (find_zone(text, problem)) {
            result.tz = std::string(text);
          } else {
            error(at, problem);
          }
        }
      } else if (name == "mail-transfer-agent") {
        if (const auto* value = node.as_boolean()) {
          result.mail_transfer_agent = value->get();
        } else {
          error(at, fmt::format("`mail-transfer-agent` must be true or false, not {}",
                                type_name(node)));
        }
      } else if (name == "enable" || name == "disable") {
        rule_names(node, name, name == "enable", toggles);
      } else if (name == "fail-on") {
        if (const auto* value = string_node(node, name)) {
          std::string_view text = value->as_string()->get();
          if (auto fail_on = fail_on_from_name(text)) {
            result.fail_on = *fail_on;
          } else {
            error(at, fmt::format("unknown fail-on `{}` (expected error, warning, info or never)",
                                  text));
          }
        }
      } else {
        std::string meant = same_key_spelt_differently(name, section != nullptr);
        std::string where = section ? "[[paths]]" : "[defaults]";
        if (!section && name == "match") {
          error(key.source(), "`match` belongs in a [[paths]] section, not in [defaults]");
        } else if (!meant.empty()) {
          error(key.source(),
                fmt::format("unknown key `{}` in {} (did you mean `{}`?)", name, where, meant));
        } else {
          error(key.source(), fmt::format("unknown key `{}` in {} (expected {}{})", name, where,
                                          section ? "match, " : "", fmt::join(setting_keys, ", ")));
        }
      }
    }
    // The most specific name wins inside a section: `enable = ["hardening"]` with
    // `disable = ["no-overlap-lock"]` leaves that one rule off whatever order they are written
    // in; equally specific names apply in file order.
    auto rank = [](RuleNameKind kind) {
      return kind == RuleNameKind::all ? 0 : kind == RuleNameKind::category ? 1 : 2;
    };
    std::stable_sort(toggles.begin(), toggles.end(), [&](const auto& a, const auto& b) {
      return std::tuple(rank(a.kind), a.at.line, a.at.column) <
             std::tuple(rank(b.kind), b.at.line, b.at.column);
    });
    for (PendingToggle& toggle : toggles) result.rules.push_back(std::move(toggle.toggle));
    return result;
  }

  void read(const toml::table& root, Config& config) {
    for (auto&& [key, node] : root) {
      std::string_view name = key.str();
      if (name == "defaults") {
        if (const auto* table = node.as_table()) {
          config.defaults = settings(*table, nullptr);
        } else {
          error(node.source(),
                fmt::format("`defaults` must be a table ([defaults]), not {}", type_name(node)));
        }
      } else if (name == "paths") {
        const auto* array = node.as_array();
        if (!array) {
          error(node.source(), fmt::format("`paths` must be an array of tables ([[paths]]), not {}",
                                           type_name(node)));
          continue;
        }
        for (const toml::node& item : *array) {
          const auto* table = item.as_table();
          if (!table) {
            error(item.source(),
                  fmt::format("each [[paths]] entry must be a table, not {}", type_name(item)));
            continue;
          }
          PathSection section;
          section.line = item.source().begin.line;
          section.settings = settings(*table, &section);
          if (!table->contains("match")) {
            error(item.source(), "a [[paths]] section needs `match`, the files it applies to");
          }
          config.paths.push_back(std::move(section));
        }
      } else if (std::ranges::find(setting_keys, name) != setting_keys.end()) {
        error(
            key.source(),
            fmt::format("`{}` belongs in [defaults] or a [[paths]] section, not at the top", name));
      } else {
        error(key.source(),
              fmt::format("unknown key `{}` (expected [defaults] and [[paths]] sections)", name));
      }
    }
  }

 private:
  std::string path_;
  const RuleVocabulary* vocabulary_;
  std::vector<ConfigError> errors_;
};

std::filesystem::path absolute_normal(const std::filesystem::path& path) {
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  if (ec) absolute = path;
  return absolute.lexically_normal();
}

}  // namespace

ConfigResult parse_config(std::string_view text, const std::filesystem::path& path,
                          const RuleVocabulary* vocabulary) {
  ConfigResult result;
  std::string shown = path.string();
  toml::table root;
  try {
    root = toml::parse(text, shown);
  } catch (const toml::parse_error& problem) {
    result.error = ConfigError{shown, problem.source().begin.line, problem.source().begin.column,
                               fmt::format("TOML syntax error: {}", problem.description())};
    return result;
  }
  Config config;
  config.file = absolute_normal(path);
  config.directory = config.file.parent_path();
  Reader reader(shown, vocabulary);
  reader.read(root, config);
  if (auto error = reader.first_error()) {
    result.error = std::move(error);
  } else {
    result.config = std::move(config);
  }
  return result;
}

ConfigResult load_config(const std::filesystem::path& path, const RuleVocabulary* vocabulary) {
  fs::ReadResult read = fs::read_file(path);
  if (!read.content) {
    ConfigResult result;
    // The reader's message already names the path.
    std::string message = read.error;
    std::string prefix = fmt::format("cannot read {}: ", path.string());
    if (message.starts_with(prefix)) message = "cannot read it: " + message.substr(prefix.size());
    result.error = ConfigError{path.string(), 0, 0, std::move(message)};
    return result;
  }
  return parse_config(*read.content, path, vocabulary);
}

std::optional<std::filesystem::path> find_config(const std::filesystem::path& directory) {
  std::filesystem::path at = absolute_normal(directory);
  for (;;) {
    std::filesystem::path candidate = at / file_name;
    std::error_code ec;
    // Whatever is there counts, even a dangling link or a directory: load_config then says what
    // is wrong with it instead of a config further up being used behind the user's back.
    if (std::filesystem::symlink_status(candidate, ec).type() !=
        std::filesystem::file_type::not_found) {
      if (!ec) return candidate;
    }
    if (!at.has_relative_path()) return std::nullopt;  // the root
    at = at.parent_path();
  }
}

ConfigResult discover_config(const std::filesystem::path& input, const RuleVocabulary* vocabulary) {
  std::filesystem::path directory = absolute_normal(input).parent_path();
  std::optional<std::filesystem::path> found = find_config(directory);
  if (!found) return {};
  return load_config(*found, vocabulary);
}

std::vector<const PathSection*> Config::sections_for(const std::filesystem::path& input) const {
  std::vector<const PathSection*> result;
  std::filesystem::path relative = absolute_normal(input).lexically_relative(directory);
  std::string text = relative.generic_string();
  if (relative.empty() || text == "." || text == ".." || text.starts_with("../")) return result;
  for (const PathSection& section : paths) {
    for (const std::string& glob : section.match) {
      if (glob_matches(glob, text)) {
        result.push_back(&section);
        break;
      }
    }
  }
  return result;
}

Settings Config::settings_for(const std::filesystem::path& input) const {
  Settings result = defaults;
  for (const PathSection* section : sections_for(input)) result.overlay(section->settings);
  return result;
}

}  // namespace cronkit::config
