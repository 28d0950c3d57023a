// non-ascii-character: text pasted from documents, chat or LLM output carries characters that
// look like ASCII but are not (en dash, smart quotes, no-break space) or cannot be seen at all.

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "lint/fields.hpp"
#include "lint/rule.hpp"
#include "text/utf8.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds characters outside printable ASCII that change what cron or the shell reads: a UTF-8 byte
order mark at the start of the file, smart quotes `“ ” ‘ ’`, en and em dashes `– —`, the minus sign,
no-break and other unusual spaces, zero-width characters, control characters (NUL included) and
bytes that are not UTF-8. Any non-ASCII character in a time field or the user field is an error;
elsewhere (commands, environment values) only the look-alike and invisible ones are reported, so
`echo "Grüße"` is fine. Comments are not checked.

## Why is this bad?
The text was pasted from a document, a chat or an LLM answer. `1–5` is not a range: cronie rejects
it, and Debian's cron silently reads the field as `1` (Mondays only); `“--model=gpt”` passes the
quotes to the program; a no-break space between fields is not a blank for cron, so two fields
merge; a byte order mark turns the first line into a parse error.

## Example
    0 9 * * 1–5 /opt/llm/digest.sh --title “Daily digest”

## Use instead
    0 9 * * 1-5 /opt/llm/digest.sh --title "Daily digest"

Only the first character of each line and the first 50 lines are reported.)doc";

constexpr std::size_t max_reported_lines = 50;

struct Character {
  char32_t code = 0;
  std::size_t length = 1;  // bytes; 0 never
  bool valid = true;       // false: a byte that does not start valid UTF-8
};

Character decode(std::string_view text, std::size_t i) {
  unsigned char lead = static_cast<unsigned char>(text[i]);
  std::size_t length = utf8_sequence_length(text, i);
  if (length == 0) return {lead, 1, false};
  return {decode_utf8(text, i, length), length, true};
}

// A description and the ASCII replacement, for characters that look like ASCII or like nothing.
struct LookAlike {
  std::string_view description;
  std::optional<std::string_view> replacement;  // nothing: no safe fix
};

std::optional<LookAlike> look_alike(char32_t c) {
  switch (c) {
    case 0x2010:
    case 0x2011:
      return LookAlike{"hyphen", "-"};
    case 0x2012:
    case 0x2013:
      return LookAlike{"en dash", "-"};
    case 0x2014:
    case 0x2015:
      return LookAlike{"em dash", "-"};
    case 0x2212:
      return LookAlike{"minus sign", "-"};
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
      return LookAlike{"typographic single quote", "'"};
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
      return LookAlike{"typographic double quote", "\""};
    case 0x00A0:
      return LookAlike{"no-break space", " "};
    case 0x202F:
      return LookAlike{"narrow no-break space", " "};
    case 0x3000:
      return LookAlike{"ideographic space", " "};
    case 0x00AD:
      return LookAlike{"soft hyphen", ""};
    case 0x200B:
      return LookAlike{"zero-width space", ""};
    case 0x200C:
    case 0x200D:
      return LookAlike{"zero-width joiner", ""};
    case 0x2060:
      return LookAlike{"word joiner", ""};
    case 0xFEFF:
      return LookAlike{"byte order mark", ""};
    case 0xFF0D:
      return LookAlike{"fullwidth hyphen-minus", "-"};
    case 0xFF0A:
      return LookAlike{"fullwidth asterisk", "*"};
    case 0xFF0C:
      return LookAlike{"fullwidth comma", ","};
    case 0xFF0F:
      return LookAlike{"fullwidth solidus", "/"};
  }
  if (c >= 0x2000 && c <= 0x200A) return LookAlike{"unusual space", " "};
  if ((c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
      (c >= 0x2066 && c <= 0x2069)) {
    return LookAlike{"invisible direction mark", std::nullopt};
  }
  if (c == 0x2028 || c == 0x2029) return LookAlike{"line separator", std::nullopt};
  return std::nullopt;
}

// Where in the line a byte offset is: a time field or the user field (where any non-ASCII is an
// error), or elsewhere.
std::optional<std::string_view> field_at(const lint::RuleContext& ctx, const Line& line,
                                         std::size_t offset) {
  if (line.kind == Line::Kind::entry) {
    const Entry& entry = ctx.crontab.entries[line.index];
    if (entry.special) {
      const Span special = entry.special_span();
      if (offset >= special.begin && offset < special.end) return "schedule";
    } else {
      for (const Field& field : entry.fields) {
        // The field's span covers what cron read; what follows up to the next blank too.
        const Span read = field.span();
        const std::size_t end = std::max<std::size_t>(read.end, field.ignored_tail_span().end);
        if (offset >= read.begin && offset < end) return field_facts(field.kind).name;
      }
    }
    if (entry.user) {
      const Span user = entry.user_span();
      if (offset >= user.begin && offset < user.end) return "user";
    }
    if (offset < entry.command.span.begin) return "schedule";
    return std::nullopt;
  }
  if (line.kind == Line::Kind::rejected) {
    // Count the blank-separated words before the offset: the first five are the schedule.
    std::string_view text = ctx.crontab.line_text(line);
    std::size_t relative = offset - line.span.begin;
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < relative && i < text.size(); ++i) {
      bool blank = text[i] == ' ' || text[i] == '\t';
      if (!blank && !in_word) ++words;
      in_word = !blank;
    }
    if (!in_word) ++words;  // the offset starts a word
    std::size_t schedule_words = ctx.options.format == CrontabFormat::system ? 6 : 5;
    if (!text.empty() && text.find_first_not_of(" \t") != std::string_view::npos &&
        text[text.find_first_not_of(" \t")] == '@') {
      schedule_words = ctx.options.format == CrontabFormat::system ? 2 : 1;
    }
    if (words <= schedule_words) return "schedule";
  }
  return std::nullopt;
}

