#pragma once
// The grammar of an NCrontab expression (atifaziz/NCrontab, CrontabSchedule.TryParse and
// CrontabFieldImpl.InternalParse), the reader behind Azure Functions timer triggers:
//
//   expression     = field 4(1*" " field) [1*" " field]   (Split(' ', RemoveEmptyEntries))
//   field          = item 1*("," item) | item              (split only when a comma is past index
//   0) item           = range ["/" every]                     (at the first "/" past index 0) range
//   = "*" | value ["-" value]               (at the first "-" past index 0) value          = digits
//   | a prefix of a month or weekday name (any case)
//
// Azure Functions counts the pieces first (CronSchedule.HasSeconds): exactly five are minute ..
// day-of-week; any other count is read as six, seconds first. As in NCrontab, only the space
// separates fields, and a piece is cut only where the cutting character is not its first: a
// leading `,`, `/` or `-` stays part of a value and makes it invalid. The rules below make those
// cuts and keep the pieces as text; what a value is (int.Parse, a name) and NCrontab's error
// text is decided by lib/parse/ncrontab_expression.cpp.

#include <tao/pegtl.hpp>

namespace cronkit::grammar::ncrontab {

using namespace tao::pegtl;  // NOLINT(google-build-using-namespace): grammar vocabulary

// clang-format off

struct separator : one<' '> {};
struct token : plus<not_one<' '>> {};
struct expression : seq<star<separator>, opt<list<token, plus<separator>>>, star<separator>, eof> {};

// String.Split(','): every comma cuts, empty pieces kept; only when the first comma is not the
// field's first character (`str.IndexOf(',') > 0`).
struct item : star<not_one<','>> {};
struct list_field : seq<not_one<','>, star<not_one<','>>, one<','>, list<item, one<','>>, eof> {};
struct whole_field : star<any> {};
struct items : sor<seq<at<list_field>, list<item, one<','>>, eof>, whole_field> {};

// `str.IndexOf('/') > 0`: what follows is the step for int.Parse.
struct every : star<any> {};
struct stepped_range : seq<not_one<'/'>, star<not_one<'/'>>> {};
struct stepped : seq<stepped_range, one<'/'>, every, eof> {};

// `str.IndexOf('-') > 0`: the first value, then the rest as the last value.
struct range_first : seq<not_one<'-'>, star<not_one<'-'>>> {};
struct range_last : star<any> {};
struct range : seq<range_first, one<'-'>, range_last, eof> {};

// clang-format on

}  // namespace cronkit::grammar::ncrontab
