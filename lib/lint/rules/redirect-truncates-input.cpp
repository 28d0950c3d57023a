// redirect-truncates-input: `sort f > f` empties f before sort reads it.

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a command (or pipeline) that reads a file and truncates the same file with `>`:
`tail -n 1000 f > f`, `sort f > f`, `grep -v x f > f`, `cat f | uniq > f`, `sort < f > f`. The
path must be written the same way in both places (a variable such as `"$LOG"` counts; a command
substitution does not). The programs checked are the ones that read
their file operands (`cat`, `tail`, `head`, `sort`, `uniq`, `grep`, `sed`, `awk`, `cut`, ...).

## Why is this bad?
The shell opens the `>` target, emptying it, before the program starts; the program then reads
an empty file. The job leaves an empty file every time, for example a log trimmed to nothing
instead of to its last 1000 lines. `>>` does not truncate, but then the file grows with a copy of
itself.

## Example
    0 0 * * * tail -n 1000 /var/log/app.log > /var/log/app.log

## Use instead
    0 0 * * * tail -n 1000 /var/log/app.log > /var/log/app.log.new && mv /var/log/app.log.new /var/log/app.log

or `sponge` (moreutils), or `sort -o FILE FILE`, which reads everything before writing.)doc";

// Programs that read the files named by their operands (and write the result to stdout).
constexpr std::array<std::string_view, 31> file_readers = {
    "awk",     "base64", "cat",  "column", "comm", "cut",  "egrep", "expand",
    "fgrep",   "fmt",    "fold", "gawk",   "grep", "head", "iconv", "jq",
    "join",    "mawk",   "nl",   "paste",  "rev",  "sed",  "shuf",  "sort",
    "strings", "tac",    "tail", "uniq",   "wc",   "xxd",  "zcat"};

bool reads_operands(std::string_view name) {
  return std::find(file_readers.begin(), file_readers.end(), name) != file_readers.end();
}

// A path whose truncation is harmless or impossible (devices, the process's own descriptors).
bool special_file(std::string_view path) {
  return path.starts_with("/dev/") || path.starts_with("/proc/");
}

// A word that names the same file wherever it is written in the command: literal text, or plain
// variables (`$LOG`), but no command substitution (`$(date +%s)` differs from one use to the
// next).
bool stable_path(const lint::Word& word) {
  return !word.text.empty() && (word.is_literal() || (word.text.find("$(") == std::string::npos &&
                                                      word.text.find('`') == std::string::npos));
}

struct Read {
  const lint::Word* word = nullptr;
  const lint::SimpleCommand* command = nullptr;
  bool via_redirection = false;
};

