#include <utility>

#include "dialect/dialect.hpp"
#include "lint/embedded_file.hpp"
#include "lint/format_inference.hpp"
#include "lint/lint.hpp"
#include "lint/shellcheck.hpp"
#include "parse/parse.hpp"

namespace cronkit::lint {

LintedFile lint_text(LintInput input) {
  Directives directives = scan_directives(input.text);
  LintOptions options = std::move(input.options);
  options.assumed_path = directives.path ? *directives.path : input.path_for_defaults;
  if (!input.crontab_kind) {
    std::optional<embedded::FileKind> kind =
        input.file_kind        ? input.file_kind
        : directives.file_kind ? directives.file_kind
        : input.configured_file_kind
            ? input.configured_file_kind
            : embedded::recognise_file_kind(options.assumed_path, input.text);
    if (kind) {
      // The schedules of a workflow or a manifest, each in its system's dialect.
      LintResult result =
          lint_embedded_file(input.text, *kind, options, input.selection, directives);
      Crontab file;
      file.path = input.display_path;
      file.buffer = std::make_unique<const std::string>(std::move(input.text));
      return LintedFile{std::move(file), kind, std::move(options), std::move(result)};
    }
  }
  // --dialect wins over the file's own directive, which wins over cronkit.toml; the dialect
  // decides how the file is parsed, so it is settled before the format.
  if (std::optional<DialectId> declared = input.dialect        ? input.dialect
                                          : directives.dialect ? directives.dialect
                                                               : input.configured_dialect) {
    options.dialect = *declared;
    options.dialect_declared = true;
  }
  // --system/--user win over the file's own directive, which wins over cronkit.toml, which wins
  // over the path.
  if (input.format) {
    options.format = *input.format;
  } else if (directives.format) {
    options.format = *directives.format;
  } else if (input.configured_format) {
    options.format = *input.configured_format;
  } else if (!dialect(options.dialect).reads_system_crontabs) {
    // busybox crond and supercronic read only crontabs without a user field, wherever they are.
    options.format = CrontabFormat::user;
  } else {
    InferredFormat inferred = infer_format(options.assumed_path, input.text, options.dialect);
    options.format = inferred.format;
    options.format_basis = inferred.basis;
    options.format_evidence = std::move(inferred.evidence);
  }
  options.template_file = names_template(options.assumed_path);
  options.busybox_layout = busybox_layout(options.assumed_path, options.dialect);
  ParseOptions parse_options{options.format, options.dialect, input.display_path};
  Crontab crontab = parse_crontab(std::move(input.text), parse_options);
  std::vector<Finding> extra;
  std::string shellcheck_error;
  if (options.shellcheck) {
    ShellCheckResult shellcheck = run_shellcheck(crontab, options.shellcheck_program);
    extra = std::move(shellcheck.findings);
    shellcheck_error = std::move(shellcheck.error);
  }
  LintResult result = lint_crontab(crontab, options, input.selection, directives, std::move(extra));
  result.shellcheck_error = std::move(shellcheck_error);
  return LintedFile{std::move(crontab), std::nullopt, std::move(options), std::move(result)};
}

}  // namespace cronkit::lint
