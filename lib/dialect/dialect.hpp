#pragma once
// The one table of what differs between the crons cronkit models. The grammar, the schedule
// model, the simulator, the environment builder and the lint rules ask a Dialect instead of
// hard-coding one cron. Facts and their sources: docs/semantics.md (section 14: every member).

#include <cstddef>
#include <optional>
#include <string_view>

namespace cronkit {

enum class DialectId { debian, cronie };

struct Dialect {
  DialectId id;
  std::string_view name;         // "debian", "cronie"
  std::string_view description;  // "Debian's cron (Vixie 3.0pl1 with Debian's patches)"

  // --- what happens to a file with a bad line ---------------------------------------------
  bool rejects_whole_file_on_error;               // Debian: any rejected line => whole file ignored
  bool rejects_whole_file_without_final_newline;  // Debian: whole file; cronie: the last line

  // --- time fields --------------------------------------------------------------------------
  // Debian stops reading a field at an unexpected character and skips the rest of the token:
  // `*5` is `*`, `5#3` is `5`. cronie rejects the line.
  bool skips_junk_after_field_items;
  // cronie: in a reversed range whose end is 0 (`sat-sun`, `5-0`), the end is read as 7.
  bool reversed_range_ending_in_zero_means_seven;
  // cronie checks only the values a stepped range generates (`5-64/30` = {5,35}); Debian checks
  // both ends of the range.
  bool checks_only_generated_values;
  // cronie's `~` random operator (`1~5`, `~`).
  bool random_operator;
  // cronie (root and system crontabs): a leading `-` means "do not syslog this job".
  bool dash_prefix_disables_logging;

  // --- command --------------------------------------------------------------------------------
  bool accepts_empty_command;         // Debian: `7 7 7 7 7` is an entry that runs nothing
  std::size_t max_command_length;     // longest accepted command, in bytes
  bool command_too_long_is_rejected;  // Debian rejects; cronie silently truncates
  bool unescapes_double_backslash;    // Debian: `\\` in the command part becomes `\`
  // System format: Debian consumes exactly one blank after the user name (the rest stays at the
  // start of the command); cronie skips all blanks.
  bool skips_all_blanks_after_user;
  bool unknown_user_rejected_at_parse;  // Debian: "bad username" => line (and file) rejected

  // --- environment lines ----------------------------------------------------------------------
  bool accepts_empty_unquoted_value;        // cronie: `MAILTO=` is an assignment; Debian: error
  bool trims_quoted_value_trailing_blanks;  // Debian: `A="  x  "` is `  x`
  bool strips_second_quote_pair;            // Debian: `A="'b'"` is `b`
  std::size_t max_env_line_length;          // bytes of a line read as an assignment candidate

  // --- the job's environment ----------------------------------------------------------------
  std::string_view default_path;   // PATH when the crontab does not set one
  bool sets_user_variable;         // cronie sets USER; Debian (on Linux) does not
  bool merges_pam_environment;     // Debian: pam_env's /etc/environment under the crontab's
  bool passes_locale_from_daemon;  // cronie: LANG, LC_*, LANGUAGE from crond's environment

  // --- mail -----------------------------------------------------------------------------------
  // The punctuation do_command.c `safe_p` allows in MAILTO and MAILFROM after the first
  // character (Debian adds `=/` to cronie's set).
  std::string_view mail_address_punctuation;
  // cronie expands `$NAME` and `${NAME}` in MAILTO and MAILFROM, from crond's own environment.
  bool expands_mail_variables;
  // The sender when MAILFROM is unset, empty or unsafe: Debian's fixed "root (Cron Daemon)";
  // empty when it is the crontab owner's name (cronie).
  std::string_view fixed_mail_sender;

  // --- scheduling -----------------------------------------------------------------------------
  bool honours_cron_tz;             // cronie: CRON_TZ sets the zone of the entry's fields
  bool honours_random_delay;        // cronie: RANDOM_DELAY
  int backward_jump_limit_minutes;  // Debian 179, cronie 180 (docs/semantics.md §12)

  // --- files ----------------------------------------------------------------------------------
  std::size_t max_lines;  // Debian: 10000 lines; 0 = no limit
  // Where `crontab` installs users' crontabs, one file per user named after them.
  std::string_view spool_directory;
  // Whether cron reads a file of this name in /etc/cron.d (Debian: ^[A-Za-z0-9_-]+$; cronie:
  // anything but dotfiles, `#...`, `...~` and rpm leftovers).
  bool reads_cron_d_file(std::string_view basename) const;
};

const Dialect& dialect(DialectId id);
// "debian" or "cronie" (case-sensitive); nothing for anything else.
std::optional<DialectId> dialect_from_name(std::string_view name);

}  // namespace cronkit
