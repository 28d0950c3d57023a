#pragma once
// The actions of robfig/cron v3's grammar (grammar/crontab.hpp, `robfig_expression`): what
// Kubernetes' API server and CronJob controller read from a schedule, with robfig's own error
// messages (parser.go Parse, getField, getRange, parseIntOrName, mustParseInt, parseDescriptor).
// Private to the parser: included by parse.cpp after entry_actions.hpp, whose builder, control
// and action templates these specialise.

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>

#include "parse/entry_actions.hpp"
#include "parse/entry_schedule.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

// Go's white space as strings.Fields and strings.TrimSpace see it, in ASCII.
bool is_go_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// strconv.Quote for the texts robfig's messages quote: `"` and `\` escaped, control bytes as
// Go writes them. Bytes from 0x80 on are passed through (valid UTF-8 stays readable).
std::string go_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\a':
        out += "\\a";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\v':
        out += "\\v";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

// strconv.Atoi on a 64-bit platform: an optional sign and decimal digits, nothing else; the
// error text is Go's ("strconv.Atoi: parsing \"x\": invalid syntax" / "value out of range").
struct GoAtoi {
  long long value = 0;
  std::string error;  // empty when the text is a number
};
GoAtoi go_atoi(std::string_view text) {
  auto syntax = [&] {
    return GoAtoi{0, fmt::format("strconv.Atoi: parsing {}: invalid syntax", go_quote(text))};
  };
  std::string_view digits = text;
  bool negative = false;
  if (!digits.empty() && (digits.front() == '+' || digits.front() == '-')) {
    negative = digits.front() == '-';
    digits.remove_prefix(1);
  }
  if (digits.empty()) return syntax();
  // ParseUint: a bad character is a syntax error unless the value overflowed before it.
  unsigned long long n = 0;
  constexpr unsigned long long cutoff = std::numeric_limits<unsigned long long>::max() / 10 + 1;
  bool overflow = false;
  for (char c : digits) {
    if (c < '0' || c > '9') {
      // ParseUint also takes letters as digits of larger bases, then refuses them for base 10:
      // either way a syntax error.
      return syntax();
    }
    if (n >= cutoff) {
      overflow = true;
      break;
    }
    n = n * 10 + static_cast<unsigned long long>(c - '0');
    if (n < static_cast<unsigned long long>(c - '0')) {
      overflow = true;
      break;
    }
  }
  constexpr auto int_cutoff = static_cast<unsigned long long>(1) << 63;
  if (overflow || (!negative && n >= int_cutoff) || (negative && n > int_cutoff)) {
    return GoAtoi{0, fmt::format("strconv.Atoi: parsing {}: value out of range", go_quote(text))};
  }
  return GoAtoi{negative ? static_cast<long long>(0 - n) : static_cast<long long>(n), {}};
}

// parser.go bounds: minute 0-59, hour 0-23, dom 1-31, month 1-12, dow 0-6.
struct RobfigBounds {
  unsigned long long low;
  unsigned long long high;
};
RobfigBounds robfig_bounds(FieldKind kind) {
  switch (kind) {
    case FieldKind::minute:
      return {0, 59};
    case FieldKind::hour:
      return {0, 23};
    case FieldKind::day_of_month:
      return {1, 31};
    case FieldKind::month:
      return {1, 12};
    case FieldKind::day_of_week:
      return {0, 6};
    case FieldKind::second:
    case FieldKind::year:
      break;
  }
  return {0, 59};
}

// parser.go mustParseInt: "failed to parse int from X: <Atoi's error>".
unsigned long long robfig_must_parse_int(std::string_view text, std::size_t item_begin,
                                         std::size_t item_end) {
  GoAtoi number = go_atoi(text);
  if (!number.error.empty()) {
    reject("field-syntax", fmt::format("failed to parse int from {}: {}", text, number.error),
           item_begin, item_end);
  }
  if (number.value < 0) {
    reject("field-syntax", fmt::format("negative number ({}) not allowed: {}", number.value, text),
           item_begin, item_end);
  }
  return static_cast<unsigned long long>(number.value);
}

