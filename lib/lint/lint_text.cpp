#include <utility>

#include "lint/lint.hpp"
#include "parse/parse.hpp"

namespace cronkit::lint {

LintedFile lint_text(LintInput input) {
  Directives directives = scan_directives(input.text);
  LintOptions options = std::move(input.options);
  options.assumed_path = directives.path ? *directives.path : input.path_for_defaults;
  // --system/--user win over the file's own directive, which wins over the path.
  if (input.format) {
    options.format = *input.format;
  } else if (directives.format) {
    options.format = *directives.format;
  } else {
    options.format = default_format_for_path(options.assumed_path);
  }
  ParseOptions parse_options{options.format, options.dialect, input.display_path};
  Crontab crontab = parse_crontab(std::move(input.text), parse_options);
  LintResult result = lint_crontab(crontab, options, input.selection, directives);
  return LintedFile{std::move(crontab), std::move(options), std::move(result)};
}

}  // namespace cronkit::lint
