// python-unversioned: `python` does not exist on current Debian and Ubuntu (or is Python 2).

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds `python`, `/usr/bin/python` or `/usr/local/bin/python` as a command word. A virtualenv's
interpreter (`.../.venv/bin/python`) is fine, and so is `python` after the job sources a
virtualenv's `activate`.

## Why is this bad?
Debian 11+ and Ubuntu 20.04+ have no `python` command unless `python-is-python3` is installed:
the job fails with "python: not found" (your interactive shell may have had an alias). On old
hosts `python` is Python 2.

## Example
    0 8 * * * python /srv/llm/summarize.py

## Use instead
    0 8 * * * /usr/bin/python3 /srv/llm/summarize.py

or the virtualenv's interpreter.)doc";

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  std::string_view raw = entry.command.raw;
  if (!lint::may_contain_word(raw, "python")) return;
  // `.../bin/python` is fine unless it is /usr/bin/python or /usr/local/bin/python.
  bool suspicious = false;
  for (std::size_t at = raw.find("python"); at != std::string_view::npos && !suspicious;
       at = raw.find("python", at + 1)) {
    std::size_t after = at + 6;
    if (after < raw.size() && raw[after] != ' ' && raw[after] != '\t' && raw[after] != ';' &&
        raw[after] != '&' && raw[after] != '|' && raw[after] != ')') {
      continue;
    }
    if (at == 0 || raw[at - 1] != '/') {
      suspicious = true;
    } else {
      std::string_view before = raw.substr(0, at);
      suspicious = before.ends_with("/usr/bin/") || before.ends_with("/usr/local/bin/");
    }
  }
  if (!suspicious) return;
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  bool activated = false;
  for (const lint::SimpleCommand& command : analysis.commands) {
    if (const lint::Word* file = lint::sourced_file(command)) {
      if (file->text.ends_with("bin/activate")) activated = true;
    }
    const lint::Word* word = command.command_word();
    if (!word || activated) continue;
    if (word->text != "python" && word->text != "/usr/bin/python" &&
        word->text != "/usr/local/bin/python") {
      continue;
    }
    Span span = word->span;
    ctx.report(
        span,
        fmt::format("`{}` does not exist on Debian 11+ or Ubuntu 20.04+ unless "
                    "python-is-python3 is installed (and is Python 2 on old hosts); "
                    "use python3 or the virtualenv's interpreter",
                    lint::excerpt(word->text)),
        word->quoted ? std::nullopt : std::optional<lint::Fix>(lint::Fix{span, word->text + "3"}));
    break;
  }
}

}  // namespace

extern const lint::Rule python_unversioned{
    {.id = "python-unversioned",
     .severity = Severity::warning,
     .category = lint::Category::command,
     .summary = "the job runs `python`, which current Debian and Ubuntu do not have",
     .doc = doc,
     .default_enabled = false},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
