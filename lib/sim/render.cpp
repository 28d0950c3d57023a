#include "sim/render.hpp"

#include "text/json.hpp"

#include <fmt/format.h>

namespace cronkit {

namespace {

// Text output shows control characters (a CRLF file's `\r`) visibly instead of sending them to
// the terminal.
void append_visible(std::string& out, std::string_view text) {
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte == '\r') {
      out += "\\r";
    } else if (byte == '\n') {
      out += "\\n";
    } else if (byte < 0x20 && byte != '\t') {
      out += fmt::format("\\x{:02x}", byte);
    } else if (byte == 0x7f) {
      out += "\\x7f";
    } else {
      out.push_back(c);
    }
  }
}

}  // namespace

std::optional<ListFormat> list_format_from_name(std::string_view name) {
  if (name == "text") return ListFormat::text;
  if (name == "jsonl") return ListFormat::jsonl;
  if (name == "csv") return ListFormat::csv;
  if (name == "ics") return ListFormat::ics;
  return std::nullopt;
}

void append_csv_field(std::string& out, std::string_view text) {
  bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos ||
               (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) {
    out += text;
    return;
  }
  out.push_back('"');
  for (char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

std::string escape_ical_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;  // a CRLF file's `\r`: not representable, and meaningless in a title
      default:
        // Other control characters are not allowed in TEXT values.
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out.push_back(c);
    }
  }
  return out;
}

void append_ical_line(std::string& out, std::string_view line) {
  // RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and one space; the space
  // counts towards the next line's 75.
  std::size_t limit = 75;
  while (line.size() > limit) {
    std::size_t cut = limit;
    // Back up to the start of a UTF-8 character.
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = 74;
  }
  out.append(line);
  out += "\r\n";
}

FiringListWriter::FiringListWriter(std::span<const SimSource> sources, const ListOptions& options)
    : sources_(sources), options_(options), time_writer_(*options.zone) {}

void FiringListWriter::header(std::string& out) {
  switch (options_.format) {
    case ListFormat::csv:
      out += "time,source,line,command\n";
      break;
    case ListFormat::ics:
      append_ical_line(out, "BEGIN:VCALENDAR");
      append_ical_line(out, "VERSION:2.0");
      append_ical_line(out, fmt::format("PRODID:-//cronkit//cronsim {}//EN", options_.version));
      append_ical_line(out, "CALSCALE:GREGORIAN");
      append_ical_line(out, "METHOD:PUBLISH");
      append_ical_line(out, "X-WR-CALNAME:cronsim");
      break;
    case ListFormat::text:
    case ListFormat::jsonl:
      break;
  }
}

void FiringListWriter::footer(std::string& out) {
  if (options_.format == ListFormat::ics) append_ical_line(out, "END:VCALENDAR");
}

void FiringListWriter::rows(std::string& out, std::span<const Firing> firings) {
  for (const Firing& firing : firings) row(out, firing);
}

void FiringListWriter::row(std::string& out, const Firing& firing) {
  const SimSource& source = sources_[firing.job];
  switch (options_.format) {
    case ListFormat::text:
      time_writer_.append(out, firing.instant);
      if (!options_.timestamps_only) {
        out += "  ";
        append_visible(out, source.source);
        if (source.command) {
          out += "  ";
          append_visible(out, *source.command);
        }
      }
      out.push_back('\n');
      break;
    case ListFormat::jsonl:
      out += "{\"time\": \"";
      time_writer_.append(out, firing.instant);
      out += "\", \"source\": ";
      append_json_string(out, source.source);
      out += ", \"line\": ";
      out += source.line ? std::to_string(*source.line) : "null";
      out += ", \"command\": ";
      if (source.command) {
        append_json_string(out, *source.command);
      } else {
        out += "null";
      }
      if (firing.catch_up) out += ", \"catch_up\": true";
      out += "}\n";
      break;
    case ListFormat::csv:
      time_writer_.append(out, firing.instant);
      out.push_back(',');
      append_csv_field(out, source.source);
      out.push_back(',');
      if (source.line) out += std::to_string(*source.line);
      out.push_back(',');
      if (source.command) append_csv_field(out, *source.command);
      out.push_back('\n');
      break;
    case ListFormat::ics: {
      if (firing.instant == last_instant_ && firing.job == last_job_) {
        ++repeat_;
      } else {
        repeat_ = 0;
      }
      last_instant_ = firing.instant;
      last_job_ = firing.job;
      std::string start = format_ical_utc(firing.instant);
      append_ical_line(out, "BEGIN:VEVENT");
      append_ical_line(out,
                       fmt::format("UID:{}-{}-{}@cronsim.cronkit", start, firing.job + 1, repeat_));
      append_ical_line(out, "DTSTAMP:" + format_ical_utc(options_.created));
      append_ical_line(out, "DTSTART:" + start);
      std::string summary = source.command ? *source.command : source.schedule;
      append_ical_line(out, "SUMMARY:" + escape_ical_text(summary));
      // For an entry: where it is and its schedule; for --expr the schedule is all there is.
      std::string description =
          source.command ? fmt::format("{}: {}", source.source, source.schedule) : source.schedule;
      if (firing.catch_up) {
        description += "\nstarted late: cron catches this up after its clock jumped forward";
      }
      append_ical_line(out, "DESCRIPTION:" + escape_ical_text(description));
      append_ical_line(out, "TRANSP:TRANSPARENT");
      append_ical_line(out, "END:VEVENT");
      break;
    }
  }
}

}  // namespace cronkit