// parser.go parseIntOrName: the month and day-of-week names (three letters, matched after
// strings.ToLower), else a number.
unsigned long long robfig_int_or_name(FieldKind kind, std::string_view text, bool& is_name,
                                      std::size_t item_begin, std::size_t item_end) {
  static constexpr std::array<std::string_view, 12> months = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  static constexpr std::array<std::string_view, 7> days = {"sun", "mon", "tue", "wed",
                                                           "thu", "fri", "sat"};
  is_name = false;
  if ((kind == FieldKind::month || kind == FieldKind::day_of_week) && text.size() == 3) {
    std::string lowered(text);
    for (char& c : lowered) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    if (kind == FieldKind::month) {
      for (std::size_t i = 0; i < months.size(); ++i) {
        if (months[i] == lowered) {
          is_name = true;
          return i + 1;
        }
      }
    } else {
      for (std::size_t i = 0; i < days.size(); ++i) {
        if (days[i] == lowered) {
          is_name = true;
          return i;
        }
      }
    }
  }
  return robfig_must_parse_int(text, item_begin, item_end);
}

template <>
struct action<g::robfig_range_start> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    builder.robfig_start = in.string_view();
    builder.robfig_end = {};
    builder.robfig_step = {};
    builder.robfig_hyphens = 0;
    builder.robfig_slashes = 0;
    builder.item = FieldItem{};
    builder.item_begin = builder.offset(in.begin());
  }
};

template <>
struct action<g::robfig_range_end> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    if (builder.robfig_hyphens++ == 0) builder.robfig_end = in.string_view();
  }
};

template <>
struct action<g::robfig_step> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    if (builder.robfig_slashes++ == 0) builder.robfig_step = in.string_view();
  }
};

// parser.go getRange(), in its order of checks, and the bits it adds to the field.
template <>
struct action<g::robfig_item> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    FieldItem& item = builder.item;
    const std::size_t begin = builder.item_begin;
    const std::size_t end = builder.offset(in.end());
    item.set_text(builder.line.substr(begin, end - begin));
    const FieldKind kind = builder.field_kind();
    const RobfigBounds bounds = robfig_bounds(kind);
    const std::string_view text = item.text();
    unsigned long long first = 0, last = 0, step = 1;
    bool star = false;
    if (builder.robfig_start == "*" || builder.robfig_start == "?") {
      // Whatever follows a `*` before the `/` is never looked at: `*-5` is `*`.
      first = bounds.low;
      last = bounds.high;
      star = true;
      item.kind = FieldItem::Kind::star;
    } else {
      first = robfig_int_or_name(kind, builder.robfig_start, item.first_is_name, begin, end);
      if (builder.robfig_hyphens == 0) {
        last = first;
        item.kind = FieldItem::Kind::value;
      } else if (builder.robfig_hyphens == 1) {
        last = robfig_int_or_name(kind, builder.robfig_end, item.last_is_name, begin, end);
        item.kind = FieldItem::Kind::range;
      } else {
        reject("field-syntax", fmt::format("too many hyphens: {}", text), begin, end);
      }
    }
    if (builder.robfig_slashes == 1) {
      step = robfig_must_parse_int(builder.robfig_step, begin, end);
      // "N/step" means "N-max/step".
      if (builder.robfig_hyphens == 0) {
        last = bounds.high;
        if (!star) item.kind = FieldItem::Kind::range;
      }
      if (step > 1) star = false;
    } else if (builder.robfig_slashes > 1) {
      reject("field-syntax", fmt::format("too many slashes: {}", text), begin, end);
    }
    const FieldFacts& facts = builder.facts();
    if (first < bounds.low) {
      reject(std::string(facts.rule_id),
             fmt::format("beginning of range ({}) below minimum ({}): {}", first, bounds.low, text),
             begin, end);
    }
    if (last > bounds.high) {
      // Vixie cron's 7 for Sunday, which robfig's day-of-week does not have.
      const bool sunday_seven = kind == FieldKind::day_of_week && last == 7;
      reject(std::string(facts.rule_id),
             fmt::format("end of range ({}) above maximum ({}): {}{}", last, bounds.high, text,
                         sunday_seven ? "; Sunday is 0 (or SUN) here, never 7" : ""),
             begin, end);
    }
    if (first > last) {
      reject("range-reversed",
             fmt::format("beginning of range ({}) beyond end of range ({}): {}", first, last, text),
             begin, end);
    }
    if (step == 0) {
      reject("step-zero", fmt::format("step of range should be a positive number: {}", text), begin,
             end);
    }
    item.first = static_cast<int>(first);
    item.last = static_cast<int>(last);
    if (builder.robfig_slashes == 1) {
      item.set_step(static_cast<int>(std::min<unsigned long long>(step, 1000)));
    }
    Schedule& s = builder.schedule;
    for (unsigned long long value = first; value <= last; value += step) {
      set_field_value(s, kind, static_cast<std::size_t>(value));
    }
    // spec.go's star bit: `*` or `?` with step 1 makes the day field unrestricted.
    if (star && kind == FieldKind::day_of_month) builder.robfig_day_of_month_star = true;
    if (star && kind == FieldKind::day_of_week) builder.robfig_day_of_week_star = true;
    builder.items.push_back(item);
  }
};