// Skips, eight bytes at a time, the words of text from i on whose bytes are all printable ASCII
// (0x20..0x7E): the byte loop below would pass over each of them without a look. Stops at the
// first word holding any other byte (a tab or CR included, which the byte loop then passes over
// itself) or where fewer than eight bytes remain, so it never skips a byte the loop reports.
std::size_t skip_printable_words(std::string_view text, std::size_t i) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL;
  constexpr std::uint64_t highs = 0x8080808080808080ULL;
  while (text.size() - i >= 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    // Each test is exact on a word whose bytes are all below 0x80 (checked first): a byte below
    // 0x20 borrows in `word - 0x20..`, and 0x7F is the only byte that 0x7F ^ byte makes zero.
    if (word & highs) break;
    if ((word - 0x20 * ones) & highs) break;
    std::uint64_t delete_bytes = word ^ (0x7F * ones);
    if ((delete_bytes - ones) & ~delete_bytes & highs) break;
    i += 8;
  }
  return i;
}

void check(lint::RuleContext& ctx) {
  // NUL bytes, which make cron reject the line: an error, whatever the field.
  for (const Diagnostic& diagnostic : ctx.crontab.diagnostics) {
    if (diagnostic.code != ctx.rule.id) continue;
    std::string message = diagnostic.message;
    if (diagnostic.rejected_by_cron) {
      message += ctx.dialect.rejects_whole_file_on_error
                     ? "; Debian's cron rejects this line and therefore ignores the whole file"
                     : "; cron skips this line";
    }
    ctx.report(Severity::error, diagnostic.span, std::move(message));
  }
  std::size_t reported = 0;
  for (const Line& line : ctx.crontab.lines) {
    if (reported == max_reported_lines) break;
    std::string_view text = ctx.crontab.line_text(line);
    bool comment = line.kind == Line::Kind::comment;
    if (comment && line.number != 1) continue;
    for (std::size_t i = 0; i < text.size();) {
      i = skip_printable_words(text, i);
      if (i == text.size()) break;
      unsigned char byte = static_cast<unsigned char>(text[i]);
      if ((byte >= 0x20 && byte < 0x7F) || byte == '\t' || byte == '\r') {
        ++i;
        continue;
      }
      Character character = decode(text, i);
      std::size_t offset = line.span.begin + i;
      i += character.length;
      bool is_bom = character.valid && character.code == 0xFEFF && offset == 0;
      if (comment && !is_bom) break;
      std::optional<std::string_view> field = field_at(ctx, line, offset);
      std::optional<LookAlike> known = character.valid ? look_alike(character.code) : std::nullopt;
      std::string what;
      if (!character.valid) {
        what =
            fmt::format("byte 0x{:02X} that is not UTF-8", static_cast<unsigned>(character.code));
      } else if (character.code < 0x20 || character.code == 0x7F) {
        what = character.code == 0 ? std::string("NUL byte")
                                   : fmt::format("control character 0x{:02X}",
                                                 static_cast<unsigned>(character.code));
      } else if (known) {
        what =
            fmt::format("{} (U+{:04X})", known->description, static_cast<unsigned>(character.code));
      } else if (field) {
        what = fmt::format("non-ASCII character U+{:04X}", static_cast<unsigned>(character.code));
      } else {
        continue;  // an ordinary non-ASCII letter in a command or value
      }
      Span span = ctx.span_at(line, offset, offset + character.length);
      std::optional<lint::Fix> fix;
      if (known && known->replacement) fix = lint::Fix{span, std::string(*known->replacement)};
      std::string message;
      if (is_bom) {
        message = fmt::format(
            "{} at the start of the file: cron reads it as part of the first "
            "line",
            what);
      } else if (field) {
        message = fmt::format(
            "{} in the {} field: cron does not read it as the ASCII character "
            "it looks like",
            what, *field);
      } else {
        message = fmt::format(
            "{}: the shell and the program get it as it is, not the ASCII "
            "character it looks like",
            what);
      }
      if (++reported == max_reported_lines) {
        message += " (further lines are not reported)";
      }
      ctx.report(field || is_bom ? Severity::error : Severity::warning, span, std::move(message),
                 std::move(fix));
      break;
    }
  }
}

}  // namespace

extern const lint::Rule non_ascii_character{
    {.id = "non-ascii-character",
     .severity = Severity::warning,
     .category = lint::Category::syntax,
     .summary = "a look-alike or invisible character (en dash, smart quote, no-break space, BOM)",
     .doc = doc},
    check};

}  // namespace cronkit::rules
