// libFuzzer target for the parser: any bytes, both formats, both dialects. The parser must not
// crash, hang or throw, and every span it reports must lie inside the input.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "parse/parse.hpp"

namespace {

void check_span(const cronkit::Span& span, std::size_t size) {
  if (span.begin > span.end || span.end > size || span.column > span.end_column) std::abort();
}

void check(const cronkit::Crontab& tab) {
  std::size_t size = tab.source().size();
  for (const auto& d : tab.diagnostics) check_span(d.span, size);
  for (const auto& line : tab.lines) check_span(line.span, size);
  for (const auto& entry : tab.entries) {
    check_span(entry.command.span, size);
    for (const auto& field : entry.fields) {
      for (const auto& item : field.items()) check_span(field.span_of(item), size);
    }
    if (!entry.schedule.at_reboot) {
      // Asking when the job fires next must terminate for every schedule cron accepts.
      auto from = cronkit::LocalMinute(std::chrono::minutes(29'000'000));
      (void)entry.schedule.next_match(from);
    }
  }
  if (tab.whole_file_ignored == tab.whole_file_ignored_reason.empty()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte picks the format and the dialect, so the fuzzer explores all four.
  auto format = (data[0] & 1) ? cronkit::CrontabFormat::system : cronkit::CrontabFormat::user;
  auto dialect = (data[0] & 2) ? cronkit::DialectId::cronie : cronkit::DialectId::debian;
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  check(cronkit::parse_crontab(text, {format, dialect, "fuzz"}));
  auto schedule = cronkit::parse_schedule(text.substr(0, 200));
  if (schedule.ok() && !schedule.schedule.at_reboot) {
    (void)schedule.schedule.never_fires();
  }
  return 0;
}
