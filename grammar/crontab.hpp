#pragma once
// The crontab grammar, as crontab(5) and cron's own parser (entry.c, env.c) read a file.
//
// A crontab is a sequence of lines. cronkit splits the file into lines itself (cron has no line
// continuation, so a line never spans two) and matches each line against `line` below:
//
//   line           = blank-line | comment | env-assignment | entry
//   entry          = schedule [user] command          (the user only in system crontabs)
//   schedule       = "@" special-name | minute hour day-of-month month day-of-week
//   field          = item *("," item) [ignored-tail]
//   item           = ("*" | value ["-" value]) ["/" step]
//
// gorhill/cronexpr (supercronic) reads more, behind dialect gates (rules that match only when
// the parser's control says the dialect has the syntax):
//   schedule       =/ minute ... day-of-week year | second minute ... day-of-week year
//   field          =/ *"," item *(1*"," [item])      (empty list items are skipped)
//   item           =/ "?" ["/" step] | value "#" week
// and its letter suffixes `L`, `W`, `LW` (`L`, `15W`, `5L`) are part of a value token, read by
// the actions.
//
// The grammar only recognises shapes. Whether a value is in range, whether a name exists, which
// cron accepts junk after an item and what the fields mean is decided by the actions in
// lib/parse, which consult the dialect table. Error messages for every `must<>` point are in
// grammar/errors.hpp.

#include <tao/pegtl.hpp>

