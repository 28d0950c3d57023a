#include "common/completion.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace cronkit::tool {
namespace {

enum class ValueKind { none, words, files, directories, zones };

// One option as the completion scripts need it.
struct OptionSpec {
  std::vector<std::string> short_names;  // without the dash: "n"
  std::vector<std::string> long_names;   // without the dashes: "count"
  bool takes_value = false;
  bool repeatable = false;
  std::string description;
  ValueKind kind = ValueKind::none;
  std::vector<std::string> words;
};

struct Spec {
  std::string program;
  std::vector<OptionSpec> options;
  bool positional_files = false;  // a positional argument takes file names
};

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find(separator, start);
    parts.emplace_back(text.substr(start, end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

// The value name and the words of IsMember checks from CLI11's full type name,
// "FORMAT:{text,json}" (each check with a description adds ":DESCRIPTION").
ValueKind kind_of(const std::string& value_name, const std::vector<std::string>& words) {
  if (!words.empty()) return ValueKind::words;
  if (value_name == "FILE" || value_name == "PATH" || value_name == "FILE:LINE")
    return ValueKind::files;
  if (value_name == "DIR") return ValueKind::directories;
  if (value_name == "ZONE") return ValueKind::zones;
  return ValueKind::none;
}

Spec spec_of(const CLI::App& app, const CompletionWords& extra_words) {
  Spec spec;
  spec.program = app.get_name();
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_group().empty()) continue;  // hidden
    std::vector<std::string> type_parts = split(option->get_type_name(), ':');
    std::string value_name = type_parts.front();
    std::vector<std::string> words;
    for (std::size_t i = 1; i < type_parts.size(); ++i) {
      const std::string& part = type_parts[i];
      if (part.size() >= 2 && part.front() == '{' && part.back() == '}') {
        for (std::string& word : split(std::string_view(part).substr(1, part.size() - 2), ','))
          words.push_back(std::move(word));
      }
    }
    if (auto found = extra_words.find(option); found != extra_words.end())
      words.insert(words.end(), found->second.begin(), found->second.end());
    if (option->get_positional() && option->get_lnames().empty() && option->get_snames().empty()) {
      if (value_name.empty()) value_name = option->get_name(true);
      if (kind_of(value_name, words) == ValueKind::files) spec.positional_files = true;
      continue;
    }
    OptionSpec item;
    item.short_names = option->get_snames();
    item.long_names = option->get_lnames();
    // A flag expects no value; an option bound to a vector expects any number (CLI11 reports a
    // large maximum), given by repeating it.
    item.takes_value = option->get_expected_max() > 0;
    item.repeatable = option->get_expected_max() > 1;
    item.description = option->get_description();
    std::replace(item.description.begin(), item.description.end(), '\n', ' ');
    item.kind = item.takes_value ? kind_of(value_name, words) : ValueKind::none;
    if (item.kind == ValueKind::words) item.words = std::move(words);
    spec.options.push_back(std::move(item));
  }
  return spec;
}

std::vector<std::string> dashed_names(const OptionSpec& option) {
  std::vector<std::string> names;
  for (const std::string& name : option.short_names) names.push_back("-" + name);
  for (const std::string& name : option.long_names) names.push_back("--" + name);
  return names;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

// 'text' for sh-like shells (bash, zsh): a quote is closed, escaped and reopened.
std::string single_quoted(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

// The function name part: "cronlint", with anything not allowed in a name as '_'.
std::string identifier(std::string_view program) {
  std::string out(program);
  for (char& c : out) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return out;
}

// The zone names of the tz database: the files under $TZDIR (default /usr/share/zoneinfo) whose
// path starts with a capital (leaving out posix/, right/, posixrules, leapseconds) and has no dot
// (zone.tab, tzdata.zi). The same command for all three shells.
constexpr std::string_view zone_lister =
    R"(find "$dir" \( -type f -o -type l \) -path "$dir/[A-Z]*" ! -name '*.*')";

std::string bash_script(const Spec& spec) {
  const std::string name = identifier(spec.program);
  std::string out = fmt::format(
      "# bash completion for {0}, written by `{0} --print-completion bash`\n"
      "_{1}_zones() {{\n"
      "  local dir=${{TZDIR:-/usr/share/zoneinfo}} zone\n"
      "  {2} 2>/dev/null | while IFS= read -r zone; do printf '%s\\n' \"${{zone#\"$dir\"/}}\"; "
      "done\n"
      "}}\n"
      "_{1}() {{\n"
      "  local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}}\n"
      "  COMPREPLY=()\n"
      "  case $prev in\n",
      spec.program, name, zone_lister);
  for (const OptionSpec& option : spec.options) {
    if (!option.takes_value) continue;
    std::string action;
    switch (option.kind) {
      case ValueKind::words:
        action = fmt::format("COMPREPLY=($(compgen -W {} -- \"$cur\"))",
                             single_quoted(join(option.words, " ")));
        break;
      case ValueKind::files:
        action = "COMPREPLY=($(compgen -f -- \"$cur\"))";
        break;
      case ValueKind::directories:
        action = "COMPREPLY=($(compgen -d -- \"$cur\"))";
        break;
      case ValueKind::zones:
        action = fmt::format("COMPREPLY=($(compgen -W \"$(_{}_zones)\" -- \"$cur\"))", name);
        break;
      case ValueKind::none:
        action = ":";  // a value nobody can guess: offer nothing rather than options
        break;
    }
    out += fmt::format("    {})\n      {}\n      return ;;\n", join(dashed_names(option), "|"),
                       action);
  }
  std::vector<std::string> all_names;
  for (const OptionSpec& option : spec.options) {
    for (std::string& dashed : dashed_names(option)) all_names.push_back(std::move(dashed));
  }
  out += fmt::format(
      "  esac\n"
      "  if [[ $cur == -* ]]; then\n"
      "    COMPREPLY=($(compgen -W {} -- \"$cur\"))\n"
      "    return\n"
      "  fi\n",
      single_quoted(join(all_names, " ")));
  if (spec.positional_files) out += "  COMPREPLY=($(compgen -f -- \"$cur\"))\n";
  out += fmt::format("}}\ncomplete -o filenames -F _{} {}\n", name, spec.program);
  return out;
}

// zsh's _arguments specs: the description in [...] escapes ], [, : and backslash.
std::string zsh_escaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '[' || c == ']' || c == ':' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string zsh_script(const Spec& spec) {
  const std::string name = identifier(spec.program);
  std::string out = fmt::format(
      "#compdef {0}\n"
      "# zsh completion for {0}, written by `{0} --print-completion zsh`\n"
      "_{1}_zones() {{\n"
      "  local dir=${{TZDIR:-/usr/share/zoneinfo}}\n"
      "  local -a zones\n"
      "  zones=(${{(f)\"$({2} 2>/dev/null)\"}})\n"
      "  compadd -- ${{zones#$dir/}}\n"
      "}}\n"
      "_{1}() {{\n"
      "  _arguments -s -S",
      spec.program, name, zone_lister);
  for (const OptionSpec& option : spec.options) {
    std::vector<std::string> names = dashed_names(option);
    std::string action;
    if (option.takes_value) {
      switch (option.kind) {
        case ValueKind::words:
          action = fmt::format(":value:({})", join(option.words, " "));
          break;
        case ValueKind::files:
          action = ":file:_files";
          break;
        case ValueKind::directories:
          action = ":directory:_files -/";
          break;
        case ValueKind::zones:
          action = fmt::format(":zone:_{}_zones", name);
          break;
        case ValueKind::none:
          action = ":value: ";
          break;
      }
    }
    std::string description = "[" + zsh_escaped(option.description) + "]";
    std::string exclusion =
        names.size() > 1 && !option.repeatable ? "(" + join(names, " ") + ")" : std::string();
    for (const std::string& dashed : names) {
      out += " \\\n    " +
             single_quoted((option.repeatable ? "*" : exclusion) + dashed + description + action);
    }
  }
  if (spec.positional_files) out += " \\\n    '*:file:_files'";
  out += fmt::format("\n}}\n_{} \"$@\"\n", name);
  return out;
}

// fish strings in single quotes escape only \ and '.
std::string fish_quoted(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\\' || c == '\'') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string fish_script(const Spec& spec) {
  const std::string name = identifier(spec.program);
  std::string out = fmt::format(
      "# fish completion for {0}, written by `{0} --print-completion fish`\n"
      "function __{1}_zones\n"
      "    set -l dir /usr/share/zoneinfo\n"
      "    set -q TZDIR; and set dir $TZDIR\n"
      "    {2} 2>/dev/null | string replace -- \"$dir/\" ''\n"
      "end\n",
      spec.program, name, zone_lister);
  // Without file arguments, no file names unless an option asks for them.
  if (!spec.positional_files) out += fmt::format("complete -c {} -f\n", spec.program);
  for (const OptionSpec& option : spec.options) {
    std::string line = "complete -c " + spec.program;
    for (const std::string& short_name : option.short_names) line += " -s " + short_name;
    for (const std::string& long_name : option.long_names) {
      // fish's -l needs two dashes and a name; `--12h` is such a name.
      line += " -l " + fish_quoted(long_name);
    }
    if (option.takes_value) {
      switch (option.kind) {
        case ValueKind::words:
          line += " -x -a " + fish_quoted(join(option.words, " "));
          break;
        case ValueKind::files:
          line += " -r -F";
          break;
        case ValueKind::directories:
          line += " -x -a '(__fish_complete_directories)'";
          break;
        case ValueKind::zones:
          line += fmt::format(" -x -a '(__{}_zones)'", name);
          break;
        case ValueKind::none:
          line += " -x";
          break;
      }
    }
    line += " -d " + fish_quoted(option.description);
    out += line + "\n";
  }
  return out;
}

}  // namespace

std::string completion_script(const CLI::App& app, std::string_view shell,
                              const CompletionWords& words) {
  Spec spec = spec_of(app, words);
  if (shell == "bash") return bash_script(spec);
  if (shell == "zsh") return zsh_script(spec);
  return fish_script(spec);
}

}  // namespace cronkit::tool
