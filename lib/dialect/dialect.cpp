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
constexpr Dialect bsd_dialect{
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
constexpr Dialect busybox_dialect{
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
constexpr Dialect systemd_cron_dialect{
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

// Quartz Scheduler 2.3.2, org.quartz.CronExpression: a library that an application hands one
// expression (a CronTrigger's); no crontab, no command, no environment. docs/dialects/quartz.md.
constexpr Dialect quartz_dialect{
    .id = DialectId::quartz,
    .name = "quartz",
    .description = "Quartz Scheduler's cron expressions (org.quartz.CronExpression 2.3.2)",
    .daemon = "Quartz",
    // No file: the constructor throws ParseException for the one expression.
    .rejects_whole_file_on_error = false,
    .rejects_whole_file_without_final_newline = false,
    .reads_last_line_without_newline = true,
    // buildExpression(): exactly one of day-of-month and day-of-week is `?`.
    .day_rule_basis = DayRuleBasis::one_is_question_mark,
    // Its own layout (seconds first, year last) read by its own reader, not cronexpr's.
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    .skips_junk_after_field_items = false,
    // addToSet(): a reversed range wraps around the field (`22-2` hours: 22, 23, 0, 1, 2).
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .field_reader = FieldReader::quartz_store_expression_vals,
    // checkNext(): `5/10` is 5, 15, 25, ... to the field's end.
    .single_value_step = Dialect::SingleValueStep::through_last,
    // storeExpressionVals(): no @-words (`@daily` is "Unexpected character: @").
    .specials = SpecialSet::vixie,
    // buildExpression(): StringTokenizer(expr, ",") skips empty items.
    .skips_empty_list_items = true,
    .percent_is_special = false,
    .accepts_bsd_line_options = false,
    .hash_ends_command = false,
    .collapses_command_blanks = false,
    .rejects_star_command = false,
    .field_error_log = "",
    .accepts_empty_command = false,
    .max_command_length = no_limit,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    .ignores_short_lines_silently = false,
    .env_line_syntax = EnvLineSyntax::vixie_load_env,
    .accepts_empty_unquoted_value = false,
    .trims_quoted_value_trailing_blanks = false,
    .strips_second_quote_pair = false,
    .max_env_line_length = 0,
    // A Job runs inside the application's JVM, with its environment.
    .inherits_daemon_environment = true,
    .exports_crontab_variables = false,
    .identity_variables = IdentityVariables::none,
    .job_directory = JobDirectory::daemon_directory,
    .default_shell_is_daemons = false,
    .default_path = "",
    .sets_user_variable = false,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = false,
    .mail_address_punctuation = "",
    .expands_mail_variables = false,
    .fixed_mail_sender = "",
    .output_without_mailto = JobOutput::logged_by_daemon,
    .mails_output_to_mailto = false,
    .mails_failure_notices = false,
    // getTimeAfter() on a lenient GregorianCalendar in the trigger's zone.
    .clock = ClockModel::quartz_time_after,
    // A StatefulJob (@DisallowConcurrentExecution) waits; a plain Job may overlap: the
    // default, as here.
    .starts_overlapping_runs = true,
    .honours_cron_tz = false,
    .honours_random_delay = false,
    .backward_jump_limit_minutes = 0,
    .reads_system_crontabs = false,
    .max_lines = 0,
    .spool_directory = "",
    .cron_d_file_names = "it has no cron.d",
    // A CronTrigger's expression, given to the tools bare.
    .reads_crontab_files = false,
    // CronExpression dayMap: SUN = 1 ... SAT = 7; addToSet(): 0 is out of range.
    .day_of_week_numbering = DayOfWeekNumbering::sunday_1,
    // CronExpression.MAX_YEAR = Calendar.getInstance().get(Calendar.YEAR) + 100.
    .years_searched_ahead = 100,
};

// Kubernetes CronJobs: robfig/cron v3 (parser.go ParseStandard, spec.go Next), called by the API
// server's validation and the CronJob controller; docs/dialects/kubernetes.md. A scheduler, not a
// cron daemon: it has no crontab file, no command line, environment or mail of its own (a Job's
// pod has them), so the members about those keep neutral values nothing reads for it.
constexpr Dialect kubernetes_dialect{
    .id = DialectId::kubernetes,
    .name = "kubernetes",
    .description = "Kubernetes CronJobs (robfig/cron v3 ParseStandard and SpecSchedule.Next)",
    .daemon = "the Kubernetes CronJob controller",
    .rejects_whole_file_on_error = false,
    .rejects_whole_file_without_final_newline = false,
    .reads_last_line_without_newline = true,
    // spec.go dayMatches(): OR unless either day field carries the star bit, which getRange()
    // sets for `*` and `?` with step 1 only (`*/2` is restricted).
    .day_rule_basis = DayRuleBasis::star_or_question_mark,
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    .skips_junk_after_field_items = false,
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .field_reader = FieldReader::robfig_get_field,
    // parser.go getRange(): "N/step" means "N-max/step".
    .single_value_step = Dialect::SingleValueStep::through_last,
    .specials = SpecialSet::vixie,
    // parser.go getField(): strings.FieldsFunc drops empty pieces between commas.
    .skips_empty_list_items = true,
    .percent_is_special = false,
    .accepts_bsd_line_options = false,
    .hash_ends_command = false,
    .collapses_command_blanks = false,
    .rejects_star_command = false,
    .field_error_log = "",
    .accepts_empty_command = false,
    .max_command_length = no_limit,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    .ignores_short_lines_silently = false,
    .env_line_syntax = EnvLineSyntax::vixie_load_env,
    .accepts_empty_unquoted_value = false,
    .trims_quoted_value_trailing_blanks = false,
    .strips_second_quote_pair = false,
    .max_env_line_length = no_limit,
    .inherits_daemon_environment = false,
    .exports_crontab_variables = false,
    .identity_variables = IdentityVariables::none,
    .job_directory = JobDirectory::daemon_directory,
    .default_shell_is_daemons = false,
    .default_path = "",
    .sets_user_variable = false,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = false,
    .mail_address_punctuation = "",
    .expands_mail_variables = false,
    .fixed_mail_sender = "",
    .output_without_mailto = JobOutput::logged_by_daemon,
    .mails_output_to_mailto = false,
    .mails_failure_notices = false,
    .clock = ClockModel::robfig_spec_next,
    // .spec.concurrencyPolicy defaults to Allow.
    .starts_overlapping_runs = true,
    .honours_cron_tz = false,
    .honours_random_delay = false,
    .backward_jump_limit_minutes = 0,
    .reads_system_crontabs = false,
    .max_lines = 0,
    .spool_directory = "",
    .cron_d_file_names = "it has no crontab files",
    .reads_crontab_files = false,
};

// GitHub Actions' `on.schedule` (closed source): what GitHub's documentation says, read with
// Vixie cron's field reader; docs/dialects/github-actions.md. A scheduler with no crontab file,
// command line or environment of its own, like kubernetes.
constexpr Dialect github_actions_dialect{
    .id = DialectId::github_actions,
    .name = "github-actions",
    .description = "GitHub Actions workflow schedules (on.schedule, as GitHub documents them)",
    .daemon = "GitHub Actions",
    .rejects_whole_file_on_error = false,
    .rejects_whole_file_without_final_newline = false,
    .reads_last_line_without_newline = true,
    // Undocumented beyond "POSIX cron syntax": the POSIX crontab rule, OR when both are
    // restricted.
    .day_rule_basis = DayRuleBasis::star_in_text,
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    .skips_junk_after_field_items = false,
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .field_reader = FieldReader::vixie_get_list,
    // The documentation's operator table: `20/15` is minutes 20, 35 and 50.
    .single_value_step = Dialect::SingleValueStep::through_last,
    // No @-words in the documented syntax.
    .specials = SpecialSet::none,
    .percent_is_special = false,
    .accepts_bsd_line_options = false,
    .hash_ends_command = false,
    .collapses_command_blanks = false,
    .rejects_star_command = false,
    .field_error_log = "",
    .accepts_empty_command = false,
    .max_command_length = no_limit,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    .ignores_short_lines_silently = false,
    .env_line_syntax = EnvLineSyntax::vixie_load_env,
    .accepts_empty_unquoted_value = false,
    .trims_quoted_value_trailing_blanks = false,
    .strips_second_quote_pair = false,
    .max_env_line_length = no_limit,
    .inherits_daemon_environment = false,
    .exports_crontab_variables = false,
    .identity_variables = IdentityVariables::none,
    .job_directory = JobDirectory::daemon_directory,
    .default_shell_is_daemons = false,
    .default_path = "",
    .sets_user_variable = false,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = false,
    .mail_address_punctuation = "",
    .expands_mail_variables = false,
    .fixed_mail_sender = "",
    .output_without_mailto = JobOutput::logged_by_daemon,
    .mails_output_to_mailto = false,
    .mails_failure_notices = false,
    // The documentation: a time in a skipped spring-forward hour "advances to the next valid
    // time" (2:30 runs at 3:00), which is what Vixie cron's clock does; the repeated hour is
    // undocumented.
    .clock = ClockModel::vixie_wall_clock,
    .starts_overlapping_runs = true,
    .honours_cron_tz = false,
    .honours_random_delay = false,
    .backward_jump_limit_minutes = 179,
    .reads_system_crontabs = false,
    .max_lines = 0,
    .spool_directory = "",
    .cron_d_file_names = "it has no crontab files",
    .reads_crontab_files = false,
    .default_zone = "UTC",
    .min_interval_minutes = 5,
};

// Spring Framework 5.3+/6.x, org.springframework.scheduling.support.CronExpression (what
// @Scheduled(cron = ...) and CronTrigger parse): a library handed one expression, like quartz;
// docs/dialects/spring.md.
constexpr Dialect spring_dialect{
    .id = DialectId::spring,
    .name = "spring",
    .description =
        "Spring Framework's cron expressions "
        "(org.springframework.scheduling.support.CronExpression, 5.3+)",
    .daemon = "Spring",
    .rejects_whole_file_on_error = false,
    .rejects_whole_file_without_final_newline = false,
    .reads_last_line_without_newline = true,
    // CronExpression.nextOrSameInternal(): the six fields are independent constraints applied one
    // after another, so a day must pass both day fields; `?` is `*` (BitsCronField.parseDate).
    .day_rule_basis = DayRuleBasis::always_both,
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    .skips_junk_after_field_items = false,
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .field_reader = FieldReader::spring_cron_field,
    // BitsCronField.parseField(): `5/10` is 5 to the field's maximum, step 10.
    .single_value_step = Dialect::SingleValueStep::through_last,
    // CronExpression.resolveMacros(): @yearly ... @hourly in any case, no @reboot; read by the
    // Spring reader itself.
    .specials = SpecialSet::none,
    .percent_is_special = false,
    .accepts_bsd_line_options = false,
    .hash_ends_command = false,
    .collapses_command_blanks = false,
    .rejects_star_command = false,
    .field_error_log = "",
    .accepts_empty_command = false,
    .max_command_length = no_limit,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    .ignores_short_lines_silently = false,
    .env_line_syntax = EnvLineSyntax::vixie_load_env,
    .accepts_empty_unquoted_value = false,
    .trims_quoted_value_trailing_blanks = false,
    .strips_second_quote_pair = false,
    .max_env_line_length = no_limit,
    .inherits_daemon_environment = false,
    .exports_crontab_variables = false,
    .identity_variables = IdentityVariables::none,
    .job_directory = JobDirectory::daemon_directory,
    .default_shell_is_daemons = false,
    .default_path = "",
    .sets_user_variable = false,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = false,
    .mail_address_punctuation = "",
    .expands_mail_variables = false,
    .fixed_mail_sender = "",
    .output_without_mailto = JobOutput::logged_by_daemon,
    .mails_output_to_mailto = false,
    .mails_failure_notices = false,
    .clock = ClockModel::spring_cron_next,
    // ReschedulingRunnable: the next run is scheduled when the current one ends, so runs never
    // overlap (a time that passes meanwhile is not made up).
    .starts_overlapping_runs = false,
    .honours_cron_tz = false,
    .honours_random_delay = false,
    .backward_jump_limit_minutes = 0,
    .reads_system_crontabs = false,
    .max_lines = 0,
    .spool_directory = "",
    .cron_d_file_names = "it has no crontab files",
    .reads_crontab_files = false,
    // @Scheduled(zone = "") and CronTrigger(expression): the JVM's default zone.
    .default_zone = "",
};

// Azure Functions timer triggers: the WebJobs extension's CronSchedule (TryCreate, HasSeconds,
// GetNextOccurrence) around NCrontab's CrontabSchedule; docs/dialects/azure.md.
constexpr Dialect azure_dialect{
    .id = DialectId::azure,
    .name = "azure",
    .description = "Azure Functions timer triggers (NCrontab, as the Functions runtime calls it)",
    .daemon = "Azure Functions",
    .rejects_whole_file_on_error = false,
    .rejects_whole_file_without_final_newline = false,
    .reads_last_line_without_newline = true,
    // CrontabSchedule.TryGetNextOccurrence(): a date from the day and month fields is kept only
    // when daysOfWeek.Contains() its weekday, so both must match.
    .day_rule_basis = DayRuleBasis::always_both,
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    .skips_junk_after_field_items = false,
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .field_reader = FieldReader::ncrontab_field,
    // CrontabFieldImpl.InternalParse(): `5/10` is acc(5, MaxValue, 10).
    .single_value_step = Dialect::SingleValueStep::through_last,
    // No @-words: `@daily` is not a valid crontab field value.
    .specials = SpecialSet::none,
    .percent_is_special = false,
    .accepts_bsd_line_options = false,
    .hash_ends_command = false,
    .collapses_command_blanks = false,
    .rejects_star_command = false,
    .field_error_log = "",
    .accepts_empty_command = false,
    .max_command_length = no_limit,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    .ignores_short_lines_silently = false,
    .env_line_syntax = EnvLineSyntax::vixie_load_env,
    .accepts_empty_unquoted_value = false,
    .trims_quoted_value_trailing_blanks = false,
    .strips_second_quote_pair = false,
    .max_env_line_length = no_limit,
    .inherits_daemon_environment = false,
    .exports_crontab_variables = false,
    .identity_variables = IdentityVariables::none,
    .job_directory = JobDirectory::daemon_directory,
    .default_shell_is_daemons = false,
    .default_path = "",
    .sets_user_variable = false,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = false,
    .mail_address_punctuation = "",
    .expands_mail_variables = false,
    .fixed_mail_sender = "",
    .output_without_mailto = JobOutput::logged_by_daemon,
    .mails_output_to_mailto = false,
    .mails_failure_notices = false,
    .clock = ClockModel::ncrontab_functions,
    // The timer listener invokes the function and waits for it before scheduling the next run
    // (github.com/Azure/azure-functions-host/issues/556).
    .starts_overlapping_runs = false,
    .honours_cron_tz = false,
    .honours_random_delay = false,
    .backward_jump_limit_minutes = 0,
    .reads_system_crontabs = false,
    .max_lines = 0,
    .spool_directory = "",
    .cron_d_file_names = "it has no crontab files",
    .reads_crontab_files = false,
    // The timer docs: UTC unless the app setting WEBSITE_TIME_ZONE names a zone.
    .default_zone = "UTC",
};

// Google Cloud Scheduler (closed source): what Google's "Cron job format and time zone" page
// says, read with Vixie cron's field reader; docs/dialects/cloud-scheduler.md.
constexpr Dialect cloud_scheduler_dialect{
    .id = DialectId::cloud_scheduler,
    .name = "cloud-scheduler",
    .description = "Google Cloud Scheduler jobs (unix-cron, as Google documents it)",
    .daemon = "Cloud Scheduler",
    .rejects_whole_file_on_error = false,
    .rejects_whole_file_without_final_newline = false,
    .reads_last_line_without_newline = true,
    // The documentation: day-of-week is "evaluated as an inclusive OR with the day of the month
    // field, unless one of them is marked as unrestricted by the asterisk (*)".
    .day_rule_basis = DayRuleBasis::star_in_text,
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    .skips_junk_after_field_items = false,
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .field_reader = FieldReader::vixie_get_list,
    // Undocumented; steps are documented after a range or `*` only. Vixie's reading.
    .single_value_step = Dialect::SingleValueStep::rejected,
    // No @-words in the documented syntax.
    .specials = SpecialSet::none,
    .percent_is_special = false,
    .accepts_bsd_line_options = false,
    .hash_ends_command = false,
    .collapses_command_blanks = false,
    .rejects_star_command = false,
    .field_error_log = "",
    .accepts_empty_command = false,
    .max_command_length = no_limit,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    .ignores_short_lines_silently = false,
    .env_line_syntax = EnvLineSyntax::vixie_load_env,
    .accepts_empty_unquoted_value = false,
    .trims_quoted_value_trailing_blanks = false,
    .strips_second_quote_pair = false,
    .max_env_line_length = no_limit,
    .inherits_daemon_environment = false,
    .exports_crontab_variables = false,
    .identity_variables = IdentityVariables::none,
    .job_directory = JobDirectory::daemon_directory,
    .default_shell_is_daemons = false,
    .default_path = "",
    .sets_user_variable = false,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = false,
    .mail_address_punctuation = "",
    .expands_mail_variables = false,
    .fixed_mail_sender = "",
    .output_without_mailto = JobOutput::logged_by_daemon,
    .mails_output_to_mailto = false,
    .mails_failure_notices = false,
    // Undocumented ("can run or not run unexpectedly" around DST changes): wall-clock minutes as
    // they occur, so a skipped time never runs and a repeated one runs twice.
    .clock = ClockModel::real_time_minutes,
    // REST Job.schedule: a job's executions do not overlap; a slow run delays the next.
    .starts_overlapping_runs = false,
    .honours_cron_tz = false,
    .honours_random_delay = false,
    .backward_jump_limit_minutes = 0,
    .reads_system_crontabs = false,
    .max_lines = 0,
    .spool_directory = "",
    .cron_d_file_names = "it has no crontab files",
    .reads_crontab_files = false,
    // The job's timeZone defaults to Etc/UTC.
    .default_zone = "Etc/UTC",
    // "the minimum granularity is one minute": nothing to check beyond cron's own.
    .min_interval_minutes = 0,
};

// Apache Airflow: a DAG's cron `schedule`, validated and stepped by timetables/_cron.py CronMixin
// over croniter; docs/dialects/airflow.md. A scheduler with no crontab file, command line or
// environment of its own, like kubernetes. Zone: the DAG's start_date zone, else [core]
// default_timezone (utc).
constexpr Dialect airflow_dialect{
    .id = DialectId::airflow,
    .name = "airflow",
    .description = "Apache Airflow DAG schedules (CronMixin over croniter)",
    .daemon = "Airflow",
    .rejects_whole_file_on_error = false,
    .rejects_whole_file_without_final_newline = false,
    .reads_last_line_without_newline = true,
    // croniter _get_next: OR unless a day field expands to `*` (`*/2` does not).
    .day_rule_basis = DayRuleBasis::croniter_expanded_star,
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    .skips_junk_after_field_items = false,
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .field_reader = FieldReader::croniter_expand,
    // croniter _expand: "N/step" is rewritten "N-max/step".
    .single_value_step = Dialect::SingleValueStep::through_last,
    .specials = SpecialSet::vixie,
    // croniter _expand: an empty item is refused (`[1,,2 * * * *] is not acceptable`).
    .skips_empty_list_items = false,
    .percent_is_special = false,
    .accepts_bsd_line_options = false,
    .hash_ends_command = false,
    .collapses_command_blanks = false,
    .rejects_star_command = false,
    .field_error_log = "",
    .accepts_empty_command = false,
    .max_command_length = no_limit,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    .ignores_short_lines_silently = false,
    .env_line_syntax = EnvLineSyntax::vixie_load_env,
    .accepts_empty_unquoted_value = false,
    .trims_quoted_value_trailing_blanks = false,
    .strips_second_quote_pair = false,
    .max_env_line_length = no_limit,
    .inherits_daemon_environment = false,
    .exports_crontab_variables = false,
    .identity_variables = IdentityVariables::none,
    .job_directory = JobDirectory::daemon_directory,
    .default_shell_is_daemons = false,
    .default_path = "",
    .sets_user_variable = false,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = false,
    .mail_address_punctuation = "",
    .expands_mail_variables = false,
    .fixed_mail_sender = "",
    .output_without_mailto = JobOutput::logged_by_daemon,
    .mails_output_to_mailto = false,
    .mails_failure_notices = false,
    // timetables/_cron.py CronMixin._get_next.
    .clock = ClockModel::airflow_cron_mixin,
    .starts_overlapping_runs = true,
    .honours_cron_tz = false,
    .honours_random_delay = false,
    .backward_jump_limit_minutes = 0,
    .reads_system_crontabs = false,
    .max_lines = 0,
    .spool_directory = "",
    .cron_d_file_names = "it has no crontab files",
    .reads_crontab_files = false,
    .default_zone = "UTC",
    // croniter: max_years_between_matches defaults to 50, then "failed to find next date".
    .years_searched_ahead = 50,
    .croniter_caller = CroniterCaller::airflow,
};
// Prefect: a deployment's CronSchedule (schemas/schedules.py), croniter with day_or=True (the
// default); docs/dialects/prefect.md. Zone: the schedule's `timezone`, else UTC.
constexpr Dialect prefect_dialect{
    .id = DialectId::prefect,
    .name = "prefect",
    .description = "Prefect deployment schedules (CronSchedule over croniter, day_or true)",
    .daemon = "Prefect",
    .rejects_whole_file_on_error = false,
    .rejects_whole_file_without_final_newline = false,
    .reads_last_line_without_newline = true,
    // croniter _get_next: OR unless a day field expands to `*` (`*/2` does not).
    .day_rule_basis = DayRuleBasis::croniter_expanded_star,
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    .skips_junk_after_field_items = false,
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .field_reader = FieldReader::croniter_expand,
    // croniter _expand: "N/step" is rewritten "N-max/step".
    .single_value_step = Dialect::SingleValueStep::through_last,
    .specials = SpecialSet::vixie,
    // croniter _expand: an empty item is refused (`[1,,2 * * * *] is not acceptable`).
    .skips_empty_list_items = false,
    .percent_is_special = false,
    .accepts_bsd_line_options = false,
    .hash_ends_command = false,
    .collapses_command_blanks = false,
    .rejects_star_command = false,
    .field_error_log = "",
    .accepts_empty_command = false,
    .max_command_length = no_limit,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    .ignores_short_lines_silently = false,
    .env_line_syntax = EnvLineSyntax::vixie_load_env,
    .accepts_empty_unquoted_value = false,
    .trims_quoted_value_trailing_blanks = false,
    .strips_second_quote_pair = false,
    .max_env_line_length = no_limit,
    .inherits_daemon_environment = false,
    .exports_crontab_variables = false,
    .identity_variables = IdentityVariables::none,
    .job_directory = JobDirectory::daemon_directory,
    .default_shell_is_daemons = false,
    .default_path = "",
    .sets_user_variable = false,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = false,
    .mail_address_punctuation = "",
    .expands_mail_variables = false,
    .fixed_mail_sender = "",
    .output_without_mailto = JobOutput::logged_by_daemon,
    .mails_output_to_mailto = false,
    .mails_failure_notices = false,
    // schemas/schedules.py CronSchedule._get_dates_generator (Python < 3.13, pendulum 3).
    .clock = ClockModel::prefect_dates_generator,
    .starts_overlapping_runs = true,
    .honours_cron_tz = false,
    .honours_random_delay = false,
    .backward_jump_limit_minutes = 0,
    .reads_system_crontabs = false,
    .max_lines = 0,
    .spool_directory = "",
    .cron_d_file_names = "it has no crontab files",
    .reads_crontab_files = false,
    .default_zone = "UTC",
    // croniter: max_years_between_matches defaults to 50, then "failed to find next date".
    .years_searched_ahead = 50,
    .croniter_caller = CroniterCaller::prefect,
};
// Prefect's CronSchedule with `day_or: false`: croniter ANDs the day fields whatever they hold.
constexpr Dialect prefect_day_or_false_dialect{
    .id = DialectId::prefect_day_or_false,
    .name = "prefect-day-or-false",
    .description = "Prefect deployment schedules with day_or: false (both day fields must match)",
    .daemon = "Prefect",
    .rejects_whole_file_on_error = false,
    .rejects_whole_file_without_final_newline = false,
    .reads_last_line_without_newline = true,
    // croniter _get_next with day_or=False: both day fields always.
    .day_rule_basis = DayRuleBasis::always_both,
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    .skips_junk_after_field_items = false,
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .field_reader = FieldReader::croniter_expand,
    // croniter _expand: "N/step" is rewritten "N-max/step".
    .single_value_step = Dialect::SingleValueStep::through_last,
    .specials = SpecialSet::vixie,
    // croniter _expand: an empty item is refused (`[1,,2 * * * *] is not acceptable`).
    .skips_empty_list_items = false,
    .percent_is_special = false,
    .accepts_bsd_line_options = false,
    .hash_ends_command = false,
    .collapses_command_blanks = false,
    .rejects_star_command = false,
    .field_error_log = "",
    .accepts_empty_command = false,
    .max_command_length = no_limit,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    .ignores_short_lines_silently = false,
    .env_line_syntax = EnvLineSyntax::vixie_load_env,
    .accepts_empty_unquoted_value = false,
    .trims_quoted_value_trailing_blanks = false,
    .strips_second_quote_pair = false,
    .max_env_line_length = no_limit,
    .inherits_daemon_environment = false,
    .exports_crontab_variables = false,
    .identity_variables = IdentityVariables::none,
    .job_directory = JobDirectory::daemon_directory,
    .default_shell_is_daemons = false,
    .default_path = "",
    .sets_user_variable = false,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = false,
    .mail_address_punctuation = "",
    .expands_mail_variables = false,
    .fixed_mail_sender = "",
    .output_without_mailto = JobOutput::logged_by_daemon,
    .mails_output_to_mailto = false,
    .mails_failure_notices = false,
    // schemas/schedules.py CronSchedule._get_dates_generator (Python < 3.13, pendulum 3).
    .clock = ClockModel::prefect_dates_generator,
    .starts_overlapping_runs = true,
    .honours_cron_tz = false,
    .honours_random_delay = false,
    .backward_jump_limit_minutes = 0,
    .reads_system_crontabs = false,
    .max_lines = 0,
    .spool_directory = "",
    .cron_d_file_names = "it has no crontab files",
    .reads_crontab_files = false,
    .default_zone = "UTC",
    // croniter: max_years_between_matches defaults to 50, then "failed to find next date".
    .years_searched_ahead = 50,
    .croniter_caller = CroniterCaller::prefect,
};
// Dagster: a ScheduleDefinition's cron_schedule, checked by _utils/schedules.py
// is_valid_cron_string and stepped by cron_string_iterator over Dagster's vendored croniter;
// docs/dialects/dagster.md. Zone: execution_timezone, else UTC.
constexpr Dialect dagster_dialect{
    .id = DialectId::dagster,
    .name = "dagster",
    .description = "Dagster schedules (cron_string_iterator over its vendored croniter)",
    .daemon = "Dagster",
    .rejects_whole_file_on_error = false,
    .rejects_whole_file_without_final_newline = false,
    .reads_last_line_without_newline = true,
    // croniter _get_next: OR unless a day field expands to `*` (`*/2` does not).
    .day_rule_basis = DayRuleBasis::croniter_expanded_star,
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    .skips_junk_after_field_items = false,
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .field_reader = FieldReader::croniter_expand,
    // croniter _expand: "N/step" is rewritten "N-max/step".
    .single_value_step = Dialect::SingleValueStep::through_last,
    .specials = SpecialSet::vixie,
    // croniter _expand: an empty item is refused (`[1,,2 * * * *] is not acceptable`).
    .skips_empty_list_items = false,
    .percent_is_special = false,
    .accepts_bsd_line_options = false,
    .hash_ends_command = false,
    .collapses_command_blanks = false,
    .rejects_star_command = false,
    .field_error_log = "",
    .accepts_empty_command = false,
    .max_command_length = no_limit,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    .ignores_short_lines_silently = false,
    .env_line_syntax = EnvLineSyntax::vixie_load_env,
    .accepts_empty_unquoted_value = false,
    .trims_quoted_value_trailing_blanks = false,
    .strips_second_quote_pair = false,
    .max_env_line_length = no_limit,
    .inherits_daemon_environment = false,
    .exports_crontab_variables = false,
    .identity_variables = IdentityVariables::none,
    .job_directory = JobDirectory::daemon_directory,
    .default_shell_is_daemons = false,
    .default_path = "",
    .sets_user_variable = false,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = false,
    .mail_address_punctuation = "",
    .expands_mail_variables = false,
    .fixed_mail_sender = "",
    .output_without_mailto = JobOutput::logged_by_daemon,
    .mails_output_to_mailto = false,
    .mails_failure_notices = false,
    // _utils/schedules.py cron_string_iterator.
    .clock = ClockModel::dagster_cron_iterator,
    .starts_overlapping_runs = true,
    .honours_cron_tz = false,
    .honours_random_delay = false,
    .backward_jump_limit_minutes = 0,
    .reads_system_crontabs = false,
    .max_lines = 0,
    .spool_directory = "",
    .cron_d_file_names = "it has no crontab files",
    .reads_crontab_files = false,
    .default_zone = "UTC",
    // croniter: max_years_between_matches defaults to 50, then "failed to find next date".
    .years_searched_ahead = 50,
    .croniter_caller = CroniterCaller::dagster,
};

// GitLab CI pipeline schedules: Gitlab::Ci::CronParser hands "<cron> <cron_timezone>" to
// Fugit::Cron.parse and asks Fugit::Cron#next_time (fugit 1.11.x, lib/fugit/cron.rb);
// docs/dialects/gitlab.md. A scheduler with no crontab file, command line or environment of its
// own, like kubernetes.
constexpr Dialect gitlab_dialect{
    .id = DialectId::gitlab,
    .name = "gitlab",
    .description = "GitLab CI pipeline schedules (fugit 1.11 Fugit::Cron, as GitLab calls it)",
    .daemon = "GitLab",
    .rejects_whole_file_on_error = false,
    .rejects_whole_file_without_final_newline = false,
    .reads_last_line_without_newline = true,
    // cron.rb day_match?: OR when both day fields are non-nil, AND with `&`.
    .day_rule_basis = DayRuleBasis::fugit_nil_field,
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    .skips_junk_after_field_items = false,
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .field_reader = FieldReader::fugit_parse,
    // cron.rb expand(): `edn = max if sla && edn.nil?`.
    .single_value_step = Dialect::SingleValueStep::through_last,
    // cron.rb SPECIALS, read by fugit's own parser (FieldReader::fugit_parse).
    .specials = SpecialSet::vixie,
    .percent_is_special = false,
    .accepts_bsd_line_options = false,
    .hash_ends_command = false,
    .collapses_command_blanks = false,
    .rejects_star_command = false,
    .field_error_log = "",
    .accepts_empty_command = false,
    .max_command_length = no_limit,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    .ignores_short_lines_silently = false,
    .env_line_syntax = EnvLineSyntax::vixie_load_env,
    .accepts_empty_unquoted_value = false,
    .trims_quoted_value_trailing_blanks = false,
    .strips_second_quote_pair = false,
    .max_env_line_length = no_limit,
    .inherits_daemon_environment = false,
    .exports_crontab_variables = false,
    .identity_variables = IdentityVariables::none,
    .job_directory = JobDirectory::daemon_directory,
    .default_shell_is_daemons = false,
    .default_path = "",
    .sets_user_variable = false,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = false,
    .mail_address_punctuation = "",
    .expands_mail_variables = false,
    .fixed_mail_sender = "",
    .output_without_mailto = JobOutput::logged_by_daemon,
    .mails_output_to_mailto = false,
    .mails_failure_notices = false,
    .clock = ClockModel::fugit_next_time,
    .starts_overlapping_runs = true,
    .honours_cron_tz = false,
    .honours_random_delay = false,
    .backward_jump_limit_minutes = 0,
    .reads_system_crontabs = false,
    .max_lines = 0,
    .spool_directory = "",
    .cron_d_file_names = "it has no crontab files",
    .reads_crontab_files = false,
    // Ci::PipelineSchedule#cron_timezone defaults to UTC.
    .default_zone = "UTC",
};

// Amazon EventBridge scheduled rules (PutRule's ScheduleExpression; closed source): what AWS's
// documentation says, docs/dialects/eventbridge.md. `cron(...)` in the Quartz family's syntax
// without seconds, or `rate(...)`; always UTC. A scheduler with no crontab file, command line or
// environment of its own, like kubernetes.
constexpr Dialect eventbridge_dialect{
    .id = DialectId::eventbridge,
    .name = "eventbridge",
    .description = "Amazon EventBridge scheduled rules (cron() and rate(), as AWS documents them)",
    .daemon = "EventBridge",
    .rejects_whole_file_on_error = false,
    .rejects_whole_file_without_final_newline = false,
    .reads_last_line_without_newline = true,
    // The cron expressions page, Limitations: "If you specify a value or a * (asterisk) in one of
    // the fields, you must use a ? (question mark) in the other."
    .day_rule_basis = DayRuleBasis::one_is_question_mark,
    .seconds_and_year_fields = false,
    .quartz_day_extras = false,
    .skips_junk_after_field_items = false,
    .reversed_range_ending_in_zero_means_seven = false,
    .checks_only_generated_values = false,
    .random_operator = false,
    .dash_prefix_disables_logging = false,
    .field_reader = FieldReader::eventbridge_schedule_expression,
    // The wildcards list: `1/10` in Minutes is 1, 11, 21, ...
    .single_value_step = Dialect::SingleValueStep::through_last,
    .specials = SpecialSet::none,
    .percent_is_special = false,
    .accepts_bsd_line_options = false,
    .hash_ends_command = false,
    .collapses_command_blanks = false,
    .rejects_star_command = false,
    .field_error_log = "",
    .accepts_empty_command = false,
    .max_command_length = no_limit,
    .command_too_long_is_rejected = false,
    .unescapes_double_backslash = false,
    .skips_all_blanks_after_user = true,
    .unknown_user_rejected_at_parse = false,
    .ignores_short_lines_silently = false,
    .env_line_syntax = EnvLineSyntax::vixie_load_env,
    .accepts_empty_unquoted_value = false,
    .trims_quoted_value_trailing_blanks = false,
    .strips_second_quote_pair = false,
    .max_env_line_length = no_limit,
    .inherits_daemon_environment = false,
    .exports_crontab_variables = false,
    .identity_variables = IdentityVariables::none,
    .job_directory = JobDirectory::daemon_directory,
    .default_shell_is_daemons = false,
    .default_path = "",
    .sets_user_variable = false,
    .merges_pam_environment = false,
    .passes_locale_from_daemon = false,
    .mail_address_punctuation = "",
    .expands_mail_variables = false,
    .fixed_mail_sender = "",
    .output_without_mailto = JobOutput::logged_by_daemon,
    .mails_output_to_mailto = false,
    .mails_failure_notices = false,
    // In UTC there is no daylight-saving change to meet.
    .clock = ClockModel::eventbridge_wall_clock,
    .starts_overlapping_runs = true,
    .honours_cron_tz = false,
    .honours_random_delay = false,
    .backward_jump_limit_minutes = 0,
    .reads_system_crontabs = false,
    .max_lines = 0,
    .spool_directory = "",
    .cron_d_file_names = "it has no crontab files",
    .reads_crontab_files = false,
    // re:Post "eventbridge-scheduler-adjust-dst": "all scheduled event rules use the UTC+0 time
    // zone, and the minimum precision for a schedule is one minute".
    .default_zone = "UTC",
    .min_interval_minutes = 0,
    // The cron expressions page: Day-of-week "1-7 or SUN-SAT", 3#2 is "the second Tuesday".
    .day_of_week_numbering = DayOfWeekNumbering::sunday_1,
    .years_searched_ahead = 0,
    .accepts_at_expression = false,
    .zone_is_fixed = true,
    // PutRule's ValidationException for every invalid expression.
    .invalid_expression_message = "Parameter ScheduleExpression is not valid.",
};

// Amazon EventBridge Scheduler (CreateSchedule's ScheduleExpression and
// ScheduleExpressionTimezone): the rules' cron() and rate() plus a one-time at(), in a zone of
// the schedule's own (UTC by default); the documented daylight-saving behaviour, "skipped" and
// "runs only once". docs/dialects/eventbridge.md.
constexpr Dialect eventbridge_scheduler_dialect = [] {
  Dialect d = eventbridge_dialect;
  d.id = DialectId::eventbridge_scheduler;
  d.name = "eventbridge-scheduler";
  d.description =
      "Amazon EventBridge Scheduler (cron(), rate() and at() with a time zone, as AWS documents "
      "them)";
  d.daemon = "EventBridge Scheduler";
  d.accepts_at_expression = true;
  d.zone_is_fixed = false;
  // The wording of CreateSchedule's ValidationException for a bad expression is not documented.
  d.invalid_expression_message = "";
  return d;
}();

}  // namespace

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
    case DialectId::quartz:
      return quartz_dialect;
    case DialectId::kubernetes:
      return kubernetes_dialect;
    case DialectId::github_actions:
      return github_actions_dialect;
    case DialectId::airflow:
      return airflow_dialect;
    case DialectId::prefect:
      return prefect_dialect;
    case DialectId::prefect_day_or_false:
      return prefect_day_or_false_dialect;
    case DialectId::dagster:
      return dagster_dialect;
    case DialectId::gitlab:
      return gitlab_dialect;
    case DialectId::eventbridge:
      return eventbridge_dialect;
    case DialectId::eventbridge_scheduler:
      return eventbridge_scheduler_dialect;
    case DialectId::spring:
      return spring_dialect;
    case DialectId::azure:
      return azure_dialect;
    case DialectId::cloud_scheduler:
      return cloud_scheduler_dialect;
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