template <>
struct control<g::robfig_minute> : field_control<g::robfig_minute, FieldKind::minute> {};
template <>
struct control<g::robfig_hour> : field_control<g::robfig_hour, FieldKind::hour> {};
template <>
struct control<g::robfig_day_of_month>
    : field_control<g::robfig_day_of_month, FieldKind::day_of_month> {};
template <>
struct control<g::robfig_month> : field_control<g::robfig_month, FieldKind::month> {};
template <>
struct control<g::robfig_day_of_week>
    : field_control<g::robfig_day_of_week, FieldKind::day_of_week> {};
template <>
struct action<g::robfig_minute> : field_action<FieldKind::minute> {};
template <>
struct action<g::robfig_hour> : field_action<FieldKind::hour> {};
template <>
struct action<g::robfig_day_of_month> : field_action<FieldKind::day_of_month> {};
template <>
struct action<g::robfig_month> : field_action<FieldKind::month> {};
template <>
struct action<g::robfig_day_of_week> : field_action<FieldKind::day_of_week> {};

template <>
struct action<g::robfig_zone_name> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    builder.robfig_zone_name = in.string_view();
    builder.robfig_zone_begin = builder.offset(in.begin());
  }
};

// parser.go Parse: time.LoadLocation of the name between `=` and the first space (checked only
// once that space is found: without it robfig panics first). Go reads "" and "UTC" as UTC and
// "Local" as the process's own zone (the controller's), refuses names with ".." or a leading
// slash or backslash, and loads the rest from the zone database.
template <>
struct action<g::robfig_zone_prefix> {
  template <typename Input>
  static void apply(const Input& /*in*/, EntryBuilder& builder) {
    const std::string_view name = builder.robfig_zone_name;
    const std::size_t begin = builder.robfig_zone_begin;
    builder.robfig_zone_prefix = true;
    auto bad = [&](std::string_view why) {
      reject("timezone-invalid", fmt::format("provided bad location {}: {}", name, why), begin,
             begin + name.size());
    };
    if (name.empty() || name == "UTC") {
      builder.robfig_zone = "UTC";
      return;
    }
    if (name == "Local") return;  // the controller's zone, as without a prefix
    if (name.find("..") != std::string_view::npos || name.front() == '/' || name.front() == '\\')
      bad("time: invalid location name");
    std::string error;
    if (find_zone(name, error) == nullptr) bad(go_load_location_error(name));
    builder.robfig_zone = std::string(name);
  }
};

