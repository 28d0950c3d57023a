#pragma once
// Reading a stand-alone expression for the schedulers that have their own reader rather than
// cron's grammar: Quartz, GitLab (fugit) and Amazon EventBridge, each into a ParsedSchedule.
// Private to the parser: included by parse.cpp only.

#include <fmt/format.h>

#include <string>

#include "parse/eventbridge_expression.hpp"
#include "parse/fugit_expression.hpp"
#include "parse/parse.hpp"
#include "parse/quartz_expression.hpp"
#include "parse/text_place.hpp"

namespace cronkit {
namespace {

// The field of `kind` that a one-expression reader found at [range.begin, range.end) of the
// expression (each reader has its own range type with those two members).
template <typename Range>
Field field_at(std::string_view source, const Range& range, FieldKind kind) {
  Field field;
  field.kind = kind;
  field.set_text(source.substr(range.begin, range.end - range.begin));
  field.set_span(span_in(TextPlace{}, range.begin, range.end));
  return field;
}

// What Quartz's ParseException says, with what to write instead for the mistakes people make
// most (a crontab line given to Quartz; both day fields set).
std::string quartz_error_text(const QuartzReading& reading) {
  std::string text = fmt::format("Quartz rejects the expression: {}", reading.message);
  if (reading.offset >= 0 && !reading.message.starts_with("Illegal cron expression format"))
    text += fmt::format(" (error offset {})", reading.offset);
  if (reading.message.starts_with("Unexpected end of expression")) {
    text +=
        "; a Quartz expression has six or seven fields: second minute hour day-of-month month "
        "day-of-week [year]";
  } else if (reading.message.starts_with("Support for specifying both") ||
             reading.message.starts_with("'?' can only be specified for Day-of-Month -OR-")) {
    text +=
        "; exactly one of day-of-month and day-of-week must be '?', e.g. '0 0 9 ? * MON-FRI' or "
        "'0 0 9 1 * ?'";
  }
  return text;
}

// org.quartz.CronExpression's reading of a bare expression (parse/quartz_expression.hpp).
void read_quartz_schedule(ParsedSchedule& result) {
  const std::string_view source = result.text();
  const int max_year = quartz_max_year();
  const QuartzReading reading = read_quartz_expression(source, max_year);
  auto field_span = [&](std::size_t i) {
    return span_in(TextPlace{}, reading.fields[i].begin, reading.fields[i].end);
  };
  if (!reading.cron) {
    Span span = span_in(TextPlace{}, source.size(), source.size());
    std::string code = "field-count";
    if (reading.message.starts_with("Support for specifying both") ||
        reading.message.starts_with("'?' can only be specified for Day-of-Month -OR-")) {
      code = "field-syntax";
      span = span_in(TextPlace{}, reading.fields[3].begin, reading.fields[5].end);
    } else if (!reading.message.starts_with("Unexpected end of expression") && reading.count > 0) {
      code = "field-syntax";
      span = field_span(reading.count - 1);
    }
    result.diagnostics.push_back(
        Diagnostic{code, Severity::error, span, quartz_error_text(reading), true});
    return;
  }
  static constexpr std::array<FieldKind, 7> kinds = {
      FieldKind::second, FieldKind::minute,      FieldKind::hour, FieldKind::day_of_month,
      FieldKind::month,  FieldKind::day_of_week, FieldKind::year};
  auto make_field = [&](std::size_t i) { return field_at(source, reading.fields[i], kinds[i]); };
  for (std::size_t i = 1; i <= 5; ++i) result.fields[i - 1] = make_field(i);
  result.second_and_year.push_back(make_field(0));
  if (reading.count == 7) result.second_and_year.push_back(make_field(6));
  result.schedule = quartz_schedule(*reading.cron, reading.count == 7, max_year);
}

// GitLab's reading of a pipeline schedule's cron text: fugit's (parse/fugit_expression.hpp).
// fugit answers nil, and GitLab says "Cron syntax is invalid"; cronkit adds why and where.
void read_gitlab_schedule(ParsedSchedule& result) {
  const std::string_view source = result.text();
  const FugitReading reading = read_gitlab_expression(source);
  if (!reading.cron) {
    std::string text;
    if (reading.raises) {
      text = fmt::format(
          "fugit raises {}; GitLab fails with this exception instead of saying \"Cron syntax is "
          "invalid\"",
          reading.message);
    } else {
      text = fmt::format("Cron syntax is invalid: {}", reading.message);
    }
    std::string code = "field-syntax";
    if (reading.message.starts_with("expected 5 fields")) code = "field-count";
    if (!reading.special.empty() || reading.message.starts_with("unknown @-word") ||
        reading.message.starts_with("@reboot"))
      code = "special-invalid";
    result.diagnostics.push_back(
        Diagnostic{code, Severity::error,
                   span_in(TextPlace{}, reading.error_begin, reading.error_end), text, true});
    return;
  }
  if (reading.fields_known) {
    static constexpr std::array<FieldKind, 6> kinds = {FieldKind::second, FieldKind::minute,
                                                       FieldKind::hour,   FieldKind::day_of_month,
                                                       FieldKind::month,  FieldKind::day_of_week};
    auto make_field = [&](std::size_t i) { return field_at(source, reading.fields[i], kinds[i]); };
    for (std::size_t i = 1; i <= 5; ++i) result.fields[i - 1] = make_field(i);
    if (reading.has_seconds) result.second_and_year.push_back(make_field(0));
  }
  result.schedule = fugit_schedule(*reading.cron);
}

// Amazon EventBridge's ScheduleExpression (parse/eventbridge_expression.hpp). AWS says the same
// thing about every invalid expression; the diagnostic says that and cronkit's reason.
void read_eventbridge_schedule(ParsedSchedule& result, const Dialect& rules) {
  const std::string_view source = result.text();
  const EventBridgeReading reading = read_eventbridge_expression(source, rules);
  if (!reading.ok()) {
    const std::string message =
        rules.invalid_expression_message.empty()
            ? fmt::format("{} rejects the expression (ValidationException): {}", rules.daemon,
                          reading.reason)
            : fmt::format("\"{}\" is all {} says; the reason: {}", rules.invalid_expression_message,
                          rules.daemon, reading.reason);
    result.diagnostics.push_back(Diagnostic{reading.code, Severity::error,
                                            span_in(TextPlace{}, reading.begin, reading.end),
                                            message, true});
    return;
  }
  if (!reading.cron) {
    result.schedule.writable_extras().rate = reading.rate;
    result.schedule.writable_extras().one_time = reading.one_time;
    return;
  }
  static constexpr std::array<FieldKind, 6> kinds = {FieldKind::minute,       FieldKind::hour,
                                                     FieldKind::day_of_month, FieldKind::month,
                                                     FieldKind::day_of_week,  FieldKind::year};
  auto make_field = [&](std::size_t i) { return field_at(source, reading.fields[i], kinds[i]); };
  for (std::size_t i = 0; i < 5; ++i) result.fields[i] = make_field(i);
  result.second_and_year.push_back(make_field(5));
  result.schedule = quartz_schedule(*reading.cron, true, last_eventbridge_year);
}

}  // namespace
}  // namespace cronkit
