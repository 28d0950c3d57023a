#include <fmt/format.h>

#include <algorithm>

#include "compare/compare.hpp"
#include "text/json.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

std::string diagnostic_text(const Diagnostic& diagnostic) {
  return fmt::format("{}:{}: {}: {} [{}]", diagnostic.span.line, diagnostic.span.column,
                     severity_name(diagnostic.severity), diagnostic.message, diagnostic.code);
}

// "debian, cronie".
std::string names_of(const std::vector<DialectId>& ids) {
  std::string text;
  for (DialectId id : ids) {
    if (!text.empty()) text += ", ";
    text += dialect(id).name;
  }
  return text;
}

std::size_t name_width(const Comparison& comparison) {
  std::size_t width = 0;
  for (const DialectReading& reading : comparison.readings)
    width = std::max(width, dialect(reading.dialect).name.size());
  return width;
}

// What one dialect does at the parting instant: "fires", "fires twice", "does not fire (next:
// ...)".
std::string outcome_text(const Comparison& comparison, const PartingDialect& where) {
  const date::time_zone& zone = *comparison.zone;
  switch (where.firings_at_instant) {
    case 0:
      return where.next ? "does not fire (next: " + format_rfc3339(*where.next, zone) + ")"
                        : "does not fire (nor again before " +
                              format_rfc3339(comparison.until, zone) + ")";
    case 1:
      return "fires";
    case 2:
      return "fires twice";
    default:
      return fmt::format("fires {} times", where.firings_at_instant);
  }
}

// The parting instant, then one line per accepting dialect in the compared order.
std::string parting_text(const Comparison& comparison, const Parting& parting) {
  std::string text = fmt::format("  The firings part ways at {}:\n",
                                 format_rfc3339(parting.instant, *comparison.zone));
  const std::size_t width = name_width(comparison);
  for (const PartingDialect& where : parting.dialects) {
    text += fmt::format("    {:<{}}  {}\n", dialect(where.dialect).name, width,
                        outcome_text(comparison, where));
  }
  return text;
}

std::string verdict_text(const Comparison& comparison) {
  const date::time_zone& zone = *comparison.zone;
  std::vector<DialectId> accepting;
  std::optional<date::sys_seconds> first;
  for (const DialectReading& reading : comparison.readings) {
    if (!reading.accepted) continue;
    accepting.push_back(reading.dialect);
    if (reading.first_firing)
      first = first ? std::min(*first, *reading.first_firing) : *reading.first_firing;
  }
  if (accepting.empty()) return "  No dialect compared accepts it.\n";
  if (accepting.size() == 1) {
    return fmt::format("  Only {} accepts it: nothing to compare.\n", names_of(accepting));
  }
  if (comparison.parting) return parting_text(comparison, *comparison.parting);
  if (!first) {
    return fmt::format(
        "  The {} accepting dialects agree: none of them starts it by the clock "
        "before {}.\n",
        accepting.size(), format_rfc3339(comparison.until, zone));
  }
  return fmt::format(
      "  The {} accepting dialects agree: they start it at the same instants, the first at {}, "
      "until {}.\n",
      accepting.size(), format_rfc3339(*first, zone), format_rfc3339(comparison.until, zone));
}

void append_time_or_null(std::string& out, const std::optional<date::sys_seconds>& instant,
                         const date::time_zone& zone) {
  if (instant) {
    append_json_string(out, format_rfc3339(*instant, zone));
  } else {
    out += "null";
  }
}

}  // namespace

