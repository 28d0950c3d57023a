// shell-bashism: cron runs /bin/sh, which is dash on Debian and Ubuntu.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"
#include "text/byte_openings.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds bash-only syntax in a job when the crontab does not set `SHELL` to bash or zsh: `source` as a
command, `[[`, `&>`, `|&`, `<(...)` / `>(...)`, `$'...'`, brace expansion (`{a,b}`, `{1..5}`),
`function`, and `$RANDOM` (or `RANDOM` inside `$(( ))`). Commands run by `bash -c '...'` are not
checked, nor `$RANDOM` in a file in busybox crond's layout (a `crontabs/NAME` that is not cron's
spool directory), whose jobs run in ash, which has it.

## Why is this bad?
cron runs jobs with `/bin/sh`, which is dash on Debian and Ubuntu: `source: not found`;
`cmd &> log` is read as `cmd &` plus an empty `> log`, so the job goes to the background and its
output is not captured; `$RANDOM` is empty, so `sleep $((RANDOM \% 300))` sleeps 0 seconds. On
RHEL and Fedora `/bin/sh` is bash and the job works, until it moves.

## Example
    0 6 * * * source /srv/llm/.venv/bin/activate && python /srv/llm/run.py

## Use instead
    SHELL=/bin/bash
    0 6 * * * source /srv/llm/.venv/bin/activate && python /srv/llm/run.py

or better, no bash-only syntax:

    0 6 * * * /srv/llm/.venv/bin/python /srv/llm/run.py)doc";

struct Use {
  Span span;
  std::string what;
  std::optional<lint::Fix> fix;
};

bool checked_shell(std::string_view shell) {
  return shell.empty() || shell == "sh" || shell == "dash" || shell == "ash";
}

// The texts may_have_bashism() looks for. No two start with the same byte.
constexpr std::array<std::string_view, 10> bashism_texts = {
    "source", "[[", "&>", "|&", "<(", ">(", "$'", "{", "function", "RANDOM"};

// For each byte, 1 + the index of the text that starts with it, or 0.
constexpr std::array<unsigned char, 256> bashism_starting_with = [] {
  std::array<unsigned char, 256> table{};
  for (std::size_t i = 0; i < bashism_texts.size(); ++i) {
    table[static_cast<unsigned char>(bashism_texts[i][0])] = static_cast<unsigned char>(i + 1);
  }
  return table;
}();

// Their first two bytes (the usual command has many of the first bytes, `s`, `&`, `>`, and few
// of the pairs).
constexpr std::array<ByteOpening, bashism_texts.size()> bashism_openings = [] {
  std::array<ByteOpening, bashism_texts.size()> openings{};
  for (std::size_t i = 0; i < bashism_texts.size(); ++i) {
    openings[i] = {bashism_texts[i][0], bashism_texts[i].size() > 1 ? bashism_texts[i][1] : '\0'};
  }
  return openings;
}();

// Whether raw contains one of bashism_texts: a look at each place one of their openings starts,
// instead of ten searches of the whole command.
bool may_have_bashism(std::string_view raw) {
  for (std::size_t i = find_opening<bashism_openings>(raw); i != std::string_view::npos;
       i = find_opening<bashism_openings>(raw, i + 1)) {
    const std::string_view text =
        bashism_texts[bashism_starting_with[static_cast<unsigned char>(raw[i])] - 1];
    if (raw.substr(i).starts_with(text)) return true;
  }
  return false;
}

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  std::string_view source = ctx.crontab.source();
  std::string_view raw = entry.command.raw;
  if (!may_have_bashism(raw)) return;
  const EnvAssignment* shell = lint::assignment_in_force(ctx.crontab, entry, "SHELL");
  if (shell && lint::is_bash_like_shell(shell->value)) return;
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  std::vector<Use> uses;
  for (const lint::SimpleCommand& command : analysis.commands) {
    if (!checked_shell(command.shell)) continue;
    const lint::Word* word = command.command_word();
    if (word && word->text == "source" && !word->quoted) {
      uses.push_back({word->span, "`source` (dash has only `.`)", lint::Fix{word->span, "."}});
    }
    for (const lint::Redirection& r : command.redirections) {
      if ((r.op == "&>" || r.op == "&>>") && r.target) {
        std::string replacement =
            fmt::format("{} {} 2>&1", r.op == "&>" ? ">" : ">>",
                        source.substr(r.target->span.begin, r.target->span.length()));
        uses.push_back({r.operator_span,
                        fmt::format("`{}`: dash runs the command in the background and "
                                    "truncates the file instead",
                                    r.op),
                        lint::Fix{r.span, std::move(replacement)}});
      }
    }
    if (command.after == lint::Connector::pipe_stderr) {
      std::size_t at = source.find("|&", command.span.end);
      if (at != std::string_view::npos) {
        Span span = analysis.span(0, 0);
        span.begin = at;
        span.end = at + 2;
        span.column =
            static_cast<std::uint32_t>(entry.command.span.column + (at - entry.command.span.begin));
        span.end_column = span.column + 2;
        uses.push_back({span, "`|&`", lint::Fix{span, "2>&1 |"}});
      }
    }
  }
  using Kind = lint::ShellConstruct::Kind;
  for (const lint::ShellConstruct& construct : analysis.constructs) {
    if (!checked_shell(construct.shell)) continue;
    switch (construct.kind) {
      case Kind::double_bracket:
        uses.push_back({construct.span, "`[[` (use `[`)", std::nullopt});
        break;
      case Kind::process_substitution:
        uses.push_back({construct.span, "process substitution `<(...)`", std::nullopt});
        break;
      case Kind::ansi_c_quote:
        uses.push_back({construct.span, "`$'...'` quoting", std::nullopt});
        break;
      case Kind::brace_expansion:
        uses.push_back({construct.span, "brace expansion (dash keeps the braces)", std::nullopt});
        break;
      case Kind::function_keyword:
        uses.push_back({construct.span, "the `function` keyword", std::nullopt});
        break;
      default:
        break;
    }
  }
  for (const lint::VariableReference& reference : analysis.variables) {
    // busybox crond runs jobs with ash, which has RANDOM.
    if (reference.name == "RANDOM" && !ctx.options.busybox_layout) {
      uses.push_back({reference.span, "`RANDOM` (empty in dash, so the value is 0)", std::nullopt});
    }
  }
  if (uses.empty()) return;
  std::stable_sort(uses.begin(), uses.end(),
                   [](const Use& a, const Use& b) { return a.span.begin < b.span.begin; });
  Use& first = uses.front();
  std::string message =
      ctx.dialect.id == DialectId::debian
          ? fmt::format(
                "cron runs the job with /bin/sh, which is dash on Debian and Ubuntu "
                "and does not understand {}",
                first.what)
          : fmt::format(
                "cron runs the job with /bin/sh: {} works where that is bash (RHEL, "
                "Fedora) but not where it is dash (Debian, Ubuntu)",
                first.what);
  if (uses.size() > 1)
    message += fmt::format(" (and {} more bash-only construct(s))", uses.size() - 1);
  message += "; set SHELL=/bin/bash above the job or use POSIX syntax";
  ctx.report(first.span, std::move(message), std::move(first.fix));
}

}  // namespace

extern const lint::Rule shell_bashism{
    {.id = "shell-bashism",
     .severity = Severity::warning,
     .category = lint::Category::command,
     .summary = "bash-only syntax in a job that /bin/sh (dash) runs",
     .doc = doc},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
