// The jobs the command rules check (jobs.hpp): entries, and made-up jobs for rejected lines.

#include "lint/jobs.hpp"

#include <algorithm>
#include <memory_resource>
#include <string_view>

#include "lint/env_lines.hpp"
#include "parse/command_text.hpp"
#include "shell/chars.hpp"

namespace cronkit::lint {
namespace {

using shell::chars::is_blank;
using shell::chars::is_digit;

bool is_schedule_token(std::string_view token) {
  return !token.empty() && std::all_of(token.begin(), token.end(), [](char c) {
    return is_digit(c) || c == '*' || c == '/' || c == ',' || c == '-';
  });
}

Span span_in_line(const Line& line, std::size_t begin, std::size_t end) {
  return Span{line.number, static_cast<std::uint32_t>(begin + 1),
              static_cast<std::uint32_t>(end + 1), line.span.begin + begin, line.span.begin + end};
}

// The job of a line cron rejects because of its time fields (the parser keeps it in the tree), or
// nothing when the line has no recognisable command or was meant as an environment line.
std::shared_ptr<Entry> job_of_rejected_line(const Crontab& crontab, const Line& line) {
  const RejectedLine& rejected = crontab.rejected[line.index];
  if (!rejected.has_command) return nullptr;
  if (read_env_line(crontab.line_text(line)).outcome !=
      EnvLineCandidate::Outcome::not_an_assignment) {
    return nullptr;
  }
  auto entry = std::make_shared<Entry>();
  entry->span = rejected.span;
  entry->accepted = false;
  entry->environment_in_force = rejected.environment_in_force;
  entry->user = rejected.user;
  entry->user_part = rejected.user_part;
  entry->command = rejected.command;
  return entry;
}

// An entry cron rejects because its command starts with a schedule token (`* * * * * * cmd`):
// the command proper starts at the first other word.
std::shared_ptr<Entry> job_after_schedule_tokens(const Crontab& crontab, const Line& line,
                                                 const Entry& entry, const Dialect& dialect) {
  std::string_view raw = entry.command.raw;
  std::size_t skip = 0;
  while (true) {
    std::size_t begin = raw.find_first_not_of(" \t", skip);
    if (begin == std::string_view::npos) return nullptr;
    std::size_t end = raw.find_first_of(" \t", begin);
    if (end == std::string_view::npos) end = raw.size();
    if (!is_schedule_token(raw.substr(begin, end - begin))) {
      skip = begin;
      break;
    }
    skip = end;
  }
  // The job and the storage of its rewritten command texts, released together.
  struct JobWithStorage {
    Entry job;
    std::pmr::monotonic_buffer_resource memory;
  };
  auto holder = std::make_shared<JobWithStorage>();
  std::shared_ptr<Entry> job(holder, &holder->job);
  job->span = entry.span;
  job->accepted = false;
  job->environment_in_force = entry.environment_in_force;
  job->user = entry.user;
  job->user_part = entry.user_part;
  std::size_t begin = entry.command.span.begin - line.span.begin + skip;
  std::string_view text = crontab.line_text(line);
  job->command = split_command(text.substr(begin), dialect, &holder->memory);
  job->command.span = span_in_line(line, begin, text.size());
  return job;
}

}  // namespace

const Entry* job_of(const Crontab& crontab, const Entry& entry, const Dialect& dialect,
                    std::shared_ptr<Entry>& holder) {
  // Looks at the command first: `accepted` is on another cache line of the (large) Entry.
  std::string_view raw = entry.command.raw;
  std::size_t first = raw.empty() || !is_blank(raw[0]) ? 0 : raw.find_first_not_of(" \t");
  if (first != std::string_view::npos && first < raw.size() &&
      (raw[first] == '*' || is_digit(raw[first])) && !entry.accepted) {
    std::size_t end = raw.find_first_of(" \t", first);
    if (is_schedule_token(raw.substr(first, end == std::string_view::npos ? end : end - first))) {
      const Line* line = crontab.line_at(entry.span.line);
      if (!line) return nullptr;
      holder = job_after_schedule_tokens(crontab, *line, entry, dialect);
      return holder.get();
    }
  }
  return &entry;
}

void Jobs::iterator::advance(std::size_t line) {
  const Crontab& crontab = *jobs_->crontab_;
  if (made_up_) made_up_.reset();
  current_ = nullptr;
  if (jobs_->rejected_only_) {
    // Straight to the rejected lines (in file order, usually none) instead of walking every line:
    // each job rule asks for them once per run.
    auto next = std::lower_bound(
        crontab.rejected.begin(), crontab.rejected.end(), line,
        [](const RejectedLine& rejected, std::size_t at) { return rejected.span.line - 1 < at; });
    for (; next != crontab.rejected.end(); ++next) {
      line_ = next->span.line - 1;
      made_up_ = job_of_rejected_line(crontab, crontab.lines[line_]);
      if (made_up_) {
        current_ = made_up_.get();
        return;
      }
    }
    line_ = crontab.lines.size();
    return;
  }
  for (line_ = line; line_ < crontab.lines.size(); ++line_) {
    const Line& l = crontab.lines[line_];
    if (l.kind == Line::Kind::environment) environment_ = l.index + 1;
    if (l.kind == Line::Kind::entry) {
      current_ = job_of(crontab, crontab.entries[l.index], *jobs_->dialect_, made_up_);
      if (current_) return;
      continue;
    }
    if (l.kind == Line::Kind::rejected) {
      made_up_ = job_of_rejected_line(crontab, l);
      if (made_up_) {
        current_ = made_up_.get();
        return;
      }
    }
  }
}

}  // namespace cronkit::lint