namespace cronkit::grammar {

using namespace tao::pegtl;  // NOLINT(google-build-using-namespace): grammar vocabulary

// clang-format off

// ---- Blanks -------------------------------------------------------------------------------------
// cron separates fields with spaces and tabs only; every other byte, `\r` included, is data.
struct blank : one<' ', '\t'> {};
struct blanks : plus<blank> {};

// ---- Blank lines and comments ---------------------------------------------------------------------
// Leading blanks are ignored. A `#` starts a comment only as the first non-blank character.
struct blank_line : eof {};
struct comment : seq<one<'#'>, star<any>> {};

// ---- Environment assignments: NAME = VALUE ----------------------------------------------------------
// The name and the value may each be quoted with '...' or "..."; blanks may surround `=`. Nothing
// is expanded: `$HOME` and `~` stay as written. After a closing quote only white space may follow.
// White space here is C's isspace() (so `\r` counts), unlike between time fields.
struct env_space : one<' ', '\t', '\r', '\v', '\f'> {};
template <char Quote> struct quoted_env_name : seq<one<Quote>, star<not_one<Quote, '='>>, one<Quote>> {};
struct bare_env_name : seq<not_at<one<'"', '\''>>, star<not_one<' ', '\t', '\r', '\v', '\f', '='>>> {};
struct env_name : sor<quoted_env_name<'"'>, quoted_env_name<'\''>, bare_env_name> {};
template <char Quote> struct quoted_text : seq<one<Quote>, star<not_one<Quote>>, one<Quote>> {};
struct quoted_env_value : seq<sor<quoted_text<'"'>, quoted_text<'\''>>, star<env_space>, eof> {};
struct bare_env_value : seq<not_at<one<'"', '\''>>, plus<any>> {};
struct empty_env_value : eof {};  // `NAME=`: an assignment for cronie, not for Debian's cron
struct env_value : sor<quoted_env_value, bare_env_value, empty_env_value> {};
struct env_assignment : seq<env_name, star<env_space>, one<'='>, star<env_space>, env_value> {};

// ---- Time fields ------------------------------------------------------------------------------------
// cron reads a run of letters and digits, then decides: all digits is a number, anything else must
// be one of the field's three-letter names (`jan`, `Mon`).
struct value : plus<alnum> {};
struct every_value : one<'*'> {};                       // `*`: the field's first through last value
struct range_first : value {};
struct range_last : value {};
struct range_dash : one<'-'> {};
struct range : seq<range_first, opt<if_must<range_dash, range_last>>> {};
struct step_slash : one<'/'> {};
struct step : value {};
// Dialect gates: always succeed in the grammar's terms; lib/parse's control makes them fail
// unless the dialect reads the syntax behind them.
struct quartz_syntax_gate : success {};   // `?`, `#`: Dialect::quartz_day_extras
struct empty_items_gate : success {};     // `1,,3`: Dialect::skips_empty_list_items
struct any_value : seq<quartz_syntax_gate, one<'?'>> {};  // `?`: any value, like `*`
struct nth_hash : seq<quartz_syntax_gate, one<'#'>> {};
struct nth_week : value {};                              // `5#3`: the third Friday
struct item : seq<sor<every_value, any_value, range>,
                  opt<if_must<nth_hash, nth_week>>,
                  opt<if_must<step_slash, step>>> {};
struct item_comma : one<','> {};
// Debian's cron stops reading a field at a character it does not expect and skips the rest of
// the token (`5#3` reads as `5`); cronie rejects the line. The actions decide which.
struct ignored_tail : plus<not_one<' ', '\t'>> {};
struct items_with_empty_ones : seq<empty_items_gate, star<item_comma>, item,
                                    star<plus<item_comma>, opt<item>>> {};
struct field : seq<sor<items_with_empty_ones, seq<must<item>, star<if_must<item_comma, item>>>>,
                   opt<ignored_tail>> {};

struct minute : field {};
struct hour : field {};
struct day_of_month : field {};
struct month : field {};
struct day_of_week : field {};
struct second : field {};  // gorhill/cronexpr: 0-59, first of seven fields
struct year : field {};    // gorhill/cronexpr: 1970-2099, last of six or seven fields

// The blanks before each field; a line that ends early is missing that field.
struct blanks_before_hour : blanks {};
struct blanks_before_day_of_month : blanks {};
struct blanks_before_month : blanks {};
struct blanks_before_day_of_week : blanks {};

struct time_fields : seq<minute,
                         must<blanks_before_hour>, hour,
                         must<blanks_before_day_of_month>, day_of_month,
                         must<blanks_before_month>, month,
                         must<blanks_before_day_of_week>, day_of_week> {};

// gorhill/cronexpr: six fields add a year, seven a second before the minute and a year. lib/parse
// counts the fields first (as cronexpr does) and then reads the text with one of these.
struct blanks_before_minute : blanks {};
struct blanks_before_year : blanks {};
struct time_fields_and_year : seq<time_fields, must<blanks_before_year>, year> {};
struct second_time_fields_and_year : seq<second, must<blanks_before_minute>, time_fields_and_year> {};

// ---- Specials: @reboot, @daily, ... -------------------------------------------------------------
struct special_name : plus<not_one<' ', '\t'>> {};
struct special : if_must<one<'@'>, special_name> {};

struct schedule : sor<special, time_fields> {};

// ---- User and command ---------------------------------------------------------------------------
// System crontabs name the user after the schedule. Debian's cron consumes exactly one blank
// after the user name; the command is everything after it, up to the end of the line (a `#` in it
// is data, and `%` is handled later). In user crontabs the command starts at the first non-blank.
struct user : plus<not_one<' ', '\t'>> {};
struct blank_after_user : blank {};
struct command : star<any> {};
struct blanks_before_user : blanks {};

struct user_entry : seq<schedule, star<blank>, command> {};
struct system_entry : seq<schedule, must<blanks_before_user>, must<user>, must<blank_after_user>, command> {};

// A schedule given on its own (cronsim --expr, cronexplain), surrounded by optional blanks.
struct schedule_only : seq<star<blank>, schedule, star<blank>, must<eof>> {};
// gorhill/cronexpr's schedules of a known field count (Fields: special, time_fields,
// time_fields_and_year or second_time_fields_and_year), alone or as the start of a crontab line
// (lib/parse cuts the line after the fields, as supercronic does).
template <typename Fields>
struct cronexpr_schedule : seq<star<blank>, Fields, star<blank>, must<eof>> {};

// ---- FreeBSD's line options: -n, -q ---------------------------------------------------------------
// Between the schedule (or the user) and the command, each a `-`, one letter and a blank:
// `-n -q cmd`, never `-nq`. Which letters, and that none repeats, the actions decide.
struct option_dash : one<'-'> {};
struct option_letter : any {};
struct option_blank : blank {};
struct line_option : seq<option_dash, must<option_letter>, must<option_blank>, star<blank>> {};
struct line_options : star<line_option> {};

struct bsd_user_entry : seq<schedule, star<blank>, line_options, command> {};
struct bsd_system_entry : seq<schedule, must<blanks_before_user>, must<user>, star<blank>, line_options, command> {};

// ---- Fields read as whole words: busybox crond, systemd-cron ------------------------------------
// busybox crond (config_read, then ParseField) and systemd-cron's generator (str.split(), then
// parse_time_unit) cut the line into blank-separated words first and read each time field with
// an item parser of their own, which the actions reproduce; neither has a grammar of items that
// can fail half-way through a line.
struct word_field : plus<not_one<' ', '\t'>> {};
struct word_time_fields : seq<word_field, blanks, word_field, blanks, word_field, blanks,
                              word_field, blanks, word_field> {};
struct word_schedule : sor<special, word_time_fields> {};
struct word_user_entry : seq<word_schedule, star<blank>, command> {};
struct word_system_entry : seq<word_schedule, must<blanks_before_user>, must<user>, must<blank_after_user>, command> {};
struct word_schedule_only : seq<star<blank>, word_schedule, star<blank>, must<eof>> {};

// ---- robfig/cron v3: Kubernetes CronJob schedules ------------------------------------------------
// parser.go Parse/ParseStandard reads one expression, never a crontab line:
//
//   expression   = [zone-prefix] (descriptor | five fields)
//   zone-prefix  = ("TZ=" | "CRON_TZ=") zone-name " "      (the name runs to the first space)
//   descriptor   = "@" any text                          (compared whole: "@daily", "@every 1h")
//   field        = *"," item *(1*"," [item])             (strings.FieldsFunc: empty items vanish)
//   item         = text *("-" text) *("/" step-text)     (split at "/" first, then at "-")
//
// Fields are separated by Go's white space (strings.Fields); the field count is checked before
// any field is read, as normalizeFields does. The texts may be anything but the separators:
// whether they are numbers (strconv.Atoi), names or `*`/`?`, and robfig's error messages, are
// decided by the actions in lib/parse.
struct robfig_blank : one<' ', '\t', '\n', '\v', '\f', '\r'> {};
struct robfig_zone_keyword : sor<TAO_PEGTL_STRING("CRON_TZ="), TAO_PEGTL_STRING("TZ=")> {};
struct robfig_zone_name : star<not_one<' '>> {};
struct robfig_zone_space : one<' '> {};  // missing: robfig slices spec[eq+1:-1] and panics
struct robfig_zone_prefix : seq<robfig_zone_keyword, robfig_zone_name, must<robfig_zone_space>> {};
struct robfig_descriptor : seq<one<'@'>, star<any>> {};
struct robfig_text : star<not_one<',', '/', '-', ' ', '\t', '\n', '\v', '\f', '\r'>> {};
struct robfig_range_start : robfig_text {};
struct robfig_range_end : robfig_text {};
struct robfig_hyphen : one<'-'> {};
struct robfig_slash : one<'/'> {};
struct robfig_step : star<not_one<',', '/', ' ', '\t', '\n', '\v', '\f', '\r'>> {};
struct robfig_comma : one<','> {};
struct robfig_item : seq<at<not_one<',', ' ', '\t', '\n', '\v', '\f', '\r'>>, robfig_range_start,
                         star<robfig_hyphen, robfig_range_end>,
                         star<robfig_slash, robfig_step>> {};
struct robfig_field : star<sor<robfig_comma, robfig_item>> {};
struct robfig_minute : robfig_field {};
struct robfig_hour : robfig_field {};
struct robfig_day_of_month : robfig_field {};
struct robfig_month : robfig_field {};
struct robfig_day_of_week : robfig_field {};
struct robfig_blanks : plus<robfig_blank> {};
struct robfig_fields : seq<star<robfig_blank>, robfig_minute, robfig_blanks, robfig_hour,
                           robfig_blanks, robfig_day_of_month, robfig_blanks, robfig_month,
                           robfig_blanks, robfig_day_of_week, star<robfig_blank>> {};
// After a zone prefix robfig trims the rest (strings.TrimSpace); without one a descriptor must
// start the text and is compared with nothing removed.
struct robfig_body : sor<robfig_descriptor, robfig_fields> {};
struct robfig_expression : seq<opt<robfig_zone_prefix, star<robfig_blank>>, robfig_body, eof> {};


// ---- croniter: Airflow, Prefect and Dagster schedules --------------------------------------------
// croniter's _expand (croniter.py) reads one expression, lower-cased first (the fields are
// found in the text as written; the actions lower-case each item before matching its shape, so
// the item rules further down are written in lower case):
//
//   expression   = descriptor | fields                    (the descriptor compared whole)
//   descriptor   = "@" 1*letter                           ("@daily"; Airflow's presets first)
//   fields       = field 4*6(blanks field)                (5; 6 = + seconds; 7 = + year)
//   field        = item *("," item)                       (an item may be empty: then refused)
//
// Fields are separated by Python's str.split() white space; the count is checked before any
// field is read. Each item is then matched, in croniter's order, against the shapes below; an
// item of no shape is looked up as a name (`jan`, `mon`, `l`) and refused when it is none.
struct croniter_blank : sor<one<' ', '\t', '\n', '\v', '\f', '\r'>, tao::pegtl::range<'\x1c', '\x1f'>> {};
struct croniter_blanks : plus<croniter_blank> {};
struct croniter_item : star<not_at<croniter_blank>, not_one<','>> {};
struct croniter_comma : one<','> {};
struct croniter_field : seq<croniter_item, star<croniter_comma, croniter_item>> {};
struct croniter_minute : croniter_field {};
struct croniter_hour : croniter_field {};
struct croniter_day_of_month : croniter_field {};
struct croniter_month : croniter_field {};
struct croniter_day_of_week : croniter_field {};
struct croniter_second : croniter_field {};
struct croniter_year : croniter_field {};
struct croniter_fields : seq<star<croniter_blank>, croniter_minute, croniter_blanks, croniter_hour,
                             croniter_blanks, croniter_day_of_month, croniter_blanks,
                             croniter_month, croniter_blanks, croniter_day_of_week,
                             opt<croniter_blanks, croniter_second,
                                 opt<croniter_blanks, croniter_year>>,
                             star<croniter_blank>> {};
struct croniter_descriptor : seq<one<'@'>, plus<ranges<'a', 'z', 'A', 'Z', '0', '9', '_'>>> {};
struct croniter_expression : sor<seq<croniter_descriptor, eof>, seq<croniter_fields, eof>> {};

// The item shapes, each matched against a whole item (or the text croniter rewrote it to):
//   hash            = ("h" | "r") ["(" digits "-" digits ")"] ["/" digits]   (a whole field)
//   nth-weekday     = (weekday ["-" weekday] | month ["-" month] | word) "#" digits
//   last-weekday    = "l" digits                                            (`l5`)
//   nearest-weekday = digits "w" | "w" digits                               (`15w`, croniter 6)
//   range           = 1*(not "-") "-" 1*(not "-" or "/") ["/" digits]       (step_search_re)
//   number-or-star  = digits | "*"
struct croniter_digits : plus<digit> {};
struct croniter_word : plus<ranges<'a', 'z', 'A', 'Z', '0', '9', '_'>> {};
struct croniter_hash : seq<one<'h', 'r'>, opt<one<'('>, croniter_digits, one<'-'>, croniter_digits, one<')'>>,
                           opt<one<'/'>, croniter_digits>, eof> {};
struct croniter_weekday_name : sor<TAO_PEGTL_STRING("sun"), TAO_PEGTL_STRING("mon"), TAO_PEGTL_STRING("tue"),
                                   TAO_PEGTL_STRING("wed"), TAO_PEGTL_STRING("thu"), TAO_PEGTL_STRING("fri"),
                                   TAO_PEGTL_STRING("sat")> {};
struct croniter_month_name : sor<TAO_PEGTL_STRING("jan"), TAO_PEGTL_STRING("feb"), TAO_PEGTL_STRING("mar"),
                                 TAO_PEGTL_STRING("apr"), TAO_PEGTL_STRING("may"), TAO_PEGTL_STRING("jun"),
                                 TAO_PEGTL_STRING("jul"), TAO_PEGTL_STRING("aug"), TAO_PEGTL_STRING("sep"),
                                 TAO_PEGTL_STRING("oct"), TAO_PEGTL_STRING("nov"), TAO_PEGTL_STRING("dec")> {};
struct croniter_nth_head : sor<seq<croniter_weekday_name, opt<one<'-'>, croniter_weekday_name>, at<one<'#'>>>,
                               seq<croniter_month_name, opt<one<'-'>, croniter_month_name>, at<one<'#'>>>,
                               croniter_word> {};
struct croniter_nth_weekday : seq<croniter_nth_head, one<'#'>, croniter_digits, eof> {};
struct croniter_last_weekday : seq<one<'l'>, croniter_digits, eof> {};
struct croniter_nearest_weekday : seq<sor<seq<croniter_digits, one<'w'>>, seq<one<'w'>, croniter_digits>>, eof> {};
struct croniter_range : seq<plus<not_one<'-'>>, one<'-'>, plus<not_one<'-', '/'>>,
                            opt<one<'/'>, croniter_digits>, eof> {};
struct croniter_number_or_star : seq<sor<croniter_digits, one<'*'>>, eof> {};

// clang-format on

}  // namespace cronkit::grammar
