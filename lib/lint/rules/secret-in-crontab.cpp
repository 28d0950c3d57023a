// secret-in-crontab: API keys, tokens and passwords written into the crontab itself.

#include <fmt/format.h>

#include <cctype>
#include <optional>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds secrets in the crontab: environment lines (or `NAME=value` command prefixes) whose name
contains `API_KEY`, `APIKEY`, `TOKEN`, `SECRET`, `PASSWORD`, `PASSWD` or `PRIVATE_KEY` with a
literal value of 8 characters or more; anywhere, text shaped like a known credential (`sk-...`,
`sk-ant-...`, `AKIA...`, `ghp_...`, `github_pat_...`, `glpat-...`, `xoxb-...`, `AIza...`,
`hf_...`); and passwords on command lines (`--password=...`, `mysql -p...`, `PGPASSWORD=...`,
`MYSQL_PWD=...`, `Authorization: Bearer ...`).

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

bool is_token_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
}

std::string upper(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return result;
}

bool secret_name(std::string_view name) {
  std::string n = upper(name);
  if (n.ends_with("_FILE") || n.ends_with("_PATH") || n.ends_with("_DIR") || n.ends_with("_URL") ||
      n.ends_with("_ENDPOINT")) {
    return false;
  }
  for (std::string_view part :
       {"API_KEY", "APIKEY", "TOKEN", "SECRET", "PASSWORD", "PASSWD", "PRIVATE_KEY"}) {
    if (n.find(part) != std::string::npos) return true;
  }
  return false;
}

bool literal_secret_value(std::string_view value) {
  return value.size() >= 8 && value[0] != '$' && value[0] != '/' && value[0] != '~' &&
         value.find("$(") == std::string_view::npos && value.find('`') == std::string_view::npos;
}

struct Found {
  std::size_t begin, end;  // within the searched text
  std::string_view kind;
};

// The first credential-shaped token in `text`.
std::optional<Found> find_credential(std::string_view text) {
  struct Shape {
    std::string_view prefix;
    std::size_t min_rest;
    std::string_view kind;
    bool upper_alnum_only;
  };
  static constexpr Shape shapes[] = {
      {"sk-ant-", 20, "an Anthropic API key", false}, {"sk-", 20, "an OpenAI-style API key", false},
      {"AKIA", 16, "an AWS access key id", true},     {"ghp_", 20, "a GitHub token", false},
      {"gho_", 20, "a GitHub token", false},          {"github_pat_", 20, "a GitHub token", false},
      {"glpat-", 20, "a GitLab token", false},        {"xoxb-", 10, "a Slack token", false},
      {"xoxp-", 10, "a Slack token", false},          {"xoxa-", 10, "a Slack token", false},
      {"AIza", 30, "a Google API key", false},        {"hf_", 30, "a Hugging Face token", false},
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    // Every shape starts with one of these letters; most bytes are rejected here.
    if (c != 's' && c != 'A' && c != 'g' && c != 'x' && c != 'h') continue;
    if (i > 0 && is_token_char(text[i - 1])) continue;
    for (const Shape& shape : shapes) {
      if (text.substr(i).starts_with(shape.prefix)) {
        std::size_t end = i + shape.prefix.size();
        while (end < text.size() && is_token_char(text[end])) ++end;
        std::size_t rest = end - i - shape.prefix.size();
        if (rest < shape.min_rest) continue;
        if (shape.upper_alnum_only) {
          bool ok = rest == 16;
          for (std::size_t k = i + 4; k < end && ok; ++k) {
            ok = std::isupper(static_cast<unsigned char>(text[k])) ||
                 std::isdigit(static_cast<unsigned char>(text[k]));
          }
          if (!ok) continue;
        }
        return Found{i, end, shape.kind};
      }
    }
  }
  return std::nullopt;
}

std::string redacted(std::string_view secret) {
  return fmt::format("{}…", secret.substr(0, std::min<std::size_t>(4, secret.size())));
}

// A password on a command line: `--password=x`, `-pSECRET` after mysql, `Bearer x`, ...
std::optional<std::pair<Span, std::string>> command_line_secret(
    const lint::CommandAnalysis& analysis) {
  for (const lint::SimpleCommand& command : analysis.commands) {
    for (const lint::Assignment& assignment : command.assignments) {
      const std::string& value = assignment.value.text;
      if ((assignment.name == "PGPASSWORD" || assignment.name == "MYSQL_PWD" ||
           secret_name(assignment.name)) &&
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

void check(lint::RuleContext& ctx) {
  for (const Line& line : ctx.crontab.lines) {
    if (line.kind == Line::Kind::blank) continue;
    std::string_view text = ctx.crontab.line_text(line);
    if (line.kind == Line::Kind::environment) {
      const EnvAssignment& assignment = ctx.crontab.environment[line.index];
      if (secret_name(assignment.name) && literal_secret_value(assignment.value)) {
        ctx.report(assignment.value_span,
                   fmt::format("{} holds a literal secret ({}): crontabs end up in backups, "
                               "git and `crontab -l`; load it from a file only the job's user "
                               "can read",
                               assignment.name, redacted(assignment.value)));
        continue;
      }
    }
    if (std::optional<Found> found = find_credential(text)) {
      std::string_view secret = text.substr(found->begin, found->end - found->begin);
      ctx.report(ctx.span_at(line, line.span.begin + found->begin, line.span.begin + found->end),
                 fmt::format("this looks like {} ({}): crontabs end up in backups, git and "
                             "`crontab -l`; keep it in a file only the job's user can read",
                             found->kind, redacted(secret)));
      continue;
    }
    if (line.kind == Line::Kind::entry) {
      const Entry& entry = ctx.crontab.entries[line.index];
      std::string_view raw = entry.command.raw;
      if (raw.find("-p") == std::string_view::npos && raw.find('=') == std::string_view::npos &&
          raw.find("earer") == std::string_view::npos) {
        continue;
      }
      lint::CommandAnalysis analysis = lint::analyze_entry(ctx.crontab, entry, ctx.dialect);
      if (auto found = command_line_secret(analysis)) {
        ctx.report(found->first, found->second);
      }
    }
  }
}

}  // namespace

extern const lint::Rule secret_in_crontab{
    {.id = "secret-in-crontab",
     .severity = Severity::error,
     .category = lint::Category::hardening,
     .summary = "an API key, token or password is written into the crontab",
     .doc = doc},
    check};

}  // namespace cronkit::rules
