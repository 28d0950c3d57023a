#pragma once
// cronsim's listings: the firings of simulate() as text, JSON Lines, CSV or iCalendar. The
// renderers append to a string (the tool writes it out in large blocks), never print.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <date/tz.h>

#include "sim/simulate.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {

// What a simulated job is, for the listing.
struct SimSource {
  std::string source;                  // "file:line", or the schedule text for --expr
  std::optional<std::uint32_t> line;   // nothing for --expr
  std::optional<std::string> command;  // the command as written; nothing for --expr
  std::string schedule;                // the schedule as written ("30 2 * * *", "@daily")
};

enum class ListFormat { text, jsonl, csv, ics };
std::optional<ListFormat> list_format_from_name(std::string_view name);

struct ListOptions {
  const date::time_zone* zone = nullptr;  // timestamps are shown in this zone's offsets
  ListFormat format = ListFormat::text;
  // text only: one timestamp per line and nothing else (a single --expr).
  bool timestamps_only = false;
  // ics only: DTSTAMP (when the calendar was made; cronsim uses the start of the range so that
  // the same command gives the same file) and the product version.
  date::sys_seconds created;
  std::string_view version;
};

// Renders firings incrementally: header(), then rows() for consecutive slices, then footer().
class FiringListWriter {
 public:
  FiringListWriter(std::span<const SimSource> sources, const ListOptions& options);
  void header(std::string& out);
  void rows(std::string& out, std::span<const Firing> firings);
  void footer(std::string& out);

 private:
  void row(std::string& out, const Firing& firing);
  std::span<const SimSource> sources_;
  ListOptions options_;
  Rfc3339Writer time_writer_;
  // ics: UIDs must be unique; a job can start twice in one minute (a catch-up burst).
  date::sys_seconds last_instant_{};
  std::size_t last_job_ = static_cast<std::size_t>(-1);
  std::size_t repeat_ = 0;
};

void append_csv_field(std::string& out, std::string_view text);
// One iCalendar content line: escaped by the caller, folded here at 75 octets (never inside a
// UTF-8 sequence), ended with CRLF.
void append_ical_line(std::string& out, std::string_view line);
std::string escape_ical_text(std::string_view text);

}  // namespace cronkit
