#pragma once
// The grammar of fugit's cron strings (Fugit::Cron::Parser in lib/fugit/cron.rb, fugit 1.11.x),
// the reader behind GitLab's pipeline schedules. fugit's parser is Raabro, a PEG parser whose
// terminals are Ruby regular expressions; each terminal below is the regular expression written
// as PEG (ordered choice where the expression tries alternatives in order, and the regular
// expression's backtracking spelled out where it matters: `[0-5]?\d` matches "5" alone).
//
//   cron         = second-cron / classic-cron            (tried in that order; Raabro `alt`)
//   second-cron  = sec-list blanks min-list blanks hour-list blanks dom-list blanks
//                  month-list blanks dow-list
//   classic-cron = min-list blanks hour-list blanks dom-list blanks month-list blanks dow-list
//   X-list       = commas? X-elt *(comma X-elt) commas? ["&" after day-of-month / day-of-week]
//   X-elt        = "/" step / ("*" / X [ "-" X ]) ["/" step]
//   dow-elt      = dow "#" nth / dow "%" modulus ["+" remainder] / plain X-elt
//   comma        = "," *(*blank ",")           commas? = *(*blank ",")
//
// fugit then needs the whole string consumed. GitLab appends " <cron_timezone>" to the text the
// user typed (Gitlab::Ci::CronParser#try_parse_cron), which fugit reads as the optional zone
// after the day-of-week list: only spaces may come before it, so a tab at the end of the user's
// text makes the expression invalid, and a zone the user typed leaves two. The whole-string
// rule here is the user's text followed by what may precede GitLab's zone.
//
// What the fields mean (`*/0`, wrapping ranges, negative days, full ranges counting as `*`) is
// decided by lib/parse; this file only says which strings fugit's parser accepts.

#include <tao/pegtl.hpp>

