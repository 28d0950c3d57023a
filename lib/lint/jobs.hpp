#pragma once
// The jobs the command rules look at, and the two entry points a job rule is made of.

#include <cstddef>
#include <memory>
#include <string_view>

#include "ast/ast.hpp"
#include "dialect/dialect.hpp"
#include "lint/rule.hpp"
#include "lint/run_cache.hpp"

namespace cronkit::lint {

// The jobs the command rules look at: every entry, and also the lines cron rejects for a time
// field (`0 24 * * * date +%F`), whose command still deserves its findings (the command rules
// still run on them). For such a line an Entry is made up on the fly: not accepted, no
// schedule, its command as cron would split it. An entry whose command begins with a sixth
// schedule-like token (`0 */5 * * * * cmd`) is read from the first real word on.
class Jobs {
 public:
  Jobs(const Crontab& crontab, const Dialect& dialect, bool rejected_only = false)
      : crontab_(&crontab), dialect_(&dialect), rejected_only_(rejected_only) {}

  class iterator {
   public:
    using value_type = Entry;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    const Entry& operator*() const { return *current_; }
    const Entry* operator->() const { return current_; }
    iterator& operator++() {
      advance(line_ + 1);
      return *this;
    }
    bool operator==(const iterator& other) const { return line_ == other.line_; }

   private:
    friend class Jobs;
    iterator(const Jobs* jobs, std::size_t line) : jobs_(jobs), line_(line) {}
    void advance(std::size_t line);  // to the first job at or after `line`
    const Jobs* jobs_ = nullptr;
    std::size_t line_ = 0;
    std::size_t environment_ = 0;  // assignments on the lines passed so far
    const Entry* current_ = nullptr;
    std::shared_ptr<Entry> made_up_;  // shared so that the iterator stays copyable
  };

  iterator begin() const {
    iterator it(this, 0);
    it.advance(0);
    return it;
  }
  iterator end() const { return iterator(this, crontab_->lines.size()); }

 private:
  const Crontab* crontab_;
  const Dialect* dialect_;
  bool rejected_only_;
};
inline Jobs jobs(const Crontab& crontab, const Dialect& dialect) {
  return Jobs(crontab, dialect);
}
// Only the made-up jobs of rejected lines (the entries reach per-entry checks directly).
inline Jobs rejected_jobs(const Crontab& crontab, const Dialect& dialect) {
  return Jobs(crontab, dialect, true);
}
// The job of an entry as the command rules read it: the entry itself, or (when its command
// starts with a sixth schedule token) a made-up copy kept in `holder`; nullptr when nothing is
// left to run.
const Entry* job_of(const Crontab& crontab, const Entry& entry, const Dialect& dialect,
                    std::shared_ptr<Entry>& holder);

// Whether `job`'s raw command contains `text`. A job rule asks this first, for what most commands
// lack ("sudo", "||", `~`): whether every byte of `text` occurs in the command is answered from
// a table made once per job, and only then is the command searched.
inline bool command_contains(RuleContext& ctx, const Entry& job, std::string_view text) {
  const ByteSet& bytes = ctx.run_cache().command_bytes(job);
  if (text.size() == 1) return bytes.has(text[0]);
  return bytes.has_all(text) && job.command.raw.find(text) != std::string_view::npos;
}

// The two entry points of a rule that checks jobs, made from its one per-job check: every
// accepted entry's job, and the jobs of lines cron rejects for a time field (their commands still
// get findings). A rule is then `{info, check_rejected_jobs<check_job>, check_job_of<check_job>}`.
using JobCheck = void (*)(RuleContext& ctx, const Entry& job);
// The analyses of a rejected job live while its check runs (see RunCache).
template <JobCheck CheckJob>
void check_rejected_jobs(RuleContext& ctx) {
  for (const Entry& job : rejected_jobs(ctx.crontab, ctx.dialect)) {
    if (ctx.line_is_broken(job.span.line) && !ctx.rule.reads_broken_lines) continue;
    CheckJob(ctx, job);
    ctx.run_cache().next_job();
  }
}
template <JobCheck CheckJob>
void check_job_of(RuleContext& ctx, const Entry& entry) {
  if (const Entry* job = ctx.run_cache().job_of(ctx.crontab, entry, ctx.dialect)) {
    CheckJob(ctx, *job);
  }
}

}  // namespace cronkit::lint
