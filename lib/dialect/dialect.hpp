#pragma once
// The one table of what differs between the crons cronkit models. The grammar, the schedule
// model, the simulator, the environment builder and the lint rules ask a Dialect instead of
// hard-coding one cron. Facts and their sources: docs/semantics.md (section 14: every member).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace cronkit {

// Debian's cron and cronie (the Vixie 3 family the tools were first written for), FreeBSD's cron
// (Vixie 4), busybox crond, supercronic (gorhill/cronexpr) and Debian's systemd-cron generator;
// then schedulers that take one expression and have no crontab file: Quartz
// (org.quartz.CronExpression), Kubernetes CronJobs (robfig/cron v3) and GitHub Actions workflows
// (`on.schedule`, as GitHub documents it); Spring's CronExpression (@Scheduled), Azure Functions
// timer triggers (NCrontab) and Google Cloud Scheduler jobs; the Python schedulers built on
// croniter: Apache Airflow, Prefect (with `day_or: true`, its default, and `day_or: false`) and
// Dagster; GitLab CI pipeline schedules (fugit's Fugit::Cron); and Amazon EventBridge's scheduled
// rules and EventBridge Scheduler (ScheduleExpression, as AWS documents it).
enum class DialectId {
  debian,
  cronie,
  bsd,
  busybox,
  supercronic,
  systemd_cron,
  quartz,
  kubernetes,
  github_actions,
  spring,
  azure,
  cloud_scheduler,
  airflow,
  prefect,
  prefect_day_or_false,
  dagster,
  gitlab,
  eventbridge,
  eventbridge_scheduler
};

// How a daemon combines the day-of-month and day-of-week fields.
enum class DayRuleBasis : std::uint8_t {
  // Vixie cron: OR when both are restricted; a field whose *text* starts with `*` (`*/2` too)
  // counts as unrestricted, and then both must match (DOM_STAR / DOW_STAR).
  star_in_text,
  // busybox crond: a field counts as unrestricted when its *value set* has every slot of its
  // table set (so `0-6` in day-of-week is unrestricted, `1-31` in day-of-month is not).
  full_value_table,
  // gorhill/cronexpr: a field with any item `*` or `?` (`L,*` too) is unrestricted; anything else
  // (`*/2`, `1-31`) is restricted. Neither restricted: every day; one: that field alone; both:
  // either may match (cronexpr_next.go calculateActualDaysOfMonth).
  star_or_question_mark,
  // systemd-cron's generator: the day fields become one OnCalendar= date, so both must match.
  always_both,
  // Quartz: exactly one of the two day fields must be `?` and the other alone picks the days;
  // both set, or both `?`, is an error (CronExpression.buildExpression).
  one_is_question_mark,
  // croniter (day_or=True): a day field is unrestricted when it *expands* to `*`: `*`, `?`, or
  // a full set (`1-31`, `0-6`, `*/1`) when the other day field's text contains a `*`. Neither
  // unrestricted: either may match; else both (croniter.py _expand, _get_next).
  croniter_expanded_star,
  // fugit (GitLab): a field counts as unrestricted when fugit holds nil for it: an item `*`,
  // `*/1` or a range over the whole field (`1-31`, fugit 1.7 on) in day-of-month, a day-of-week
  // field that names no weekday (`*`); both restricted: OR, or AND with `&` (cron.rb day_match?).
  fugit_nil_field,
};

