// The per-run cache of the lint driver (run_cache.hpp).

#include "lint/run_cache.hpp"

#include <fstream>
#include <iterator>

#include "lint/command_analysis.hpp"
#include "lint/jobs.hpp"

namespace cronkit::lint {

const shell::Script& RunCache::job_analysis(const Crontab& crontab, const Entry& job,
                                            const Dialect& dialect) {
  // analyze_entry() reads the text of this span, which the crontab fixes: the span is the key.
  Span span = job.command.span;
  if (crontab.format == CrontabFormat::system && job.user && looks_like_command_token(*job.user)) {
    span.begin = job.user_span().begin;
  }
  for (Analysed& analysed : analyses_) {
    if (analysed.begin == span.begin && analysed.end == span.end &&
        analysed.dialect == dialect.id) {
      return analysed.analysis;
    }
  }
  analyses_.push_back({span.begin, span.end, dialect.id, analyze_entry(crontab, job, dialect)});
  return analyses_.back().analysis;
}

const Entry* RunCache::find_job_of(const Crontab& crontab, const Entry& entry,
                                   const Dialect& dialect) {
  job_holder_.reset();
  job_ = lint::job_of(crontab, entry, dialect, job_holder_);
  job_entry_ = &entry;
  return job_;
}

const std::string& RunCache::file_text(const std::string& path) {
  auto [it, inserted] = files_.try_emplace(path);
  if (inserted) {
    std::ifstream in(path, std::ios::binary);
    it->second.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return it->second;
}

const std::vector<PasswdEntry>& RunCache::passwd_entries(const std::string& path) {
  auto [it, inserted] = passwd_.try_emplace(path);
  if (inserted) it->second = parse_passwd_file(file_text(path));
  return it->second;
}

}  // namespace cronkit::lint
