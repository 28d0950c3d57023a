// dangerous-command: `rm -rf $DIR/*` with an empty DIR, `rm -rf /`, `chmod -R 777`.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds destructive commands whose target can be the wrong tree: `rm -rf` of `/`, `/*`, `*`, `./*`,
`~` or of a path that starts with a variable without a `:?` guard (`$DIR/*`, `"$DIR"/`);
`find / ... -delete`; `chmod -R 777`. Off by default: enable it with
`--enable dangerous-command`.

## Why is this bad?
Cron jobs run unattended with a minimal environment: a variable you set in your shell is empty
under cron, and `rm -rf $CACHE_DIR/*` becomes `rm -rf /*`. Together with `cd DIR; rm -rf *`
(see cd-without-and) this wipes the wrong directory.

## Example
    0 4 * * * rm -rf $CACHE_DIR/*

## Use instead
    CACHE_DIR=/srv/cache
    0 4 * * * rm -rf "${CACHE_DIR:?}"/*)doc";

bool has_flags(const lint::SimpleCommand& command, bool& recursive, bool& force) {
  recursive = force = false;
  for (const lint::Word& a : command.arguments()) {
    std::string_view t = a.text;
    if (t == "--") break;
    if (t == "--recursive")
      recursive = true;
    else if (t == "--force")
      force = true;
    else if (t.size() > 1 && t[0] == '-' && t[1] != '-') {
      if (t.find_first_of("rR") != std::string_view::npos) recursive = true;
      if (t.find('f') != std::string_view::npos) force = true;
    }
  }
  return recursive;
}

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  std::string_view source = ctx.crontab.source();
  std::string_view raw = entry.command.raw;
  if (raw.find("rm") == std::string_view::npos && raw.find("find") == std::string_view::npos &&
      raw.find("chmod") == std::string_view::npos) {
    return;
  }
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  bool reported = false;
  for (const lint::SimpleCommand& command : analysis.commands) {
    if (reported) break;
    std::string_view name = command.command_name();
    bool recursive = false, force = false;
    if (name == "rm" && has_flags(command, recursive, force)) {
      for (const lint::Word& a : command.arguments()) {
        std::string_view t = a.text;
        if (t.starts_with("-")) continue;
        if (t == "/" || t == "/*" || t == "*" || t == "./*" || t == "~" || t == "~/" ||
            t == "~/*") {
          ctx.report(a.span, fmt::format("`rm -r{} {}` deletes far more than a cron job "
                                         "should",
                                         force ? "f" : "", t));
          reported = true;
          break;
        }
        // A path that starts with a variable: empty under cron, and the path becomes `/...`.
        std::size_t start = a.span.begin + (source[a.span.begin] == '"' ? 1 : 0);
        for (const lint::VariableReference& v : analysis.variables) {
          if (v.span.begin != start || v.guarded || v.has_default) continue;
          Span fix_span = v.span;
          ctx.report(
              v.span,
              fmt::format("`rm -r` on a path that starts with `${}`: if {} is empty "
                          "(unset under cron), this deletes from `/`; write "
                          "`${{{}:?}}` so the shell stops instead",
                          lint::excerpt(v.name), lint::excerpt(v.name), lint::excerpt(v.name)),
              lint::Fix{fix_span, fmt::format("${{{}:?}}", v.name)});
          reported = true;
          break;
        }
        if (reported) break;
      }
    } else if (name == "find") {
      auto args = command.arguments();
      bool root = !args.empty() && args[0].text == "/";
      bool deletes = false;
      for (const lint::Word& a : args) deletes = deletes || a.text == "-delete";
      if (root && deletes) {
        ctx.report(args[0].span,
                   "`find / ... -delete` walks the whole file system and deletes "
                   "whatever matches");
        reported = true;
      }
    } else if (name == "chmod" && has_flags(command, recursive, force)) {
      for (const lint::Word& a : command.arguments()) {
        if (a.text == "777" || a.text == "0777" || a.text == "a+rwx") {
          ctx.report(a.span, "`chmod -R 777` makes the whole tree writable by every user");
          reported = true;
          break;
        }
      }
    }
  }
}

}  // namespace

extern const lint::Rule dangerous_command{{.id = "dangerous-command",
                                           .severity = Severity::warning,
                                           .category = lint::Category::hardening,
                                           .summary = "rm -rf on a path that can be / or empty, "
                                                      "find / -delete, chmod -R 777",
                                           .doc = doc,
                                           .default_enabled = false},
                                          lint::check_rejected_jobs<check_job>,
                                          lint::check_job_of<check_job>};

}  // namespace cronkit::rules
