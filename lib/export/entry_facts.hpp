#pragma once
// What every export target asks of an entry, answered once: the variable in force, the user it
// runs as, its unit or task name, why it cannot be exported at all, its CRON_TZ, and what cron
// does with its output compared with what the target does.

#include <bitset>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <date/date.h>
#include <date/tz.h>

#include "ast/ast.hpp"
#include "environment/environment.hpp"
#include "export/export.hpp"

namespace cronkit::exporter {

// The values of one of a schedule's sets between `low` and `high`, in order.
template <std::size_t N>
std::vector<int> values_of(const std::bitset<N>& bits, int low, int high) {
  std::vector<int> out;
  for (int value = low; value <= high; ++value) {
    if (bits[static_cast<std::size_t>(value)]) out.push_back(value);
  }
  return out;
}

// The job's environment as cron builds it for `user` (root when empty), and the variables a
// target must set itself: the crontab's assignments and cron's own SHELL and PATH. HOME,
// LOGNAME and USER are left to the target, which sets them for the user it runs the job as.
struct JobSetup {
  JobEnvironment environment;
  std::vector<std::pair<std::string, std::string>> variables;
  std::string home;  // the crontab's HOME, when it sets one
};
JobSetup job_setup(const Crontab& crontab, const Entry& entry, const std::string& user);

// The last assignment of `name` in force for the entry, or nullptr.
const EnvAssignment* last_assignment(const Crontab& crontab, const Entry& entry,
                                     std::string_view name);

// "2026-03-08 03:00 EDT".
std::string local_time(date::sys_seconds instant, const date::time_zone& zone);

// The user the job runs as: the user field of a system crontab, else `owner` (empty: not known).
std::string run_as(const Entry& entry, const std::optional<std::string>& owner);

// `# cronexport: name=NAME` on the line just above the entry, else `cronkit-CRONTAB-LINE`.
std::string export_name(const Crontab& crontab, const Entry& entry, std::string_view crontab_name);

// Why nothing can be exported for the entry (cron ignores the file or the line, the schedule
// never fires, or it has day items no calendar can say); empty when it can be. @reboot can be.
std::string why_not_exported(const Crontab& crontab, const Entry& entry);

// cronie's CRON_TZ for the entry: nullptr when there is none (or the dialect ignores it); an
// unknown zone sets `error`.
const date::time_zone* cron_tz_zone(const Crontab& crontab, const Entry& entry, std::string& error);

// What cron does with the job's output against what the target does (`target_keeps`: "systemd
// keeps it in the journal"; `mail_hint`: how the target could mail, or empty): an address in
// MAILTO that the target does not mail is a difference, the rest are notes.
void add_output_differences(const Crontab& crontab, const Entry& entry,
                            std::string_view target_keeps, std::string_view mail_hint,
                            EntryExport& out);

}  // namespace cronkit::exporter
