#pragma once
// The Quartz family of cron expressions: the field syntax of org.quartz.CronExpression, which
// Amazon EventBridge's cron() takes over without Quartz's seconds field and with a year field that
// must be written. As the EventBridge user guide's table gives it:
//
//   Field          Values            Wildcards
//   Minutes        0-59              , - * /
//   Hours          0-23              , - * /
//   Day-of-month   1-31              , - * ? / L W
//   Month          1-12 or JAN-DEC   , - * /
//   Day-of-week    1-7 or SUN-SAT    , - * ? L #
//   Year           1970-2199         , - * /
//
// which reads as
//
//   field          = item *("," item)
//   item           = ("*" | value ["-" value]) ["/" increment]
//   value          = number | three-letter name            (names in Month and Day-of-week only)
//   day-of-month   = "?" | dom-item *("," dom-item)
//   dom-item       = "L" | number "W" | item
//   day-of-week    = "?" | dow-item *("," dow-item)
//   dow-item       = "L" | value "L" | value "#" number | ("*" | value ["-" value])   (no "/")
//
// EventBridge wraps the fields in its ScheduleExpression, beside an interval and (EventBridge
// Scheduler only) a one-time date:
//
//   expression     = "cron(" minutes " " hours " " day-of-month " " month " " day-of-week " "
//                    year ")"
//                  | "rate(" number " " unit ")"
//                  | "at(" yyyy "-" mm "-" dd "T" hh ":" mm ":" ss ")"
//   unit           = "minute" | "minutes" | "hour" | "hours" | "day" | "days"
//
// The grammar recognises shapes only. Which values are in range, which names exist, that exactly
// one day field is `?`, that there is one `#`, and that `rate(1 hour)` is singular are decided by
// the actions in lib/parse/eventbridge_expression.cpp, which give each its own message.
// Quartz's own reader (lib/parse/quartz_expression.cpp) reproduces that class character by
// character, quirks included, and does not use these rules.

#include <tao/pegtl.hpp>

namespace cronkit::grammar::quartz_family {

using namespace tao::pegtl;  // NOLINT(google-build-using-namespace): grammar vocabulary

// clang-format off

// ---- Values -------------------------------------------------------------------------------------
struct number : plus<digit> {};
struct name : rep<3, alpha> {};  // JAN-DEC, SUN-SAT; any case, as Quartz upper-cases them
struct value : sor<number, name> {};

// ---- Items: , - * / -------------------------------------------------------------------------------
struct every : one<'*'> {};
struct range_first : value {};
struct range_last : value {};
struct range : seq<range_first, opt<one<'-'>, must<range_last>>> {};
struct increment : number {};
struct step : seq<one<'/'>, must<increment>> {};
struct item : seq<sor<every, range>, opt<step>> {};

// ---- The day fields: ? L W # ------------------------------------------------------------------
struct any_day : one<'?'> {};                            // ? : "any", in one of the two day fields
struct last_day_of_month : one<'L'> {};                  // L : the last day of the month
struct weekday_near : number {};
struct nearest_weekday : seq<at<number, one<'W'>>, weekday_near, one<'W'>> {};  // 3W
struct dom_item : sor<last_day_of_month, nearest_weekday, item> {};

struct last_weekday_day : value {};
struct last_weekday : seq<at<value, one<'L'>>, last_weekday_day, one<'L'>> {};    // 5L: last THU
struct nth_weekday_day : value {};
struct nth_week : number {};
struct nth_weekday : seq<at<value, one<'#'>>, nth_weekday_day, one<'#'>, must<nth_week>> {};  // 3#2
struct last_day_of_week : one<'L'> {};                   // L alone: the week's last day, SAT
struct weekdays : sor<every, range> {};
struct dow_item : sor<last_weekday, nth_weekday, last_day_of_week, weekdays> {};

// ---- Fields ---------------------------------------------------------------------------------------
struct comma : one<','> {};
template <typename Item> struct list : seq<Item, star<comma, must<Item>>> {};
struct minutes : list<item> {};
struct hours : list<item> {};
struct day_of_month : sor<any_day, list<dom_item>> {};
struct month : list<item> {};
struct day_of_week : sor<any_day, list<dow_item>> {};
struct year : list<item> {};

// ---- EventBridge's ScheduleExpression ---------------------------------------------------------
// A field ends at a blank or at the closing parenthesis; anything else there is a character the
// field's wildcards do not include.
struct close : one<')'> {};
struct field_end : at<sor<one<' ', '\t'>, close>> {};
struct separator : plus<one<' ', '\t'>> {};
struct before_hours : separator {};
struct before_day_of_month : separator {};
struct before_month : separator {};
struct before_day_of_week : separator {};
struct before_year : separator {};
struct cron_fields : seq<must<minutes>, must<field_end>, must<before_hours>,
                         must<hours>, must<field_end>, must<before_day_of_month>,
                         must<day_of_month>, must<field_end>, must<before_month>,
                         must<month>, must<field_end>, must<before_day_of_week>,
                         must<day_of_week>, must<field_end>, must<before_year>,
                         must<year>> {};
struct cron_open : TAO_PEGTL_STRING("cron(") {};
struct cron_expression : seq<cron_open, cron_fields, must<close>> {};

struct rate_open : TAO_PEGTL_STRING("rate(") {};
struct rate_value : number {};
struct rate_unit : sor<TAO_PEGTL_STRING("minutes"), TAO_PEGTL_STRING("minute"),
                       TAO_PEGTL_STRING("hours"), TAO_PEGTL_STRING("hour"),
                       TAO_PEGTL_STRING("days"), TAO_PEGTL_STRING("day")> {};
struct before_unit : separator {};
struct rate_expression : seq<rate_open, must<rate_value>, must<before_unit>, must<rate_unit>,
                             must<close>> {};

struct two_digits : rep<2, digit> {};
struct at_time : seq<rep<4, digit>, one<'-'>, two_digits, one<'-'>, two_digits, one<'T'>,
                     two_digits, one<':'>, two_digits, one<':'>, two_digits> {};
struct at_open : TAO_PEGTL_STRING("at(") {};
struct at_expression : seq<at_open, must<at_time>, must<close>> {};

// What follows the closing parenthesis.
struct end : eof {};
// EventBridge rules: cron() or rate(). EventBridge Scheduler: at() as well.
struct rule_expression : seq<sor<cron_expression, rate_expression>, must<end>> {};
struct scheduler_expression : seq<sor<cron_expression, rate_expression, at_expression>,
                                  must<end>> {};

// clang-format on

}  // namespace cronkit::grammar::quartz_family
