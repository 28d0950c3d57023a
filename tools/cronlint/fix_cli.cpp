#include "fix_cli.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>

#include "fs/diff.hpp"
#include "fs/file.hpp"
#include "lint/fix.hpp"

namespace cronkit::cronlint {
namespace {

// "percent-unescaped (2), dow-sunday-7": the rules in the order their fixes were applied.
std::string rules_fixed(const std::vector<lint::AppliedFix>& applied) {
  std::vector<std::pair<std::string, std::size_t>> counts;
  for (const lint::AppliedFix& fix : applied) {
    auto same = std::find_if(counts.begin(), counts.end(),
                             [&](const auto& count) { return count.first == fix.rule; });
    if (same == counts.end()) {
      counts.emplace_back(fix.rule, 1);
    } else {
      ++same->second;
    }
  }
  std::string text;
  for (const auto& [rule, count] : counts) {
    if (!text.empty()) text += ", ";
    text += count == 1 ? rule : fmt::format("{} ({})", rule, count);
  }
  return text;
}

}  // namespace

void add_fix_options(CLI::App& app, FixRequest& request) {
  CLI::Option* fix =
      app.add_flag("--fix", request.fix,
                   "apply the safe fixes (final newline, \\r, `%` -> `\\%`, quoting, ...) to the "
                   "files, then report what is left; not for standard input");
  app.add_flag("--diff", request.diff,
               "print the safe fixes as a unified diff and write nothing; exit 1 if there is one")
      ->excludes(fix);
}

std::optional<int> run_fix_request(const tool::Tool& cli, const FixRequest& request,
                                   std::vector<lint::LintInput>& inputs, bool io_error) {
  if (!request.fix && !request.diff) return std::nullopt;
  if (request.fix) {
    for (const lint::LintInput& input : inputs) {
      if (input.options.file_on_disk.empty())
        return cli.usage_error("--fix cannot rewrite standard input; --diff shows the fixes");
    }
  }
  bool changes = false;
  for (lint::LintInput& input : inputs) {
    lint::FixedFile fixed = lint::fix_file(input);
    if (!fixed.changed()) continue;
    changes = true;
    if (request.diff) {
      tool::write(fs::unified_diff(input.display_path, fixed.original, fixed.text));
      continue;
    }
    if (std::optional<std::string> error =
            fs::write_file_atomically(input.options.file_on_disk, fixed.text)) {
      return cli.fail(*error);
    }
    tool::write(
        fmt::format("{}: fixed {} finding{}: {}\n", input.display_path, fixed.applied.size(),
                    fixed.applied.size() == 1 ? "" : "s", rules_fixed(fixed.applied)),
        stderr);
    input.text = std::move(fixed.text);
  }
  if (request.fix) return std::nullopt;
  std::fflush(stdout);
  if (io_error) return tool::exit_usage;
  return changes ? tool::exit_findings : tool::exit_success;
}

}  // namespace cronkit::cronlint
