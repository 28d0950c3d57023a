#pragma once
// Which format a crontab is in (system, with a user field, or user) when nothing declares it:
// what the path's convention suggests and what the entries themselves say.

#include <cstddef>
#include <string>
#include <string_view>

#include "ast/ast.hpp"
#include "dialect/dialect.hpp"
#include "lint/rule.hpp"

namespace cronkit::lint {

// What the entries say: an entry votes `system` when the word after its schedule is a user name
// (a well-known account, or a name no Debian package installs as a command) followed by a
// command, and `user` when that word is a command (a path, a program that Debian installs, an
// interpreter). Entries that say neither (`0 3 * * * nightlyjob`) do not vote. The first 1000 votes
// decide.
struct FormatVotes {
  std::size_t system = 0;
  std::size_t user = 0;
  std::size_t first_system_line = 0;  // 1-based; 0 when none
  std::size_t first_user_line = 0;
};
FormatVotes vote_format(std::string_view text);

// The format to lint in and how sure it is (LintOptions::format_basis, format_evidence), for a
// file whose format no option or directive declares. `path` is its path (may be empty).
struct InferredFormat {
  CrontabFormat format = CrontabFormat::user;
  FormatBasis basis = FormatBasis::guessed;
  std::string evidence;  // for the user rules' messages when basis is not declared
};
// Whether `path` is in busybox crond's layout (LintOptions::busybox_layout).
bool busybox_layout(std::string_view path, DialectId dialect);

InferredFormat infer_format(std::string_view path, std::string_view text, DialectId dialect);

}  // namespace cronkit::lint
