// The schedulers that take one cron expression rather than a crontab: Quartz and Spring,
// Kubernetes, GitHub Actions, GitLab, Azure, Cloud Scheduler and Amazon EventBridge. The
// croniter family is in croniter_dialects.cpp.

#include "dialect/dialect_table.hpp"

namespace cronkit::dialect_table {

// Quartz Scheduler 2.3.2, org.quartz.CronExpression: a library that an application hands one
// expression (a CronTrigger's); no crontab, no command, no environment. docs/dialects/quartz.md.
constexpr Dialect quartz{
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
constexpr Dialect kubernetes{
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
constexpr Dialect github_actions{
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
constexpr Dialect spring{
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
constexpr Dialect azure{
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
constexpr Dialect cloud_scheduler{
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

// GitLab CI pipeline schedules: Gitlab::Ci::CronParser hands "<cron> <cron_timezone>" to
// Fugit::Cron.parse and asks Fugit::Cron#next_time (fugit 1.11.x, lib/fugit/cron.rb);
// docs/dialects/gitlab.md. A scheduler with no crontab file, command line or environment of its
// own, like kubernetes.
constexpr Dialect gitlab{
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
constexpr Dialect eventbridge{
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
constexpr Dialect eventbridge_scheduler = [] {
  Dialect d = eventbridge;
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

}  // namespace cronkit::dialect_table
