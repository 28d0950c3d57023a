#include "dialect/dialect.hpp"

#include <algorithm>

namespace cronkit {
namespace {

bool has_suffix(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// docs/semantics.md §9: Debian's database.c valid_name(), "classic" mode (cron without -l).
bool debian_reads_cron_d_file(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
  });
}

// docs/semantics.md §9: cronie's not_a_crontab().
bool cronie_reads_cron_d_file(std::string_view name) {
  if (name.empty() || name.front() == '.' || name.front() == '#') return false;
  if (has_suffix(name, "~")) return false;
  for (std::string_view rpm : {".rpmsave", ".rpmorig", ".rpmnew"}) {
    if (has_suffix(name, rpm)) return false;
  }
  return true;
}

constexpr Dialect debian_dialect{
    .id = DialectId::debian,
    .name = "debian",
    .description = "Debian's cron (Vixie cron 3.0pl1 with Debian's patches)",
    .rejects_whole_file_on_error = true,
    .rejects_whole_file_without_final_newline = true,
    .skips_junk_after_field_items = true,
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .accepts_empty_command = true,
    .max_command_length = 998,
    .command_too_long_is_rejected = true,
    .unescapes_double_backslash = true,
    .skips_all_blanks_after_user = false,
    .unknown_user_rejected_at_parse = true,
    .accepts_empty_unquoted_value = false,
    .trims_quoted_value_trailing_blanks = true,
    .strips_second_quote_pair = true,
    .max_env_line_length = 998,
    .default_path = "/usr/bin:/bin",
    .sets_user_variable = false,
    .merges_pam_environment = true,
    .passes_locale_from_daemon = false,
    .mail_address_punctuation = "@!:%-.,_+=/",
    .expands_mail_variables = false,
    .fixed_mail_sender = "root (Cron Daemon)",
    .honours_cron_tz = false,
    .honours_random_delay = false,
    .backward_jump_limit_minutes = 179,
    .max_lines = 10000,
    .spool_directory = "/var/spool/cron/crontabs",
};

constexpr Dialect cronie_dialect{
    .id = DialectId::cronie,
    .name = "cronie",
    .description = "cronie (RHEL, Fedora, Arch)",
    .rejects_whole_file_on_error = false,
    .rejects_whole_file_without_final_newline = false,
    .skips_junk_after_field_items = false,
    .reversed_range_ending_in_zero_means_seven = true,
    .checks_only_generated_values = true,
    .random_operator = true,
    .dash_prefix_disables_logging = true,
    .accepts_empty_command = false,
    .max_command_length = 131071,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    .accepts_empty_unquoted_value = true,
    .trims_quoted_value_trailing_blanks = false,
    .strips_second_quote_pair = false,
    .max_env_line_length = 131071,
    .default_path = "/usr/bin:/bin:/usr/sbin:/sbin",
    .sets_user_variable = true,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = true,
    .mail_address_punctuation = "@!:%-.,_+",
    .expands_mail_variables = true,
    .fixed_mail_sender = "",
    .honours_cron_tz = true,
    .honours_random_delay = true,
    .backward_jump_limit_minutes = 180,
    .max_lines = 0,
    .spool_directory = "/var/spool/cron",
};

}  // namespace

bool Dialect::reads_cron_d_file(std::string_view basename) const {
  return id == DialectId::debian ? debian_reads_cron_d_file(basename)
                                 : cronie_reads_cron_d_file(basename);
}

const Dialect& dialect(DialectId id) {
  return id == DialectId::debian ? debian_dialect : cronie_dialect;
}

std::optional<DialectId> dialect_from_name(std::string_view name) {
  if (name == "debian") return DialectId::debian;
  if (name == "cronie") return DialectId::cronie;
  return std::nullopt;
}

}  // namespace cronkit