namespace cronkit::grammar::fugit {

using namespace tao::pegtl;  // NOLINT(google-build-using-namespace): grammar vocabulary

// clang-format off

struct blank : one<' ', '\t'> {};
struct blanks : plus<blank> {};                               // `s`: /[ \t]+/
struct comma : seq<one<','>, star<star<blank>, one<','>>> {}; // /,([ \t]*,)*/
struct commas_opt : star<star<blank>, one<','>> {};          // /([ \t]*,)*/
struct day_and : one<'&'> {};                                // /&?/ (fugit 1.7 on)

struct digit_0_5 : range<'0', '5'> {};
struct digit_1_9 : range<'1', '9'> {};
struct step : seq<one<'/'>, digit, opt<digit>> {};           // /\/\d\d?/

// Values. Each is the field's regular expression; names are case-insensitive (the /i flag).
struct sec_or_min_value : sor<seq<digit_0_5, digit>, digit> {};                 // /[0-5]?\d/
struct hour_value : sor<seq<one<'2'>, range<'0', '4'>>, seq<one<'0', '1'>, digit>, digit> {};  // /(2[0-4]|[01]?[0-9])/
struct day_number : sor<seq<one<'3'>, one<'0', '1'>>, seq<one<'1', '2'>, digit>,
                        seq<one<'0'>, digit_1_9>, digit_1_9> {};
// /(-?(3[01]|[12][0-9]|0?[1-9])|last|l)/i
struct day_value : sor<seq<opt<one<'-'>>, day_number>, istring<'l', 'a', 's', 't'>, one<'l', 'L'>> {};
struct month_name : sor<istring<'j', 'a', 'n'>, istring<'f', 'e', 'b'>, istring<'m', 'a', 'r'>,
                        istring<'a', 'p', 'r'>, istring<'m', 'a', 'y'>, istring<'j', 'u', 'n'>,
                        istring<'j', 'u', 'l'>, istring<'a', 'u', 'g'>, istring<'s', 'e', 'p'>,
                        istring<'o', 'c', 't'>, istring<'n', 'o', 'v'>, istring<'d', 'e', 'c'>> {};
// /(1[0-2]|0?[1-9]|jan|...|dec)/i
struct month_value : sor<seq<one<'1'>, range<'0', '2'>>, seq<one<'0'>, digit_1_9>, digit_1_9, month_name> {};
struct weekday_name : sor<istring<'s', 'u', 'n'>, istring<'m', 'o', 'n'>, istring<'t', 'u', 'e'>,
                          istring<'w', 'e', 'd'>, istring<'t', 'h', 'u'>, istring<'f', 'r', 'i'>,
                          istring<'s', 'a', 't'>> {};
struct weekday_value : sor<range<'0', '7'>, weekday_name> {};  // /([0-7]|sun|...|sat)/i

// The first and last value of a range are told apart by their rule, for the actions.
template <typename Value> struct first : Value {};
template <typename Value> struct last : Value {};
struct every : one<'*'> {};
template <typename Value> struct value_range : seq<first<Value>, opt<one<'-'>, last<Value>>> {};

// Every alternative of an element starts with `element_start`, which the actions use to forget
// what a failed alternative left behind (Raabro backtracks; actions that already ran do not).
struct element_start : success {};
template <typename Value>
struct plain_element : sor<seq<element_start, step>,
                           seq<element_start, sor<every, value_range<Value>>, opt<step>>> {};

struct nth : seq<one<'#'>, sor<seq<opt<one<'-'>>, range<'1', '5'>>,
                               istring<'l', 'a', 's', 't'>, one<'l', 'L'>>> {};  // /#(-?[1-5]|last|l)/i
struct modulo : seq<one<'%'>, plus<digit>, opt<one<'+'>, plus<digit>>> {};       // /%\d+(\+\d+)?/
struct weekday_element : sor<seq<element_start, first<weekday_value>, nth>,
                             seq<element_start, first<weekday_value>, modulo>,
                             plain_element<weekday_value>> {};

template <typename Element> struct element : Element {};
template <typename Element> struct list : seq<element<Element>, star<comma, element<Element>>> {};

// Which field a list is: set by the actions before the list is read.
struct at_second : success {};
struct at_minute : success {};
struct at_hour : success {};
struct at_day_of_month : success {};
struct at_month : success {};
struct at_day_of_week : success {};

template <typename Marker, typename Element>
struct field : seq<Marker, commas_opt, list<Element>, commas_opt> {};

struct second_field : field<at_second, plain_element<sec_or_min_value>> {};
struct minute_field : field<at_minute, plain_element<sec_or_min_value>> {};
struct hour_field : field<at_hour, plain_element<hour_value>> {};
struct day_of_month_field : seq<field<at_day_of_month, plain_element<day_value>>, opt<day_and>> {};
struct month_field : field<at_month, plain_element<month_value>> {};
struct day_of_week_field : seq<field<at_day_of_week, weekday_element>, opt<day_and>> {};

// The start of each form: the actions clear what the other form left.
struct second_form : success {};
struct classic_form : success {};
struct second_cron : seq<second_form, second_field, blanks, minute_field, blanks, hour_field, blanks,
                         day_of_month_field, blanks, month_field, blanks, day_of_week_field> {};
struct classic_cron : seq<classic_form, minute_field, blanks, hour_field, blanks,
                          day_of_month_field, blanks, month_field, blanks, day_of_week_field> {};
struct cron : sor<second_cron, classic_cron> {};

// Ruby's String#strip takes these from the front of the whole string.
struct leading_space : one<' ', '\t', '\n', '\v', '\f', '\r', '\0'> {};
// The user's text: GitLab's " <zone>" follows, and fugit's zone rule / +Zone/ wants spaces.
struct gitlab_expression : seq<star<leading_space>, cron, star<one<' '>>, eof> {};

// One field alone, for cronkit's own error messages: how far the field's rule reads a word.
template <typename Field> struct whole_field : seq<Field, eof> {};

// clang-format on

}  // namespace cronkit::grammar::fugit
