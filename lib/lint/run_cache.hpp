#pragma once
// What one lint run computes once and shares between its rules: the shell reading of the job
// being checked, and the system files (passwd, group) the filesystem rules look users up in.
// The lint driver owns one per run; nothing outlives the run.

#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "ast/ast.hpp"
#include "dialect/dialect.hpp"
#include "shell/syntax.hpp"

namespace cronkit::lint {

class RunCache {
 public:
  // The analysis of `job`'s command (as analyze_entry() reads it). The reference stays valid
  // until next_job(): the driver calls it before each entry, so every per-entry check of the
  // entry shares one analysis, and the rejected-jobs loop calls it after each job.
  const shell::Script& job_analysis(const Crontab& crontab, const Entry& job,
                                    const Dialect& dialect);
  void next_job() { analyses_.clear(); }

  // The lines of a small system file (ROOT/etc/passwd, ROOT/etc/group), read once per run:
  // per-entry checks look the same user up for every entry.
  const std::vector<std::string>& file_lines(const std::string& path);

 private:
  struct Analysed {
    std::size_t begin = 0, end = 0;  // the command's span in the crontab
    DialectId dialect = DialectId::debian;
    shell::Script analysis;
  };
  // The jobs analysed since next_job() (one, or two when a job's command starts after a
  // schedule-like token); a deque so that handed-out references survive a push_back.
  std::deque<Analysed> analyses_;
  std::unordered_map<std::string, std::vector<std::string>> files_;
};

}  // namespace cronkit::lint
