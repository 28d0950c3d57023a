// read_env_line(): one line against the environment-assignment rules of the crontab grammar,
// step by step, so that a line that fails says where (`NAME=` with nothing after it, junk after
// a quoted value, an open quote, an `export` in front).

#include <tao/pegtl.hpp>

#include "grammar/crontab.hpp"
#include "parse/parse.hpp"

namespace cronkit {
namespace {

namespace pegtl = tao::pegtl;
namespace g = grammar;

// NAME, the blanks around `=`, and `=` itself: what every candidate starts with.
struct env_head : pegtl::seq<g::env_name, pegtl::star<g::env_space>, pegtl::one<'='>,
                             pegtl::star<g::env_space>> {};
// What may follow a quoted value for the line to be an assignment.
struct env_tail : pegtl::seq<pegtl::star<g::env_space>, pegtl::eof> {};

struct Head {
  std::size_t name_begin = 0, name_end = 0;
};
template <typename Rule>
struct head_action : pegtl::nothing<Rule> {};
template <>
struct head_action<g::env_name> {
  template <typename Input>
  static void apply(const Input& in, Head& head) {
    head.name_begin = in.position().byte;
    head.name_end = head.name_begin + in.size();
  }
};

// Matches `Rule` at the start of `text`; the length matched, or npos.
template <typename Rule, template <typename> class Action = pegtl::nothing, typename... States>
std::size_t match(std::string_view text, States&... states) {
  pegtl::memory_input<pegtl::tracking_mode::eager> in(text.data(), text.size(), "");
  if (!pegtl::parse<Rule, Action>(in, states...)) return std::string_view::npos;
  return in.byte();
}

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

}  // namespace

EnvLineCandidate read_env_line(std::string_view line) {
  using Outcome = EnvLineCandidate::Outcome;
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
  Head head;
  std::size_t head_length = match<env_head, head_action>(line.substr(pos), head);
  if (head_length == std::string_view::npos) return result;
  result.name_begin = pos + head.name_begin;
  result.name_end = pos + head.name_end;
  result.name = line.substr(result.name_begin, result.name_end - result.name_begin);
  if (!result.name.empty() && (result.name.front() == '"' || result.name.front() == '\'')) {
    result.name = result.name.substr(1, result.name.size() - 2);
    ++result.name_begin;
    --result.name_end;
  }
  std::size_t after_equals = line.find('=', result.name_end) + 1;
  pos += head_length;
  auto finish = [&](Outcome outcome) {
    if (export_end != 0) {
      result.export_begin = export_begin;
      result.export_end = export_end;
      result.outcome = Outcome::export_prefix;
    } else {
      result.outcome = outcome;
    }
    return result;
  };
  if (pos >= line.size()) {
    result.value_begin = result.value_end = after_equals;
    result.value = line.substr(after_equals, 0);
    return finish(Outcome::empty_unquoted_value);
  }
  result.value_begin = pos;
  std::string_view rest = line.substr(pos);
  if (rest.front() == '"' || rest.front() == '\'') {
    result.quote = rest.front();
    std::size_t quoted =
        rest.front() == '"' ? match<g::quoted_text<'"'>>(rest) : match<g::quoted_text<'\''>>(rest);
    if (quoted == std::string_view::npos) {
      result.value_end = line.size();
      result.value = rest;
      return finish(Outcome::unterminated_quote);
    }
    result.value_end = pos + quoted;
    result.value = rest.substr(0, quoted);
    if (match<env_tail>(rest.substr(quoted)) == std::string_view::npos) {
      std::size_t junk = pos + quoted;
      while (junk < line.size() && (is_blank(line[junk]) || line[junk] == '\r' ||
                                    line[junk] == '\v' || line[junk] == '\f')) {
        ++junk;
      }
      result.junk_begin = junk;
      return finish(Outcome::junk_after_quoted_value);
    }
    return finish(Outcome::assignment);
  }
  result.value_end = line.size();
  result.value = rest;
  return finish(Outcome::assignment);
}

}  // namespace cronkit