// parser.go Parse: without a descriptor the text must have exactly five fields
// (normalizeFields), counted before any field is read.
template <>
struct control<g::robfig_fields> : pegtl::normal<g::robfig_fields> {
  template <typename Input>
  static void start(const Input& in, EntryBuilder& builder) {
    const std::size_t at = builder.offset(in.current());
    const std::string_view rest = builder.line.substr(at);
    std::vector<std::string_view> fields;
    for (std::size_t i = 0; i < rest.size();) {
      while (i < rest.size() && is_go_blank(rest[i])) ++i;
      if (i == rest.size()) break;
      const std::size_t first = i;
      while (i < rest.size() && !is_go_blank(rest[i])) ++i;
      fields.push_back(rest.substr(first, i - first));
    }
    if (fields.size() != 5) {
      // Go's %s of a []string: the elements between brackets, separated by spaces.
      std::string message = fmt::format("expected exactly 5 fields, found {}: [{}]", fields.size(),
                                        fmt::join(fields, " "));
      // Six fields whose first is a second (a plain number up to 59): an expression written for
      // a scheduler that counts seconds first.
      if (fields.size() == 6 && !fields[0].empty() && fields[0].size() <= 2 &&
          std::all_of(fields[0].begin(), fields[0].end(),
                      [](char c) { return c >= '0' && c <= '9'; }) &&
          std::stoi(std::string(fields[0])) <= 59) {
        message += fmt::format(
            "; this looks like a seconds-first (Spring/Quartz/Azure) expression: drop the "
            "leading {} (`{}`)",
            fields[0], fmt::join(std::span(fields).subspan(1), " "));
      }
      reject("field-count", message, at, builder.line.size());
    }
  }
};

// parser.go parseDescriptor: the whole (trimmed, after a zone prefix) text, case-sensitive.
template <>
struct action<g::robfig_descriptor> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    std::string_view text = in.string_view();
    const std::size_t begin = builder.offset(in.begin());
    if (builder.robfig_zone_prefix) {
      while (!text.empty() && is_go_blank(text.back())) text.remove_suffix(1);
    }
    builder.special_begin = begin;
    builder.special_end = begin + text.size();
    static constexpr std::array<std::pair<std::string_view, Special>, 7> descriptors = {{
        {"@yearly", Special::yearly},
        {"@annually", Special::annually},
        {"@monthly", Special::monthly},
        {"@weekly", Special::weekly},
        {"@daily", Special::daily},
        {"@midnight", Special::midnight},
        {"@hourly", Special::hourly},
    }};
    for (const auto& [name, special] : descriptors) {
      if (text == name) {
        builder.special = special;
        return;
      }
    }
    if (text.starts_with("@every ")) {
      reject("special-invalid",
             fmt::format("{}: robfig/cron (and so Kubernetes) accepts @every <duration>, a fixed "
                         "delay from the previous run, which cronkit does not model",
                         text),
             begin, begin + text.size());
    }
    reject("special-invalid", fmt::format("unrecognized descriptor: {}", text), begin,
           begin + text.size());
  }
};

// The five fields' flags once read: robfig's star bits decide the day rule (spec.go
// dayMatches); Sunday is kept as both 0 and 7, as the schedule model wants.
void finish_robfig_fields(EntryBuilder& builder) {
  Schedule& s = builder.schedule;
  if (builder.special) {
    s = schedule_of_special(*builder.special, builder.dialect);
    return;
  }
  s.minute_star = builder.fields[0].starts_with_star();
  s.hour_star = builder.fields[1].starts_with_star();
  s.day_of_month_star = builder.robfig_day_of_month_star;
  s.day_of_week_star = builder.robfig_day_of_week_star;
  if (s.days_of_week[0] || s.days_of_week[7]) s.days_of_week.set(0).set(7);
}

}  // namespace
}  // namespace cronkit
