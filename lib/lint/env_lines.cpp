// The environment-line candidates of a crontab (env_lines.hpp).

#include "lint/env_lines.hpp"

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

}  // namespace cronkit::lint
