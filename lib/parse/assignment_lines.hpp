#pragma once
// Environment lines as each daemon reads them: `NAME=value` through the grammar (Vixie cron and
// its descendants), busybox's settings, FreeBSD's and systemd-cron's variants. Private to the
// parser: included by parse.cpp only.

#include <optional>
#include <string_view>

#include "parse/text_place.hpp"

namespace cronkit {
namespace {

// ---- Lines
// -------------------------------------------------------------------------------------------

struct EnvBuilder {
  std::string_view name;
  std::string_view value;
  std::size_t name_begin = 0, name_end = 0, value_begin = 0, value_end = 0;
  char quote = 0;
  bool empty_unquoted = false;
  const char* base = nullptr;
};

template <typename Rule>
struct env_action : pegtl::nothing<Rule> {};
template <>
struct env_action<g::env_name> {
  template <typename Input>
  static void apply(const Input& in, EnvBuilder& env) {
    env.name = in.string_view();
    env.name_begin = static_cast<std::size_t>(in.begin() - env.base);
    env.name_end = static_cast<std::size_t>(in.end() - env.base);
    if (!env.name.empty() && (env.name.front() == '"' || env.name.front() == '\'')) {
      env.name = env.name.substr(1, env.name.size() - 2);
    }
  }
};
template <>
struct env_action<g::env_value> {
  template <typename Input>
  static void apply(const Input& in, EnvBuilder& env) {
    std::string_view text = in.string_view();
    env.value_begin = static_cast<std::size_t>(in.begin() - env.base);
    env.empty_unquoted = text.empty();
    if (!text.empty() && (text.front() == '"' || text.front() == '\'')) {
      env.quote = text.front();
      std::size_t close = text.find(env.quote, 1);
      env.value = text.substr(1, close - 1);
      env.value_end = env.value_begin + close + 1;
    } else {
      // An unquoted value ends at the last non-white character.
      std::size_t end = text.find_last_not_of(" \t\r\v\f");
      env.value = end == std::string_view::npos ? std::string_view() : text.substr(0, end + 1);
      env.value_end = env.value_begin + env.value.size();
    }
  }
};

bool is_c_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' || c == '\n';
}

EnvAssignment make_assignment(std::string_view text, const TextPlace& place, std::size_t name_begin,
                              std::size_t name_end, std::size_t value_begin, std::size_t value_end,
                              std::string value, char quote) {
  EnvAssignment assignment;
  assignment.name = std::string(text.substr(name_begin, name_end - name_begin));
  assignment.value = std::move(value);
  assignment.quote = quote;
  assignment.span = span_in(place, 0, text.size());
  assignment.name_span = span_in(place, name_begin, name_end);
  assignment.value_span = span_in(place, value_begin, value_end);
  return assignment;
}

// busybox crond.c load_crontab(): the first word starting with `MAILTO=` or `SHELL=`; the value is
// the rest of that word, quotes and all.
std::optional<EnvAssignment> read_busybox_setting(std::string_view text, const TextPlace& place) {
  for (std::string_view name : {std::string_view("MAILTO"), std::string_view("SHELL")}) {
    if (text.size() > name.size() && text.starts_with(name) && text[name.size()] == '=') {
      const std::size_t value_begin = name.size() + 1;
      const std::size_t value_end = std::min(text.find_first_of(" \t", value_begin), text.size());
      return make_assignment(text, place, 0, name.size(), value_begin, value_end,
                             std::string(text.substr(value_begin, value_end - value_begin)), 0);
    }
  }
  return std::nullopt;
}

// FreeBSD env.c load_env(): sscanf(line, "%[^ =] = %[^\n#]", name, val) must fill both; trailing
// blanks leave the value, then one pair of equal quotes around it.
std::optional<EnvAssignment> read_freebsd_assignment(std::string_view text, const Dialect& dialect,
                                                     const TextPlace& place) {
  const std::string_view line = text.substr(0, dialect.max_env_line_length);
  const std::size_t name_end = std::min(line.find_first_of(" ="), line.size());
  if (name_end == 0) return std::nullopt;
  std::size_t i = name_end;
  while (i < line.size() && is_c_space(line[i])) ++i;  // a blank in a scanf format: any white
  if (i == line.size() || line[i] != '=') return std::nullopt;
  ++i;
  while (i < line.size() && is_c_space(line[i])) ++i;
  const std::size_t value_begin = i;
  std::size_t value_end = std::min(line.find('#', value_begin), line.size());
  if (value_end == value_begin) return std::nullopt;  // %[ needs one character
  while (value_end > value_begin && is_c_space(line[value_end - 1])) --value_end;
  std::string value(line.substr(value_begin, value_end - value_begin));
  char quote = 0;
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
      value.back() == value.front()) {
    quote = value.front();
    value = value.substr(1, value.size() - 2);
  }
  return make_assignment(text, place, 0, name_end, value_begin, value_end, std::move(value), quote);
}

