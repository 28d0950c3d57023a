#include "dialect/dialect.hpp"

#include <algorithm>
#include <limits>

namespace cronkit {
namespace {

// A length no real line reaches: the daemon reads lines of any length.
constexpr std::size_t no_limit = std::numeric_limits<std::size_t>::max();

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
    .daemon = "Debian's cron",
    .rejects_whole_file_on_error = true,
    .rejects_whole_file_without_final_newline = true,
    .reads_last_line_without_newline = false,
    .day_rule_basis = DayRuleBasis::star_in_text,
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    .skips_junk_after_field_items = true,
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .percent_is_special = true,
    .accepts_bsd_line_options = false,
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
    .inherits_daemon_environment = false,
    .exports_crontab_variables = true,
    .identity_variables = IdentityVariables::vixie,
    .job_directory = JobDirectory::home,
    .default_shell_is_daemons = false,
    .default_path = "/usr/bin:/bin",
    .sets_user_variable = false,
    .merges_pam_environment = true,
    .passes_locale_from_daemon = false,
    .mail_address_punctuation = "@!:%-.,_+=/",
    .expands_mail_variables = false,
    .fixed_mail_sender = "root (Cron Daemon)",
    .output_without_mailto = JobOutput::mailed_to_owner,
    .mails_output_to_mailto = true,
    .mails_failure_notices = false,
    .clock = ClockModel::vixie_wall_clock,
    .starts_overlapping_runs = true,
    .honours_cron_tz = false,
    .honours_random_delay = false,
    .backward_jump_limit_minutes = 179,
    .reads_system_crontabs = true,
    .max_lines = 10000,
    .spool_directory = "/var/spool/cron/crontabs",
    .cron_d_file_names = "only letters, digits, '_' and '-'",
};

constexpr Dialect cronie_dialect{
    .id = DialectId::cronie,
    .name = "cronie",
    .description = "cronie (RHEL, Fedora, Arch)",
    .daemon = "cronie",
    .rejects_whole_file_on_error = false,
    .rejects_whole_file_without_final_newline = false,
    .reads_last_line_without_newline = false,
    .day_rule_basis = DayRuleBasis::star_in_text,
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    .skips_junk_after_field_items = false,
    .reversed_range_ending_in_zero_means_seven = true,
    .checks_only_generated_values = true,
    .random_operator = true,
    .dash_prefix_disables_logging = true,
    .percent_is_special = true,
    .accepts_bsd_line_options = false,
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
    .inherits_daemon_environment = false,
    .exports_crontab_variables = true,
    .identity_variables = IdentityVariables::vixie,
    .job_directory = JobDirectory::home,
    .default_shell_is_daemons = false,
    .default_path = "/usr/bin:/bin:/usr/sbin:/sbin",
    .sets_user_variable = true,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = true,
    .mail_address_punctuation = "@!:%-.,_+",
    .expands_mail_variables = true,
    .fixed_mail_sender = "",
    .output_without_mailto = JobOutput::mailed_to_owner,
    .mails_output_to_mailto = true,
    .mails_failure_notices = false,
    .clock = ClockModel::vixie_wall_clock,
    .starts_overlapping_runs = true,
    .honours_cron_tz = true,
    .honours_random_delay = true,
    .backward_jump_limit_minutes = 180,
    .reads_system_crontabs = true,
    .max_lines = 0,
    .spool_directory = "/var/spool/cron",
    .cron_d_file_names = "not dot files, #..., ...~ and .rpmsave/.rpmorig/.rpmnew files",
};

constexpr Dialect bsd_dialect{
    .id = DialectId::bsd,
    .name = "bsd",
    .description = "FreeBSD's cron (Vixie cron 4); macOS's differs as docs/dialects/bsd.md says",
    .daemon = "FreeBSD's cron",
    .rejects_whole_file_on_error = false,
    .rejects_whole_file_without_final_newline = false,
    .reads_last_line_without_newline = false,
    .day_rule_basis = DayRuleBasis::star_in_text,
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    .skips_junk_after_field_items = true,
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .percent_is_special = true,
    .accepts_bsd_line_options = true,
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
    .inherits_daemon_environment = false,
    .exports_crontab_variables = true,
    .identity_variables = IdentityVariables::vixie,
    .job_directory = JobDirectory::home,
    .default_shell_is_daemons = false,
    .default_path = "/usr/bin:/bin",
    .sets_user_variable = false,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = false,
    .mail_address_punctuation = "",
    .expands_mail_variables = false,
    .fixed_mail_sender = "",
    .output_without_mailto = JobOutput::mailed_to_owner,
    .mails_output_to_mailto = true,
    .mails_failure_notices = false,
    .clock = ClockModel::vixie_wall_clock,
    .starts_overlapping_runs = true,
    .honours_cron_tz = false,
    .honours_random_delay = false,
    .backward_jump_limit_minutes = 179,
    .reads_system_crontabs = true,
    .max_lines = 0,
    .spool_directory = "/var/cron/tabs",
    .cron_d_file_names = "not dot files, #..., ...~ and .rpmsave/.rpmorig/.rpmnew files",
};

constexpr Dialect busybox_dialect{
    .id = DialectId::busybox,
    .name = "busybox",
    .description = "busybox crond (Alpine's default cron; Debian's busybox-static)",
    .daemon = "busybox crond",
    .rejects_whole_file_on_error = false,
    .rejects_whole_file_without_final_newline = false,
    .reads_last_line_without_newline = true,
    .day_rule_basis = DayRuleBasis::full_value_table,
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    .skips_junk_after_field_items = false,
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .percent_is_special = false,
    .accepts_bsd_line_options = false,
    .accepts_empty_command = false,
    .max_command_length = no_limit,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    .accepts_empty_unquoted_value = true,
    .trims_quoted_value_trailing_blanks = false,
    .strips_second_quote_pair = false,
    .max_env_line_length = no_limit,
    .inherits_daemon_environment = true,
    .exports_crontab_variables = false,
    .identity_variables = IdentityVariables::forced_from_passwd,
    .job_directory = JobDirectory::home,
    .default_shell_is_daemons = true,
    .default_path = "",
    .sets_user_variable = true,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = true,
    .mail_address_punctuation = "",
    .expands_mail_variables = false,
    .fixed_mail_sender = "",
    .output_without_mailto = JobOutput::logged_by_daemon,
    .mails_output_to_mailto = true,
    .mails_failure_notices = false,
    .clock = ClockModel::real_time_minutes,
    .starts_overlapping_runs = false,
    .honours_cron_tz = false,
    .honours_random_delay = false,
    .backward_jump_limit_minutes = 60,
    .reads_system_crontabs = false,
    .max_lines = 0,
    .spool_directory = "/var/spool/cron/crontabs",
    .cron_d_file_names = "it has no cron.d",
};

constexpr Dialect supercronic_dialect{
    .id = DialectId::supercronic,
    .name = "supercronic",
    .description = "supercronic (cron for containers; schedules read by gorhill/cronexpr)",
    .daemon = "supercronic",
    .rejects_whole_file_on_error = true,
    .rejects_whole_file_without_final_newline = false,
    .reads_last_line_without_newline = true,
    .day_rule_basis = DayRuleBasis::star_or_question_mark,
    .seconds_and_year_fields = true,
    .quartz_day_extras = true,
    .skips_junk_after_field_items = false,
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .percent_is_special = false,
    .accepts_bsd_line_options = false,
    .accepts_empty_command = false,
    .max_command_length = no_limit,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    .accepts_empty_unquoted_value = true,
    .trims_quoted_value_trailing_blanks = false,
    .strips_second_quote_pair = false,
    .max_env_line_length = no_limit,
    .inherits_daemon_environment = true,
    .exports_crontab_variables = true,
    .identity_variables = IdentityVariables::none,
    .job_directory = JobDirectory::daemon_directory,
    .default_shell_is_daemons = false,
    .default_path = "",
    .sets_user_variable = false,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = true,
    .mail_address_punctuation = "",
    .expands_mail_variables = false,
    .fixed_mail_sender = "",
    .output_without_mailto = JobOutput::logged_by_daemon,
    .mails_output_to_mailto = false,
    .mails_failure_notices = false,
    .clock = ClockModel::go_wall_clock_next,
    .starts_overlapping_runs = false,
    .honours_cron_tz = false,
    .honours_random_delay = false,
    .backward_jump_limit_minutes = 0,
    .reads_system_crontabs = false,
    .max_lines = 0,
    .spool_directory = "",
    .cron_d_file_names = "it has no cron.d",
};

constexpr Dialect systemd_cron_dialect{
    .id = DialectId::systemd_cron,
    .name = "systemd-cron",
    .description = "systemd-cron (crontab lines turned into systemd timers by a generator)",
    .daemon = "systemd-cron",
    .rejects_whole_file_on_error = false,
    .rejects_whole_file_without_final_newline = false,
    .reads_last_line_without_newline = true,
    .day_rule_basis = DayRuleBasis::always_both,
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    .skips_junk_after_field_items = false,
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .percent_is_special = true,
    .accepts_bsd_line_options = false,
    .accepts_empty_command = false,
    .max_command_length = no_limit,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    .accepts_empty_unquoted_value = false,
    .trims_quoted_value_trailing_blanks = false,
    .strips_second_quote_pair = false,
    .max_env_line_length = no_limit,
    .inherits_daemon_environment = false,
    .exports_crontab_variables = true,
    .identity_variables = IdentityVariables::systemd_user_only_for_non_root,
    .job_directory = JobDirectory::root_directory,
    .default_shell_is_daemons = false,
    .default_path = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin",
    .sets_user_variable = true,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = false,
    .mail_address_punctuation = "",
    .expands_mail_variables = false,
    .fixed_mail_sender = "",
    .output_without_mailto = JobOutput::systemd_journal,
    .mails_output_to_mailto = false,
    .mails_failure_notices = true,
    .clock = ClockModel::systemd_calendar,
    .starts_overlapping_runs = false,
    .honours_cron_tz = false,
    .honours_random_delay = true,
    .backward_jump_limit_minutes = 0,
    .reads_system_crontabs = true,
    .max_lines = 0,
    .spool_directory = "/var/spool/cron/crontabs",
    .cron_d_file_names = "only letters, digits, '_' and '-'",
};

}  // namespace

bool Dialect::reads_cron_d_file(std::string_view basename) const {
  switch (id) {
    case DialectId::debian:
    case DialectId::systemd_cron:
      return debian_reads_cron_d_file(basename);
    case DialectId::cronie:
    case DialectId::bsd:
      return cronie_reads_cron_d_file(basename);
    case DialectId::busybox:
    case DialectId::supercronic:
      return false;  // no /etc/cron.d: one directory of per-user files, or one file
  }
  return false;
}

const Dialect& dialect(DialectId id) {
  switch (id) {
    case DialectId::debian:
      return debian_dialect;
    case DialectId::cronie:
      return cronie_dialect;
    case DialectId::bsd:
      return bsd_dialect;
    case DialectId::busybox:
      return busybox_dialect;
    case DialectId::supercronic:
      return supercronic_dialect;
    case DialectId::systemd_cron:
      return systemd_cron_dialect;
  }
  return debian_dialect;
}

std::optional<DialectId> dialect_from_name(std::string_view name) {
  for (DialectId id : all_dialects) {
    if (dialect(id).name == name) return id;
  }
  return std::nullopt;
}

}  // namespace cronkit
