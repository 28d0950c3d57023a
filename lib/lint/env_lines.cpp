// The environment-line candidates of a crontab (env_lines.hpp).

#include "lint/env_lines.hpp"

#include "lint/run_cache.hpp"

namespace cronkit::lint {
std::vector<EnvLineView> env_lines(const Crontab& crontab) {
  std::vector<EnvLineView> result;
  for (const Line& line : crontab.lines) {
    if (line.kind != Line::Kind::environment && line.kind != Line::Kind::rejected) continue;
    EnvLineView view;
    view.line = &line;
    view.line_begin = line.span.begin;
    view.candidate = read_env_line(crontab.line_text(line));
    if (line.kind == Line::Kind::environment) {
      view.assignment = &crontab.environment[line.index];
    } else if (view.candidate.outcome == EnvLineCandidate::Outcome::not_an_assignment ||
               view.candidate.outcome == EnvLineCandidate::Outcome::assignment) {
      continue;  // a rejected job line, not an environment line
    }
    result.push_back(view);
  }
  return result;
}

const std::vector<EnvLineView>& env_lines(RuleContext& ctx) {
  // One run lints one crontab: the key only tells this list from other derived values.
  return ctx.run_cache().derived<std::vector<EnvLineView>>(
      "environment lines", [&](std::string_view) { return env_lines(ctx.crontab); });
}

}  // namespace cronkit::lint
