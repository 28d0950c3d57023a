// Environment-line candidates (env_lines.hpp).

#include "lint/env_lines.hpp"

namespace cronkit::lint {
namespace {
bool is_blank(char c) {
  return c == ' ' || c == '\t';
}
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}
}  // namespace

EnvLineCandidate read_env_line(std::string_view line) {
  EnvLineCandidate result;
  std::size_t pos = 0;
  while (pos < line.size() && is_blank(line[pos])) ++pos;
  if (pos >= line.size() || line[pos] == '#') return result;
  // `export NAME=value`: read the rest as an assignment and remember the prefix.
  std::size_t export_begin = 0, export_end = 0;
  if (line.substr(pos).starts_with("export") && pos + 6 < line.size() && is_blank(line[pos + 6])) {
    export_begin = pos;
    pos += 6;
    while (pos < line.size() && is_blank(line[pos])) ++pos;
    export_end = pos;
  }
  std::size_t name_begin = pos;
  if (pos < line.size() && (line[pos] == '"' || line[pos] == '\'')) {
    char quote = line[pos];
    std::size_t close = line.find(quote, pos + 1);
    if (close == std::string_view::npos) return result;
    if (line.substr(pos + 1, close - pos - 1).find('=') != std::string_view::npos) return result;
    result.name = line.substr(pos + 1, close - pos - 1);
    result.name_begin = pos + 1;
    result.name_end = close;
    pos = close + 1;
  } else {
    while (pos < line.size() && !is_space(line[pos]) && line[pos] != '=') ++pos;
    result.name = line.substr(name_begin, pos - name_begin);
    result.name_begin = name_begin;
    result.name_end = pos;
  }
  while (pos < line.size() && is_blank(line[pos])) ++pos;
  if (pos >= line.size() || line[pos] != '=') return result;
  ++pos;
  std::size_t after_equals = pos;
  while (pos < line.size() && is_space(line[pos])) ++pos;
  auto finish = [&](EnvLineCandidate::Outcome outcome) {
    if (export_end != 0 && outcome != EnvLineCandidate::Outcome::not_an_assignment) {
      result.export_begin = export_begin;
      result.export_end = export_end;
      result.outcome = EnvLineCandidate::Outcome::export_prefix;
    } else {
      result.outcome = outcome;
    }
    return result;
  };
  if (pos >= line.size()) {
    result.value_begin = result.value_end = after_equals;
    result.value = line.substr(after_equals, 0);
    return finish(EnvLineCandidate::Outcome::empty_unquoted_value);
  }
  result.value_begin = pos;
  if (line[pos] == '"' || line[pos] == '\'') {
    char quote = line[pos];
    result.quote = quote;
    std::size_t close = line.find(quote, pos + 1);
    if (close == std::string_view::npos) {
      result.value_end = line.size();
      result.value = line.substr(pos);
      return finish(EnvLineCandidate::Outcome::unterminated_quote);
    }
    result.value_end = close + 1;
    result.value = line.substr(pos, close + 1 - pos);
    std::size_t rest = close + 1;
    while (rest < line.size() && is_space(line[rest])) ++rest;
    if (rest < line.size()) {
      result.junk_begin = rest;
      return finish(EnvLineCandidate::Outcome::junk_after_quoted_value);
    }
    return finish(EnvLineCandidate::Outcome::assignment);
  }
  result.value_end = line.size();
  result.value = line.substr(pos);
  return finish(EnvLineCandidate::Outcome::assignment);
}

std::vector<EnvLineView> env_lines(const Crontab& crontab) {
  std::vector<EnvLineView> result;
  for (const Line& line : crontab.lines) {
    if (line.kind != Line::Kind::environment && line.kind != Line::Kind::rejected) continue;
    EnvLineView view;
    view.line = &line;
    view.line_begin = line.span.begin;
    view.candidate = read_env_line(crontab.line_text(line));
    if (line.kind == Line::Kind::environment) {
      view.assignment = &crontab.environment[line.index];
    } else if (view.candidate.outcome == EnvLineCandidate::Outcome::not_an_assignment ||
               view.candidate.outcome == EnvLineCandidate::Outcome::assignment) {
      continue;  // a rejected job line, not an environment line
    }
    result.push_back(view);
  }
  return result;
}

}  // namespace cronkit::lint
