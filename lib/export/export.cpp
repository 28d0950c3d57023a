#include "export/export.hpp"

#include <fmt/format.h>

#include "text/json.hpp"

namespace cronkit::exporter {

std::string_view exactness_name(Exactness exactness) {
  switch (exactness) {
    case Exactness::exact:
      return "exact";
    case Exactness::approximate:
      return "approximate";
    case Exactness::impossible:
      return "impossible";
  }
  return "impossible";
}

std::string unit_name_part(std::string_view text) {
  std::string out;
  bool pending_dash = false;
  for (char c : text) {
    const bool kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '_' || c == '.' || c == '-';
    if (!kept || c == '-') {
      pending_dash = true;
      continue;
    }
    if (pending_dash && !out.empty()) out += '-';
    pending_dash = false;
    out += c;
  }
  return out;
}

std::string render_report(std::string_view path, const std::vector<EntryExport>& entries) {
  std::string out;
  for (const EntryExport& entry : entries) {
    if (entry.exactness() == Exactness::impossible) {
      out += fmt::format("{}:{}: {}: impossible: {}\n", path, entry.line, entry.schedule,
                         entry.impossible);
    } else {
      out += fmt::format("{}:{}: {} -> {}: {}\n", path, entry.line, entry.schedule, entry.unit,
                         exactness_name(entry.exactness()));
    }
    for (const std::string& difference : entry.differences)
      out += fmt::format("  - {}\n", difference);
    for (const std::string& note : entry.notes) out += fmt::format("  note: {}\n", note);
  }
  return out;
}

std::string render_report_json(std::string_view path, const std::vector<EntryExport>& entries) {
  std::string out = "{\"file\":" + json_string(path) + ",\"entries\":[";
  auto strings = [&](const std::vector<std::string>& list) {
    out += '[';
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i > 0) out += ',';
      append_json_string(out, list[i]);
    }
    out += ']';
  };
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const EntryExport& entry = entries[i];
    if (i > 0) out += ',';
    out += fmt::format("{{\"line\":{},\"schedule\":{},\"command\":{},\"unit\":{},\"exactness\":{}",
                       entry.line, json_string(entry.schedule), json_string(entry.command),
                       json_string(entry.unit), json_string(exactness_name(entry.exactness())));
    out += ",\"differences\":";
    strings(entry.differences);
    out += ",\"notes\":";
    strings(entry.notes);
    out += ",\"impossible\":" + json_string(entry.impossible) + ",\"only_cron_fires\":";
    strings(entry.only_cron_fires);
    out += ",\"only_target_fires\":";
    strings(entry.only_target_fires);
    out += ",\"files\":[";
    for (std::size_t k = 0; k < entry.files.size(); ++k) {
      if (k > 0) out += ',';
      out += "{\"name\":" + json_string(entry.files[k].name) +
             ",\"content\":" + json_string(entry.files[k].content) + '}';
    }
    out += "]}";
  }
  out += "]}\n";
  return out;
}

}  // namespace cronkit::exporter
