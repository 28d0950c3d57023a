#include "explain/render.hpp"

#include <fmt/format.h>

#include "text/json.hpp"

namespace cronkit {
namespace {

std::string number_list(const std::vector<int>& values) {
  std::string text = "[";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) text += ", ";
    text += std::to_string(values[i]);
  }
  return text + "]";
}

std::string environment_line_text(const EnvironmentLine& line) {
  std::string text = line.name;
  if (line.value) {
    text += "=" + (line.value->empty() ? std::string("\"\"") : *line.value);
  } else if (!line.value_unknown) {
    text += " (value not shown)";
  }
  if (line.is_default) text += " (default)";
  if (!line.note.empty()) text += fmt::format(" ({})", line.note);
  return text;
}

}  // namespace

std::string quoted_text(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string render_text(const std::vector<ExplainedItem>& items, bool sentence_only) {
  std::string out;
  if (sentence_only) {
    for (const ExplainedItem& item : items) out += item.explanation.summary + "\n";
    return out;
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    const ExplainedItem& item = items[i];
    if (i > 0) out += "\n";
    if (item.entry) {
      out += fmt::format("{}:{}: {}\n", item.entry->file, item.entry->line, item.schedule_text);
    } else if (const auto& found = item.found) {
      out += fmt::format("{}:{}:{}: {}\n", found->file, found->line, found->column,
                         item.schedule_text);
      out += fmt::format("  in:      {} ({})\n", found->owner, found->dialect);
      if (found->zone) out += fmt::format("  zone:    {}\n", *found->zone);
    } else {
      out += item.schedule_text + "\n";
    }
    out += "  " + item.explanation.summary + "\n";
    if (const auto& entry = item.entry) {
      if (entry->user) out += fmt::format("  user:    {}\n", *entry->user);
      out += fmt::format("  command: {}\n", entry->command);
      if (!entry->standard_input.empty()) {
        out += fmt::format("  stdin:   {}\n", quoted_text(entry->standard_input));
      }
      out += fmt::format("  output:  {}\n", entry->output);
      out += "  environment:\n";
      for (const EnvironmentLine& line : entry->environment) {
        out += "    " + environment_line_text(line) + "\n";
      }
    }
    for (std::size_t k = 0; k < item.next.size(); ++k) {
      out += fmt::format("  {} {}\n", k == 0 ? "next:   " : "        ", item.next[k]);
    }
  }
  return out;
}

std::string render_json(const std::vector<ExplainedItem>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    const ExplainedItem& item = items[i];
    const ScheduleExplanation& e = item.explanation;
    out += i == 0 ? "\n  {\n" : ",\n  {\n";
    if (item.entry) {
      out += fmt::format("    \"file\": {},\n", json_string(item.entry->file));
      out += fmt::format("    \"line\": {},\n", item.entry->line);
    } else if (const auto& found = item.found) {
      out += fmt::format("    \"file\": {},\n", json_string(found->file));
      out += fmt::format("    \"line\": {},\n", found->line);
      out += fmt::format("    \"column\": {},\n", found->column);
      out += fmt::format("    \"in\": {},\n", json_string(found->owner));
      out += fmt::format("    \"dialect\": {},\n", json_string(found->dialect));
      out += fmt::format("    \"zone\": {},\n", found->zone ? json_string(*found->zone) : "null");
    }
    out += fmt::format("    \"schedule\": {},\n", json_string(item.schedule_text));
    out += fmt::format("    \"summary\": {},\n", json_string(e.summary));
    out += fmt::format("    \"reboot\": {},\n", e.at_reboot);
    out += fmt::format("    \"never\": {},\n", e.never);
    if (e.never) out += fmt::format("    \"never_reason\": {},\n", json_string(e.never_reason));
    out += fmt::format("    \"minutes\": {},\n", number_list(e.minutes));
    out += fmt::format("    \"hours\": {},\n", number_list(e.hours));
    out += fmt::format("    \"days_of_month\": {},\n", number_list(e.days_of_month));
    out += fmt::format("    \"months\": {},\n", number_list(e.months));
    out += fmt::format("    \"days_of_week\": {},\n", number_list(e.days_of_week));
    out +=
        fmt::format("    \"day_rule\": {},\n", e.at_reboot                              ? "null"
                                               : e.day_rule == DayRule::both_must_match ? "\"and\""
                                                                                        : "\"or\"");
    out += "    \"next\": [";
    for (std::size_t k = 0; k < item.next.size(); ++k) {
      out += (k == 0 ? "" : ", ") + json_string(item.next[k]);
    }
    out += "]";
    if (const auto& entry = item.entry) {
      out += ",\n";
      out += fmt::format("    \"user\": {},\n", entry->user ? json_string(*entry->user) : "null");
      out += fmt::format("    \"command\": {},\n", json_string(entry->command));
      out += fmt::format("    \"stdin\": {},\n", json_string(entry->standard_input));
      out += fmt::format("    \"output\": {},\n", json_string(entry->output));
      out += "    \"environment\": [";
      for (std::size_t k = 0; k < entry->environment.size(); ++k) {
        const EnvironmentLine& line = entry->environment[k];
        out += k == 0 ? "\n" : ",\n";
        out += fmt::format("      {{\"name\": {}", json_string(line.name));
        if (line.value) out += fmt::format(", \"value\": {}", json_string(*line.value));
        out += fmt::format(", \"default\": {}", line.is_default);
        if (!line.note.empty()) out += fmt::format(", \"note\": {}", json_string(line.note));
        out += "}";
      }
      out += entry->environment.empty() ? "]" : "\n    ]";
    }
    out += "\n  }";
  }
  out += items.empty() ? "]\n" : "\n]\n";
  return out;
}

}  // namespace cronkit
