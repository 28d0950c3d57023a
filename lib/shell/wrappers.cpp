// The wrapper table, and how a simple command's words are split into wrappers, the real command
// and (for `sh -c STRING`, `flock F -c STRING`) a command string read as a list of its own.

#include "shell/wrappers.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include "shell/chars.hpp"
#include "shell/reader.hpp"

namespace cronkit::shell {
namespace {

using O = std::string_view;
constexpr std::array<O, 0> none{};
constexpr std::array<O, 2> nice_args{"-n", "--adjustment"};
constexpr std::array<O, 4> ionice_args{"-c", "-n", "--class", "--classdata"};
constexpr std::array<O, 6> ionice_stops{"-p", "-P", "-u", "--pid", "--pgid", "--uid"};
constexpr std::array<O, 4> timeout_args{"-s", "-k", "--signal", "--kill-after"};
constexpr std::array<O, 5> flock_args{"-w", "--wait", "--timeout", "-E", "--conflict-exit-code"};
constexpr std::array<O, 4> env_args{"-u", "--unset", "-C", "--chdir"};
constexpr std::array<O, 1> exec_args{"-a"};
constexpr std::array<O, 2> command_stops{"-v", "-V"};
constexpr std::array<O, 3> stdbuf_args{"-i", "-o", "-e"};
constexpr std::array<O, 1> setlock_args{"-W"};
constexpr std::array<O, 1> solo_args{"-port"};
constexpr std::array<O, 16> sudo_args{
    "-u", "-g", "-C",     "-D",      "-h",           "-p",      "-r",     "-t",
    "-U", "-T", "--user", "--group", "--close-from", "--chdir", "--host", "--prompt"};
constexpr std::array<O, 9> sudo_stops{
    "-l", "-v", "-k", "-K", "-e", "--list", "--validate", "--edit", "--remove-timestamp"};

using S = WrapperSpec::Special;
// Sorted by name for the binary search in find_wrapper().
constexpr std::array<WrapperSpec, 23> table = {{
    {"chronic", none, none},
    {"command", none, command_stops},
    {"env", env_args, none, 0, S::env},
    {"exec", exec_args, none},
    {"flock", flock_args, none, 1, S::flock},
    {"ionice", ionice_args, ionice_stops},
    {"keep-one-running", none, none},
    {"lckdo", setlock_args, none, 1},
    {"lockrun", none, none, 0, S::lockrun},
    {"nice", nice_args, none},
    {"nohup", none, none},
    {"run-one", none, none},
    {"run-one-constantly", none, none},
    {"run-one-until-failure", none, none},
    {"run-one-until-success", none, none},
    {"run-this-one", none, none},
    {"setlock", setlock_args, none, 1},
    {"setsid", none, none},
    {"solo", solo_args, none},
    {"stdbuf", stdbuf_args, none},
    {"sudo", sudo_args, sudo_stops},
    {"time", none, none},
    {"timeout", timeout_args, none, 1},
}};
static_assert(std::is_sorted(table.begin(), table.end(),
                             [](const WrapperSpec& a, const WrapperSpec& b) {
                               return a.name < b.name;
                             }));

constexpr std::array<std::string_view, 9> shells = {"sh",  "bash", "dash",    "zsh", "ksh",
                                                    "ash", "mksh", "busybox", "fish"};

bool contains(std::span<const std::string_view> list, std::string_view option) {
  return std::find(list.begin(), list.end(), option) != list.end();
}

bool stops(std::span<const std::string_view> list, std::string_view option) {
  for (std::string_view stop : list) {
    if (option == stop) return true;
    if (stop.starts_with("--") && option.starts_with(stop)) return true;  // `--pid=4`
  }
  return false;
}

}  // namespace

const WrapperSpec* find_wrapper(std::string_view name) {
  auto it =
      std::lower_bound(table.begin(), table.end(), name,
                       [](const WrapperSpec& spec, std::string_view n) { return spec.name < n; });
  return it != table.end() && it->name == name ? &*it : nullptr;
}

bool is_shell_name(std::string_view name) {
  return std::find(shells.begin(), shells.end(), name) != shells.end();
}

namespace detail {

void Reader::finish_command(Pending& pending, const std::string& shell) {
  SimpleCommand& command = pending.command;
  std::vector<Word>& words = command.words;
  auto option = [&](std::size_t k) -> std::string_view {
    return k < words.size() ? std::string_view(words[k].text) : std::string_view();
  };
  std::size_t i = 0;
  std::optional<std::pair<std::size_t, std::string>> command_string;  // word index, its shell
  while (i < words.size()) {
    if (words[i].has_expansion) break;
    std::string_view name = chars::basename_of(words[i].text);
    const WrapperSpec* spec = find_wrapper(name);
    if (!spec) break;
    std::size_t j = i + 1;
    bool wrapper = true;
    for (std::size_t k = j; k < words.size() && option(k).starts_with("-"); ++k) {
      if (stops(spec->options_without_command, option(k))) wrapper = false;
    }
    if (spec->special == WrapperSpec::Special::lockrun) {
      while (j < words.size() && option(j) != "--") ++j;
      if (j < words.size()) ++j;
    } else {
      while (j < words.size()) {
        std::string_view o = option(j);
        if (o == "--") {
          ++j;
          break;
        }
        // `env -`: an empty environment, not the command.
        bool env_dash = o == "-" && spec->special == WrapperSpec::Special::env;
        if ((o.size() < 2 && !env_dash) || o[0] != '-') break;
        j += contains(spec->options_with_argument, o) ? 2 : 1;
      }
    }
    if (spec->special == WrapperSpec::Special::flock && j < words.size() &&
        chars::is_all_digits(option(j))) {
      wrapper = j + 1 < words.size();  // `flock -n 9`: locks a descriptor, runs nothing
    }
    for (int n = 0; n < spec->operands && j < words.size(); ++n) ++j;
    if (spec->special == WrapperSpec::Special::flock && j < words.size() &&
        (option(j) == "-c" || option(j) == "--command")) {
      if (j + 1 < words.size()) command_string = {{j + 1, shell}};
      j = words.size();
    }
    if (spec->special == WrapperSpec::Special::env) {
      while (j < words.size()) {
        const Word& w = words[j];
        std::size_t k = w.begin;
        if (k < s_.size() && chars::is_name_start(s_[k])) {
          while (k < w.end && chars::is_name_char(s_[k])) ++k;
          if (k < w.end && s_[k] == '=') {
            command.assignments.push_back(make_assignment(w, k));
            command.assignments.back().via_env = true;
            ++j;
            continue;
          }
        }
        // `env $(cat .env | xargs) cmd`: the substitution supplies assignments.
        if (w.has_expansion && w.text.starts_with("$(") && w.text.ends_with(")")) {
          ++j;
          continue;
        }
        break;
      }
    }
    if (!wrapper) break;
    command.wrappers.push_back(Wrapper{std::string(name), i, std::min(j, words.size())});
    i = std::min(j, words.size());
  }
  command.command_index = i;
  // `sh -c 'string'`, `bash -lc "string"`: the string is a command list of its own.
  if (!command_string && i < words.size() && !words[i].has_expansion) {
    std::string_view name = chars::basename_of(words[i].text);
    if (is_shell_name(name)) {
      for (std::size_t k = i + 1; k + 1 < words.size(); ++k) {
        std::string_view o = words[k].text;
        if (o.size() < 2 || o[0] != '-' || o[1] == '-') break;
        if (o.find('c') != std::string_view::npos) {
          command_string = {{k + 1, std::string(name)}};
          break;
        }
      }
    }
  }
  command.begin = pending.begin;
  command.end = pending.end;
  command.span = out_.span(pending.begin, pending.end);
  if (!command_string) {
    out_.commands.push_back(std::move(command));
    return;
  }
  const Word& string_word = words[command_string->first];
  std::size_t begin = string_word.begin;
  std::size_t end = string_word.end;
  bool mixed_quoting = false;
  char first = s_[begin];
  if ((first == '\'' || first == '"') && end - begin >= 2 && s_[end - 1] == first) {
    ++begin;
    --end;
  } else if (string_word.quoted) {
    mixed_quoting = true;  // the offsets would not line up: leave the string alone
  }
  int depth = command.depth;
  out_.commands.push_back(std::move(command));
  if (!mixed_quoting && depth < detail::max_depth) {
    std::size_t pos = begin;
    parse_list(pos, end, 0, depth + 1, next_list_++, command_string->second);
  }
}

}  // namespace detail
}  // namespace cronkit::shell
