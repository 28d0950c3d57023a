#pragma once

#include <string>
#include <string_view>

#include "ast/span.hpp"

namespace cronkit {

enum class Severity { error, warning, info };
std::string_view severity_name(Severity severity);  // "error", "warning", "info"

// A problem found in a crontab. `code` is a stable id that doubles as the lint rule id
// (`hour-out-of-range`, `field-syntax`, ...), so parse errors can be filtered like any finding.
struct Diagnostic {
  std::string code;
  Severity severity = Severity::error;
  Span span;
  std::string message;  // lower-case, no final period: "hour 24 is out of range 0-23"
  // True when the chosen cron rejects the line (Debian then ignores the whole file); false for
  // things cron accepts but reads oddly (`5#3`, `5-1`) and for warnings.
  bool rejected_by_cron = false;
};

}  // namespace cronkit
