// script-no-shebang: a script run by path without `#!` is run by /bin/sh, whatever it is.

#include <fmt/format.h>

#include <fstream>

#include <sys/stat.h>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
With `--check-paths`, finds scripts run directly (the command word is the script's path) whose
first line is not a `#!` line. Binaries (ELF files) and scripts run through an explicit
interpreter (`python3 x.py`, `bash x.sh`) are not reported.

## Why is this bad?
Without a shebang `execve` fails with ENOEXEC and the shell runs the file as a shell script:
bash-isms fail under dash, and a Python file produces odd shell errors.

## Example
<!-- cronlint: --check-paths file=/srv/llm/run.py:0755 -->
    0 6 * * * /srv/llm/run.py

(with no `#!/usr/bin/env python3` line)

## Use instead
Add `#!/srv/llm/.venv/bin/python` as the first line, or call the interpreter:
<!-- cronlint: --check-paths file=/srv/llm/run.py:0755 -->

    0 6 * * * /srv/llm/.venv/bin/python /srv/llm/run.py)doc";

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.command.raw.find('/') == std::string_view::npos) return;
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  for (const lint::SimpleCommand& command : analysis.commands) {
    const lint::Word* word = command.command_word();
    if (!word || word->has_expansion || !word->text.starts_with("/")) continue;
    std::string host = lint::under_root(ctx.options.root, word->text);
    struct stat info {};
    if (::stat(host.c_str(), &info) != 0 || !S_ISREG(info.st_mode) || info.st_size == 0) {
      continue;
    }
    std::ifstream in(host, std::ios::binary);
    char head[4] = {};
    in.read(head, sizeof head);
    std::streamsize got = in.gcount();
    if (got >= 2 && head[0] == '#' && head[1] == '!') continue;
    if (got >= 4 && head[0] == '\x7f' && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
      continue;
    }
    ctx.report(word->span,
               fmt::format("`{}` has no `#!` line: the kernel refuses to run it and /bin/sh "
                           "runs it as a shell script instead; add a shebang or call its "
                           "interpreter",
                           lint::excerpt(word->text)));
    break;
  }
}

}  // namespace

extern const lint::Rule script_no_shebang{{.id = "script-no-shebang",
                                           .severity = Severity::info,
                                           .category = lint::Category::command,
                                           .summary = "a script run by its path has no #! line",
                                           .doc = doc,
                                           .needs_filesystem = true},
                                          lint::check_rejected_jobs<check_job>,
                                          lint::check_job_of<check_job>};

}  // namespace cronkit::rules
