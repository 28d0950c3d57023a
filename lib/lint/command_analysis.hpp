#pragma once
// cronlint's reading of a job's command: the shell model of lib/shell applied to the command as
// cron hands it to the shell, with every span mapped back to the crontab so that findings point
// at the exact bytes. The command rules read this instead of tokenising on their own.
//
// The text analysed is the command as written, with cron's own escapes undone (`\%` is `%`, and
// Debian's `\\` is `\`) but without cron's cut at the first unescaped `%`: what that cut does is
// percent-unescaped's business.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.hpp"
#include "ast/span.hpp"
#include "dialect/dialect.hpp"
#include "environment/passwd.hpp"
#include "lint/env_lines.hpp"
#include "lint/jobs.hpp"
#include "lint/prefilters.hpp"
#include "lint/programs.hpp"
#include "lint/rule.hpp"
#include "shell/queries.hpp"
#include "shell/syntax.hpp"

namespace cronkit::lint {

using shell::Assignment;
using shell::Connector;
using shell::Redirection;
using shell::SimpleCommand;
using shell::VariableReference;
using shell::Word;
using shell::Wrapper;
using ShellConstruct = shell::Construct;
using CommandAnalysis = shell::Script;

// Analyses an entry's command as `dialect`'s cron hands it to the shell.
CommandAnalysis analyze_command(const Command& command, const Dialect& dialect);
// The command of an entry as the rules read it: the entry's command, except in a system crontab
// whose user field holds the start of the command (user-field-missing), where it starts there.
CommandAnalysis analyze_entry(const Crontab& crontab, const Entry& entry, const Dialect& dialect);
// The span of an entry's command without the blanks Debian's cron keeps in front of it.
Span trimmed_command_span(const Entry& entry);
// Same for any text of a single line starting at `span` (used by tests and for rejected lines).
CommandAnalysis analyze_command_text(std::string_view raw, const Span& span,
                                     const Dialect& dialect);
// analyze_entry() of a job, computed once per job for all the rules that check it; the lint
// run's cache owns it (see RunCache for how long the reference lives).
const CommandAnalysis& job_analysis(RuleContext& ctx, const Entry& job);

// ---------------------------------------------------------------------------------------------
// Filesystem look-ups for the --check-paths rules: every path is taken under `root` (--root), and
// nothing outside it is read.

// `root` + `path` (an absolute path inside the checked system).
std::string under_root(std::string_view root, std::string_view path);
using cronkit::PasswdEntry;
// The user's line in ROOT/etc/passwd (ROOT is ctx.options.root; the run reads the file once).
std::optional<PasswdEntry> find_user(RuleContext& ctx, std::string_view name);
// The groups the user is in (primary group included), from ROOT/etc/group.
std::vector<gid_t> groups_of(RuleContext& ctx, const PasswdEntry& user);
// Whether `user` may read (4), write (2) or execute/search (1) the file at `host_path` (a path
// already under the root), judged from its mode and owner. Without a user, any matching bit.
bool may_access(const std::string& host_path, const std::optional<PasswdEntry>& user,
                const std::vector<gid_t>& groups, unsigned what);

}  // namespace cronkit::lint