// How a daemon's clock meets daylight-saving changes and clock steps.
enum class ClockModel : std::uint8_t {
  // Vixie cron's virtual wall clock (docs/semantics.md section 12): catch-up after a forward
  // jump, fixed-time jobs once in a repeated hour.
  vixie_wall_clock,
  // Once per real minute the daemon asks localtime() and runs what matches: wall minutes a
  // forward change skips never occur, a repeated hour is matched twice.
  real_time_minutes,
  // The next run is computed on the wall clock and turned into an instant with Go's time.Date
  // (cronexpr's Next()): see docs/dialects/supercronic.md.
  go_wall_clock_next,
  // systemd's calendar timers (OnCalendar=): the next elapse is the next wall-clock time after
  // the last one, turned into an instant with mktime(): a wall time in a forward gap does not
  // exist and is skipped, a repeated wall time runs once, at its first occurrence.
  systemd_calendar,
  // FreeBSD's cron started with -s (rc.conf's default cron_dst="YES"): real minutes as in
  // real_time_minutes, but for the |change| seconds after a UTC-offset change each job is also
  // matched against the wall time under the old offset (cron.c cron_tick: RUN_AT / NOT_UNTIL).
  freebsd_dst_switch,
  // Quartz's CronExpression.getTimeAfter(): the next firing after the previous one, found by
  // setting the fields of a lenient java.util.GregorianCalendar; a wall time in a forward gap
  // is skipped, a repeated one is read in the later offset (docs/dialects/quartz.md).
  quartz_time_after,
  // robfig/cron v3's SpecSchedule.Next (spec.go), which Kubernetes' CronJob controller calls: it
  // walks month, day, hour (one hour of real time at a time), minute and second from the
  // instant after the last run, so a wall time in a forward gap is skipped, one in a repeated
  // hour fires twice, and nothing is found more than five years ahead
  // (docs/dialects/kubernetes.md).
  robfig_spec_next,
  // Spring's CronExpression.next() on a ZonedDateTime (docs/dialects/spring.md): fields are moved
  // with java.time, hours and smaller units on the instant line, so every instant whose wall time
  // matches fires once: a wall time in a forward gap is skipped, both copies of a repeated one
  // fire.
  spring_cron_next,
  // Azure Functions' timer trigger (CronSchedule.GetNextOccurrence, docs/dialects/azure.md):
  // NCrontab's next wall time, read in the standard offset (a time in a forward gap runs an hour
  // late), then moved for the repeated hour: a point-in-time schedule runs once, in the first
  // copy; an interval schedule runs through both copies.
  ncrontab_functions,
  // The three Python schedulers ask croniter for the next *wall* time after the last run's wall
  // time and then attach the zone themselves, each in its own way (docs/dialects/airflow.md,
  // prefect.md, dagster.md):
  // Airflow's CronMixin._get_next: a nonexistent time is read in the offset before the change
  // (02:30 runs at 03:30), a repeated one at its second occurrence; when the hour field expands
  // to `*` the wall-clock step is added to the last run's instant instead (one run per real
  // hour, both copies of a repeated hour).
  airflow_cron_mixin,
  // Prefect's CronSchedule._get_dates_generator: croniter walks wall times from the start, each
  // re-read in the zone at its first occurrence (fold 0), a nonexistent one with the offset
  // after the change (02:30 becomes 01:30 before the gap, as pendulum 3 reads it), duplicates
  // dropped.
  prefect_dates_generator,
  // Dagster's cron_string_iterator: a nonexistent time moves to the end of the gap (02:30 runs
  // at 03:00), a repeated one runs at its second occurrence; a schedule whose hour field is `*`
  // runs every existing wall time, both copies of a repeated one.
  dagster_cron_iterator,
  // fugit's Fugit::Cron#next_time (cron.rb), which GitLab's pipeline schedules call with a UTC
  // time: it steps through absolute seconds and reads the wall time in the schedule's zone, so a
  // wall time in a forward gap is skipped and one in a repeated hour fires twice
  // (docs/dialects/gitlab.md).
  fugit_next_time,
  // Amazon EventBridge (AWS documents the behaviour, not the code): the next wall-clock time the
  // expression names, in the schedule's zone; a wall time a forward change skips is skipped, a
  // repeated one runs once, at its first occurrence; rate() runs every interval from the
  // schedule's start and at() once (docs/dialects/eventbridge.md).
  eventbridge_wall_clock,
};

