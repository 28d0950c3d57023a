#pragma once
// What the renderers show of a crontab's secrets: every message, excerpt and fix goes through
// here, so that no format prints an API key in full unless the file report asks for it
// (--show-secrets).

#include <string>
#include <string_view>

#include "ast/finding.hpp"
#include "report/report.hpp"
#include "secret/secret.hpp"

namespace cronkit::report {

// A message or a piece of a command as the report may show it.
inline std::string shown_text(const FileReport& file, std::string_view text) {
  return file.show_secrets ? std::string(text) : secret::mask_credentials(text);
}

// Whether a fix goes into a machine-readable report: a masked replacement would write the mask
// into the file when applied, so a fix that would reveal a secret is left out instead.
inline bool fix_shown(const FileReport& file, const Fix& fix) {
  return file.show_secrets || secret::find_secrets(fix.replacement).empty();
}

}  // namespace cronkit::report
