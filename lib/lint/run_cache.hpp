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
#include "environment/passwd.hpp"
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

  // A small system file (ROOT/etc/group), read once per run: per-entry checks look the same
  // user up for every entry. A missing file reads as empty.
  const std::string& file_text(const std::string& path);
  // The entries of a passwd(5) file (ROOT/etc/passwd), read and parsed once per run.
  const std::vector<PasswdEntry>& passwd_entries(const std::string& path);

 private:
  struct Analysed {
    std::size_t begin = 0, end = 0;  // the command's span in the crontab
    DialectId dialect = DialectId::debian;
    shell::Script analysis;
  };
  // The jobs analysed since next_job() (one, or two when a job's command starts after a
  // schedule-like token); a deque so that handed-out references survive a push_back.
  std::deque<Analysed> analyses_;
  std::unordered_map<std::string, std::string> files_;
  std::unordered_map<std::string, std::vector<PasswdEntry>> passwd_;
};

}  // namespace cronkit::lint