// How a daemon reads the items of a time field.
enum class FieldReader : std::uint8_t {
  // Vixie cron's get_list()/get_range(), with the dialect's flags below.
  vixie_get_list,
  // busybox crond's ParseField(): a range fills from its first value, wrapping around the table,
  // until it reaches its last; a value beyond the table fills every slot (the loop's 1024-round
  // failsafe); an error is logged and the line kept with the values set so far.
  busybox_parse_field,
  // systemd-cron's generator (parse_time_unit): Python slices of the field's value list, so
  // values beyond the range are clamped or dropped, never an error; a bad item drops the line
  // (a bad day-of-week drops only that field).
  systemd_generator_slices,
  // Quartz's CronExpression (buildExpression, storeExpressionVals, checkNext, addToSet): six or
  // seven fields, seconds first and an optional year last, read character by character.
  quartz_store_expression_vals,
  // robfig/cron v3's ParseStandard (parser.go getField/getRange): an optional `TZ=`/`CRON_TZ=`
  // prefix, then a descriptor (`@daily`) or exactly five blank-separated fields, each split at
  // commas (empty pieces dropped), then at `/` and `-`; numbers through strconv.Atoi, errors in
  // robfig's own words.
  robfig_get_field,
  // Spring's CronExpression.parse (CronField, BitsCronField, QuartzCronField): exactly six
  // fields, seconds first, `?` `L` `W` `#` in the day fields, names by substring replacement,
  // errors in Spring's and java.lang.Integer's words (grammar/spring.hpp).
  spring_cron_field,
  // NCrontab's CrontabSchedule.TryParse as Azure Functions calls it: six fields, seconds first,
  // unless there are exactly five; CrontabException's words (grammar/ncrontab.hpp).
  ncrontab_field,
  // croniter's _expand (croniter.py): the expression lower-cased, a descriptor replaced, 5, 6
  // (seconds last) or 7 (then a year) blank-separated fields of comma-separated items, each
  // matched against croniter's patterns in its order; errors in croniter's words. Which
  // scheduler hands it the text, and what that scheduler checks first, is
  // Dialect::croniter_caller.
  croniter_expand,
  // fugit's Fugit::Cron.parse (cron.rb, fugit 1.11.x) on the text GitLab builds: the expression,
  // a space and the schedule's zone (grammar/fugit.hpp, lib/parse/fugit_expression.hpp).
  fugit_parse,
  // Amazon EventBridge's ScheduleExpression: `cron(` six fields `)` in the Quartz family's field
  // syntax (grammar/quartz.hpp: minutes first, a year last, no seconds) or `rate(value unit)`;
  // errors say AWS's one message and cronkit's reason.
  eventbridge_schedule_expression,
};

// The scheduler that gives an expression to croniter, and so what it checks or replaces before
// croniter sees it.
enum class CroniterCaller : std::uint8_t {
  none,     // not a croniter dialect
  airflow,  // cron_presets (@quarterly ...), @once/@continuous timetables, AirflowTimetableInvalid
  prefect,  // croniter.is_valid, then `R`/`H` fields refused: `Invalid cron string: "..."`
  dagster,  // croniter.is_valid, exactly 5 fields, no 30/31 February: "Found invalid cron ..."
};

// Which number is which day in the day-of-week field.
enum class DayOfWeekNumbering : std::uint8_t {
  sunday_0_or_7,  // Vixie cron and the crons built on it: 0 (or 7) = Sunday, 6 = Saturday
  sunday_1,       // Quartz (CronExpression dayMap): 1 = Sunday, 7 = Saturday; 0 is an error
};

// Which lines a daemon reads as environment settings.
enum class EnvLineSyntax : std::uint8_t {
  vixie_load_env,        // env.c load_env(): NAME = VALUE, each optionally quoted
  busybox_mailto_shell,  // crond.c load_crontab: only `MAILTO=` and `SHELL=` (first word)
  freebsd_sscanf,        // env.c load_env(): sscanf "%[^ =] = %[^\n#]", one quote pair removed
  systemd_generator,     // ^([A-Za-z_0-9]+)\s*=\s*(.*)$, then any leading/trailing quotes removed
};

