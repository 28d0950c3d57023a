#pragma once
// The lines of a crontab that are, or were meant to be, environment lines (`MAILTO=`,
// `export X=1`, `X="a" # c`), each read with the parser's read_env_line().

#include <cstddef>
#include <string_view>
#include <vector>

#include "ast/ast.hpp"
#include "lint/rule.hpp"
#include "parse/parse.hpp"

namespace cronkit::lint {

using cronkit::EnvLineCandidate;
using cronkit::read_env_line;

// The lines of a crontab that are, or were meant to be, environment lines: accepted assignments
// and the rejected lines that read_env_line recognises.
struct EnvLineView {
  const Line* line = nullptr;
  const EnvAssignment* assignment = nullptr;  // null for a rejected line
  EnvLineCandidate candidate;                 // offsets within the line
  std::size_t line_begin = 0;                 // the line's file offset
};
std::vector<EnvLineView> env_lines(const Crontab& crontab);
// The same for the crontab a rule checks, found once per run: nine rules walk them.
const std::vector<EnvLineView>& env_lines(RuleContext& ctx);

}  // namespace cronkit::lint
