#include "lint/directives.hpp"

#include <cstring>

namespace cronkit::lint {
namespace {

constexpr std::string_view marker = "cronlint:";

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

std::vector<std::string> split_list(std::string_view list) {
  std::vector<std::string> items;
  while (!list.empty()) {
    std::size_t comma = list.find(',');
    std::string_view item = list.substr(0, comma);
    while (!item.empty() && is_blank(item.front())) item.remove_prefix(1);
    while (!item.empty() && is_blank(item.back())) item.remove_suffix(1);
    if (!item.empty()) items.emplace_back(item);
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return items;
}

}  // namespace

Directives scan_directives(std::string_view text) {
  Directives directives;
  std::size_t search_from = 0;
  std::size_t counted_to = 0;  // newlines are counted up to here
  std::uint32_t line_number = 1;
  while (search_from < text.size()) {
    const void* hit =
        memmem(text.data() + search_from, text.size() - search_from, marker.data(), marker.size());
    if (!hit) break;
    std::size_t at = static_cast<const char*>(hit) - text.data();
    std::size_t line_begin = text.rfind('\n', at);
    line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
    std::size_t line_end = text.find('\n', at);
    if (line_end == std::string_view::npos) line_end = text.size();
    search_from = line_end;

    // Only a comment whose text starts with "cronlint:" is a directive.
    std::string_view before = text.substr(line_begin, at - line_begin);
    std::size_t i = 0;
    while (i < before.size() && is_blank(before[i])) ++i;
    if (i >= before.size() || before[i] != '#') continue;
    ++i;
    while (i < before.size() && is_blank(before[i])) ++i;
    if (i != before.size()) continue;

    for (std::size_t k = counted_to; k < line_begin; ++k) line_number += text[k] == '\n';
    counted_to = line_begin;

    std::string_view rest = text.substr(at + marker.size(), line_end - at - marker.size());
    if (!rest.empty() && rest.back() == '\r') rest.remove_suffix(1);
    // Words separated by blanks: key=value.
    while (!rest.empty()) {
      while (!rest.empty() && is_blank(rest.front())) rest.remove_prefix(1);
      if (rest.empty()) break;
      std::size_t word_end = 0;
      while (word_end < rest.size() && !is_blank(rest[word_end])) ++word_end;
      std::string_view word = rest.substr(0, word_end);
      std::size_t word_begin = static_cast<std::size_t>(word.data() - text.data());
      rest.remove_prefix(word_end);
      // Allow "disable=a, b": a list continues after a comma and blanks.
      while (!word.empty() && word.back() == ',' && !rest.empty()) {
        std::size_t next = 0;
        while (next < rest.size() && is_blank(rest[next])) ++next;
        std::size_t next_end = next;
        while (next_end < rest.size() && !is_blank(rest[next_end])) ++next_end;
        if (next_end == next) break;
        word = text.substr(word_begin, (rest.data() + next_end) - (text.data() + word_begin));
        rest.remove_prefix(next_end);
      }
      std::size_t equals = word.find('=');
      std::string_view key = word.substr(0, equals);
      std::string_view value =
          equals == std::string_view::npos ? std::string_view() : word.substr(equals + 1);
      Span span;
      span.line = line_number;
      span.begin = word_begin;
      span.end = word_begin + word.size();
      span.column = static_cast<std::uint32_t>(word_begin - line_begin + 1);
      span.end_column = static_cast<std::uint32_t>(span.end - line_begin + 1);
      if ((key == "disable" || key == "disable-file") && !value.empty()) {
        // Where each id is, for directive-invalid.
        std::size_t item_begin = static_cast<std::size_t>(value.data() - text.data());
        std::size_t value_end = item_begin + value.size();
        while (item_begin < value_end) {
          std::size_t item_end = text.find(',', item_begin);
          if (item_end == std::string_view::npos || item_end > value_end) item_end = value_end;
          std::size_t b = item_begin, e = item_end;
          while (b < e && is_blank(text[b])) ++b;
          while (e > b && is_blank(text[e - 1])) --e;
          if (e > b) {
            Span mention_span;
            mention_span.line = line_number;
            mention_span.begin = b;
            mention_span.end = e;
            mention_span.column = static_cast<std::uint32_t>(b - line_begin + 1);
            mention_span.end_column = static_cast<std::uint32_t>(e - line_begin + 1);
            directives.mentions.push_back({mention_span, std::string(text.substr(b, e - b))});
          }
          item_begin = item_end + 1;
        }
      }
      if (key == "disable" && !value.empty()) {
        directives.line_suppressions.push_back({line_number, split_list(value)});
      } else if (key == "disable-file" && !value.empty()) {
        for (std::string& rule : split_list(value)) {
          directives.file_suppressions.push_back(std::move(rule));
        }
      } else if (key == "kind" && (value == "system" || value == "user")) {
        directives.format = value == "system" ? CrontabFormat::system : CrontabFormat::user;
      } else if (key == "kind" && embedded::file_kind_named(value)) {
        directives.file_kind = embedded::file_kind_named(value)->id;
      } else if (key == "dialect" && dialect_from_name(value) &&
                 dialect(*dialect_from_name(value)).reads_crontab_files) {
        directives.dialect = dialect_from_name(value);
      } else if (key == "dialect" && dialect_from_name(value)) {
        // A scheduler that is handed one expression (Kubernetes, Airflow, ...) has no crontab
        // file to read this one as. Refusing the whole run would hide every other file of a
        // directory walk, so the directive is reported where it is written and the file is
        // read as it would be without it.
        const Dialect& scheduler = dialect(*dialect_from_name(value));
        directives.problems.push_back(
            {span, "dialect=" + std::string(value) + " names " + std::string(scheduler.daemon) +
                       ", which reads no crontab file (it is handed one expression at a time): "
                       "the directive is ignored and the file is read as a crontab; lint such a "
                       "schedule with `cronlint --dialect " +
                       std::string(value) +
                       " --expr 'EXPR'`, or name the file's kind (`kind=...`) when it is a "
                       "workflow, manifest or DAG file"});
      } else if (key == "dialect") {
        std::string names;
        for (DialectId id : all_dialects) {
          if (!dialect(id).reads_crontab_files) continue;
          if (!names.empty()) names += ", ";
          names += dialect(id).name;
        }
        directives.problems.push_back({span, "unknown dialect '" + std::string(value) +
                                                 "' in a cronlint directive (expected one of " +
                                                 names + ")"});
      } else if (key == "path" && !value.empty()) {
        directives.path = std::string(value);
      } else {
        directives.problems.push_back(
            {span, "unknown cronlint directive '" + std::string(word) +
                       "' (expected disable=RULES, disable-file=RULES, kind=system|user, "
                       "dialect=NAME or path=PATH)"});
      }
    }
  }
  return directives;
}

}  // namespace cronkit::lint
