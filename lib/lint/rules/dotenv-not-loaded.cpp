// dotenv-not-loaded: a `.env` beside the script is a development convention cron never reads.

#include <fmt/format.h>

#include <fstream>
#include <iterator>

#include <sys/stat.h>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
With `--check-paths`, finds jobs whose script directory (or `cd` target) holds a `.env` file under
`--root` while the job neither sources it nor runs a loader (`dotenv run`, `--env-file`, `set -a`,
`env $(...)`), and the script itself does not mention `dotenv` (python-dotenv's `load_dotenv()`
finds the file relative to the script).

## Why is this bad?
`.env` is a convention of development libraries, not something cron or the shell reads. Loaders
that look in the current directory find nothing, because cron starts jobs in `$HOME`: the API
key is missing and the job fails with 401 only under cron.

## Example
<!-- cronlint: --check-paths file=/srv/llm/.env:0600 file=/srv/llm/report.py -->
    0 7 * * * /srv/llm/.venv/bin/python /srv/llm/report.py

(with `/srv/llm/.env` present and `report.py` reading `os.environ["OPENAI_API_KEY"]`)

## Use instead
<!-- cronlint: --check-paths file=/srv/llm/.env:0600 file=/srv/llm/report.py -->
    0 7 * * * cd /srv/llm && set -a && . ./.env && set +a && ./.venv/bin/python report.py >> /var/log/llm/report.log 2>&1)doc";

bool is_file(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

std::string directory_of(std::string_view path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return {};
  return slash == 0 ? std::string("/") : std::string(path.substr(0, slash));
}

bool loads_env_file(const lint::CommandAnalysis& analysis) {
  for (const lint::SimpleCommand& command : analysis.commands) {
    if (const lint::Word* file = lint::sourced_file(command)) {
      if (file->text.find("env") != std::string::npos) return true;
    }
    std::string_view name = command.command_name();
    if (name == "dotenv" || name == "direnv" || name == "envdir") return true;
    if (name == "set") {
      for (const lint::Word& a : command.arguments()) {
        if (a.text.starts_with("-") && a.text.find('a') != std::string::npos) return true;
      }
    }
    for (const lint::Word& w : command.words) {
      if (w.text == "--env-file" || w.text.starts_with("--env-file=")) return true;
      if (w.has_expansion && w.text.starts_with("$(") && w.text.find(".env") != std::string::npos) {
        return true;
      }
    }
  }
  return false;
}

bool script_mentions_dotenv(const std::string& host_path) {
  std::ifstream in(host_path, std::ios::binary);
  std::string head(256 * 1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  if (head.find("dotenv") != std::string::npos) return true;
  // A shell script that reads the file itself (`. ./.env`, `source "$DIR/.env"`).
  bool shell = head.starts_with("#!/bin/sh") || head.starts_with("#!/bin/bash") ||
               head.starts_with("#!/usr/bin/env bash") || head.starts_with("#!/usr/bin/env sh");
  return shell && head.find(".env") != std::string::npos;
}

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.command.raw.find('/') == std::string_view::npos) return;
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  if (loads_env_file(analysis)) return;
  std::string cd_directory;
  std::string script;
  const lint::Word* anchor = nullptr;
  for (const lint::SimpleCommand& command : analysis.commands) {
    if (command.list != 0) continue;
    const lint::Word* word = command.command_word();
    if (!word || word->has_expansion) continue;
    if (command.command_name() == "cd" && !command.arguments().empty() &&
        command.arguments()[0].text.starts_with("/")) {
      cd_directory = command.arguments()[0].text;
      if (!anchor) anchor = &command.arguments()[0];
      continue;
    }
    const lint::Word* target = lint::interpreter_script(command);
    if (!target) target = word;
    if (target->has_expansion) continue;
    std::string path = target->text;
    if (!path.starts_with("/") && !cd_directory.empty() && path.find('/') != std::string::npos) {
      path = cd_directory + "/" + path;
    }
    if (!path.starts_with("/")) continue;
    script = path;
    anchor = target;
    break;
  }
  if (!anchor) return;
  for (const std::string& directory : {directory_of(script), cd_directory}) {
    if (directory.empty()) continue;
    std::string env_file = (directory == "/" ? std::string() : directory) + "/.env";
    if (!is_file(lint::under_root(ctx.options.root, env_file))) continue;
    if (!script.empty() && script_mentions_dotenv(lint::under_root(ctx.options.root, script))) {
      break;
    }
    ctx.report(anchor->span,
               fmt::format("{} exists but this job never loads it: cron does not read .env "
                           "files, and the job starts in $HOME; source it (`set -a; . {}; set "
                           "+a`) or load it in the script",
                           lint::excerpt(env_file), lint::excerpt(env_file)));
    break;
  }
}

}  // namespace

extern const lint::Rule dotenv_not_loaded{
    {.id = "dotenv-not-loaded",
     .severity = Severity::warning,
     .category = lint::Category::environment,
     .summary = "a .env file beside the job's script is never loaded",
     .doc = doc,
     .needs_filesystem = true},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
