// path-not-set: a program the tables place outside cron's PATH, called by its bare name.

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "lint/command_analysis.hpp"
#include "lint/data/command_locations.hpp"
#include "lint/prefilters.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds jobs that call a program by its bare name where cron's PATH cannot find it, and says how it
knows: the program is installed by Debian only in `/usr/sbin` or `/sbin` (`logrotate`,
`iptables`, `ntpdate`, `service`, `nginx`, `zpool`, ...) or only in `/usr/games`, while the job's
PATH lacks that directory; or the program is not packaged by Debian and its usual installer
(nvm, pyenv, uv, rustup, Homebrew, Deno, Bun) puts it in a directory of the user's home, which
the job's PATH lacks. The first is a warning: the package puts the program there. The second is
info: that directory is only the installer's default, and an image or an admin may have put the
program on PATH (uv's container instructions copy it to `/bin`). Where a program is comes from a table built from Debian 12's package
contents, compiled into cronlint; a name that the table places in `/usr/bin` or `/bin`, or does
not know, is never reported. A `PATH=` line above the job that includes the directory silences
the rule. With `--check-paths` the program is looked up in the job's real PATH under `--root`
instead.

## Why is this bad?
cron runs jobs with `PATH=/usr/bin:/bin` on Debian (`/usr/bin:/bin:/usr/sbin:/sbin` on cronie),
not with your login shell's PATH: nothing from `~/.profile`, nvm, pyenv or Homebrew, and no
`/usr/sbin` on Debian. The command works in your root shell and is "not found" under cron.

## Example
    0 7 * * * logrotate /etc/logrotate.d/app

## Use instead
    0 7 * * * /usr/sbin/logrotate /etc/logrotate.d/app

or a `PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin` line at the top of the
crontab.

## Notes
The PATH without a `PATH=` line is the dialect's (systemd-cron: systemd's service PATH). busybox
crond and supercronic start jobs with the daemon's own environment, so the crontab does not tell
the PATH: the rule is silent there, except under supercronic below a `PATH=` line (busybox crond
drops every assignment but `MAILTO` and `SHELL`).)doc";

// The directories of a PATH value.
std::vector<std::string_view> path_directories(std::string_view path) {
  std::vector<std::string_view> directories;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t colon = path.find(':', start);
    directories.push_back(
        path.substr(start, colon == std::string_view::npos ? colon : colon - start));
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  return directories;
}

bool path_has(std::string_view path, std::initializer_list<std::string_view> wanted) {
  for (std::string_view directory : path_directories(path)) {
    while (directory.size() > 1 && directory.back() == '/') directory.remove_suffix(1);
    for (std::string_view w : wanted)
      if (directory == w) return true;
  }
  return false;
}

// "logrotate" or "iptables, arptables" (at most three: some names come from many packages).
std::string package_list(const lint::data::CommandLocation& location) {
  std::string packages;
  std::size_t shown = 0;
  for (const std::string& package : location.packages) {
    if (shown == 3) {
      packages += ", ...";
      break;
    }
    if (shown++ > 0) packages += ", ";
    packages += package;
  }
  return packages;
}

struct TableFinding {
  Severity severity;
  std::string message;
};

// The finding for a bare program name from the tables, or nothing when the job's PATH finds it
// or nothing is known about it (an unknown name is no evidence that the program is missing).
// Where Debian installs a program is a fact of its package: a warning. Where a user's installer
// put a program Debian does not package is only that installer's default (a container image
// copies `uv` to /bin, a root `pip install` puts it in /usr/local/bin): advice, at info.
// `path_text` names the PATH for the message: "the PATH Debian's cron gives jobs (/usr/bin:/bin)"
// or "the crontab's PATH=...".
std::optional<TableFinding> table_finding(std::string_view name, std::string_view path,
                                          std::string_view path_text) {
  if (const lint::data::CommandLocation* location =
          lint::data::debian_command_locations().find(name)) {
    // Debian 12 merged /bin into /usr/bin and /sbin into /usr/sbin: /usr/sbin/NAME exists.
    std::string_view directory;
    if (location->dir == lint::data::CommandDir::sbin) {
      if (path_has(path, {"/usr/sbin", "/sbin"})) return std::nullopt;
      directory = "/usr/sbin";
    } else if (location->dir == lint::data::CommandDir::games) {
      if (path_has(path, {"/usr/games"})) return std::nullopt;
      directory = "/usr/games";
    } else {
      // Where Debian ships the name in /usr/bin, a copy installed elsewhere is a guess.
      return std::nullopt;
    }
    return TableFinding{
        Severity::warning,
        fmt::format("`{}` is installed in {} on Debian (package{} {}), which is not on {}; "
                    "use {}/{} or set PATH at the top of the crontab",
                    lint::excerpt(name), directory, location->packages.size() > 1 ? "s" : "",
                    package_list(*location), path_text, directory, lint::excerpt(name))};
  }
  if (const lint::data::UserInstalledCommand* command = lint::data::find_user_installed(name)) {
    for (std::string_view directory : path_directories(path)) {
      for (const std::string& location : command->locations) {
        if (lint::data::path_directory_matches(directory, location)) return std::nullopt;
      }
    }
    std::string locations;
    for (const std::string& location : command->locations) {
      if (!locations.empty()) locations += " or ";
      locations += location;
    }
    return TableFinding{
        Severity::info,
        fmt::format("`{}` is not packaged by Debian; {} installs it in {} by default, which is not "
                    "on {}; if it is there, use its full path or add that directory "
                    "to PATH at the top of the crontab",
                    lint::excerpt(name), command->installer, locations, path_text)};
  }
  return std::nullopt;
}

