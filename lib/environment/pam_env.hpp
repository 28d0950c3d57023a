#pragma once
// pam_env's "envfile" format (/etc/environment, /etc/default/locale), read the way Linux-PAM
// 1.5.2's pam_env.c (`_assemble_line`, `_parse_env_file`) reads it, and PAM's environment list
// (`pam_putenv`: replace in place, append new names, delete with a bare NAME). Debian's cron
// opens a PAM session for every job and puts this list under the crontab's environment
// (do_command.c `build_env`), so a job sees /etc/environment unless cron sets the same name.

#include <string>
#include <string_view>
#include <vector>

namespace cronkit {

struct EnvVar {
  std::string name;
  std::string value;
  bool operator==(const EnvVar&) const = default;
};

// PAM's environment list for one session, in pam_putenv's order.
class PamEnvironment {
 public:
  // `NAME=value` replaces NAME where it is (or appends it); a bare `NAME` deletes it.
  void put(std::string_view name_value);
  const std::vector<EnvVar>& variables() const { return variables_; }
  const EnvVar* find(std::string_view name) const;

 private:
  std::vector<EnvVar> variables_;
};

// Applies one envfile, line by line, as pam_env does:
// - a line is cut at the first `#` (anywhere, even inside quotes); a `\` at the end of a line
//   (before trailing blanks) joins it with the next non-blank, non-comment line;
// - leading blanks and an `export ` prefix are skipped;
// - the name must be letters, digits and `_` (otherwise the line is ignored); `=value` sets,
//   a bare name deletes;
// - a value starting with `"` or `'` loses that quote and a quote that is its last character
//   (other quotes stay); trailing blanks are kept; there are no escapes and no expansion;
// - a line of 8192 bytes or more ends the file (pam_env stops reading there).
void apply_pam_env_file(PamEnvironment& environment, std::string_view text);

}  // namespace cronkit