// systemd-crontab-generator parse_crontab(): `^([A-Za-z_0-9]+)\s*=\s*(.*)$` on the stripped
// line, then value.strip("'").strip('"').
std::optional<EnvAssignment> read_systemd_assignment(std::string_view text,
                                                     const TextPlace& place) {
  std::string_view line = text;
  while (!line.empty() && is_c_space(line.back())) line.remove_suffix(1);
  std::size_t i = 0;
  while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '_'))
    ++i;
  const std::size_t name_end = i;
  if (name_end == 0) return std::nullopt;
  while (i < line.size() && is_c_space(line[i])) ++i;
  if (i == line.size() || line[i] != '=') return std::nullopt;
  ++i;
  while (i < line.size() && is_c_space(line[i])) ++i;
  std::string_view value = line.substr(i);
  const char quote =
      !value.empty() && (value.front() == '"' || value.front() == '\'') ? value.front() : 0;
  auto strip = [](std::string_view v, char c) {
    while (!v.empty() && v.front() == c) v.remove_prefix(1);
    while (!v.empty() && v.back() == c) v.remove_suffix(1);
    return v;
  };
  return make_assignment(text, place, 0, name_end, i, line.size(),
                         std::string(strip(strip(value, '\''), '"')), quote);
}

// Reads `text` (the line after its leading blanks) as env.c's load_env() would; nothing when cron
// would not take it for an assignment.
std::optional<EnvAssignment> read_assignment(std::string_view text, const Dialect& dialect,
                                             const TextPlace& place) {
  switch (dialect.env_line_syntax) {
    case EnvLineSyntax::vixie_load_env:
      break;
    case EnvLineSyntax::busybox_mailto_shell:
      return read_busybox_setting(text, place);
    case EnvLineSyntax::freebsd_sscanf:
      return read_freebsd_assignment(text, dialect, place);
    case EnvLineSyntax::systemd_generator:
      return read_systemd_assignment(text, place);
  }
  // Debian reads at most this many bytes of a line as an assignment candidate.
  std::string_view candidate = text.substr(0, dialect.max_env_line_length);
  // Every assignment has its `=`: most entry lines are turned away here, without the grammar.
  if (candidate.find('=') == std::string_view::npos) return std::nullopt;
  EnvBuilder env;
  env.base = candidate.data();
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(candidate.data(), candidate.size(), "");
  try {
    if (!pegtl::parse<g::env_assignment, env_action>(in, env)) return std::nullopt;
  } catch (const pegtl::parse_error&) {
    return std::nullopt;
  }
  if (env.empty_unquoted && !dialect.accepts_empty_unquoted_value) return std::nullopt;
  EnvAssignment assignment;
  assignment.name = std::string(env.name);
  std::string value(env.value);
  if (dialect.trims_quoted_value_trailing_blanks) {
    while (!value.empty() && is_c_space(value.back())) value.pop_back();
  }
  if (dialect.strips_second_quote_pair && value.size() >= 2 &&
      (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
    value = value.substr(1, value.size() - 2);
  }
  // Debian: "NAME=value" must fit in its 1000-byte buffer, or the line is not an assignment.
  if (dialect.id == DialectId::debian && assignment.name.size() + 1 + value.size() >= 999) {
    return std::nullopt;
  }
  assignment.value = std::move(value);
  assignment.quote = env.quote;
  assignment.span = span_in(place, 0, text.size());
  assignment.name_span = span_in(place, env.name_begin, env.name_end);
  assignment.value_span = span_in(place, env.value_begin, env.value_end);
  return assignment;
}

}  // namespace
}  // namespace cronkit
