#pragma once
// cronsim's inputs turned into jobs: schedules given with -e and crontab files, with the
// parser's errors and the simulation's notes reported on standard error as they are read.

#include <optional>
#include <string>
#include <vector>

#include "ast/ast.hpp"
#include "common/tool.hpp"
#include "dialect/dialect.hpp"
#include "sim/jobs.hpp"

namespace cronkit::cronsim {

struct Inputs {
  JobSet set;
  std::vector<Crontab> crontabs;  // keeps the sources' text alive for `set`
  bool invalid = false;           // an input has errors (cron rejects lines or a whole file)
};

// One -e SCHEDULE.
void add_schedule(const tool::Tool& cli, const std::string& expr, DialectId dialect,
                  Inputs& inputs);
// One crontab file ("-": standard input) whose text has been read, in `format` (nothing: the
// format its path implies). A file in a cron.d that cron would not read is reported and left
// out.
void add_crontab(const tool::Tool& cli, const std::string& path, std::string text,
                 std::optional<CrontabFormat> format, DialectId dialect, Inputs& inputs);

}  // namespace cronkit::cronsim
