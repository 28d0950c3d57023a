#include <fmt/format.h>

#include <algorithm>

#include "report/masking.hpp"
#include "report/report.hpp"
#include "text/utf8.hpp"

namespace cronkit::report {
namespace {

// Source lines longer than this are shown as a window around the finding.
constexpr std::size_t max_shown_bytes = 160;

struct Colors {
  std::string_view bold, reset, error, warning, info, caret, dim;
};
constexpr Colors no_colors{};
constexpr Colors ansi_colors{"\x1b[1m",    "\x1b[0m",    "\x1b[1;31m", "\x1b[1;35m",
                             "\x1b[1;36m", "\x1b[1;32m", "\x1b[2m"};

std::string_view severity_color(const Colors& colors, Severity severity) {
  switch (severity) {
    case Severity::error:
      return colors.error;
    case Severity::warning:
      return colors.warning;
    case Severity::info:
      return colors.info;
  }
  return {};
}

// Characters that look like nothing or like a space: C1 controls, no-break and other spaces,
// zero-width and direction marks, the byte-order mark. The point of the excerpt is to show them.
bool is_invisible(char32_t c) {
  return (c >= 0x80 && c <= 0xA0) || c == 0xAD || (c >= 0x2000 && c <= 0x200F) ||
         (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F) || c == 0x3000 || c == 0xFEFF;
}

// Appends one byte range of a line in a form safe for a terminal, and returns how many columns
// it takes: tabs stay tabs (so the underline can copy them), control characters and bytes that
// are not UTF-8 become \xNN, valid UTF-8 sequences count as one column.
std::size_t append_visible(std::string& out, std::string_view text, std::string* underline_pad) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\t') {
      out += '\t';
      if (underline_pad) *underline_pad += '\t';
      ++width;
      ++i;
      continue;
    }
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
      if (underline_pad) *underline_pad += ' ';
      ++width;
      ++i;
      continue;
    }
    std::size_t length = c >= 0x80 ? utf8_sequence_length(text, i) : 0;
    if (length > 0 && !is_invisible(decode_utf8(text, i, length))) {
      out.append(text.data() + i, length);
      if (underline_pad) *underline_pad += ' ';
      ++width;
      i += length;
      continue;
    }
    std::size_t count = length > 0 ? length : 1;
    for (std::size_t k = 0; k < count; ++k) {
      out += fmt::format("\\x{:02X}", static_cast<unsigned char>(text[i + k]));
      if (underline_pad) *underline_pad += "    ";
      width += 4;
    }
    i += count;
  }
  return width;
}

// The source line and the underline for a finding on one line.
void append_excerpt(std::string& out, const FileReport& file, const Finding& finding,
                    const Colors& colors) {
  std::string_view source = file.source;
  const Span& span = finding.span;
  if (span.line == 0 || span.column == 0 || span.begin > source.size()) return;
  std::size_t line_begin = span.begin - (span.column - 1);
  std::size_t line_end = source.find('\n', span.begin);
  if (line_end == std::string_view::npos) line_end = source.size();
  // From here on `source` is the line alone, with its secrets starred out byte for byte so that
  // every column still holds, and offsets are within it.
  std::string starred;
  std::string_view line = source.substr(line_begin, line_end - line_begin);
  if (!file.show_secrets) {
    starred = secret::star_out_line(line);
    line = starred;
  }
  source = line;
  const std::size_t span_begin = span.begin - line_begin;
  const std::size_t span_end = span.end > line_begin ? span.end - line_begin : 0;
  line_end -= line_begin;
  line_begin = 0;
  if (line_end > line_begin && source[line_end - 1] == '\r' && span_end < line_end) --line_end;
  std::size_t begin = std::min<std::size_t>(span_begin, line_end);
  std::size_t end = std::clamp<std::size_t>(span_end, begin, line_end);
  // Show a window around a long line's finding; a long span is cut at the window's end.
  std::size_t show_begin = line_begin, show_end = line_end;
  if (line_end - line_begin > max_shown_bytes) {
    show_begin =
        begin > line_begin + max_shown_bytes / 2 ? begin - max_shown_bytes / 2 : line_begin;
    show_end = std::min(line_end, show_begin + max_shown_bytes);
    // Do not start or end in the middle of a UTF-8 sequence.
    while (show_begin > line_begin &&
           (static_cast<unsigned char>(source[show_begin]) & 0xC0) == 0x80) {
      --show_begin;
    }
    while (show_end < line_end && (static_cast<unsigned char>(source[show_end]) & 0xC0) == 0x80) {
      ++show_end;
    }
  }
  begin = std::clamp(begin, show_begin, show_end);
  end = std::clamp(end, begin, show_end);
  std::string gutter = std::to_string(span.line);
  std::string blank_gutter(gutter.size(), ' ');
  std::string line_text;
  std::string pad;
  std::string underline;
  if (show_begin > line_begin) {
    line_text += "...";
    pad += "   ";
  }
  append_visible(line_text, source.substr(show_begin, begin - show_begin), &pad);
  std::string marked;
  std::string marked_pad;
  std::size_t width = append_visible(marked, source.substr(begin, end - begin), &marked_pad);
  line_text += marked;
  append_visible(line_text, source.substr(end, show_end - end), nullptr);
  if (show_end < line_end) line_text += "...";
  // A caret under the first column, tildes under the rest; an empty span gets a lone caret.
  underline.push_back('^');  // (not `= "^"`: GCC 12 then warns of a false -Wrestrict overlap)
  if (width > 1) underline += std::string(width - 1, '~');
  out += fmt::format(" {}{} |{} {}\n", colors.dim, gutter, colors.reset, line_text);
  out += fmt::format(" {}{} |{} {}{}{}{}\n", colors.dim, blank_gutter, colors.reset, pad,
                     colors.caret, underline, colors.reset);
}

