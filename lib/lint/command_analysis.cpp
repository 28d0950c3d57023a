// cronlint's reading of a job's command (command_analysis.hpp), and the passwd and group
// look-ups of the --check-paths rules.

#include "lint/command_analysis.hpp"

#include <algorithm>

#include "lint/run_cache.hpp"
#include "parse/command_text.hpp"
#include "shell/chars.hpp"

#include <sys/stat.h>

namespace cronkit::lint {

CommandAnalysis analyze_command_text(std::string_view raw, const Span& span,
                                     const Dialect& dialect) {
  shell::SourceMap source;
  source.base = span;
  source.base.end = span.begin + raw.size();
  std::string text = unescape_command(raw, dialect, &source.offsets);
  return shell::parse(std::move(text), std::move(source));
}

Span trimmed_command_span(const Entry& entry) {
  Span span = entry.command.span;
  std::string_view raw = entry.command.raw;
  std::size_t first = raw.find_first_not_of(" \t");
  if (first == std::string_view::npos || first == 0) return span;
  span.begin += first;
  span.column += static_cast<std::uint32_t>(first);
  return span;
}

CommandAnalysis analyze_command(const Command& command, const Dialect& dialect) {
  return analyze_command_text(command.raw, command.span, dialect);
}

CommandAnalysis analyze_entry(const Crontab& crontab, const Entry& entry, const Dialect& dialect) {
  if (crontab.format == CrontabFormat::system && entry.user &&
      looks_like_command_token(*entry.user)) {
    Span span = entry.user_span();
    span.end = entry.command.span.end;
    span.end_column = entry.command.span.end_column;
    return analyze_command_text(crontab.source().substr(span.begin, span.end - span.begin), span,
                                dialect);
  }
  return analyze_command(entry.command, dialect);
}

const CommandAnalysis& job_analysis(RuleContext& ctx, const Entry& job) {
  return ctx.run_cache().job_analysis(ctx.crontab, job, ctx.dialect);
}

std::string under_root(std::string_view root, std::string_view path) {
  std::string result(root);
  while (result.size() > 1 && result.back() == '/') result.pop_back();
  if (result == "/") result.clear();
  if (!path.starts_with("/")) result += '/';
  result += path;
  return result;
}

std::optional<PasswdEntry> find_user(RuleContext& ctx, std::string_view name) {
  for (const PasswdEntry& user :
       ctx.run_cache().passwd_entries(under_root(ctx.options.root, "/etc/passwd"))) {
    if (user.name == name) return user;
  }
  return std::nullopt;
}

std::vector<gid_t> groups_of(RuleContext& ctx, const PasswdEntry& user) {
  return parse_group_memberships(
      ctx.run_cache().file_text(under_root(ctx.options.root, "/etc/group")), user);
}

bool may_access(const std::string& host_path, const std::optional<PasswdEntry>& user,
                const std::vector<gid_t>& groups, unsigned what) {
  struct stat info {};
  if (::stat(host_path.c_str(), &info) != 0) return false;
  unsigned mode = info.st_mode & 0777;
  if (!user) return (mode & (what | what << 3 | what << 6)) != 0;
  if (user->uid == 0) {
    // root may read and write anything; it may execute only what has some execute bit.
    return what != 1 || (mode & 0111) != 0 || S_ISDIR(info.st_mode);
  }
  if (info.st_uid == user->uid) return (mode >> 6 & what) == what;
  if (std::find(groups.begin(), groups.end(), info.st_gid) != groups.end()) {
    return (mode >> 3 & what) == what;
  }
  return (mode & what) == what;
}

}  // namespace cronkit::lint
