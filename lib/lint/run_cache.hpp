#pragma once
// What one lint run computes once and shares between its rules: the shell reading of the job
// being checked, the system files (passwd, group) the filesystem rules look users up in, and what
// a rule derives once per run (derived()).
// The lint driver owns one per run; nothing outlives the run.

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <typeindex>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ast/ast.hpp"
#include "dialect/dialect.hpp"
#include "environment/passwd.hpp"
#include "lint/prefilters.hpp"
#include "shell/syntax.hpp"

namespace cronkit::lint {

class RunCache {
 public:
  // The analysis of `job`'s command (as analyze_entry() reads it). The reference stays valid
  // until next_job(): the driver calls it before each entry, so every per-entry check of the
  // entry shares one analysis, and the rejected-jobs loop calls it after each job.
  const shell::Script& job_analysis(const Crontab& crontab, const Entry& job,
                                    const Dialect& dialect);
  void next_job() {
    if (!analyses_.empty()) analyses_.clear();
    job_entry_ = nullptr;
    bytes_job_ = nullptr;
    job_holder_.reset();
  }

  // The job of `entry` as the command rules read it (jobs.hpp, job_of()), worked out once per
  // entry instead of once per job rule; valid until next_job().
  const Entry* job_of(const Crontab& crontab, const Entry& entry, const Dialect& dialect) {
    return &entry == job_entry_ ? job_ : find_job_of(crontab, entry, dialect);
  }
  // The bytes of `job`'s raw command (command_contains() in jobs.hpp), found once per job;
  // valid until next_job().
  const ByteSet& command_bytes(const Entry& job) {
    if (&job != bytes_job_) {
      bytes_.assign(job.command.raw);
      bytes_job_ = &job;
    }
    return bytes_;
  }

  // A small system file (ROOT/etc/group), read once per run: per-entry checks look the same
  // user up for every entry. A missing file reads as empty.
  const std::string& file_text(const std::string& path);
  // The entries of a passwd(5) file (ROOT/etc/passwd), read and parsed once per run.
  const std::vector<PasswdEntry>& passwd_entries(const std::string& path);

  // What a rule derives from a key once per run (a zone's daylight-saving transitions, ...):
  // `make(key)` builds the T on the first request for (T, key), and every later request of the
  // run gets the same object. Consecutive requests for the same key (the usual case: entry after
  // entry names the same zone) skip the look-up.
  template <typename T, typename Make>
  const T& derived(std::string_view key, Make&& make) {
    const std::type_index type(typeid(T));
    if (last_derived_ && last_derived_type_ == type && last_derived_key_ == key) {
      return *static_cast<const T*>(last_derived_);
    }
    auto it = derived_.find(DerivedKeyView{type, key});
    if (it == derived_.end()) {
      std::shared_ptr<const void> value = std::make_shared<const T>(make(key));
      it = derived_.emplace(DerivedKey{type, std::string(key)}, std::move(value)).first;
    }
    last_derived_type_ = type;
    last_derived_key_ = it->first.key;
    last_derived_ = it->second.get();
    return *static_cast<const T*>(last_derived_);
  }

 private:
  struct Analysed {
    std::size_t begin = 0, end = 0;  // the command's span in the crontab
    DialectId dialect = DialectId::debian;
    shell::Script analysis;
  };
  // The jobs analysed since next_job() (one, or two when a job's command starts after a
  // schedule-like token); a deque so that handed-out references survive a push_back.
  std::deque<Analysed> analyses_;
  // job_of(): the entry last asked about, its job, and the made-up job that may be.
  const Entry* job_entry_ = nullptr;
  const Entry* job_ = nullptr;
  std::shared_ptr<Entry> job_holder_;
  const Entry* find_job_of(const Crontab& crontab, const Entry& entry, const Dialect& dialect);
  // command_bytes(): the job last asked about and its bytes.
  const Entry* bytes_job_ = nullptr;
  ByteSet bytes_;
  std::unordered_map<std::string, std::string> files_;
  std::unordered_map<std::string, std::vector<PasswdEntry>> passwd_;
  // derived(): by the derived value's type and its key.
  struct DerivedKey {
    std::type_index type;
    std::string key;
  };
  struct DerivedKeyView {
    std::type_index type;
    std::string_view key;
  };
  struct DerivedOrder {
    using is_transparent = void;
    template <typename A, typename B>
    bool operator()(const A& a, const B& b) const {
      if (a.type != b.type) return a.type < b.type;
      return std::string_view(a.key) < std::string_view(b.key);
    }
  };
  std::map<DerivedKey, std::shared_ptr<const void>, DerivedOrder> derived_;
  std::type_index last_derived_type_ = typeid(void);
  std::string_view last_derived_key_;  // a view of the key in derived_
  const void* last_derived_ = nullptr;
};

}  // namespace cronkit::lint