bool found_on_path(std::string_view root, std::string_view path, std::string_view name) {
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t colon = path.find(':', start);
    std::string_view directory =
        path.substr(start, colon == std::string_view::npos ? colon : colon - start);
    if (directory.starts_with("/")) {
      std::string candidate = lint::under_root(root, fmt::format("{}/{}", directory, name));
      std::error_code error;
      if (std::filesystem::is_regular_file(candidate, error)) return true;
    }
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  return false;
}

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  // A program the rule reports is a word the tables place off /usr/bin and /bin: a job without
  // one (most call their programs by path) needs no shell reading.
  if (!ctx.options.check_paths &&
      !lint::may_have_bare_word(entry.command.raw, lint::data::placed_off_usr_bin)) {
    return;
  }
  const EnvAssignment* path_line = lint::assignment_in_force(ctx.crontab, entry, "PATH");
  // busybox crond and supercronic give the job their own environment: its PATH is whatever the
  // daemon was started with, which the crontab does not tell. busybox crond also drops a PATH=
  // line (Dialect::exports_crontab_variables), so even that tells nothing.
  if (ctx.dialect.inherits_daemon_environment &&
      (!path_line || !ctx.dialect.exports_crontab_variables)) {
    return;
  }
  if (!ctx.dialect.exports_crontab_variables) path_line = nullptr;
  std::string path = path_line ? path_line->value : std::string(ctx.dialect.default_path);
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  for (const lint::SimpleCommand& command : analysis.commands) {
    // A job that changes PATH or loads a file may find the program: stop there.
    bool sets_path = std::any_of(command.assignments.begin(), command.assignments.end(),
                                 [](const lint::Assignment& a) { return a.name == "PATH"; });
    if (command.command_name() == "export") {
      for (const lint::Word& w : command.arguments()) {
        if (w.text.starts_with("PATH=")) sets_path = true;
      }
    }
    if (sets_path || lint::sourced_file(command)) break;
    const lint::Word* word = command.command_word();
    if (!word || word->has_expansion || word->text.empty() || word->text[0] == '-' ||
        word->text.find('/') != std::string::npos) {
      continue;
    }
    const std::string& name = word->text;
    std::string message;
    Severity severity = Severity::warning;
    if (ctx.options.check_paths) {
      if (found_on_path(ctx.options.root, path, name)) continue;
      message = fmt::format("`{}` is not found in the job's PATH ({}) under {}",
                            lint::excerpt(name), lint::excerpt(path), ctx.options.root);
    } else {
      std::optional<TableFinding> finding =
          table_finding(name, path,
                        path_line ? fmt::format("the crontab's PATH={}", lint::excerpt(path))
                                  : fmt::format("the PATH {} gives jobs ({})", ctx.dialect.daemon,
                                                lint::excerpt(path)));
      if (!finding) continue;
      severity = finding->severity;
      message = std::move(finding->message);
    }
    ctx.report(severity, word->span, std::move(message));
    break;
  }
}

}  // namespace

extern const lint::Rule path_not_set{
    {.id = "path-not-set",
     .severity = Severity::warning,
     .category = lint::Category::environment,
     .summary = "a program outside cron's PATH (/usr/bin:/bin) is called by its bare name",
     .doc = doc},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
