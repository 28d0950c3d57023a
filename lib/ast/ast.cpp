#include "ast/ast.hpp"

#include <algorithm>

namespace cronkit {

std::string_view special_name(Special special) {
  switch (special) {
    case Special::reboot:
      return "reboot";
    case Special::yearly:
      return "yearly";
    case Special::annually:
      return "annually";
    case Special::monthly:
      return "monthly";
    case Special::weekly:
      return "weekly";
    case Special::daily:
      return "daily";
    case Special::midnight:
      return "midnight";
    case Special::hourly:
      return "hourly";
  }
  return "";
}

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "info";
  }
  return "";
}

bool Crontab::has_errors() const {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace cronkit
