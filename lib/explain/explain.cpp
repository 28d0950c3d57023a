#include "explain/explain.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string_view>

#include <date/date.h>

#include "explain/value_phrases.hpp"
#include "parse/field_values.hpp"

namespace cronkit {
namespace {

using namespace value_phrases;

// ---- time of day -------------------------------------------------------------------------

enum class MinuteShape { all, run, even, progression, list };

struct MinutePattern {
  MinuteShape shape = MinuteShape::list;
  int step = 1;
};

MinutePattern classify_minutes(const Values& minutes) {
  if (minutes.size() == 60) return {MinuteShape::all};
  if (minutes.size() >= 3 && runs_of(minutes).size() == 1) return {MinuteShape::run};
  if (minutes.size() == 2 && minutes[0] == 0 && minutes[1] == 30) return {MinuteShape::even, 30};
  if (auto p = progression_of(minutes)) {
    // Evenly spaced across the hour boundary too: every `step` minutes, around the clock.
    if (p->first == 0 && 60 % p->step == 0 && static_cast<int>(minutes.size()) == 60 / p->step) {
      return {MinuteShape::even, p->step};
    }
    if (minutes.size() >= 5) return {MinuteShape::progression, p->step};
  }
  return {MinuteShape::list};
}

struct TimePhrase {
  std::string text;
  bool explicit_times = false;  // "At 09:00 and 17:00": a list of clock times
};

TimePhrase time_phrase(const Values& minutes, const Values& hours, bool twelve_hour) {
  const MinutePattern pattern = classify_minutes(minutes);
  const auto clock = [&](int hour, int minute) { return clock_time(hour, minute, twelve_hour); };
  const std::vector<Run> minute_runs = runs_of(minutes);
  const bool minutes_are_singles = std::all_of(minute_runs.begin(), minute_runs.end(),
                                               [](const Run& r) { return r.length() < 3; });

  // Few enough firings per day to name each one.
  if (pattern.shape != MinuteShape::all && minutes_are_singles &&
      minutes.size() * hours.size() <= 6) {
    std::vector<std::string> times;
    for (int h : hours) {
      for (int m : minutes) times.push_back(clock(h, m));
    }
    return {"At " + join(times, "and"), true};
  }

  std::string short_head;  // "Every 7 minutes"
  std::string full_head;   // "Every 7 minutes from :00 through :56"
  switch (pattern.shape) {
    case MinuteShape::all:
      short_head = full_head = "Every minute";
      break;
    case MinuteShape::run:
      short_head = "Every minute";
      full_head = fmt::format("Every minute from {} through {}", minute_mark(minutes.front()),
                              minute_mark(minutes.back()));
      break;
    case MinuteShape::even:
      short_head = full_head = fmt::format("Every {} minutes", pattern.step);
      break;
    case MinuteShape::progression:
      short_head = fmt::format("Every {} minutes", pattern.step);
      full_head = fmt::format("{} from {} through {}", short_head, minute_mark(minutes.front()),
                              minute_mark(minutes.back()));
      break;
    case MinuteShape::list:
      short_head = full_head = "At " + join(pieces_of(minutes, minute_mark), "and");
      break;
  }
  const bool is_list = pattern.shape == MinuteShape::list;

  // An uneven step restarts at the top of each hour: say where the short gap is.
  const auto gap_note = [&]() -> std::string {
    if (pattern.shape != MinuteShape::progression) return {};
    const int gap = 60 - minutes.back() + minutes.front();
    if (gap == pattern.step) return {};
    return fmt::format(" (then {} of the next hour, a {}-minute gap)", minute_mark(minutes.front()),
                       gap);
  };

  if (hours.size() == 24) {
    return {full_head + (is_list ? " past every hour" : "") + gap_note()};
  }
  if (auto p = progression_of(hours)) {
    return {fmt::format("{} {} every {} hour from {} through {}", full_head,
                        is_list ? "past" : "of", ordinal(p->step), clock(p->first, minutes.front()),
                        clock(p->last, minutes.back()))};
  }
  const std::vector<Run> hour_runs = runs_of(hours);
  // "from 09:00 through 17:30" per run of hours; lone firings are listed as times instead.
  std::vector<std::string> windows;
  std::vector<std::string> lone_times;
  for (const Run& run : hour_runs) {
    if (run.length() == 1 && minutes.size() == 1) {
      lone_times.push_back(clock(run.first, minutes.front()));
    } else {
      windows.push_back(fmt::format("from {} through {}", clock(run.first, minutes.front()),
                                    clock(run.last, minutes.back())));
    }
  }
  if (!lone_times.empty()) windows.push_back("at " + join(lone_times, "and"));
  const bool single_hours =
      std::all_of(hour_runs.begin(), hour_runs.end(), [](const Run& r) { return r.length() == 1; });
  const bool continues_across_hours =
      pattern.shape == MinuteShape::all || pattern.shape == MinuteShape::even;
  if (continues_across_hours || (single_hours && (pattern.shape == MinuteShape::run ||
                                                  pattern.shape == MinuteShape::progression))) {
    return {short_head + " " + join(windows, "and")};
  }
  return {full_head + " past each hour " + join(windows, "and") +
          (single_hours ? std::string() : gap_note())};
}

// ---- notes about the fields as written ----------------------------------------------------

std::string_view field_label(FieldKind kind) {
  return field_facts(kind).name;
}

std::string_view field_unit(FieldKind kind) {
  switch (kind) {
    case FieldKind::minute:
      return "minutes";
    case FieldKind::hour:
      return "hours";
    case FieldKind::month:
      return "months";
    case FieldKind::day_of_month:
    case FieldKind::day_of_week:
      return "days";
    case FieldKind::second:
      return "seconds";
    case FieldKind::year:
      return "years";
  }
  return "";
}

// A range written high-low. cronie turns an end of 0 into 7 (`sat-sun`), which is not reversed.
bool is_reversed(const FieldItem& item, const Dialect& dialect) {
  if (item.kind != FieldItem::Kind::range || item.first <= item.last) return false;
  // busybox crond's ParseField() and croniter's _expand wrap a reversed range around the end of
  // the field.
  if (dialect.field_reader == FieldReader::busybox_parse_field ||
      dialect.field_reader == FieldReader::croniter_expand)
    return false;
  return !(dialect.reversed_range_ending_in_zero_means_seven && item.last == 0);
}

std::string reversed_note(const Field& field, const FieldItem& item) {
  std::string note = fmt::format("the {} range {} is reversed, which cron reads as no {}",
                                 field_label(field.kind), item.text(), field_unit(field.kind));
  // `sat-sun`: cronie reads an end of 0 as 7, Debian does not; say what works in both.
  if (field.kind == FieldKind::day_of_week && item.last == 0) {
    note +=
        fmt::format(" (cronie would read it as {}-7; write {}-7 for both)", item.first, item.first);
  }
  return note;
}

const FieldItem* first_reversed_item(const Field& field, const Dialect& dialect) {
  for (const FieldItem& item : field.items()) {
    if (is_reversed(item, dialect)) return &item;
  }
  return nullptr;
}

int days_in_month(int month) {
  static constexpr std::array<int, 12> lengths = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return lengths[static_cast<std::size_t>(month - 1)];
}

// When the day of the month alone picks the days: the months in which none of its days exist.
void add_missing_day_notes(const Values& days, const Values& months,
                           std::vector<std::string>& notes) {
  std::vector<std::string> skipped;
  for (int m : months) {
    if (std::none_of(days.begin(), days.end(), [&](int d) { return d <= days_in_month(m); })) {
      skipped.push_back(month_label(m));
    }
  }
  if (!skipped.empty() && skipped.size() < months.size()) {
    std::vector<std::string> missing;
    for (int d : days) missing.push_back(std::to_string(d));
    notes.push_back(fmt::format("not in {}, which {} no day {}", join(skipped, "and"),
                                skipped.size() == 1 ? "has" : "have", join(missing, "or")));
  }
  const bool february = std::find(months.begin(), months.end(), 2) != months.end();
  const bool only_leap_day_in_february =
      std::find(days.begin(), days.end(), 29) != days.end() &&
      std::none_of(days.begin(), days.end(), [](int d) { return d <= 28; });
  if (february && only_leap_day_in_february) {
    notes.emplace_back(months.size() == 1 ? "only in leap years"
                                          : "in February only in leap years");
  }
}

std::string never_reason(std::optional<Special> special, const std::array<Field, 5>& fields,
                         const Schedule& schedule, const Dialect& dialect) {
  if (!special) {
    const auto empty = [&](FieldKind kind) {
      switch (kind) {
        case FieldKind::minute:
          return schedule.minutes.none();
        case FieldKind::hour:
          return schedule.hours.none();
        case FieldKind::day_of_month:
          return schedule.days_of_month.none();
        case FieldKind::month:
          return schedule.months.none();
        case FieldKind::day_of_week:
          return schedule.days_of_week.none();
        case FieldKind::second:
          return schedule.extras().seconds.none();
        case FieldKind::year:
          return schedule.extras().years_limited && schedule.extras().years.none();
      }
      return false;
    };
    for (FieldKind kind : {FieldKind::minute, FieldKind::hour, FieldKind::month}) {
      const Field& field = fields[static_cast<std::size_t>(kind)];
      if (!empty(kind)) continue;
      if (const FieldItem* item = first_reversed_item(field, dialect)) {
        return reversed_note(field, *item);
      }
    }
    // A reversed day range matters only when the other day field cannot make up for it.
    if (schedule.day_rule() == DayRule::both_must_match) {
      for (FieldKind kind : {FieldKind::day_of_month, FieldKind::day_of_week}) {
        const Field& field = fields[static_cast<std::size_t>(kind)];
        if (!empty(kind)) continue;
        if (const FieldItem* item = first_reversed_item(field, dialect)) {
          const bool dom_star = fields[2].starts_with_star();
          return reversed_note(field, *item) +
                 fmt::format(", and the {} field starts with \"*\", so both day fields must match",
                             dom_star ? "day-of-month" : "day-of-week");
        }
      }
    }
  }
  return schedule.why_never_fires();
}

// EventBridge's rate(): "Every 5 minutes, counted from ...".
std::string rate_sentence(std::chrono::minutes rate, const Dialect& cron) {
  const auto count = rate.count();
  std::string interval;
  if (count % (24 * 60) == 0) {
    interval = count == 24 * 60 ? "day" : fmt::format("{} days", count / (24 * 60));
  } else if (count % 60 == 0) {
    interval = count == 60 ? "hour" : fmt::format("{} hours", count / 60);
  } else {
    interval = count == 1 ? "minute" : fmt::format("{} minutes", count);
  }
  std::string sentence = fmt::format(
      "Every {}, counted from when the schedule starts (not at set times of the clock)", interval);
  if (count % (24 * 60) == 0 && !cron.zone_is_fixed) {
    sentence +=
        "; a day is 24 hours, so across a daylight-saving change the runs move an hour on the "
        "clock";
  }
  return sentence + ".";
}

}  // namespace

std::string clock_time(int hour, int minute, bool twelve_hour) {
  if (!twelve_hour) return fmt::format("{:02}:{:02}", hour, minute);
  const int h12 = hour % 12 == 0 ? 12 : hour % 12;
  return fmt::format("{}:{:02} {}", h12, minute, hour < 12 ? "AM" : "PM");
}

ScheduleExplanation explain_schedule(std::optional<Special> special,
                                     const std::array<Field, 5>& fields, const Schedule& schedule,
                                     const ExplainOptions& options) {
  ScheduleExplanation result;
  const Dialect& cron = dialect(options.dialect);
  result.day_rule = schedule.day_rule();
  if (schedule.at_reboot || special == Special::reboot) {
    result.at_reboot = true;
    result.summary =
        "Once at start-up (reboot): when cron starts after the system boots, not when cron is "
        "merely restarted; it has no times.";
    return result;
  }
  if (schedule.extras().rate.count() > 0) {
    result.summary = rate_sentence(schedule.extras().rate, cron);
    return result;
  }
  if (schedule.extras().one_time) {
    result.summary = fmt::format("Once, at {} in the schedule's time zone.",
                                 date::format("%F %T", *schedule.extras().one_time));
    return result;
  }
  result.minutes = values_of(schedule.minutes, 0, 59);
  result.hours = values_of(schedule.hours, 0, 23);
  result.days_of_month = values_of(schedule.days_of_month, 1, 31);
  result.months = values_of(schedule.months, 1, 12);
  result.days_of_week = weekdays_of(schedule);

  // fugit's reading has days the sets above cannot hold (counted from the end, n-th weekdays):
  // whether it fires is its clock's to say.
  if (!schedule.extras().fugit_cron && schedule.never_fires()) {
    result.never = true;
    result.never_reason = never_reason(special, fields, schedule, cron);
    result.summary = fmt::format("Never: {}.", result.never_reason);
    return result;
  }

  const Values& days = result.days_of_month;
  const Values& weekdays = result.days_of_week;
  const Values& months = result.months;
  const bool all_days = days.size() == 31;
  const bool all_weekdays = weekdays.size() == 7;
  const bool all_months = months.size() == 12;
  const std::string month_list = join(pieces_of(months, month_label), "and");
  const std::string of_months = all_months ? std::string("the month") : month_list;

  // ", Monday through Friday" when the days are one range; " on Friday" otherwise.
  const auto weekday_phrase = [&]() {
    const std::vector<std::string> pieces = weekday_pieces(weekdays);
    if (pieces.size() == 1 && pieces.front().find(" through ") != std::string::npos) {
      return ", " + pieces.front();
    }
    return " on " + join(pieces, "and");
  };

  std::vector<std::string> notes;
  std::string day_text;
  bool months_said = false;  // the day phrase already names the months
  bool every_day_said = false;
  bool either_day_form = false;  // "on day 13 of the month or on Friday"
  if (schedule.extras().fugit_cron) {
    day_text = fugit_day_text(*schedule.extras().fugit_cron);
    either_day_form = !all_months && day_text.find(" or on ") != std::string::npos;
  } else if (schedule.extras().quartz.any()) {
    // cronexpr: the Quartz items join the plain values of their field; a field with `*` or `?`
    // is ignored, and when both are restricted either may match.
    std::vector<std::string> dom = quartz_day_of_month_pieces(schedule.extras().quartz);
    if (!days.empty() && !schedule.day_of_month_star)
      dom.insert(dom.begin(), day_of_month_phrase(days, "the month"));
    std::vector<std::string> dow = quartz_day_of_week_pieces(schedule.extras().quartz);
    if (!weekdays.empty() && !schedule.day_of_week_star)
      dow.insert(dow.begin(), join(weekday_pieces(weekdays), "and"));
    if (schedule.both_day_fields_must_match && !schedule.day_of_month_star &&
        !schedule.day_of_week_star && !dom.empty() && !dow.empty()) {
      // Spring: the day fields are separate constraints, so a day must pass both.
      day_text = fmt::format(" on {} if that day is also {}", join(dom, "or"), join(dow, "or"));
    } else {
      std::vector<std::string> parts;
      if (!schedule.day_of_month_star) parts.insert(parts.end(), dom.begin(), dom.end());
      if (!schedule.day_of_week_star) parts.insert(parts.end(), dow.begin(), dow.end());
      day_text = " on " + join(parts, "or on");
      either_day_form = !all_months;
    }
  } else if (result.day_rule == DayRule::both_must_match) {
    if (all_days && all_weekdays) {
      // every day
    } else if (all_weekdays) {
      day_text = " on " + day_of_month_phrase(days, of_months);
      months_said = !all_months;
      add_missing_day_notes(days, months, notes);
    } else if (all_days) {
      day_text = weekday_phrase();
    } else {
      day_text =
          fmt::format(" on {} if that day is also a {}", day_of_month_phrase(days, of_months),
                      join(weekday_each(weekdays), "or"));
      months_said = !all_months;
    }
  } else if (all_days && all_weekdays) {
    // every day
  } else if (all_days || all_weekdays) {
    day_text = " every day";
    every_day_said = true;
    notes.push_back(fmt::format(
        "cron runs when either day field matches, and the day-of-{} field alone matches every day",
        all_days ? "month" : "week"));
  } else if (weekdays.empty()) {
    day_text = " on " + day_of_month_phrase(days, of_months);
    months_said = !all_months;
    add_missing_day_notes(days, months, notes);
  } else if (days.empty()) {
    day_text = weekday_phrase();
  } else {
    day_text = fmt::format(" on {} or on {}", day_of_month_phrase(days, "the month"),
                           join(weekday_pieces(weekdays), "and"));
    either_day_form = true;
    const bool some_day_exists = std::any_of(
        months.begin(), months.end(), [&](int m) { return days.front() <= days_in_month(m); });
    if (!some_day_exists) {
      std::vector<std::string> missing;
      for (int d : days) missing.push_back(std::to_string(d));
      notes.push_back(fmt::format("{} {} no day {}, so only the day of the week counts", month_list,
                                  months.size() == 1 ? "has" : "have", join(missing, "or")));
    }
  }

  TimePhrase time = time_phrase(result.minutes, result.hours, options.twelve_hour);
  if (schedule.extras().seconds != std::bitset<60>{1}) {
    const Values seconds = values_of(schedule.extras().seconds, 0, 59);
    if (time.explicit_times && result.hours.size() * result.minutes.size() * seconds.size() <= 6) {
      // "At 09:30:15": few enough firings a day to name each, to the second.
      std::vector<std::string> times;
      for (int h : result.hours) {
        for (int m : result.minutes) {
          for (int second : seconds) {
            times.push_back(clock_time(h, m, false) + fmt::format(":{:02}", second));
          }
        }
      }
      time.text = "At " + join(times, "and");
    } else if (result.minutes.size() == 60 && result.hours.size() == 24) {
      time.text = capitalised(seconds_phrase(schedule.extras().seconds));
      time.explicit_times = false;
    } else {
      time.text = capitalised(seconds_phrase(schedule.extras().seconds)) + " of each minute " +
                  uncapitalised(time.text);
      time.explicit_times = false;
    }
  }
  // EventBridge rules have no zone of their own: their times are UTC's, and the sentence says so.
  if (cron.zone_is_fixed && result.hours.size() != 24)
    time.text += " " + std::string(cron.default_zone);
  std::string sentence = time.text + day_text;
  if (!all_months && !months_said) {
    if (day_text.empty()) {
      sentence += (time.explicit_times ? " every day in " : " in ") + month_list;
    } else {
      sentence += (either_day_form ? ", in " : " in ") + month_list;
    }
  } else if (day_text.empty() && time.explicit_times && !every_day_said) {
    sentence += " every day";
  }

  if (const std::string years = years_phrase(schedule); !years.empty()) {
    sentence += ", " + years;
  }

  if (!special) {
    for (const Field& field : fields) {
      for (const FieldItem& item : field.items()) {
        if (is_reversed(item, cron)) notes.push_back(reversed_note(field, item));
        if (item.is_question_mark()) {
          notes.push_back(fmt::format("'?' in the {} field means any value, like '*'",
                                      field_label(field.kind)));
        }
      }
      if (!field.ignored_tail().empty()) {
        notes.push_back(fmt::format("{} ignores \"{}\" in the {} field \"{}\"", cron.daemon,
                                    field.ignored_tail(), field_label(field.kind), field.text()));
      }
    }
  }
  if (!notes.empty()) {
    sentence += " (";
    for (std::size_t i = 0; i < notes.size(); ++i) sentence += (i > 0 ? "; " : "") + notes[i];
    sentence += ")";
  }
  result.summary = sentence + ".";
  return result;
}

}  // namespace cronkit
