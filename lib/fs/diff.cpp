#include "fs/diff.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include <fmt/format.h>

namespace cronkit::fs {

namespace {

// Lines with their '\n' (the last one may lack it), so that "x" and "x\n" differ, as for diff.
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    std::size_t newline = text.find('\n');
    std::size_t length = newline == std::string_view::npos ? text.size() : newline + 1;
    lines.push_back(text.substr(0, length));
    text.remove_prefix(length);
  }
  return lines;
}

enum class Op : std::uint8_t { keep, remove, add };

// Myers' O(ND) shortest edit script between a[a0, a1) and b[b0, b1), appended to `ops`. Gives
// up when the comparisons pass `work_budget` or the saved frontiers (O(D^2) of them) pass
// `memory_budget`, and then reports everything as removed and added.
void shortest_edit(const std::vector<std::string_view>& a, std::size_t a0, std::size_t a1,
                   const std::vector<std::string_view>& b, std::size_t b0, std::size_t b1,
                   std::vector<Op>& ops) {
  const long n = static_cast<long>(a1 - a0);
  const long m = static_cast<long>(b1 - b0);
  const long max = n + m;
  if (max == 0) return;
  const long work_budget = 50'000'000;
  const long memory_budget = 4'000'000;
  long work = 0;
  long memory = 0;
  std::vector<long> v(static_cast<std::size_t>(2 * max + 2), 0);
  auto at = [&](long k) -> long& { return v[static_cast<std::size_t>(k + max + 1)]; };
  std::vector<std::vector<long>> trace;  // v[-d..d] before step d
  long found_d = -1;
  for (long d = 0; d <= max && found_d < 0; ++d) {
    trace.emplace_back(v.begin() + (max + 1 - d), v.begin() + (max + 1 + d + 1));
    for (long k = -d; k <= d; k += 2) {
      long x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      long y = x - k;
      while (x < n && y < m && a[a0 + x] == b[b0 + y]) ++x, ++y, ++work;
      at(k) = x;
      if (x >= n && y >= m) {
        found_d = d;
        break;
      }
    }
    work += 2 * d + 1;
    memory += 2 * d + 1;
    if (found_d < 0 && (work > work_budget || memory > memory_budget)) {
      ops.insert(ops.end(), static_cast<std::size_t>(n), Op::remove);
      ops.insert(ops.end(), static_cast<std::size_t>(m), Op::add);
      return;
    }
  }
  // Walk back from (n, m) through the saved frontiers.
  std::vector<Op> reversed;
  long x = n, y = m;
  for (long d = found_d; d > 0; --d) {
    const std::vector<long>& prev = trace[static_cast<std::size_t>(d)];  // v[-(d-1) .. d-1]
    auto prev_at = [&](long k) { return prev[static_cast<std::size_t>(k + d)]; };
    long k = x - y;
    bool down = k == -d || (k != d && prev_at(k - 1) < prev_at(k + 1));
    long prev_k = down ? k + 1 : k - 1;
    long prev_x = prev_at(prev_k);
    long prev_y = prev_x - prev_k;
    while (x > prev_x + (down ? 0 : 1) && y > prev_y + (down ? 1 : 0)) {
      reversed.push_back(Op::keep);
      --x, --y;
    }
    reversed.push_back(down ? Op::add : Op::remove);
    x = prev_x, y = prev_y;
  }
  while (x > 0 && y > 0) {
    reversed.push_back(Op::keep);
    --x, --y;
  }
  ops.insert(ops.end(), reversed.rbegin(), reversed.rend());
}

std::string range(std::size_t start, std::size_t count) {
  // diff -u: "l" for one line, "l,n" otherwise; an empty range names the line before it.
  if (count == 0) return fmt::format("{},0", start);
  if (count == 1) return fmt::format("{}", start + 1);
  return fmt::format("{},{}", start + 1, count);
}

void append_line(std::string& out, char mark, std::string_view line) {
  out += mark;
  out += line;
  if (!line.ends_with('\n')) out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(std::string_view path, std::string_view before, std::string_view after,
                         int context) {
  if (before == after) return {};
  std::vector<std::string_view> a = split_lines(before);
  std::vector<std::string_view> b = split_lines(after);
  // The common start and end cost nothing; only the middle needs the edit search.
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
    ++suffix;
  }
  std::vector<Op> ops(prefix, Op::keep);
  shortest_edit(a, prefix, a.size() - suffix, b, prefix, b.size() - suffix, ops);
  ops.insert(ops.end(), suffix, Op::keep);

  // Position of each op in both files.
  std::vector<std::size_t> a_index(ops.size() + 1), b_index(ops.size() + 1);
  for (std::size_t i = 0, ai = 0, bi = 0; i <= ops.size(); ++i) {
    a_index[i] = ai;
    b_index[i] = bi;
    if (i == ops.size()) break;
    if (ops[i] != Op::add) ++ai;
    if (ops[i] != Op::remove) ++bi;
  }

  std::string out = fmt::format("--- a/{}\n+++ b/{}\n", path, path);
  const std::size_t c = static_cast<std::size_t>(std::max(context, 0));
  std::size_t i = 0;
  while (i < ops.size()) {
    while (i < ops.size() && ops[i] == Op::keep) ++i;
    if (i == ops.size()) break;
    // A hunk: from `context` lines before the first change to `context` lines after the last
    // change that is followed by more than 2 * context unchanged lines (or the end).
    std::size_t begin = i >= c ? i - c : 0;
    std::size_t end = i;
    for (;;) {
      while (end < ops.size() && ops[end] != Op::keep) ++end;
      std::size_t same = end;
      while (same < ops.size() && ops[same] == Op::keep) ++same;
      if (same < ops.size() && same - end <= 2 * c) {
        end = same;
        continue;
      }
      end = std::min(end + c, ops.size());
      break;
    }
    out += fmt::format("@@ -{} +{} @@\n", range(a_index[begin], a_index[end] - a_index[begin]),
                       range(b_index[begin], b_index[end] - b_index[begin]));
    for (std::size_t k = begin; k < end;) {
      if (ops[k] == Op::keep) {
        append_line(out, ' ', a[a_index[k]]);
        ++k;
        continue;
      }
      // A run of changes: what goes first, then what comes instead, as diff prints it.
      std::size_t run_end = k;
      while (run_end < end && ops[run_end] != Op::keep) ++run_end;
      for (std::size_t r = k; r < run_end; ++r) {
        if (ops[r] == Op::remove) append_line(out, '-', a[a_index[r]]);
      }
      for (std::size_t r = k; r < run_end; ++r) {
        if (ops[r] == Op::add) append_line(out, '+', b[b_index[r]]);
      }
      k = run_end;
    }
    i = end;
  }
  return out;
}

}  // namespace cronkit::fs
