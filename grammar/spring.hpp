#pragma once
// The grammar of a Spring Framework cron expression (org.springframework.scheduling.support,
// 5.3 and later), as CronExpression.parse and the CronField classes cut it:
//
//   expression     = macro | field 5(1*" " field)         (String.trim() first; tokens trimmed)
//   macro          = "@yearly" | "@annually" | "@monthly" | "@weekly" | "@daily" | "@midnight"
//                  | "@hourly"                             (any case: equalsIgnoreCase)
//   field          = item *("," item)                      (empty items are kept, and rejected)
//   item           = range ["/" step]                      (at the first "/")
//   range          = "*" | number ["-" number]             (at the first "-")
//   day-of-month   =/ "L" ["-" number | "W"] | number "W"  (QuartzCronField.parseDaysOfMonth)
//   day-of-week    =/ number "L" | number "#" number       (QuartzCronField.parseDaysOfWeek)
//
// A day field holding an `L` or `W` (day of month) or an `L` or `#` (day of week, after the names
// are replaced) anywhere is a list of such items and plain ones (CronField.parseList).
//
// Spring cuts at the *first* `/` and `-` and the *last* `L`, `W` or `#`, and hands what is between
// to java.lang.Integer.parseInt, whose messages ("For input string: ...") are part of Spring's
// errors. The rules below therefore recognise those cuts and keep the pieces as text; whether a
// piece is a number and in range, and Spring's error text when it is not, is decided by the
// actions in lib/parse/spring_expression.cpp. Month and day-of-week names are not grammar at all
// in Spring: replaceOrdinals() replaces `JAN`..`DEC` and `MON`..`SUN` anywhere in the upper-cased
// field text by their numbers before the field is read (so `MONDAY` is `1DAY`).

#include <tao/pegtl.hpp>

namespace cronkit::grammar::spring {

using namespace tao::pegtl;  // NOLINT(google-build-using-namespace): grammar vocabulary

// clang-format off

// ---- The expression ---------------------------------------------------------------------------------
// StringUtils.tokenizeToStringArray(expression, " "): only the space separates fields; a token is
// then trimmed (String.trim(): every character up to U+0020) and dropped when nothing is left.
struct separator : one<' '> {};
struct token : plus<not_one<' '>> {};
struct expression : seq<star<separator>, opt<list<token, plus<separator>>>, star<separator>, eof> {};

// ---- A field: its items ---------------------------------------------------------------------------
// StringUtils.delimitedListToStringArray(value, ","): every comma cuts, empty pieces included.
struct item : star<not_one<','>> {};
struct items : seq<list<item, one<','>>, eof> {};

// ---- An item of a plain field (BitsCronField.parseField / parseRange) ---------------------------------
struct star_range : seq<one<'*'>, at<eof>> {};
struct range_start : star<not_one<'-'>> {};
struct range_end : star<any> {};
struct range : sor<star_range, seq<range_start, opt<one<'-'>, range_end>>> {};
struct range_text : star<not_one<'/'>> {};
struct step : star<any> {};
struct bits_item : seq<range_text, opt<one<'/'>, step>, eof> {};

// ---- Quartz-style day items (QuartzCronField) ------------------------------------------------------
// Spring finds the *last* `L`, `W` or `#` of the item (lastIndexOf) and reads what is before and
// after it; `before_last<C>` is everything up to that last one.
template <char C> struct before_last : star<not_at<one<C>, star<not_one<C>>, eof>, any> {};
template <char C> struct after_last : star<not_one<C>> {};
// Day of month: an item with an `L` (`L`, `LW`, `L-3`); else one with a `W` (`15W`).
struct before_l : before_last<'L'> {};
struct after_l : after_last<'L'> {};
struct l_item : seq<before_l, one<'L'>, after_l, eof> {};
struct before_w : before_last<'W'> {};
struct after_w : after_last<'W'> {};
struct w_item : seq<before_w, one<'W'>, after_w, eof> {};
struct day_of_month_item : sor<l_item, w_item> {};
// Day of week: an item with an `L` (`5L`); else one with a `#` (`5#2`).
struct before_hash : before_last<'#'> {};
struct after_hash : after_last<'#'> {};
struct hash_item : seq<before_hash, one<'#'>, after_hash, eof> {};
struct day_of_week_item : sor<l_item, hash_item> {};

// clang-format on

}  // namespace cronkit::grammar::spring
