#pragma once
// What a crontab entry does besides its schedule: where it is, as whom it runs, what it runs,
// what it reads on standard input, where its output goes, and which environment lines apply.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ast/ast.hpp"

namespace cronkit {

struct EnvironmentLine {
  std::string name;
  std::optional<std::string> value;  // shown only for SHELL, PATH, MAILTO, CRON_TZ
  bool is_default = false;           // cron's default, not set in the crontab
  std::string note;                  // e.g. what CRON_TZ does in this dialect
  bool value_unknown = false;        // the daemon's own (busybox's PATH): not in the crontab
};

struct EntryFacts {
  std::string file;
  std::uint32_t line = 0;
  std::string schedule_text;  // "30 2 * * 1-5" or "@daily"
  std::optional<std::string> user;
  std::string command;         // what the shell receives
  std::string standard_input;  // after the first unescaped `%`, as the job reads it
  std::string output;          // "appended to /var/log/x.log, stderr too"
  std::vector<EnvironmentLine> environment;
  // The zone the entry's times are read in when it differs from the system's (cronie CRON_TZ).
  std::optional<std::string> schedule_zone;
};

EntryFacts describe_entry(const Crontab& crontab, const Entry& entry);

}  // namespace cronkit