std::string describe_fix(const Fix& fix, const FileReport& file) {
  std::string old_text;
  if (fix.span.end <= file.source.size()) {
    append_visible(
        old_text, shown_text(file, file.source.substr(fix.span.begin, fix.span.length())), nullptr);
  }
  std::string replacement;
  for (char c : shown_text(file, fix.replacement)) {
    if (c == '\n') {
      replacement += "\\n";
    } else {
      replacement += c;
    }
  }
  if (fix.span.length() == 0) return fmt::format("insert '{}'", replacement);
  if (fix.replacement.empty()) {
    return old_text == "\\x0D" ? std::string("delete the \\r")
                               : fmt::format("delete '{}'", old_text);
  }
  return fmt::format("replace '{}' with '{}'", old_text, replacement);
}

std::string plural(std::size_t count, std::string_view word) {
  return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

}  // namespace

std::string summary_line(std::span<const FileReport> files, std::string_view input_noun) {
  std::size_t errors = 0, warnings = 0, infos = 0, dropped = 0, ignored_files = 0;
  for (const FileReport& file : files) {
    for (const Finding& finding : file.findings) {
      if (finding.severity == Severity::error) ++errors;
      if (finding.severity == Severity::warning) ++warnings;
      if (finding.severity == Severity::info) ++infos;
    }
    dropped += file.entries_dropped;
    ignored_files += file.whole_file_ignored;
  }
  std::string line;
  if (errors + warnings + infos == 0) {
    line = "no problems found";
  } else {
    std::vector<std::string> parts;
    if (errors) parts.push_back(plural(errors, "error"));
    if (warnings) parts.push_back(plural(warnings, "warning"));
    if (infos) parts.push_back(fmt::format("{} info", infos));
    line = fmt::format("{}", fmt::join(parts, ", "));
  }
  line += " in " + plural(files.size(), input_noun);
  if (dropped > 0) {
    line += fmt::format("; cron would not run {} {}", dropped, dropped == 1 ? "entry" : "entries");
    if (ignored_files > 0) {
      line += ignored_files == files.size() && files.size() == 1
                  ? " (it ignores the whole file)"
                  : fmt::format(" ({} ignored as a whole)", plural(ignored_files, "file"));
    }
  }
  return line;
}

std::string render_text(std::span<const FileReport> files, const TextOptions& options) {
  const Colors& colors = options.color ? ansi_colors : no_colors;
  std::string out;
  for (const FileReport& file : files) {
    for (const Finding& finding : file.findings) {
      // File-level findings (line 0) have no position, as in gcc's "file: error: ...".
      std::string location =
          finding.span.line == 0
              ? file.path
              : fmt::format("{}:{}:{}", file.path, finding.span.line, finding.span.column);
      out += fmt::format("{}{}:{} {}{}:{} {} [{}]\n", colors.bold, location, colors.reset,
                         severity_color(colors, finding.severity), severity_name(finding.severity),
                         colors.reset, shown_text(file, finding.message), finding.rule);
      append_excerpt(out, file, finding, colors);
      if (finding.fix) {
        out += fmt::format(" {}help:{} {}\n", colors.bold, colors.reset,
                           describe_fix(*finding.fix, file));
      }
    }
  }
  if (options.summary) {
    out += summary_line(files, options.input_noun);
    out += '\n';
  }
  return out;
}

}  // namespace cronkit::report
