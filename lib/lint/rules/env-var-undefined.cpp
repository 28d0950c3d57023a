// env-var-undefined: `$OPENAI_API_KEY` from your login shell is empty under cron.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds `$NAME` / `${NAME}` in a command where NAME is not set by an environment line above the
entry, not set by cron (`HOME`, `LOGNAME`, `SHELL`, `PATH`; `USER` on cronie only; the locale
variables), not maintained by the shell (`RANDOM`, `PWD`, `PPID`, `HOSTNAME`, `BASH_*`, ...), not
assigned earlier in the job, and the job does not load a file first (`. file`, `source file`,
`set -a`, `env $(...)`, `export $(...)`, `dotenv run`, `--env-file`). Sourcing `~/.bashrc` does
not count (see sources-shell-rc). `${NAME:-default}` and friends are fine.

## Why is this bad?
cron does not read `~/.bashrc` or `~/.profile`: the job gets only the crontab's environment lines,
a few variables cron sets, and on Debian `/etc/environment` through PAM. The variable you
exported in your shell is empty: the API call returns 401, or `curl "$SLACK_WEBHOOK_URL"` posts
nowhere.

## Example
    0 8 * * * curl -s -H "Authorization: Bearer $OPENAI_API_KEY" https://api.openai.com/v1/models > /tmp/models.json

## Use instead
    0 8 * * * /srv/llm/list-models.sh

where the script loads a mode-600 env file, or `. /srv/llm/.env && curl ...` (with `set -a` if
the file lacks `export`).

## Notes
Silent under busybox crond and supercronic, which start jobs with the daemon's own environment:
what it holds is not in the crontab.)doc";

bool provided_by_shell(std::string_view name) {
  static constexpr std::array<std::string_view, 26> names = {
      "RANDOM",   "SECONDS",    "LINENO",       "PPID",          "PWD",      "OLDPWD", "UID",
      "EUID",     "HOSTNAME",   "HOSTTYPE",     "OSTYPE",        "MACHTYPE", "SHLVL",  "IFS",
      "PS1",      "PS2",        "PS4",          "OPTARG",        "OPTIND",   "REPLY",  "GROUPS",
      "FUNCNAME", "PIPESTATUS", "EPOCHSECONDS", "EPOCHREALTIME", "SRANDOM"};
  return std::find(names.begin(), names.end(), name) != names.end() || name.starts_with("BASH");
}

bool provided_by_cron(std::string_view name, const Dialect& dialect) {
  if (name == "HOME" || name == "LOGNAME" || name == "SHELL" || name == "PATH") return true;
  if (name == "USER") return dialect.sets_user_variable;
  return name == "LANG" || name == "LANGUAGE" || name.starts_with("LC_");
}

bool is_shell_rc(std::string_view path) {
  std::string_view base = lint::path_basename(path);
  return base == ".bashrc" || base == ".zshrc" || base == ".bash_profile";
}

// Whether the job loads variables from somewhere cronlint cannot see.
bool loads_environment(const lint::CommandAnalysis& analysis) {
  for (const lint::SimpleCommand& command : analysis.commands) {
    if (const lint::Word* file = lint::sourced_file(command)) {
      if (!is_shell_rc(file->text)) return true;
    }
    std::string_view name = command.command_name();
    auto args = command.arguments();
    if (name == "set") {
      for (const lint::Word& a : args) {
        if ((a.text.starts_with("-") && a.text.find('a') != std::string::npos) ||
            a.text == "allexport") {
          return true;
        }
      }
    }
    if (name == "dotenv" || name == "direnv" || name == "envdir" || name == "chpst" ||
        name == "sops" || name == "doppler" || name == "op" || name == "infisical") {
      return true;
    }
    if ((name == "export" || name == "eval" || name == "env") && !args.empty() &&
        args[0].has_expansion) {
      return true;
    }
    if (command.wrapper("env")) {
      for (const lint::Word& w : command.words) {
        if (w.has_expansion && w.text.starts_with("$(")) return true;
      }
    }
    for (const lint::Word& w : command.words) {
      if (w.text == "--env-file" || w.text.starts_with("--env-file=")) return true;
    }
  }
  return false;
}

