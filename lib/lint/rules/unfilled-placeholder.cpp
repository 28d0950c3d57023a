// unfilled-placeholder: a template's `<path to script>`, `{user}`, `%%name%%` or `/path/to/`
// left in the crontab.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"
#include "text/byte_openings.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds template placeholders that nobody filled in, in the time fields, the user field, the command
and environment values: `<path to script>`, `{userName}`, `%%gmail_email%%`, `%py-interpreter%`,
`/path/to/...`, `_INSTALLPATH_`, `/_your_project_path_/`, `__APP_DIR__`, `YOUR_API_KEY`,
`admin@yourdomain.com`. Only the marked shapes count: an angle-bracket phrase of words (in the
command: at least two), `{name}` (not the shell's `${name}`, not brace expansion `{a,b}`, not
`find`'s `{}`), `%name%` and `%%name%%` of three characters or more (not `date`'s `%Y%m%d`), a
`_name_` or upper-case `__NAME__` path component, `/path/to/`, and words starting with `your_`,
`your-`, `yourdomain`, `yourname`, `youruser` and the like. Arguments of programs with their own placeholder syntax (`awk`, `jq`, `sed`, `perl`,
`printf`, `date`, `xargs`, ...), inline code (`python3 -c '...'`) and shell comments are not read.
In a file named as a template (`*.tpl`, `*.tmpl`, `*.template`, `*.j2`) the template's own
`%name%` and `{name}` placeholders are expected and not reported. A placeholder in a time field
is reported even though cron rejects the line: it is the cause, and the one finding that names it.

## Why is this bad?
cron runs the text as written: the shell reads `<path to script>` as an input redirection from a
file named `path`, `%py-interpreter%` is cut at cron's `%`, `{userName}` is a directory name that
does not exist, and a placeholder in a time field makes cron reject the line. The job never does
what the template meant.

## Example
    */5 * * * * /usr/bin/php /path/to/artisan schedule:run

## Use instead
    */5 * * * * /usr/bin/php /srv/shop/artisan schedule:run)doc";

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-';
}
bool is_alpha(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0;
}
bool is_alnum(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}
// Characters that may stand before a placeholder that is a word or a path component.
bool opens_token(std::string_view text, std::size_t at) {
  if (at == 0) return true;
  return std::string_view(" \t/=\"':@<{,").find(text[at - 1]) != std::string_view::npos;
}
bool closes_token(std::string_view text, std::size_t at) {
  if (at >= text.size()) return true;
  return std::string_view(" \t/\"';:,.>}").find(text[at]) != std::string_view::npos;
}

struct Placeholder {
  std::size_t begin = 0, end = 0;  // offsets in the scanned text
  bool angle_phrase = false;       // `<...>`: shell syntax in a command
  bool braces = false;             // `{name}`
};

// `<path to script>`, `<minute>`: words of letters (and `_`, `-`) between angle brackets;
// `several_words` asks for two words or more.
std::optional<Placeholder> angle_phrase(std::string_view text, std::size_t at, bool several_words) {
  std::size_t close = text.find('>', at + 1);
  if (close == std::string_view::npos || close == at + 1) return std::nullopt;
  std::string_view inside = text.substr(at + 1, close - at - 1);
  if (!is_alpha(inside.front()) || !is_alnum(inside.back())) {
    return std::nullopt;
  }
  std::size_t words = 1;
  bool long_word = false;
  std::size_t run = 0;
  for (std::size_t i = 0; i < inside.size(); ++i) {
    char c = inside[i];
    if (c == ' ') {
      if (inside[i - 1] == ' ') return std::nullopt;
      ++words;
      run = 0;
    } else if (is_alpha(c) || c == '_' || c == '-' ||
               (std::isdigit(static_cast<unsigned char>(c)) && run > 0)) {
      if (++run >= 3) long_word = true;
    } else {
      return std::nullopt;
    }
  }
  if (!long_word || (several_words && words < 2)) return std::nullopt;
  return Placeholder{at, close + 1, true, false};
}

// `{userName}`, `{CRON}`: an identifier in braces, not `${...}`.
std::optional<Placeholder> brace_name(std::string_view text, std::size_t at) {
  if (at > 0 && (text[at - 1] == '$' || text[at - 1] == '@')) return std::nullopt;
  std::size_t i = at + 1;
  if (i >= text.size() || !(is_alpha(text[i]) || text[i] == '_')) return std::nullopt;
  while (i < text.size() && (is_alnum(text[i]) || text[i] == '_')) ++i;
  if (i >= text.size() || text[i] != '}' || i - at - 1 < 2) return std::nullopt;
  return Placeholder{at, i + 1, false, true};
}

