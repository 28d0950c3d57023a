#pragma once
// cronexplain's two output formats. Both return the whole text; printing is the tool's job.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "explain/entry.hpp"
#include "explain/explain.hpp"

namespace cronkit {

// One explained schedule (a command-line argument) or crontab entry.
// Where a schedule found in a workflow or a manifest is, and what the file says around it.
struct FoundPlace {
  std::string file;
  std::uint32_t line = 0, column = 0;  // of the expression's first character
  std::string owner;                   // "on.schedule[0]", "CronJob backup"
  std::string dialect;                 // the system's dialect name: "kubernetes"
  std::optional<std::string> zone;     // the zone the file gives it
};

struct ExplainedItem {
  std::string schedule_text;  // as given: "30 2 * * 1-5", "@daily"
  ScheduleExplanation explanation;
  std::optional<EntryFacts> entry;  // for entries of a crontab
  std::vector<std::string> next;    // upcoming firings, RFC 3339
  std::optional<FoundPlace> found;  // for schedules inside a workflow or a manifest
};

// Text: each item as a heading (the schedule, or file:line: schedule) and indented details.
// With `sentence_only` (a single schedule and nothing else to say) just the sentence.
std::string render_text(const std::vector<ExplainedItem>& items, bool sentence_only);

// JSON: an array with one object per item.
std::string render_json(const std::vector<ExplainedItem>& items);

// `text` with C-style escapes inside double quotes: "Hello,\n\nbye\n".
std::string quoted_text(std::string_view text);

}  // namespace cronkit