std::string render_comparisons_text(const std::vector<Comparison>& comparisons) {
  std::string text;
  for (const Comparison& comparison : comparisons) {
    if (!text.empty()) text += "\n";
    const date::time_zone& zone = *comparison.zone;
    text += comparison.expression + "\n";
    text +=
        fmt::format("  compared in {} from {} until {}\n", zone.name(),
                    format_rfc3339(comparison.from, zone), format_rfc3339(comparison.until, zone));
    const std::size_t width = name_width(comparison);
    const std::string continuation(4 + width + 2 + 7 + 2, ' ');
    for (const DialectReading& reading : comparison.readings) {
      std::vector<std::string> lines;
      if (reading.accepted) lines.push_back(reading.meaning);
      for (const Diagnostic& diagnostic : reading.diagnostics)
        lines.push_back(diagnostic_text(diagnostic));
      text += fmt::format("    {:<{}}  {:<7}  {}\n", dialect(reading.dialect).name, width,
                          reading.accepted ? "accepts" : "rejects", lines.front());
      for (std::size_t i = 1; i < lines.size(); ++i) text += continuation + lines[i] + "\n";
    }
    text += verdict_text(comparison);
  }
  return text;
}

std::string render_comparisons_json(const std::vector<Comparison>& comparisons) {
  std::string out = "[";
  for (const Comparison& comparison : comparisons) {
    const date::time_zone& zone = *comparison.zone;
    if (out.size() > 1) out += ",";
    out += "\n  {\"expression\": ";
    append_json_string(out, comparison.expression);
    out += ", \"zone\": ";
    append_json_string(out, zone.name());
    out += ", \"from\": ";
    append_json_string(out, format_rfc3339(comparison.from, zone));
    out += ", \"until\": ";
    append_json_string(out, format_rfc3339(comparison.until, zone));
    out += ",\n   \"dialects\": [";
    for (std::size_t i = 0; i < comparison.readings.size(); ++i) {
      const DialectReading& reading = comparison.readings[i];
      out += i > 0 ? ",\n    " : "\n    ";
      out += "{\"dialect\": ";
      append_json_string(out, dialect(reading.dialect).name);
      out += reading.accepted ? ", \"accepted\": true" : ", \"accepted\": false";
      out += ", \"meaning\": ";
      if (reading.accepted) {
        append_json_string(out, reading.meaning);
      } else {
        out += "null";
      }
      out += ", \"at_reboot\": ";
      out += reading.at_reboot ? "true" : "false";
      out += ", \"first_firing\": ";
      append_time_or_null(out, reading.first_firing, zone);
      out += ", \"diagnostics\": [";
      for (std::size_t d = 0; d < reading.diagnostics.size(); ++d) {
        const Diagnostic& diagnostic = reading.diagnostics[d];
        if (d > 0) out += ", ";
        out +=
            fmt::format("{{\"line\": {}, \"column\": {}, \"end_column\": {}, \"severity\": ",
                        diagnostic.span.line, diagnostic.span.column, diagnostic.span.end_column);
        append_json_string(out, severity_name(diagnostic.severity));
        out += ", \"code\": ";
        append_json_string(out, diagnostic.code);
        out += ", \"message\": ";
        append_json_string(out, diagnostic.message);
        out += "}";
      }
      out += "]}";
    }
    out += "],\n   \"agree\": ";
    if (comparison.accepting() < 2) {
      out += "null";
    } else {
      out += comparison.parting ? "false" : "true";
    }
    out += ", \"parting\": ";
    if (!comparison.parting) {
      out += "null";
    } else {
      out += "{\"instant\": ";
      append_json_string(out, format_rfc3339(comparison.parting->instant, zone));
      out += ", \"dialects\": [";
      for (std::size_t i = 0; i < comparison.parting->dialects.size(); ++i) {
        const PartingDialect& where = comparison.parting->dialects[i];
        if (i > 0) out += ", ";
        out += "{\"dialect\": ";
        append_json_string(out, dialect(where.dialect).name);
        out += fmt::format(", \"firings_at_instant\": {}, \"next\": ", where.firings_at_instant);
        append_time_or_null(out, where.next, zone);
        out += "}";
      }
      out += "]}";
    }
    out += "}";
  }
  out += comparisons.empty() ? "]\n" : "\n]\n";
  return out;
}

}  // namespace cronkit