// `%name%`, `%%name%%`: three characters or more, so that strftime's `%Y%m%d` never matches.
std::optional<Placeholder> percent_name(std::string_view text, std::size_t at) {
  if (at > 0 && (is_alnum(text[at - 1]) || text[at - 1] == '%' || text[at - 1] == '\\')) {
    return std::nullopt;
  }
  std::size_t marks = text.substr(at, 2) == "%%" ? 2 : 1;
  std::size_t i = at + marks;
  std::size_t name_begin = i;
  if (i >= text.size() || !is_alpha(text[i])) return std::nullopt;
  while (i < text.size() && is_word_char(text[i])) ++i;
  std::size_t name_end = i;
  if (name_end - name_begin < 3 || !is_alnum(text[name_end - 1])) return std::nullopt;
  if (text.substr(i, marks) != std::string_view("%%").substr(0, marks)) return std::nullopt;
  i += marks;
  if (i < text.size() && (is_alnum(text[i]) || text[i] == '%')) return std::nullopt;
  return Placeholder{at, i, false, false};
}

// `_INSTALLPATH_`, `_your_project_path_`, `__APP_DIR__` as a whole word or path component.
std::optional<Placeholder> underscore_marker(std::string_view text, std::size_t at) {
  if (!opens_token(text, at)) return std::nullopt;
  bool doubled = text.substr(at, 2) == "__";
  std::size_t marks = doubled ? 2 : 1;
  std::size_t i = at + marks;
  std::size_t name_begin = i;
  while (i < text.size() && (is_alnum(text[i]) || text[i] == '_')) ++i;
  std::size_t end = i;
  if (end - name_begin < marks + 3) return std::nullopt;
  std::string_view token = text.substr(at, end - at);
  std::string_view closing = doubled ? "__" : "_";
  if (!token.ends_with(closing) || (!doubled && token.ends_with("__")) ||
      (!doubled && token.substr(1).starts_with("_"))) {
    return std::nullopt;
  }
  std::string_view name = token.substr(marks, token.size() - 2 * marks);
  if (name.empty() || !is_alnum(name.front()) || !is_alnum(name.back())) return std::nullopt;
  if (std::none_of(name.begin(), name.end(), is_alpha)) return std::nullopt;
  // Dunder names of Python (`__init__`, `__pycache__`) are lower case: only `__UPPER__` counts.
  if (doubled && std::any_of(name.begin(), name.end(), [](char c) {
        return std::islower(static_cast<unsigned char>(c)) != 0;
      })) {
    return std::nullopt;
  }
  if (!closes_token(text, end)) return std::nullopt;
  return Placeholder{at, end, false, false};
}