// Names the job assigns itself: `X=1`, `export X=1`, `read X`, `for X in ...`, `local X`.
std::set<std::string, std::less<>> assigned_in_job(const lint::CommandAnalysis& analysis) {
  std::set<std::string, std::less<>> names;
  for (const lint::SimpleCommand& command : analysis.commands) {
    for (const lint::Assignment& a : command.assignments) names.insert(a.name);
    for (std::size_t k = 0; k + 1 < command.keywords.size(); ++k) {
      if (command.keywords[k] == "for" || command.keywords[k] == "select") {
        names.insert(command.keywords[k + 1]);
      }
    }
    std::string_view name = command.command_name();
    if (name == "export" || name == "local" || name == "readonly" || name == "declare" ||
        name == "typeset" || name == "read" || name == "getopts") {
      for (const lint::Word& w : command.arguments()) {
        std::string_view text = w.text;
        std::size_t equals = text.find('=');
        names.insert(std::string(text.substr(0, equals)));
      }
    }
  }
  return names;
}

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  // busybox crond and supercronic pass their own environment on to the job: any variable may be
  // set there, and the crontab does not tell.
  if (ctx.dialect.inherits_daemon_environment) return;
  std::string_view raw = entry.command.raw;
  bool references = false;
  for (std::size_t at = raw.find('$'); at != std::string_view::npos && !references;
       at = raw.find('$', at + 1)) {
    char next = at + 1 < raw.size() ? raw[at + 1] : '\0';
    references = next == '{' || next == '_' || std::isalpha(static_cast<unsigned char>(next));
  }
  if (!references) return;
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  if (analysis.variables.empty() || loads_environment(analysis)) return;
  std::set<std::string, std::less<>> assigned = assigned_in_job(analysis);
  std::span<const EnvAssignment> environment = ctx.crontab.environment_for(entry);
  std::vector<const lint::VariableReference*> undefined;
  for (const lint::VariableReference& reference : analysis.variables) {
    if (reference.in_arithmetic || reference.has_default) continue;
    const std::string& name = reference.name;
    if (provided_by_shell(name) || provided_by_cron(name, ctx.dialect)) continue;
    if (assigned.count(name)) continue;
    if (std::any_of(environment.begin(), environment.end(),
                    [&](const EnvAssignment& a) { return a.name == name; })) {
      continue;
    }
    if (std::none_of(undefined.begin(), undefined.end(),
                     [&](const auto* r) { return r->name == name; })) {
      undefined.push_back(&reference);
    }
  }
  if (undefined.empty()) return;
  const lint::VariableReference& first = *undefined.front();
  std::string message;
  if (first.name == "USER") {
    message =
        fmt::format("{} does not set USER: `$USER` is empty unless PAM sets it; use `$LOGNAME`",
                    ctx.dialect.daemon);
  } else {
    message = fmt::format(
        "`${}` is not set in cron's environment: cron does not read "
        "~/.bashrc or ~/.profile, so it is empty unless a line above sets it "
        "or the job loads it from a file",
        lint::excerpt(first.name));
  }
  if (undefined.size() > 1) {
    std::string others;
    for (std::size_t i = 1; i < undefined.size(); ++i) {
      others += fmt::format("{}${}", i > 1 ? ", " : "", lint::excerpt(undefined[i]->name));
    }
    message += fmt::format(" (also {})", others);
  }
  ctx.report(first.span, std::move(message));
}

}  // namespace

extern const lint::Rule env_var_undefined{
    {.id = "env-var-undefined",
     .severity = Severity::warning,
     .category = lint::Category::environment,
     .summary = "the command uses a variable that cron's environment does not have",
     .doc = doc,
     .default_enabled = false},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