// The @-words a daemon knows besides Vixie cron's @reboot, @yearly ... @hourly.
enum class SpecialSet : std::uint8_t {
  vixie,    // Debian, cronie, busybox: exact lower-case Vixie words
  freebsd,  // Vixie's words plus @every_minute and @every_second (lib/entry.c load_entry)
  systemd,  // any case; plus @minutely, @quarterly, @semiannually (and spellings), @N days
  none,     // GitHub Actions: its documented syntax has no @-words
};

// Which variables the daemon itself puts into a job's environment, besides the crontab's.
enum class IdentityVariables : std::uint8_t {
  // Vixie cron: LOGNAME (and USER where sets_user_variable) forced to the user; HOME from passwd
  // and SHELL=/bin/sh only when the crontab sets none.
  vixie,
  // busybox crond (crond.c set_env_vars): LOGNAME, USER and HOME from passwd and SHELL set to the
  // shell that runs the job, whatever the crontab says.
  forced_from_passwd,
  // supercronic: nothing; the job runs as supercronic's own user with its environment.
  none,
  // systemd-cron: the unit gets User= for users other than root, and systemd then sets USER,
  // LOGNAME, HOME and SHELL; a root job gets none of them.
  systemd_user_only_for_non_root,
};

// The directory a job starts in.
enum class JobDirectory : std::uint8_t {
  home,              // HOME in effect (cron's chdir)
  daemon_directory,  // the daemon's own working directory (supercronic)
  root_directory,    // `/` (systemd services)
};

// Where a job's output goes when the crontab does not ask for mail.
enum class JobOutput : std::uint8_t {
  mailed_to_owner,   // Vixie cron: mailed to the crontab's owner (MAILTO="" discards)
  logged_by_daemon,  // written to the daemon's own log or standard error
  systemd_journal,   // the unit's output goes to the journal
};

struct Dialect {
  DialectId id;
  std::string_view name;         // the --dialect name: "debian", "systemd-cron"
  std::string_view description;  // "Debian's cron (Vixie 3.0pl1 with Debian's patches)"
  std::string_view daemon;       // as a sentence names it: "Debian's cron", "busybox crond"

  // --- what happens to a file with a bad line ---------------------------------------------
  bool rejects_whole_file_on_error;               // Debian: any rejected line => whole file ignored
  bool rejects_whole_file_without_final_newline;  // Debian: whole file; cronie: the last line
  // busybox crond, supercronic and systemd-cron read a last line that has no newline like any
  // other; Debian's cron, cronie and FreeBSD's cron lose it (or the whole file, above).
  bool reads_last_line_without_newline;

  // --- time fields --------------------------------------------------------------------------
  DayRuleBasis day_rule_basis;
  // A setting of the scheduler's that makes both day fields apply where it ORs them (Prefect's
  // `day_or: false`), as the message about OR-ed day fields names it; empty when there is none.
  std::string_view days_and_setting = "";
  // gorhill/cronexpr: besides the usual five, 6 fields add a year (last), 7 fields a second
  // (first) and a year.
  bool seconds_and_year_fields;
  // gorhill/cronexpr: `?` (in every field), `L`, `W`, `LW` and `#` in the day fields.
  bool quartz_day_extras;
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
  FieldReader field_reader;
  // A step after a single value (`5/10`): Debian and cronie reject it; FreeBSD reads `a-last/n`;
  // busybox and systemd-cron keep only the value.
  enum class SingleValueStep : std::uint8_t { rejected, through_last, value_only };
  SingleValueStep single_value_step;
  SpecialSet specials;

  // gorhill/cronexpr splits a field at commas and drops empty pieces: `1,,3` and `,5` are valid.
  bool skips_empty_list_items = false;

