#include <algorithm>
#include <string_view>

#include "dialect/dialect_table.hpp"

// The crontab daemons: Debian's cron, cronie, BSD cron, busybox crond, supercronic and
// systemd-cron's generator, and which /etc/cron.d names each reads.

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

}  // namespace

namespace dialect_table {

constexpr Dialect debian{
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
    .field_reader = FieldReader::vixie_get_list,
    .single_value_step = Dialect::SingleValueStep::rejected,
    .specials = SpecialSet::vixie,
    .percent_is_special = true,
    .accepts_bsd_line_options = false,
    .hash_ends_command = false,
    .collapses_command_blanks = false,
    .rejects_star_command = true,
    .field_error_log = "",
    .accepts_empty_command = true,
    .max_command_length = 998,
    .command_too_long_is_rejected = true,
    .unescapes_double_backslash = true,
    .skips_all_blanks_after_user = false,
    .unknown_user_rejected_at_parse = true,
    .ignores_short_lines_silently = false,
    .env_line_syntax = EnvLineSyntax::vixie_load_env,
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

constexpr Dialect cronie{
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
    .field_reader = FieldReader::vixie_get_list,
    .single_value_step = Dialect::SingleValueStep::rejected,
    .specials = SpecialSet::vixie,
    .percent_is_special = true,
    .accepts_bsd_line_options = false,
    .hash_ends_command = false,
    .collapses_command_blanks = false,
    .rejects_star_command = true,
    .field_error_log = "",
    .accepts_empty_command = false,
    .max_command_length = 131071,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    .ignores_short_lines_silently = false,
    .env_line_syntax = EnvLineSyntax::vixie_load_env,
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

// FreeBSD's cron (usr.sbin/cron, Vixie cron 4 with FreeBSD's changes); docs/semantics.md §14.
constexpr Dialect bsd{
    .id = DialectId::bsd,
    .name = "bsd",
    .description = "FreeBSD's cron (Vixie cron 4); macOS's differs as docs/dialects/bsd.md says",
    .daemon = "FreeBSD's cron",
    // load_entry() logs "(owner) PARSE (bad minute)" and skips only that line.
    .rejects_whole_file_on_error = false,
    // user.c load_user(): load_env() hits EOF on the last line and loading stops; one line lost.
    .rejects_whole_file_without_final_newline = false,
    // cron.c cron_tick(): DOM_STAR / DOW_STAR come from the field's first character.
    .reads_last_line_without_newline = false,
    .day_rule_basis = DayRuleBasis::star_in_text,
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    // entry.c get_list(): after an item it skips to the next blank unchecked (`5#2` is `5`).
    .skips_junk_after_field_items = true,
    // entry.c get_range(): `fri-sun` (5-0) loops from 5 to 0 and sets nothing.
    .reversed_range_ending_in_zero_means_seven = false,
    // entry.c get_range()/set_element(): only generated values are checked (`5-64/30` is {5,35}).
    .checks_only_generated_values = true,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .field_reader = FieldReader::vixie_get_list,
    // entry.c get_range(): a single value followed by `/` becomes value-last.
    .single_value_step = Dialect::SingleValueStep::through_last,
    // entry.c load_entry(): @every_minute, @every_second and @<seconds> besides Vixie's words.
    .specials = SpecialSet::freebsd,
    // do_command.c child_process(): the first unescaped `%` ends the command.
    .percent_is_special = true,
    // entry.c load_entry(): `-n` (mail only on failure) and `-q` (no CMD log line).
    .accepts_bsd_line_options = true,
    .hash_ends_command = false,
    .collapses_command_blanks = false,
    // entry.c load_entry(): no check of the command's first character.
    .rejects_star_command = false,
    // misc.c log_it() of load_entry()'s ecode: e.g. "(alice) PARSE (bad minute)".
    .field_error_log = "(owner) PARSE (bad {field})",
    // entry.c load_entry(): five fields and nothing else give an entry with an empty command.
    .accepts_empty_command = true,
    // cron.h MAX_COMMAND 1000: the command is cut after 999 bytes, silently.
    .max_command_length = 999,
    .command_too_long_is_rejected = false,
    // do_command.c child_process(): `ch == '%' || ch == '\\'` after a backslash.
    .unescapes_double_backslash = true,
    // entry.c load_entry(): Skip_Blanks after the user name.
    .skips_all_blanks_after_user = true,
    // entry.c load_entry(): getpwnam() at load time; "bad username".
    .unknown_user_rejected_at_parse = true,
    .ignores_short_lines_silently = false,
    .env_line_syntax = EnvLineSyntax::freebsd_sscanf,
    // sscanf needs a value: `MAILTO=` falls through to the job parser ("bad minute").
    .accepts_empty_unquoted_value = false,
    // env.c load_env(): trailing blanks go before the one quote pair is removed.
    .trims_quoted_value_trailing_blanks = false,
    .strips_second_quote_pair = false,
    // cron.h MAX_ENVSTR 1000.
    .max_env_line_length = 999,
    .inherits_daemon_environment = false,
    .exports_crontab_variables = true,
    .identity_variables = IdentityVariables::vixie,
    .job_directory = JobDirectory::home,
    .default_shell_is_daemons = false,
    // do_command.c: setusercontext() sets PATH from login.conf's `default` class (stock
    // /etc/login.conf); _PATH_DEFPATH only when the class has none.
    .default_path = "/sbin:/bin:/usr/sbin:/usr/bin:/usr/local/sbin:/usr/local/bin:~/bin",
    // do_command.c child_process(): LOGNAME and USER are set to the job's user.
    .sets_user_variable = true,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = false,
    .mail_address_punctuation = "",
    .expands_mail_variables = false,
    .fixed_mail_sender = "",
    // do_command.c: output is mailed to MAILTO, else `-m`, else the job's user.
    .output_without_mailto = JobOutput::mailed_to_owner,
    // job.c job_add(): nothing tracks running jobs.
    .mails_output_to_mailto = true,
    .mails_failure_notices = false,
    // cron.c cron_tick(); rc.conf's cron_dst="YES" starts cron with -s.
    .clock = ClockModel::freebsd_dst_switch,
    .starts_overlapping_runs = true,
    .honours_cron_tz = false,
    .honours_random_delay = false,
    // cron.c cron_sleep(): a wait outside +-600 s re-syncs (cron_clean, cron_sync).
    .backward_jump_limit_minutes = 10,
    // database.c: /etc/crontab, /etc/cron.d and /usr/local/etc/cron.d with a user field.
    .reads_system_crontabs = true,
    .max_lines = 0,
    // pathnames.h: CRONDIR "/var/cron", SPOOL_DIR "tabs".
    .spool_directory = "/var/cron/tabs",
    .cron_d_file_names = "any name that does not start with '.'",
};

// busybox crond (miscutils/crond.c, 1.35); docs/semantics.md §14.
constexpr Dialect busybox{
    .id = DialectId::busybox,
    .name = "busybox",
    .description = "busybox crond (Alpine's default cron; Debian's busybox-static)",
    .daemon = "busybox crond",
    // crond.c ParseField() logs "parse error" and keeps the line; nothing drops a file.
    .rejects_whole_file_on_error = false,
    .rejects_whole_file_without_final_newline = false,
    // crond.c FixDayDow(): a day field counts only when its value table is not full.
    .reads_last_line_without_newline = true,
    .day_rule_basis = DayRuleBasis::full_value_table,
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    // crond.c ParseField(): junk after an item is a logged parse error (the item stays set).
    .skips_junk_after_field_items = false,
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .field_reader = FieldReader::busybox_parse_field,
    // crond.c ParseField(): `5/10` sets only 5.
    .single_value_step = Dialect::SingleValueStep::value_only,
    // crond.c load_crontab SpecAry (CONFIG_FEATURE_CROND_SPECIAL_TIMES).
    .specials = SpecialSet::vixie,
    // crond.c fork_job(): the command goes to `$SHELL -c` unchanged, with no standard input.
    .percent_is_special = false,
    .accepts_bsd_line_options = false,
    // libbb/parse_config.c config_read(): PARSE_NORMAL includes PARSE_EOL_COMMENTS.
    .hash_ends_command = true,
    .collapses_command_blanks = false,
    // crond.c load_crontab(): the command is the sixth word, whatever it is.
    .rejects_star_command = false,
    // crond.c ParseField(): bb_error_msg("user %s: parse error at %s").
    .field_error_log = "user <owner>: parse error at {text}",
    // crond.c load_crontab(): `if (n < 6) continue;`.
    .accepts_empty_command = false,
    .max_command_length = no_limit,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    // crond.c load_crontab(): lines of fewer than six words are skipped without a message.
    .ignores_short_lines_silently = true,
    .env_line_syntax = EnvLineSyntax::busybox_mailto_shell,
    // `MAILTO=` turns mail off, `SHELL=` sets an empty shell.
    .accepts_empty_unquoted_value = true,
    .trims_quoted_value_trailing_blanks = false,
    .strips_second_quote_pair = false,
    .max_env_line_length = no_limit,
    // crond.c set_env_vars(): putenv() into crond's own environment before vfork().
    .inherits_daemon_environment = true,
    .exports_crontab_variables = false,
    .identity_variables = IdentityVariables::forced_from_passwd,
    .job_directory = JobDirectory::home,
    .default_shell_is_daemons = true,
    .default_path = "",
    // crond.c set_env_vars(): LOGNAME, USER, HOME and SHELL.
    .sets_user_variable = true,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = true,
    .mail_address_punctuation = "",
    .expands_mail_variables = false,
    .fixed_mail_sender = "",
    // crond.c start_one_job(): no MAILTO, no mail; the job keeps crond's stdout and stderr.
    .output_without_mailto = JobOutput::logged_by_daemon,
    // crond.c crond_main(): every real minute since the last wake-up, through localtime().
    .mails_output_to_mailto = true,
    .mails_failure_notices = false,
    .clock = ClockModel::real_time_minutes,
    // crond.c flag_starting_jobs(): "process already running" while cl_pid > 0.
    .starts_overlapping_runs = false,
    .honours_cron_tz = false,
    .honours_random_delay = false,
    // crond.c crond_main(): |dt| > 3600 s is a "time disparity": nothing of it runs.
    .backward_jump_limit_minutes = 60,
    // crond.c rescan_crontab_dir(): one directory of per-user files, no /etc/crontab.
    .reads_system_crontabs = false,
    // crond.c load_crontab(): MAXLINES drops the lines after the 255th, not the file.
    .max_lines = 0,
    // CONFIG_FEATURE_CROND_DIR "/var/spool/cron" + "/crontabs".
    .spool_directory = "/var/spool/cron/crontabs",
    .cron_d_file_names = "it has no cron.d",
};

constexpr Dialect supercronic{
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
    .field_reader = FieldReader::vixie_get_list,
    .single_value_step = Dialect::SingleValueStep::rejected,
    .specials = SpecialSet::vixie,
    .skips_empty_list_items = true,
    .percent_is_special = false,
    .accepts_bsd_line_options = false,
    .hash_ends_command = false,
    .collapses_command_blanks = false,
    .rejects_star_command = true,
    .field_error_log = "",
    .accepts_empty_command = false,
    .max_command_length = no_limit,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    .ignores_short_lines_silently = false,
    .env_line_syntax = EnvLineSyntax::vixie_load_env,
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

// systemd-cron 1.15 (the systemd-crontab-generator, Python); docs/semantics.md §14.
constexpr Dialect systemd_cron{
    .id = DialectId::systemd_cron,
    .name = "systemd-cron",
    .description = "systemd-cron (crontab lines turned into systemd timers by a generator)",
    .daemon = "systemd-cron",
    // generator parse_crontab(): a garbled line is logged and skipped.
    .rejects_whole_file_on_error = false,
    .rejects_whole_file_without_final_newline = false,
    // generator generate_timer_unit(): one OnCalendar= date, so both day fields must match.
    .reads_last_line_without_newline = true,
    .day_rule_basis = DayRuleBasis::always_both,
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    .skips_junk_after_field_items = false,
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .field_reader = FieldReader::systemd_generator_slices,
    // parse_time_unit(): slice(a, a + 1, n) is just a.
    .single_value_step = Dialect::SingleValueStep::value_only,
    // parse_crontab(): @minutely, @quarterly, @semiannually, @N, any case.
    .specials = SpecialSet::systemd,
    // generate_timer_unit(): the command is written to a script unchanged ("%" is a TODO).
    .percent_is_special = false,
    .accepts_bsd_line_options = false,
    .hash_ends_command = false,
    // parse_crontab(): `' '.join(words)` after str.split().
    .collapses_command_blanks = true,
    // parse_crontab(): the command is the words after the fifth.
    .rejects_star_command = false,
    // generator parse_crontab(): log(3, "garbled time: ...").
    .field_error_log = "garbled time",
    // parse_crontab(): "truncated line", skipped.
    .accepts_empty_command = false,
    .max_command_length = no_limit,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    .ignores_short_lines_silently = false,
    .env_line_syntax = EnvLineSyntax::systemd_generator,
    // envvar_re `(.*)` matches an empty value.
    .accepts_empty_unquoted_value = true,
    .trims_quoted_value_trailing_blanks = false,
    .strips_second_quote_pair = false,
    .max_env_line_length = no_limit,
    // A oneshot service started by PID 1 with Environment= from the crontab.
    .inherits_daemon_environment = false,
    // systemd sets USER, LOGNAME, HOME and SHELL when the unit has User= (non-root jobs only).
    .exports_crontab_variables = true,
    .identity_variables = IdentityVariables::systemd_user_only_for_non_root,
    .job_directory = JobDirectory::root_directory,
    .default_shell_is_daemons = false,
    // systemd's default PATH for services.
    .default_path = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    .sets_user_variable = true,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = false,
    .mail_address_punctuation = "",
    .expands_mail_variables = false,
    .fixed_mail_sender = "",
    // Output goes to the journal; mail (OnFailure=) only when the job fails.
    .output_without_mailto = JobOutput::systemd_journal,
    // OnCalendar= evaluated by systemd (calendarspec.c).
    .mails_output_to_mailto = false,
    .mails_failure_notices = true,
    .clock = ClockModel::systemd_calendar,
    // systemd.timer(5): an active unit is not started again.
    .starts_overlapping_runs = false,
    .honours_cron_tz = false,
    // RANDOM_DELAY becomes RandomizedDelaySec=.
    .honours_random_delay = true,
    .backward_jump_limit_minutes = 0,
    // /etc/crontab and /etc/cron.d with a user field.
    .reads_system_crontabs = true,
    .max_lines = 0,
    .spool_directory = "/var/spool/cron/crontabs",
    .cron_d_file_names = "any name that does not start with '.' and has no '.dpkg-' or '~'",
};
}  // namespace dialect_table

bool Dialect::reads_cron_d_file(std::string_view basename) const {
  switch (id) {
    case DialectId::debian:
      return debian_reads_cron_d_file(basename);
    case DialectId::cronie:
      return cronie_reads_cron_d_file(basename);
    case DialectId::bsd:
      // database.c load_database(): only names starting with '.' are skipped.
      return !basename.empty() && basename.front() != '.';
    case DialectId::systemd_cron:
      // generator main(): dot files, '.dpkg-' leftovers and '~' backups are skipped.
      return !basename.empty() && basename.front() != '.' &&
             basename.find(".dpkg-") == std::string_view::npos &&
             basename.find('~') == std::string_view::npos;
    case DialectId::busybox:
    case DialectId::supercronic:
    case DialectId::quartz:
    case DialectId::kubernetes:
    case DialectId::github_actions:
    case DialectId::spring:
    case DialectId::azure:
    case DialectId::cloud_scheduler:
    case DialectId::airflow:
    case DialectId::prefect:
    case DialectId::prefect_day_or_false:
    case DialectId::dagster:
    case DialectId::gitlab:
    case DialectId::eventbridge:
    case DialectId::eventbridge_scheduler:
      return false;  // no /etc/cron.d: one directory of per-user files, or one file
  }
  return false;
}

}  // namespace cronkit
