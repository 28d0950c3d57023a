#pragma once
// What an export of a crontab produces, whatever the target: per entry, the files to write and
// a verdict. *exact* means the target starts the job at the same instants, as the same user, with
// the same command, input and environment; *approximate* lists every difference; *impossible*
// says why nothing was written.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cronkit::exporter {

enum class Exactness { exact, approximate, impossible };
std::string_view exactness_name(Exactness exactness);  // "exact", "approximate", "impossible"

struct ExportedFile {
  std::string name;     // a file name without a directory: "cronkit-backup-3.timer"
  std::string content;  // the whole file
};

struct EntryExport {
  std::uint32_t line = 0;  // the entry's line in its crontab
  std::string schedule;    // as cron reads it: "0 0 1 * 1", "@daily"
  std::string command;     // the command as written
  std::string unit;        // the base name of the files: "cronkit-backup-3"
  std::vector<ExportedFile> files;
  std::vector<std::string> differences;  // each one makes the export approximate
  std::vector<std::string> notes;        // worth knowing, but not a difference in behaviour
  std::string impossible;                // why nothing was exported (empty otherwise)
  // Where the zone is known: the firings in the compared year that only cron has and that only
  // the target has (RFC 3339, in that zone). The differences above say the same in words.
  std::vector<std::string> only_cron_fires;
  std::vector<std::string> only_target_fires;

  Exactness exactness() const {
    if (!impossible.empty()) return Exactness::impossible;
    return differences.empty() ? Exactness::exact : Exactness::approximate;
  }
};

// A unit name from free text: letters, digits, `_`, `.` and `-` are kept, every other run of
// characters becomes one `-`, and the result has no `-` at either end (systemd.unit(5) allows
// `:` and `\` too, but they are awkward in a shell and in a file name). Empty when nothing is left.
std::string unit_name_part(std::string_view text);

// The report as text: one block per entry, "FILE:LINE: SCHEDULE -> UNIT: exact|approximate|...",
// then its differences ("  - ...") and notes ("  note: ...").
std::string render_report(std::string_view path, const std::vector<EntryExport>& entries);
// The report as one JSON object per input: {"file": ..., "entries": [{"line", "schedule",
// "command", "unit", "exactness", "differences", "notes", "impossible", "only_cron_fires",
// "only_target_fires", "files": [{"name", "content"}]}]}.
std::string render_report_json(std::string_view path, const std::vector<EntryExport>& entries);

}  // namespace cronkit::exporter
