// python-outside-venv: the system python lacks the project's packages.

#include <fmt/format.h>

#include <sys/stat.h>

#include "lint/command_analysis.hpp"
#include "lint/jobs.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
With `--check-paths`, finds jobs that run the system Python (`python3`, `/usr/bin/python3`, ...)
on a script whose project directory (the script's directory or one of its two parents, or the
`cd` target) holds `.venv/`, `venv/`, a `pyproject.toml` with a lock file, `Pipfile` or
`requirements.txt` under `--root`. Not reported after the job sources a virtualenv's `activate`.

## Why is this bad?
The system interpreter does not have the project's packages: `ModuleNotFoundError: No module
named 'openai'`, only under cron (your shell had the virtualenv active).

## Example
<!-- cronlint: --check-paths dir=/srv/llm/.venv/bin file=/srv/llm/run.py -->
    0 6 * * * /usr/bin/python3 /srv/llm/run.py

(with `/srv/llm/.venv/`)

## Use instead
<!-- cronlint: --check-paths dir=/srv/llm/.venv/bin file=/srv/llm/run.py -->
    0 6 * * * /srv/llm/.venv/bin/python /srv/llm/run.py)doc";

bool exists(const std::string& path, bool directory) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0 && (directory ? S_ISDIR(info.st_mode) : true);
}

bool is_system_python(const lint::Word& word) {
  std::string_view text = word.text;
  std::string_view name = lint::path_basename(text);
  if (!name.starts_with("python") || !lint::is_interpreter(name)) return false;
  return text == name || text.starts_with("/usr/bin/") || text.starts_with("/bin/") ||
         text.starts_with("/usr/local/bin/");
}

std::string parent_of(const std::string& path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string::npos || slash == 0) return {};
  return path.substr(0, slash);
}

// What marks `directory` as a Python project with its own environment; empty when nothing.
std::string project_marker(std::string_view root, const std::string& directory) {
  auto at = [&](std::string_view name) {
    return lint::under_root(root, directory + "/" + std::string(name));
  };
  if (exists(at(".venv"), true)) return ".venv/";
  if (exists(at("venv"), true)) return "venv/";
  if (exists(at("pyproject.toml"), false)) {
    for (std::string_view lock : {"uv.lock", "poetry.lock", "pdm.lock"}) {
      if (exists(at(lock), false)) return fmt::format("pyproject.toml and {}", lock);
    }
  }
  if (exists(at("Pipfile"), false)) return "Pipfile";
  if (exists(at("requirements.txt"), false)) return "requirements.txt";
  return {};
}

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  if (!lint::command_contains(ctx, entry, "python")) return;
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  std::string cd_directory;
  for (const lint::SimpleCommand& command : analysis.commands) {
    if (const lint::Word* file = lint::sourced_file(command)) {
      if (file->text.ends_with("bin/activate")) break;
    }
    if (command.command_name() == "cd" && !command.arguments().empty() &&
        command.arguments()[0].text.starts_with("/")) {
      cd_directory = command.arguments()[0].text;
      continue;
    }
    const lint::Word* word = command.command_word();
    if (!word || word->has_expansion || !is_system_python(*word)) continue;
    std::vector<std::string> candidates;
    if (const lint::Word* script = lint::interpreter_script(command)) {
      std::string path = script->text;
      if (!path.starts_with("/") && !cd_directory.empty()) path = cd_directory + "/" + path;
      if (path.starts_with("/") && !script->has_expansion) {
        std::string directory = parent_of(path);
        for (int level = 0; level < 3 && !directory.empty(); ++level) {
          candidates.push_back(directory);
          directory = parent_of(directory);
        }
      }
    }
    if (!cd_directory.empty()) candidates.push_back(cd_directory);
    for (const std::string& directory : candidates) {
      std::string marker = project_marker(ctx.options.root, directory);
      if (marker.empty()) continue;
      std::optional<lint::Fix> fix;
      for (std::string_view venv : {".venv", "venv"}) {
        std::string python = fmt::format("{}/{}/bin/python", directory, venv);
        if (exists(lint::under_root(ctx.options.root, python), false)) {
          fix = lint::Fix{word->span, python};
          break;
        }
      }
      std::string message = fmt::format(
          "`{}` is the system Python, but {} has {}: the project's packages are probably "
          "missing under cron (ModuleNotFoundError); run the project's own interpreter{}",
          lint::excerpt(word->text), lint::excerpt(directory), marker,
          fix ? fmt::format(" ({})", fix->replacement) : std::string());
      ctx.report(word->span, std::move(message), std::move(fix));
      break;
    }
    break;
  }
}

}  // namespace

extern const lint::Rule python_outside_venv{
    {.id = "python-outside-venv",
     .severity = Severity::warning,
     .category = lint::Category::command,
     .summary = "the system python runs a script of a project with its own virtualenv",
     .doc = doc,
     .needs_filesystem = true},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