  // --- command --------------------------------------------------------------------------------
  // Vixie cron: the first unescaped `%` ends the command and the rest becomes standard input.
  // busybox and supercronic hand the whole text to the shell.
  bool percent_is_special;
  // FreeBSD: `-n` (no mail after a successful run) and `-q` (do not log the run) may precede the
  // command.
  bool accepts_bsd_line_options;
  // busybox: a `#` anywhere on a job line starts a comment (config_read's EOL_COMMENTS), so
  // `echo a#b` runs `echo a`.
  bool hash_ends_command;
  // systemd-cron: the command is the words after the schedule joined by single spaces.
  bool collapses_command_blanks;
  // Debian and cronie: a user-crontab command starting with `*` is a sixth time field, and the
  // line is rejected; FreeBSD, busybox and systemd-cron run `* ...` as the command.
  bool rejects_star_command;
  // What the daemon logs for a bad time field, with {field} (the field's name, "day-of-month")
  // and {text} (the field as written): FreeBSD "(owner) PARSE (bad {field})". Empty: cronkit's
  // own wording only.
  std::string_view field_error_log;
  bool accepts_empty_command;         // Debian: `7 7 7 7 7` is an entry that runs nothing
  std::size_t max_command_length;     // longest accepted command, in bytes
  bool command_too_long_is_rejected;  // Debian rejects; cronie silently truncates
  bool unescapes_double_backslash;    // Debian: `\\` in the command part becomes `\`
  // System format: Debian consumes exactly one blank after the user name (the rest stays at the
  // start of the command); cronie skips all blanks.
  bool skips_all_blanks_after_user;
  bool unknown_user_rejected_at_parse;  // Debian: "bad username" => line (and file) rejected

  // busybox: a line of fewer than six words is skipped without a message.
  bool ignores_short_lines_silently;

  // --- environment lines ----------------------------------------------------------------------
  EnvLineSyntax env_line_syntax;
  bool accepts_empty_unquoted_value;        // cronie: `MAILTO=` is an assignment; Debian: error
  bool trims_quoted_value_trailing_blanks;  // Debian: `A="  x  "` is `  x`
  bool strips_second_quote_pair;            // Debian: `A="'b'"` is `b`
  std::size_t max_env_line_length;          // bytes of a line read as an assignment candidate

  // --- the job's environment ----------------------------------------------------------------
  // busybox and supercronic start jobs with their own environment (PATH included) plus what the
  // crontab sets; the Vixie crons build a fresh one.
  bool inherits_daemon_environment;
  // Whether the crontab's assignments reach the job. busybox reads MAILTO= and SHELL= lines for
  // itself and exports nothing.
  bool exports_crontab_variables;
  IdentityVariables identity_variables;
  JobDirectory job_directory;
  // busybox runs jobs with the shell crond was started with ($SHELL of crond, else the passwd
  // shell of crond's user), not /bin/sh, when the crontab sets no SHELL.
  bool default_shell_is_daemons;
  std::string_view default_path;   // PATH when the crontab does not set one
  bool sets_user_variable;         // cronie sets USER; Debian (on Linux) does not
  bool merges_pam_environment;     // Debian: pam_env's /etc/environment under the crontab's
  bool passes_locale_from_daemon;  // cronie: LANG, LC_*, LANGUAGE from crond's environment

  // --- mail -----------------------------------------------------------------------------------
  // The punctuation do_command.c `safe_p` allows in MAILTO and MAILFROM after the first
  // character (Debian adds `=/` to cronie's set). Empty: the daemon checks no character (busybox
  // crond hands MAILTO to sendmail as it is).
  std::string_view mail_address_punctuation;
  // cronie expands `$NAME` and `${NAME}` in MAILTO and MAILFROM, from crond's own environment.
  bool expands_mail_variables;
  // The sender when MAILFROM is unset, empty or unsafe: Debian's fixed "root (Cron Daemon)";
  // empty when it is the crontab owner's name (cronie).
  std::string_view fixed_mail_sender;

  // --- output ---------------------------------------------------------------------------------
  // Where the output goes when the crontab sets no MAILTO.
  JobOutput output_without_mailto;
  // Whether a non-empty MAILTO makes the daemon mail the job's output to that address. busybox
  // crond does (through sendmail); supercronic ignores MAILTO; systemd-cron mails only a status
  // report when the job fails, never its output.
  bool mails_output_to_mailto;
  // systemd-cron: MAILTO (else the job's user) gets a notice when the job fails; MAILTO=""
  // turns the notice off.
  bool mails_failure_notices;

