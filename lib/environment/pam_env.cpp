#include "environment/pam_env.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

namespace cronkit {
namespace {

// pam_env.c BUF_SIZE: fgets reads at most BUF_SIZE - 1 bytes of a line.
constexpr std::size_t pam_buffer_size = 8192;

bool is_blank_or_newline(char c) {
  return c == ' ' || c == '\t' || c == '\n';
}

// One physical line with its '\n' (if any); empty at the end of the text.
std::string_view next_physical_line(std::string_view& text) {
  std::size_t end = text.find('\n');
  std::string_view line = end == std::string_view::npos ? text : text.substr(0, end + 1);
  text.remove_prefix(line.size());
  return line;
}

// `_assemble_line`: the next logical line, or nothing when pam_env stops reading (end of file,
// an over-long line, a continuation that runs into the end of the file).
std::optional<std::string> assemble_line(std::string_view& text) {
  std::string buffer;
  while (true) {
    if (text.empty()) return std::nullopt;  // EOF, or a continuation cut short by EOF
    std::string_view line = next_physical_line(text);
    if (buffer.size() + line.size() >= pam_buffer_size) return std::nullopt;
    if (line.front() == '\0') return std::nullopt;  // "corrupted or binary file"
    std::size_t blanks = 0;
    while (blanks < line.size() && is_blank_or_newline(line[blanks])) ++blanks;
    if (blanks == line.size() || line[blanks] == '#') continue;  // blank or comment line
    std::size_t hash = line.find('#', blanks);
    if (hash != std::string_view::npos) {
      buffer.append(line.substr(0, hash));
      return buffer;
    }
    std::size_t last = line.size();
    while (last > blanks && is_blank_or_newline(line[last - 1])) --last;
    if (last > blanks && line[last - 1] == '\\') {
      buffer.append(line.substr(0, last - 1));  // continued on the next line
      continue;
    }
    buffer.append(line);
    return buffer;
  }
}

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

}  // namespace

const EnvVar* PamEnvironment::find(std::string_view name) const {
  auto it = std::find_if(variables_.begin(), variables_.end(),
                         [&](const EnvVar& v) { return v.name == name; });
  return it == variables_.end() ? nullptr : &*it;
}

void PamEnvironment::put(std::string_view name_value) {
  std::size_t eq = name_value.find('=');
  std::string_view name = name_value.substr(0, eq);
  if (name.empty()) return;  // pam_putenv: "bad variable"
  auto it = std::find_if(variables_.begin(), variables_.end(),
                         [&](const EnvVar& v) { return v.name == name; });
  if (eq == std::string_view::npos) {
    if (it != variables_.end()) variables_.erase(it);
    return;
  }
  std::string value(name_value.substr(eq + 1));
  if (it != variables_.end()) {
    it->value = std::move(value);
  } else {
    variables_.push_back({std::string(name), std::move(value)});
  }
}

void apply_pam_env_file(PamEnvironment& environment, std::string_view text) {
  while (std::optional<std::string> line = assemble_line(text)) {
    std::string_view key = *line;
    while (!key.empty() && is_blank_or_newline(key.front())) key.remove_prefix(1);
    if (!key.empty() && key.front() == '#') continue;
    if (key.starts_with("export ")) key.remove_prefix(7);
    key = key.substr(0, key.find_first_of("\n#"));
    if (!key.empty() && key.front() == '=') continue;  // "missing key name"
    std::size_t i = 0;
    while (i < key.size() && key[i] != '=' && is_name_char(key[i])) ++i;
    if (i < key.size() && key[i] != '=') continue;  // "non-alphanumeric key"
    if (i == key.size()) {
      if (environment.find(key)) environment.put(key);  // a bare NAME deletes NAME
      continue;
    }
    std::string name_value(key.substr(0, i + 1));
    std::string_view value = key.substr(i + 1);
    if (!value.empty() && (value.front() == '"' || value.front() == '\'')) {
      // pam_env drops the opening quote, and any quote character that ends the value.
      for (std::size_t t = 1; t < value.size(); ++t) {
        bool quote = value[t] == '"' || value[t] == '\'';
        if (!quote || t + 1 < value.size()) name_value += value[t];
      }
    } else {
      name_value += value;
    }
    environment.put(name_value);
  }
}

}  // namespace cronkit
