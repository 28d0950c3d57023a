#pragma once
// What cron would schedule from parsed crontabs and schedules: the entries the chosen cron
// accepts, each with its zone (cronie's CRON_TZ) and how to show it, plus the remarks a user
// should see on the side (never fires, @reboot, an unknown CRON_TZ, RANDOM_DELAY).

#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.hpp"
#include "parse/parse.hpp"
#include "sim/render.hpp"
#include "sim/simulate.hpp"

namespace cronkit {

struct JobSet {
  std::vector<SimJob> jobs;
  std::vector<SimSource> sources;  // parallel to jobs
};

// A remark about an input, as one line for stderr: "crontab:3: warning: never fires: ...".
struct SimNote {
  std::string text;
};

// Adds the entries cron would run from `crontab` (none when the dialect ignores the whole file;
// with cronie, the accepted lines only). `display_name` is how the file is named in the output.
// Entries that never fire or are @reboot are not added; a note says why.
void add_crontab_jobs(const Crontab& crontab, std::string_view display_name, JobSet& set,
                      std::vector<SimNote>& notes);

// Adds a schedule given with --expr (which must have parsed without errors).
void add_schedule_job(const ParsedSchedule& parsed, JobSet& set, std::vector<SimNote>& notes);

}  // namespace cronkit