  // --- scheduling -----------------------------------------------------------------------------
  ClockModel clock;
  // Whether the daemon starts a job while the previous run of the same entry is still running.
  bool starts_overlapping_runs;
  bool honours_cron_tz;             // cronie: CRON_TZ sets the zone of the entry's fields
  bool honours_random_delay;        // cronie: RANDOM_DELAY
  int backward_jump_limit_minutes;  // Debian 179, cronie 180 (docs/semantics.md §12)

  // --- files ----------------------------------------------------------------------------------
  // /etc/crontab and /etc/cron.d style files, with a user name before the command.
  bool reads_system_crontabs;
  std::size_t max_lines;  // Debian: 10000 lines; 0 = no limit
  // Where `crontab` installs users' crontabs, one file per user named after them.
  std::string_view spool_directory;
  // Whether cron reads a file of this name in /etc/cron.d (Debian: ^[A-Za-z0-9_-]+$; cronie:
  // anything but dotfiles, `#...`, `...~` and rpm leftovers).
  bool reads_cron_d_file(std::string_view basename) const;
  // The rule reads_cron_d_file() applies, in words: "only letters, digits, '_' and '-'".
  std::string_view cron_d_file_names;

  // --- schedulers -----------------------------------------------------------------------------
  // Whether the cron reads crontab files. A scheduler (Quartz, a Kubernetes CronJob's
  // .spec.schedule, a GitHub Actions workflow) is handed one expression: the tools take it bare
  // (cronexplain EXPR, cronsim -e EXPR) and refuse files for it.
  bool reads_crontab_files = true;
  // The zone schedules run in when nothing says otherwise; empty: the daemon's local zone.
  // GitHub Actions: UTC (its `on.schedule` documentation).
  std::string_view default_zone = "";
  // The shortest interval the system runs a schedule at, in minutes; 0: no limit. GitHub
  // Actions: "once every 5 minutes" (its `on.schedule` documentation).
  int min_interval_minutes = 0;
  DayOfWeekNumbering day_of_week_numbering = DayOfWeekNumbering::sunday_0_or_7;
  // How many years past the current one the cron searches for a firing before it gives up
  // (Quartz: CronExpression.MAX_YEAR, the year the class was loaded + 100); 0: no such limit.
  int years_searched_ahead = 0;
  // croniter's callers (Airflow, Prefect, Dagster): see CroniterCaller.
  CroniterCaller croniter_caller = CroniterCaller::none;

  // --- EventBridge ----------------------------------------------------------------------------
  // EventBridge Scheduler's one-time `at(yyyy-mm-ddThh:mm:ss)` besides cron() and rate().
  bool accepts_at_expression = false;
  // EventBridge rules run in default_zone (UTC) whatever the tools' --tz says: they have no zone
  // setting (Scheduler has ScheduleExpressionTimezone).
  bool zone_is_fixed = false;
  // What the system answers for any invalid expression, whatever is wrong with it: EventBridge
  // rules' "Parameter ScheduleExpression is not valid."; empty when its wording is not known.
  std::string_view invalid_expression_message = "";
};

const Dialect& dialect(DialectId id);
// Every dialect, in the order help texts list them.
inline constexpr DialectId all_dialects[] = {DialectId::debian,
                                             DialectId::cronie,
                                             DialectId::bsd,
                                             DialectId::busybox,
                                             DialectId::supercronic,
                                             DialectId::systemd_cron,
                                             DialectId::quartz,
                                             DialectId::kubernetes,
                                             DialectId::github_actions,
                                             DialectId::spring,
                                             DialectId::azure,
                                             DialectId::cloud_scheduler,
                                             DialectId::airflow,
                                             DialectId::prefect,
                                             DialectId::prefect_day_or_false,
                                             DialectId::dagster,
                                             DialectId::gitlab,
                                             DialectId::eventbridge,
                                             DialectId::eventbridge_scheduler};
// "debian", "systemd-cron", ... (case-sensitive); nothing for anything else.
std::optional<DialectId> dialect_from_name(std::string_view name);

}  // namespace cronkit
