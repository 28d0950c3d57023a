// secret-in-crontab: API keys, tokens and passwords written into the crontab itself.

#include <fmt/format.h>

#include <cctype>
#include <optional>

#include "lint/command_analysis.hpp"
#include "lint/jobs.hpp"
#include "lint/rule.hpp"
#include "secret/secret.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds secrets in the crontab: environment lines (or `NAME=value` command prefixes) whose name
contains `API_KEY`, `APIKEY`, `TOKEN`, `SECRET`, `PASSWORD`, `PASSWD`, `PRIVATE_KEY` or
`CREDENTIAL`, or ends in `_KEY`, `_PASS`, `_PWD` or `_AUTH` (but not in `_FILE`, `_PATH`, `_DIR`,
`_URL`, `_ENDPOINT`, `_ID` or `_NAME`), with a literal value of 8 characters or more; anywhere,
text shaped like a known credential (`sk-...`, `sk-ant-...`, `AKIA...`, `ghp_...`,
`github_pat_...`, `glpat-...`, `xoxb-...`, `AIza...`, `hf_...`, a JSON Web Token, the password in
`scheme://user:password@host`); and passwords on command lines (`--password=...`, `mysql -p...`,
`PGPASSWORD=...`, `MYSQL_PWD=...`, `Authorization: Bearer ...`). Messages show only the first
characters of a secret and its length.

## Why is this bad?
Crontabs end up in git, backups, configuration management and `crontab -l` output, and a
command line is visible in `ps` to every local user while the job runs.

## Example
    OPENAI_API_KEY=sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c
    0 7 * * * /srv/llm/run-digest.sh

## Use instead
    0 7 * * * /srv/llm/run-digest.sh

where the script loads the key from a file only its owner can read (`chmod 600`), e.g.
`set -a; . /srv/llm/.env; set +a`, or from a secret manager.)doc";

using secret::is_secret_name;

bool literal_secret_value(std::string_view value) {
  return value.size() >= 8 && value[0] != '$' && value[0] != '/' && value[0] != '~' &&
         value.find("$(") == std::string_view::npos && value.find('`') == std::string_view::npos;
}

std::string upper(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return result;
}

std::string redacted(std::string_view value) {
  return secret::mask(value);
}

// A password on a command line: `--password=x`, `-pSECRET` after mysql, `Bearer x`, ...
std::optional<std::pair<Span, std::string>> command_line_secret(
    const lint::CommandAnalysis& analysis) {
  for (const lint::SimpleCommand& command : analysis.commands) {
    for (const lint::Assignment& assignment : command.assignments) {
      const std::string& value = assignment.value.text;
      if ((assignment.name == "PGPASSWORD" || assignment.name == "MYSQL_PWD" ||
           is_secret_name(assignment.name)) &&
          !assignment.value.has_expansion && literal_secret_value(value)) {
        return std::pair{assignment.value.span,
                         fmt::format("{} is given a literal secret ({}) on the command line",
                                     assignment.name, redacted(value))};
      }
    }
    std::string_view program = command.command_name();
    bool mysql = program == "mysql" || program == "mysqldump" || program == "mariadb" ||
                 program == "mariadb-dump" || program == "mysqladmin";
    for (std::size_t i = command.command_index; i < command.words.size(); ++i) {
      const lint::Word& word = command.words[i];
      std::string_view text = word.text;
      if (word.has_expansion && text.find('$') == 0) continue;
      if (text.starts_with("--password=") && text.size() > 11 && text[11] != '$') {
        return std::pair{word.span, fmt::format("a password is given on the command line "
                                                "(`--password={}`), visible in `ps`",
                                                redacted(text.substr(11)))};
      }
      if (mysql && text.starts_with("-p") && text.size() > 2 && text[2] != '$') {
        return std::pair{word.span, fmt::format("{} gets its password on the command line "
                                                "(`-p{}`), visible in `ps`",
                                                program, redacted(text.substr(2)))};
      }
      std::string up = upper(text);
      std::size_t bearer = up.find("BEARER ");
      if (up.find("AUTHORIZATION") != std::string::npos && bearer != std::string::npos) {
        std::string_view token = text.substr(bearer + 7);
        if (token.size() >= 8 && token[0] != '$') {
          return std::pair{word.span, fmt::format("a literal bearer token ({}) is written into "
                                                  "the command",
                                                  redacted(token))};
        }
      }
    }
  }
  return std::nullopt;
}

// A credential written anywhere in the line's text (`text` is the line `line` as a whole).
bool report_credential(lint::RuleContext& ctx, const Line& line, std::string_view text) {
  std::optional<secret::Credential> found = secret::find_credential(text);
  if (!found) return false;
  std::string_view shown = text.substr(found->begin, found->end - found->begin);
  ctx.report(ctx.span_at(line, line.span.begin + found->begin, line.span.begin + found->end),
             fmt::format("this looks like {} ({}): crontabs end up in backups, git and "
                         "`crontab -l`; keep it in a file only the job's user can read",
                         found->kind, redacted(shown)));
  return true;
}

// A credential in the line of an entry, or a password on its command line.
void check_entry_line(lint::RuleContext& ctx, const Line& line, const Entry& entry) {
  if (report_credential(ctx, line, ctx.text(entry.span))) return;
  // Most commands hold no password option: no shell reading for them.
  if (!lint::command_contains(ctx, entry, "-p") && !lint::command_contains(ctx, entry, "=") &&
      !lint::command_contains(ctx, entry, "earer")) {
    return;
  }
  lint::CommandAnalysis analysis = lint::analyze_entry(ctx.crontab, entry, ctx.dialect);
  if (auto found = command_line_secret(analysis)) {
    ctx.report(found->first, found->second);
  }
}

// Entries are checked one by one while they are in the cache (check_entry), except those on
// lines whose structure is broken, which per-entry checks of this category skip.
void check(lint::RuleContext& ctx) {
  for (const Line& line : ctx.crontab.lines) {
    if (line.kind == Line::Kind::blank) continue;
    if (line.kind == Line::Kind::entry) {
      if (ctx.line_is_broken(line.number)) {
        check_entry_line(ctx, line, ctx.crontab.entries[line.index]);
      }
      continue;
    }
    if (line.kind == Line::Kind::environment) {
      const EnvAssignment& assignment = ctx.crontab.environment[line.index];
      if (is_secret_name(assignment.name) && literal_secret_value(assignment.value)) {
        ctx.report(assignment.value_span,
                   fmt::format("{} holds a literal secret ({}): crontabs end up in backups, "
                               "git and `crontab -l`; load it from a file only the job's user "
                               "can read",
                               assignment.name, redacted(assignment.value)));
        continue;
      }
    }
    report_credential(ctx, line, ctx.crontab.line_text(line));
  }
}

void check_entry(lint::RuleContext& ctx, const Entry& entry) {
  if (const Line* line = ctx.crontab.line_at(entry.span.line)) check_entry_line(ctx, *line, entry);
}

}  // namespace

extern const lint::Rule secret_in_crontab{
    {.id = "secret-in-crontab",
     .severity = Severity::error,
     .category = lint::Category::hardening,
     .summary = "an API key, token or password is written into the crontab",
     .doc = doc},
    check,
    check_entry};

}  // namespace cronkit::rules
