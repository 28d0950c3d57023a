#pragma once
// The time fields busybox crond and systemd-cron's generator read as whole words (a
// `word_field`), each with its own reader and messages. Private to the parser: included by
// parse.cpp after entry_actions.hpp, whose control and action templates it specialises.

#include <fmt/format.h>

#include <optional>
#include <string_view>

#include "parse/entry_actions.hpp"
#include "parse/entry_schedule.hpp"

namespace cronkit {
namespace {

// ---- Fields read as whole words: busybox crond and systemd-cron -------------------------------

// A problem with a time field as the daemon reports it: with dialect.field_error_log filled in.
std::string daemon_field_log(const EntryBuilder& builder, std::string_view field_text) {
  return fmt::format(fmt::runtime(builder.dialect.field_error_log),
                     fmt::arg("field", builder.facts().name), fmt::arg("text", field_text));
}

// Sets slot `index` of busybox's table for the current field in the schedule. Slots are the
// daemon's: months 0-11 (January = 0), day of month 0-31, day of week 0-6.
void set_busybox_slot(Schedule& s, FieldKind kind, int index) {
  const auto i = static_cast<std::size_t>(index);
  set_field_value(s, kind, kind == FieldKind::month ? i + 1 : i);
}

// crond.c ParseField(), step by step: the table size (modvalue), the offset added to numbers
// (months: -1) and whether the field has names.
void read_busybox_field(EntryBuilder& builder, std::string_view token, std::size_t begin) {
  static constexpr std::array<int, 5> modvalue = {60, 24, 32, 12, 7};
  const auto kind = static_cast<FieldKind>(builder.field_index);
  const FieldFacts& facts = builder.facts();
  const int mod = modvalue[static_cast<std::size_t>(kind)];
  const int off = kind == FieldKind::month ? -1 : 0;
  const bool has_names = facts.name_count > 0;
  const std::string_view daemon = builder.dialect.daemon;
  auto at = [&](std::size_t i) { return i < token.size() ? token[i] : '\0'; };
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  // ParseField logs one message and returns: the values set so far stay.
  auto parse_error = [&](std::size_t where, std::string why) {
    builder.notes.push_back(
        {"field-syntax",
         fmt::format("{}: {} logs \"{}\" and keeps the line with the {} values read before it", why,
                     daemon, daemon_field_log(builder, token), facts.name),
         begin + std::min(where, token.size()), begin + std::min(where + 1, token.size()),
         Severity::warning});
  };
  std::size_t p = 0;
  int n1 = -1;
  int n2 = -1;
  FieldItem item;
  std::size_t item_start = 0;
  bool new_item = true;
  auto finish_item = [&]() {
    item.set_text(builder.line.substr(begin + item_start, p - item_start));
    builder.items.push_back(item);
  };
  for (;;) {
    if (new_item) {
      item = FieldItem{};
      item_start = p;
      new_item = false;
    }
    bool read = false;
    const char c = at(p);
    if (c == '*') {
      n1 = 0;
      n2 = mod - 1;
      ++p;
      item.kind = FieldItem::Kind::star;
      item.first = facts.low;
      item.last = kind == FieldKind::day_of_week ? 6 : facts.high;
      read = true;
    } else if (is_digit(c)) {
      std::size_t end = p;
      while (is_digit(at(end))) ++end;
      const int value = cron_atoi(token.substr(p, end - p));
      if (n1 < 0) {
        n1 = value + off;
        item.first = item.last = value;
      } else {
        n2 = value + off;
        item.last = value;
        item.kind = FieldItem::Kind::range;
      }
      p = end;
      read = true;
    } else if (has_names) {
      // strncasecmp(ptr, name, 3): the first three letters, whatever follows them.
      if (token.size() - std::min(p, token.size()) >= 3) {
        if (auto named = value_of_name(facts, token.substr(p, 3)); named && *named <= 12) {
          const int index = kind == FieldKind::month ? *named - 1 : *named;
          if (n1 < 0) {
            n1 = index;
            item.first = item.last = *named;
            item.first_is_name = true;
          } else {
            n2 = index;
            item.last = *named;
            item.last_is_name = true;
            item.kind = FieldItem::Kind::range;
          }
          p += 3;
          read = true;
        }
      }
    }
    if (!read) {
      parse_error(p,
                  p < token.size()
                      ? fmt::format("unexpected {} in the {} field", printable(at(p)), facts.name)
                      : fmt::format("the {} field ends where a value is expected", facts.name));
      if (p > item_start) finish_item();
      return;
    }
    if (at(p) == '-' && n2 < 0) {
      ++p;
      continue;
    }
    if (n2 < 0) n2 = n1;
    int skip = 1;
    if (at(p) == '/') {
      // strtol(ptr + 1): an optional sign and digits; nothing read is 0.
      std::size_t q = p + 1;
      bool negative = false;
      if ((at(q) == '+' || at(q) == '-') && is_digit(at(q + 1))) negative = at(q++) == '-';
      std::size_t end = q;
      while (is_digit(at(end))) ++end;
      skip = end > q ? cron_atoi(token.substr(q, end - q)) : 0;
      if (negative) skip = -skip;
      p = end > q ? end : p + 1;
      item.set_step(skip);
    }
    // The fill loop with its failsafe: a value beyond the table never ends the loop, which then
    // sets every slot it passes in 1024 rounds.
    {
      int s0 = 1;
      int failsafe = 1024;
      --n1;
      do {
        n1 = (n1 + 1) % mod;
        if (--s0 == 0) {
          // C's % keeps the sign: month 0 writes months[-1], outside the table.
          if (n1 % mod >= 0) set_busybox_slot(builder.schedule, kind, n1 % mod);
          s0 = skip;
        }
        if (--failsafe == 0) {
          finish_item();
          builder.notes.push_back(
              {std::string(facts.rule_id),
               fmt::format("{} is beyond busybox's {} table: {} fills the table until a 1024-step "
                           "failsafe stops it, so the field means every {}, and logs \"{}\"",
                           item.text(), facts.name, daemon, facts.name,
                           daemon_field_log(builder, token)),
               builder.begin_of(item), builder.end_of(item), Severity::warning});
          return;
        }
      } while (n1 != n2);
    }
    if (item.kind == FieldItem::Kind::range && item.first > item.last) {
      builder.notes.push_back(
          {"range-reversed",
           fmt::format("{} wraps the range {} around the end of the {} field", daemon,
                       token.substr(item_start, p - item_start), facts.name),
           begin + item_start, begin + p, Severity::warning});
    }
    if (at(p) != ',') break;
    finish_item();
    ++p;
    n1 = -1;
    n2 = -1;
    new_item = true;
  }
  finish_item();
  if (p < token.size()) {
    parse_error(p, fmt::format("unexpected {} in the {} field", printable(at(p)), facts.name));
  }
}

// Python's int() on the text of a number: an optional sign, digits, single underscores between
// digits. Nothing when Python raises ValueError. Saturates far beyond any field's range.
std::optional<long long> python_int(std::string_view text) {
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
  if (i == text.size()) return std::nullopt;
  long long value = 0;
  bool after_digit = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '_' && after_digit && i + 1 < text.size() && text[i + 1] != '_') {
      after_digit = false;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    value = std::min(value * 10 + (c - '0'), 1'000'000'000'000LL);
    after_digit = true;
  }
  if (!after_digit) return std::nullopt;
  return negative ? -value : value;
}

// The indices values[slice(start, stop, step)] selects from a list of n values, as Python's
// slice.indices() computes them (start or stop absent: nothing).
template <typename Visit>
void python_slice(long long n, std::optional<long long> start, std::optional<long long> stop,
                  long long step, Visit visit) {
  auto adjust = [&](std::optional<long long> index, long long if_absent) {
    if (!index) return if_absent;
    long long i = *index;
    if (i < 0) {
      i += n;
      if (i < 0) i = step < 0 ? -1 : 0;
    } else if (i >= n) {
      i = step < 0 ? n - 1 : n;
    }
    return i;
  };
  const long long first = adjust(start, step < 0 ? n - 1 : 0);
  const long long end = adjust(stop, step < 0 ? -1 : n);
  if (step > 0) {
    for (long long i = first; i < end; i += step) visit(i);
  } else {
    for (long long i = first; i > end; i += step) visit(i);
  }
}

// systemd-crontab-generator parse_time_unit() / parse_period() / month_map() / dow_map().
// Returns false when the generator finds the field garbled (ValueError or an empty result).
bool read_systemd_field(EntryBuilder& builder, std::string_view token, std::size_t begin,
                        std::string& why) {
  const auto kind = static_cast<FieldKind>(builder.field_index);
  const FieldFacts& facts = builder.facts();
  // The value lists: minutes 0-59, hours 0-23, days 1-31, months 1-12, Sun..Sat.
  const long long n = kind == FieldKind::day_of_week ? 7 : facts.high - facts.low + 1;
  // parse_period(): `mapping(x) - 1 + int(not base)`: lists starting at 1 are indexed from 1.
  const long long shift = (kind == FieldKind::day_of_month || kind == FieldKind::month) ? 1 : 0;
  // month_map(): int, else the index of the first three letters in a list without "oct", + 1.
  // dow_map(): the index of the first three letters, else int % 7.
  static constexpr std::array<std::string_view, 11> month_names = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "nov", "dec"};
  static constexpr std::array<std::string_view, 7> dow_names = {"sun", "mon", "tue", "wed",
                                                                "thu", "fri", "sat"};
  auto lower3 = [](std::string_view text) {
    std::string out(text.substr(0, 3));
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  auto map_value = [&](std::string_view text, bool& is_name) -> std::optional<long long> {
    is_name = false;
    if (kind == FieldKind::day_of_week) {
      const std::string three = lower3(text);
      for (std::size_t i = 0; i < dow_names.size(); ++i) {
        if (dow_names[i] == three) return is_name = true, static_cast<long long>(i);
      }
      auto number = python_int(text);
      if (!number) return std::nullopt;
      return ((*number % 7) + 7) % 7;
    }
    if (auto number = python_int(text)) return number;
    if (kind != FieldKind::month) return std::nullopt;
    const std::string three = lower3(text);
    for (std::size_t i = 0; i < month_names.size(); ++i) {
      if (month_names[i] == three) return is_name = true, static_cast<long long>(i + 1);
    }
    return std::nullopt;
  };
  std::bitset<64> chosen;
  auto garbled = [&](std::string reason) {
    why = std::move(reason);
    return false;
  };
  std::size_t item_begin = 0;
  for (;;) {
    std::size_t item_end = token.find(',', item_begin);
    if (item_end == std::string_view::npos) item_end = token.size();
    const std::string_view text = token.substr(item_begin, item_end - item_begin);
    FieldItem item;
    item.set_text(builder.line.substr(begin + item_begin, text.size()));
    // `range, step = value.split('/')`: anything but exactly one '/' leaves the whole item as
    // the range, and step 1.
    std::string_view range = text;
    long long step = 1;
    const std::size_t slash = text.find('/');
    if (slash != std::string_view::npos && text.find('/', slash + 1) == std::string_view::npos) {
      range = text.substr(0, slash);
      auto number = python_int(text.substr(slash + 1));
      if (!number) {
        return garbled(fmt::format("step \"{}\" is not a number", text.substr(slash + 1)));
      }
      if (*number == 0) return garbled("step 0 (Python: slice step cannot be zero)");
      step = *number;
      item.set_step(static_cast<int>(std::clamp(step, -1'000'000LL, 1'000'000LL)));
    }
    if (range == "*") {
      item.kind = FieldItem::Kind::star;
      item.first = facts.low;
      item.last = kind == FieldKind::day_of_week ? 6 : facts.high;
      python_slice(n, std::nullopt, std::nullopt, step, [&](long long i) { chosen.set(i); });
    } else {
      // `start, end = range.split('-')`: anything but exactly one '-' is a single value.
      std::string_view first_text = range;
      std::string_view last_text = range;
      const std::size_t dash = range.find('-');
      if (dash != std::string_view::npos && range.find('-', dash + 1) == std::string_view::npos) {
        first_text = range.substr(0, dash);
        last_text = range.substr(dash + 1);
        item.kind = FieldItem::Kind::range;
      }
      bool first_name = false;
      bool last_name = false;
      auto first = map_value(first_text, first_name);
      auto last = map_value(last_text, last_name);
      if (!first || !last) {
        const std::string_view bad = !first ? first_text : last_text;
        return garbled(
            kind == FieldKind::month && lower3(bad) == "oct"
                ? std::string("the generator's month names lack \"oct\"")
                : fmt::format("\"{}\" is not a {} the generator reads", bad, facts.name));
      }
      item.first = static_cast<int>(std::clamp(*first, -1'000'000LL, 1'000'000LL));
      item.last = static_cast<int>(std::clamp(*last, -1'000'000LL, 1'000'000LL));
      item.first_is_name = first_name;
      item.last_is_name = last_name;
      python_slice(n, *first - shift, *last + 1 - shift, step,
                   [&](long long i) { chosen.set(static_cast<std::size_t>(i)); });
    }
    builder.items.push_back(item);
    if (item_end == token.size()) break;
    item_begin = item_end + 1;
  }
  if (chosen.none()) return garbled(fmt::format("the {} field selects nothing", facts.name));
  Schedule& s = builder.schedule;
  for (std::size_t i = 0; i < static_cast<std::size_t>(n); ++i) {
    if (!chosen[i]) continue;
    set_field_value(s, kind, i + static_cast<std::size_t>(shift));
  }
  return true;
}

template <>
struct action<g::word_field> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    ++builder.field_index;
    const auto kind = static_cast<FieldKind>(builder.field_index);
    const std::string_view token = in.string_view();
    const std::size_t begin = builder.offset(in.begin());
    builder.field_begin = begin;
    builder.field_items_begin[static_cast<std::size_t>(builder.field_index)] = builder.items.size();
    Field& field = builder.fields[static_cast<std::size_t>(builder.field_index)];
    field.kind = kind;
    field.set_text(token);
    field.set_span(Span{0, 0, 0, begin, begin + token.size()});  // offsets in the line
    if (builder.dialect.field_reader == FieldReader::busybox_parse_field) {
      read_busybox_field(builder, token, begin);
    } else if (std::string why; !read_systemd_field(builder, token, begin, why)) {
      if (kind == FieldKind::day_of_week) {
        // generate_timer_unit(): an empty weekday list leaves OnCalendar= without weekdays.
        builder.items.resize(
            builder.field_index == 0 ? 0 : builder.field_items_end[builder.field_index - 1]);
        builder.schedule.days_of_week.set();
        builder.notes.push_back(
            {"field-syntax",
             fmt::format("{}: {} logs \"garbled time\" and drops the day-of-week field, so the "
                         "job runs on every day",
                         why, builder.dialect.daemon),
             begin, begin + token.size(), Severity::warning});
      } else {
        reject("field-syntax",
               fmt::format("{}: {} logs \"garbled time\" and makes no timer for this line", why,
                           builder.dialect.daemon),
               begin, begin + token.size());
      }
    }
    builder.field_items_end[static_cast<std::size_t>(builder.field_index)] = builder.items.size();
  }
};

}  // namespace
}  // namespace cronkit