// A quick look at the raw text: some `>` (not `>>`, not `>&`) whose target's text occurs again
// in the command. False means certainly not.
bool may_truncate_input(std::string_view raw) {
  for (std::size_t at = raw.find('>'); at != std::string_view::npos; at = raw.find('>', at + 1)) {
    std::size_t i = at + 1;
    if (i < raw.size() && raw[i] == '|') ++i;
    if (i < raw.size() && (raw[i] == '>' || raw[i] == '&')) {
      ++at;  // `>>`, `>&`
      continue;
    }
    while (i < raw.size() && (raw[i] == ' ' || raw[i] == '\t')) ++i;
    std::size_t end = raw.find_first_of(" \t;&|)", i);
    std::string_view target = raw.substr(i, end == std::string_view::npos ? end : end - i);
    // Quotes may differ between the two places: compare the bare text.
    while (!target.empty() && (target.front() == '"' || target.front() == '\'')) {
      target.remove_prefix(1);
    }
    while (!target.empty() && (target.back() == '"' || target.back() == '\'')) {
      target.remove_suffix(1);
    }
    if (target.empty()) continue;
    std::size_t first = raw.find(target);
    if (first < at || raw.find(target, i + target.size()) != std::string_view::npos) return true;
  }
  return false;
}

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  if (!may_truncate_input(entry.command.raw)) return;
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  const auto& commands = analysis.commands;
  // Walk pipelines: a run of commands of one list joined by `|`.
  std::size_t start = 0;
  while (start < commands.size()) {
    std::vector<const lint::SimpleCommand*> pipeline{&commands[start]};
    std::size_t next = start + 1;
    const lint::SimpleCommand* last = &commands[start];
    while (last->after == lint::Connector::pipe || last->after == lint::Connector::pipe_stderr) {
      while (next < commands.size() && commands[next].list != last->list) ++next;
      if (next >= commands.size()) break;
      last = &commands[next];
      pipeline.push_back(last);
      ++next;
    }
    start = std::max(start + 1, static_cast<std::size_t>(last - commands.data()) + 1);
    std::vector<Read> reads;
    for (const lint::SimpleCommand* command : pipeline) {
      for (const lint::Redirection& redirection : command->redirections) {
        if (redirection.op == "<" && redirection.target && stable_path(*redirection.target)) {
          reads.push_back({&*redirection.target, command, true});
        }
      }
      if (!command->command_word() || !reads_operands(command->command_name())) continue;
      // `sed -i`, `sort -o F`: the program writes the file itself, after reading it.
      std::string_view name = command->command_name();
      bool writes_itself = false;
      for (const lint::Word& argument : command->arguments()) {
        const std::string& option = argument.text;
        if ((name == "sed" && (option.starts_with("-i") || option.starts_with("--in-place"))) ||
            ((name == "sort" || name == "shuf") &&
             (option.starts_with("-o") || option.starts_with("--output")))) {
          writes_itself = true;
        }
      }
      if (writes_itself) continue;
      for (const lint::Word& argument : command->arguments()) {
        if (stable_path(argument) && argument.text[0] != '-') {
          reads.push_back({&argument, command, false});
        }
      }
    }
    if (reads.empty()) continue;
    for (const lint::SimpleCommand* command : pipeline) {
      for (const lint::Redirection& redirection : command->redirections) {
        bool truncates = redirection.op == ">" || redirection.op == ">|" || redirection.op == "&>";
        if (!truncates || !redirection.target || !stable_path(*redirection.target)) continue;
        const std::string& path = redirection.target->text;
        if (path.empty() || special_file(path)) continue;
        for (const Read& read : reads) {
          if (read.word->text != path) continue;
          std::string reader =
              read.command->command_word()
                  ? fmt::format("`{}`", lint::excerpt(read.command->command_word()->text))
                  : std::string("the command");
          std::string_view how = read.via_redirection ? " through `<`" : "";
          std::string written = lint::excerpt(std::string(
              analysis.text.substr(redirection.begin, redirection.end - redirection.begin)));
          // In one command the shell empties the file before the program starts: certain. A
          // reader earlier in the pipeline runs at the same time as the shell sets up the later
          // command's `>`, a race it nearly always loses on anything but a tiny file.
          if (read.command == command) {
            ctx.report(redirection.span,
                       fmt::format("`{}` empties {} before {} reads it{}: the job always ends "
                                   "with an empty file; write to another file and `mv` it, or "
                                   "use `sponge`",
                                   written, lint::excerpt(path), reader, how));
          } else {
            ctx.report(Severity::warning, redirection.span,
                       fmt::format("`{}` empties {} while {} in the same pipeline is reading "
                                   "it{}: the file ends up empty or cut short; write to "
                                   "another file and `mv` it, or use `sponge`",
                                   written, lint::excerpt(path), reader, how));
          }
          return;
        }
      }
    }
  }
}

}  // namespace

extern const lint::Rule redirect_truncates_input{
    {.id = "redirect-truncates-input",
     .severity = Severity::error,
     .category = lint::Category::command,
     .summary = "a command reads the file its `>` redirection empties (`sort f > f`)",
     .doc = doc},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
