#pragma once
// How GitLab reads a pipeline schedule's cron text: Gitlab::Ci::CronParser appends the
// schedule's zone and hands "<text> <zone>" to Fugit::Cron.parse (fugit 1.11.x), which answers
// nil for anything it cannot read; GitLab then says "Cron syntax is invalid". The reading follows
// cron.rb: `parse` (strip, the @-words), the Raabro grammar (grammar/fugit.hpp), `init` and the
// `determine_*` methods (ranges that wrap, full ranges read as `*`, hour 24 as 0, day-of-month
// values counted from the end, per-weekday rules) and `compact_month_days` (day and month
// pairs that never exist are dropped, and nothing left is nil). Where fugit raises an exception
// instead of answering nil (a step of 0), GitLab fails with it; cronkit rejects the expression
// and names the exception. `%0` raises only when next_time checks that weekday, so it is
// accepted here and the clock raises (schedule/fugit_cron.hpp).

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "schedule/fugit_cron.hpp"
#include "schedule/schedule.hpp"

namespace cronkit {

struct FugitFieldText {
  std::size_t begin = 0;  // offsets into the expression
  std::size_t end = 0;
};

struct FugitReading {
  std::optional<FugitCron> cron;  // nothing: rejected
  std::string message;            // why, in cronkit's words (after "Cron syntax is invalid: ")
  bool raises = false;            // fugit raises an exception rather than answering nil
  std::size_t error_begin = 0;    // where, in the expression
  std::size_t error_end = 0;
  // The fields as written: second (when six), minute, hour, day-of-month, month, day-of-week.
  // Empty for an @-word.
  std::array<FugitFieldText, 6> fields{};
  bool has_seconds = false;
  bool fields_known = false;
  // The @-word, when the expression is one, and what fugit replaces it with.
  std::string_view special;
  std::string_view special_expansion;
};

FugitReading read_gitlab_expression(std::string_view expression);

// The schedule an accepted expression stands for, in the terms the explanations and lint rules
// read, with the exact reading attached (Schedule::fugit_cron) for the clock and the sentences.
Schedule fugit_schedule(const FugitCron& cron);

}  // namespace cronkit