// `/path/to/...` up to the end of the path; `your_...`, `YOUR_...`, `yourdomain...` words.
std::optional<Placeholder> marked_word(std::string_view text, std::size_t at) {
  auto word_end = [&](std::size_t i) {
    while (i < text.size() && (is_word_char(text[i]) || text[i] == '.' || text[i] == '/')) ++i;
    return i;
  };
  if (text.substr(at, 9) == "/path/to/") return Placeholder{at, word_end(at + 9), false, false};
  if (!opens_token(text, at) || text[at] == '/') return std::nullopt;
  std::string lowered;
  for (char c : text.substr(at, 16)) {
    lowered += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  // `your_...`, `your-...`, and the usual one-word ones (`yourdomain.com`, `/home/yourname`).
  constexpr std::array<std::string_view, 12> your_words = {
      "your_",     "your-",    "yourdomain", "yourname",    "yourusername", "youruser",
      "youremail", "yourhost", "yourserver", "yourproject", "yoursite",     "yourapp"};
  for (std::string_view your_word : your_words) {
    if (!lowered.starts_with(your_word)) continue;
    std::size_t end = word_end(at + 4);
    // `your_` and `your-` must be followed by a name.
    if (end > at + 5) return Placeholder{at, end, false, false};
  }
  return std::nullopt;
}

// Every placeholder in `text`. `command` says the text is a shell command (an angle phrase must
// then have several words: `sort <in >out` is a redirection).
std::vector<Placeholder> placeholders_in(std::string_view text, bool command) {
  std::vector<Placeholder> found;
  for (std::size_t at = 0; at < text.size();) {
    std::optional<Placeholder> match;
    switch (text[at]) {
      case '<':
        match = angle_phrase(text, at, command);
        break;
      case '{':
        match = brace_name(text, at);
        break;
      case '%':
        match = percent_name(text, at);
        break;
      case '_':
        match = underscore_marker(text, at);
        break;
      case '/':
      case 'y':
      case 'Y':
        match = marked_word(text, at);
        break;
      default:
        break;
    }
    if (match) {
      found.push_back(*match);
      at = match->end;
    } else {
      ++at;
    }
  }
  return found;
}

// Programs whose arguments have placeholder syntax of their own (`{print}`, `{}`, `%s`).
constexpr std::array<std::string_view, 12> own_syntax_programs = {
    "awk", "gawk",   "mawk", "nawk",  "jq",       "yq",
    "sed", "printf", "date", "xargs", "parallel", "perl"};

bool has_own_syntax(std::string_view name) {
  return std::find(own_syntax_programs.begin(), own_syntax_programs.end(), name) !=
         own_syntax_programs.end();
}

// Whether word `w` of the command is inline code for an interpreter (`python3 -c CODE`,
// `php -r CODE`, `node -e CODE`, `ruby -e CODE`).
bool is_inline_code(const lint::SimpleCommand& command, std::size_t w) {
  if (w == 0 || w <= command.command_index) return false;
  std::string_view name = command.command_name();
  if (!name.starts_with("python") && name != "php" && name != "node" && name != "ruby") {
    return false;
  }
  const std::string& option = command.words[w - 1].text;
  return option == "-c" || option == "-e" || option == "-r" || option == "--eval";
}

// Whether the placeholder at [begin, end) of the crontab, inside a job's command, is read as
// text the shell passes on (not a comment, not another program's syntax, not single-quoted).
bool stands_in_command(const lint::CommandAnalysis& analysis, std::string_view source,
                       const Placeholder& placeholder, std::size_t begin) {
  for (const lint::ShellConstruct& construct : analysis.constructs) {
    if (construct.kind == lint::ShellConstruct::Kind::comment && construct.span.begin <= begin &&
        begin < construct.span.end) {
      return false;
    }
  }
  for (const lint::SimpleCommand& command : analysis.commands) {
    for (std::size_t w = 0; w < command.words.size(); ++w) {
      const lint::Word& word = command.words[w];
      if (begin < word.span.begin || begin >= word.span.end) continue;
      if (w > command.command_index && has_own_syntax(command.command_name())) return false;
      if (is_inline_code(command, w)) return false;
      for (const lint::Wrapper& wrapper : command.wrappers) {
        if (w > wrapper.word && has_own_syntax(wrapper.name)) return false;
      }
      std::string_view written = source.substr(word.span.begin, word.span.length());
      if (placeholder.braces && written.find('\'') != std::string_view::npos) return false;
      return true;
    }
  }
  return true;
}

struct Where {
  std::size_t begin = 0, end = 0;  // the part of the line, as crontab offsets
  enum class Part { schedule, command, environment } part = Part::schedule;
};

// `job` is the entry whose command is the command part (nullptr when there is none); its shell
// reading is needed only when a placeholder shows up there.
void check_parts(lint::RuleContext& ctx, const Line& line, std::span<const Where> parts,
                 const Entry* job) {
  std::string_view source = ctx.crontab.source();
  std::vector<std::pair<Placeholder, Where::Part>> found;  // offsets in the crontab
  for (const Where& where : parts) {
    std::string_view text = source.substr(where.begin, where.end - where.begin);
    for (Placeholder placeholder : placeholders_in(text, where.part == Where::Part::command)) {
      placeholder.begin += where.begin;
      placeholder.end += where.begin;
      // A template file's own placeholders (`%name%`, `{name}`) are filled in before it is
      // installed; `<path to script>` and `/path/to/` are still left for a human to fill.
      if (ctx.options.template_file && (placeholder.braces || source[placeholder.begin] == '%')) {
        continue;
      }
      if (where.part == Where::Part::command && job &&
          !stands_in_command(lint::job_analysis(ctx, *job), source, placeholder,
                             placeholder.begin)) {
        continue;
      }
      found.emplace_back(placeholder, where.part);
    }
  }
  if (found.empty()) return;
  const auto& [first, part] = found.front();
  std::string_view name = source.substr(first.begin, first.end - first.begin);
  std::string consequence;
  switch (part) {
    case Where::Part::schedule:
      consequence = "cron cannot read the line's schedule and rejects it";
      break;
    case Where::Part::environment:
      consequence = "the variable gets this text literally";
      break;
    case Where::Part::command:
      consequence = first.angle_phrase ? "the shell reads `<` and `>` as redirections and the "
                                         "job fails"
                    : source[first.begin] == '%'
                        ? "cron cuts the command at its first `%` (the rest becomes the job's "
                          "input), so the job cannot run as meant"
                        : "the job runs with this text literally and fails";
      break;
  }
  std::string message = fmt::format(
      "unfilled template placeholder `{}`: {}; put in the real "
      "value",
      lint::excerpt(name), consequence);
  if (found.size() > 1) {
    std::string others;
    for (std::size_t i = 1; i < found.size(); ++i) {
      if (!others.empty()) others += ", ";
      others += fmt::format(
          "`{}`", lint::excerpt(source.substr(found[i].first.begin,
                                              found[i].first.end - found[i].first.begin)));
    }
    message += fmt::format(" (also {})", others);
  }
  ctx.report(ctx.span_at(line, first.begin, first.end), std::move(message));
}

// Where a placeholder may start ('\0': any byte may follow): `<`, `{`, `%`, `_`, the `/p` of
// `/path/to/`, and `yo` in either case when 4 bytes are left.
constexpr std::array<ByteOpening, 9> placeholder_openings = {{{'<', '\0'},
                                                              {'{', '\0'},
                                                              {'%', '\0'},
                                                              {'_', '\0'},
                                                              {'/', 'p'},
                                                              {'y', 'o'},
                                                              {'y', 'O'},
                                                              {'Y', 'o'},
                                                              {'Y', 'O'}}};

// A quick look at the raw text, for the ordinary line without any placeholder: false means
// certainly none. (This runs on every line of the file.)
bool may_have_placeholder(std::string_view text) {
  for (std::size_t i = find_opening<placeholder_openings>(text); i != std::string_view::npos;
       i = find_opening<placeholder_openings>(text, i + 1)) {
    switch (text[i]) {
      case '/':
        if (text.substr(i).starts_with("/path/to/")) return true;
        break;
      case 'y':
      case 'Y':
        if (text.size() - i >= 4) return true;
        break;
      default:
        return true;
    }
  }
  return false;
}

void check_job(lint::RuleContext& ctx, const Entry& job) {
  if (!may_have_placeholder(ctx.text(job.span))) return;
  const Line* line = ctx.crontab.line_at(job.span.line);
  if (!line) return;
  std::array<Where, 2> parts = {
      Where{job.span.begin, job.command.span.begin, Where::Part::schedule},
      Where{job.command.span.begin, job.span.end, Where::Part::command}};
  check_parts(ctx, *line, parts, &job);
}

void check_file(lint::RuleContext& ctx) {
  lint::check_rejected_jobs<check_job>(ctx);
  for (const Line& line : ctx.crontab.lines) {
    if (line.kind == Line::Kind::environment) {
      const EnvAssignment& assignment = ctx.crontab.environment[line.index];
      if (!may_have_placeholder(ctx.text(assignment.value_span))) continue;
      std::array<Where, 1> parts = {
          Where{assignment.value_span.begin, assignment.value_span.end, Where::Part::environment}};
      check_parts(ctx, line, parts, nullptr);
    } else if (line.kind == Line::Kind::rejected) {
      // A rejected line without a command to analyse: its words are all schedule to cron.
      const RejectedLine& rejected = ctx.crontab.rejected[line.index];
      if (rejected.has_command || !may_have_placeholder(ctx.text(rejected.span))) continue;
      std::array<Where, 1> parts = {
          Where{rejected.span.begin, rejected.span.end, Where::Part::schedule}};
      check_parts(ctx, line, parts, nullptr);
    }
  }
}

}  // namespace

extern const lint::Rule unfilled_placeholder{
    {.id = "unfilled-placeholder",
     .severity = Severity::warning,
     .category = lint::Category::command,
     .summary = "a template placeholder (`<path to script>`, `{user}`, `/path/to/`) left unfilled",
     .doc = doc,
     .reads_broken_lines = true},
    check_file,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
