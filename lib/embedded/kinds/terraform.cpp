// Terraform configuration (`.tf`): the schedules of three resource types, found by a small
// scanner of HCL's native syntax, not a parser of its expressions.
//
// Recognised: `resource "TYPE" "NAME" { ... }` blocks at the top level of the file, and in them
// the attributes directly in the block's body (not in nested blocks):
// - `aws_cloudwatch_event_rule`: `schedule_expression` (dialect eventbridge, UTC);
// - `aws_scheduler_schedule`: `schedule_expression` and `schedule_expression_timezone`
//   (dialect eventbridge-scheduler);
// - `google_cloud_scheduler_job`: `schedule` and `time_zone` (dialect cloud-scheduler);
// and, for checks that compare words with the schedule, the resource's name and its `name` and
// `description` when they are quoted strings (an interpolation in them kept as written). A value is
// a literal when it is one quoted string without interpolation: its escapes (`\"`, `\\`, `\n`,
// `\uXXXX`, `$${`, `%%{`) are decoded and every byte keeps the place of the characters it was read
// from. A string with `${...}` or
// `%{...}`, a heredoc, and any other expression (`var.schedule`, `local.cron`, a function call, a
// conditional) is reported once as not a literal and not checked.
//
// Skipped while scanning: comments (`#`, `//`, `/* */`), heredocs (`<<EOF`, `<<-EOF`), nested
// blocks and everything in them, other blocks (`data`, `module`, `locals`, `variable`: a
// module's `schedule` input is passed on, not scheduled), attributes of other names. What the
// scanner cannot read (an unterminated string, comment, heredoc or block; a `}` without its
// `{`; a character that cannot start an attribute or a block) is one `hcl-syntax` error where it
// stopped; the resources before it are still checked. `.tf.json` files are not read.

#include <algorithm>

#include "embedded/embedded.hpp"
#include "text/utf8.hpp"

namespace cronkit::embedded {
namespace {

bool terraform_path(std::string_view path) {
  return path.ends_with(".tf");
}

bool terraform_content(std::string_view) {
  return false;
}

bool is_identifier_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_identifier_char(char c) {
  return is_identifier_start(c) || (c >= '0' && c <= '9') || c == '-';
}

// Where the scanner stopped, and why.
struct ScanError {
  std::uint32_t at = 0;
  std::string message;
};

// A quoted string as read: its value with the source of each byte, and where its first
// interpolation or directive starts in the value, if any.
struct StringLiteral {
  FoundText text;
  std::optional<std::size_t> template_at;
};

// The value of an attribute of interest.
struct Attribute {
  std::uint32_t begin = 0, end = 0;     // the whole expression, as written
  std::optional<StringLiteral> string;  // set when the expression is one quoted string
  bool heredoc = false;
};

struct Resource {
  std::string type, name;
  std::optional<Attribute> schedule, zone, name_attribute, description;
};

struct Kind {
  std::string_view type;
  std::string_view schedule_key;
  std::string_view zone_key;  // empty: the system has no zone setting
  DialectId dialect;
};

constexpr Kind kinds[] = {
    {"aws_cloudwatch_event_rule", "schedule_expression", "", DialectId::eventbridge},
    {"aws_scheduler_schedule", "schedule_expression", "schedule_expression_timezone",
     DialectId::eventbridge_scheduler},
    {"google_cloud_scheduler_job", "schedule", "time_zone", DialectId::cloud_scheduler},
};

const Kind* kind_of(std::string_view type) {
  for (const Kind& kind : kinds) {
    if (kind.type == type) return &kind;
  }
  return nullptr;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  // Reads the whole file; calls `on_resource` for each complete resource block of a type in
  // `kinds`. An error stops the scan.
  template <typename OnResource>
  std::optional<ScanError> scan(OnResource on_resource) {
    struct Open {
      bool top_resource = false;
    };
    std::vector<Open> blocks;
    std::optional<Resource> resource;  // the open top-level resource of interest
    for (;;) {
      skip_blanks(true);
      if (error_) return error_;
      if (i_ >= text_.size()) break;
      const char c = text_[i_];
      if (c == '}') {
        if (blocks.empty()) return fail(i_, "a `}` that closes no block");
        if (blocks.back().top_resource && resource) {
          on_resource(*resource);
          resource.reset();
        }
        blocks.pop_back();
        ++i_;
        continue;
      }
      if (!is_identifier_start(c))
        return fail(i_, "expected an attribute or a block, found `" + std::string(1, c) + "`");
      const std::size_t name_begin = i_;
      while (i_ < text_.size() && is_identifier_char(text_[i_])) ++i_;
      const std::string name(text_.substr(name_begin, i_ - name_begin));
      skip_blanks(false);
      if (error_) return error_;
      if (i_ < text_.size() && text_[i_] == '=' &&
          !(i_ + 1 < text_.size() && text_[i_ + 1] == '=')) {
        ++i_;
        Attribute value = expression();
        if (error_) return error_;
        if (resource && blocks.size() == 1) {
          const Kind& kind = *kind_of(resource->type);
          if (name == kind.schedule_key)
            resource->schedule = std::move(value);
          else if (!kind.zone_key.empty() && name == kind.zone_key)
            resource->zone = std::move(value);
          else if (name == "name")
            resource->name_attribute = std::move(value);
          else if (name == "description")
            resource->description = std::move(value);
        }
        continue;
      }
      // A block: labels (quoted strings or identifiers), then `{`.
      std::vector<std::string> labels;
      for (;;) {
        skip_blanks(false);
        if (error_) return error_;
        if (i_ >= text_.size()) return fail(name_begin, "a block `" + name + "` without its `{`");
        if (text_[i_] == '"') {
          StringLiteral label = string_literal();
          if (error_) return error_;
          labels.push_back(label.text.value);
        } else if (is_identifier_start(text_[i_])) {
          const std::size_t label_begin = i_;
          while (i_ < text_.size() && is_identifier_char(text_[i_])) ++i_;
          labels.emplace_back(text_.substr(label_begin, i_ - label_begin));
        } else {
          break;
        }
      }
      if (text_[i_] != '{')
        return fail(i_, "expected `=` or `{` after `" + name + "`, found `" +
                            std::string(1, text_[i_]) + "`");
      ++i_;
      const bool top_resource = blocks.empty() && name == "resource" && labels.size() == 2 &&
                                kind_of(labels[0]) != nullptr;
      if (top_resource) resource = Resource{labels[0], labels[1], {}, {}, {}, {}};
      blocks.push_back({top_resource});
    }
    if (!blocks.empty())
      return fail(static_cast<std::uint32_t>(text_.size()),
                  "the file ends inside a block (a `}` is missing)");
    return std::nullopt;
  }

 private:
  std::optional<ScanError> fail(std::size_t at, std::string message) {
    if (!error_) error_ = ScanError{static_cast<std::uint32_t>(at), std::move(message)};
    return error_;
  }

  // Blanks and comments; line breaks too when `newlines`. A line comment stops before its
  // line break.
  void skip_blanks(bool newlines) {
    while (i_ < text_.size()) {
      const char c = text_[i_];
      if (c == ' ' || c == '\t' || c == '\r' || (newlines && c == '\n')) {
        ++i_;
      } else if (c == '#' || (c == '/' && i_ + 1 < text_.size() && text_[i_ + 1] == '/')) {
        while (i_ < text_.size() && text_[i_] != '\n') ++i_;
      } else if (c == '/' && i_ + 1 < text_.size() && text_[i_ + 1] == '*') {
        const std::size_t close = text_.find("*/", i_ + 2);
        if (close == std::string_view::npos) {
          fail(i_, "a `/*` comment that is never closed");
          return;
        }
        i_ = close + 2;
      } else {
        return;
      }
    }
  }

  // The bytes of an interpolation or directive from its `${` or `%{` to its `}`, which may hold
  // strings and braces of its own.
  void skip_template(std::size_t open) {
    i_ = open + 2;
    int depth = 1;
    while (i_ < text_.size()) {
      const char c = text_[i_];
      if (c == '"') {
        string_literal();
        if (error_) return;
        continue;
      }
      if (c == '{') ++depth;
      if (c == '}' && --depth == 0) {
        ++i_;
        return;
      }
      ++i_;
    }
    fail(open, "a `" + std::string(text_.substr(open, 2)) + "` that is never closed");
  }

  // A quoted string at i_ (its `"`).
  StringLiteral string_literal() {
    StringLiteral literal;
    FoundText& found = literal.text;
    const std::size_t open = i_++;
    found.begin = static_cast<std::uint32_t>(i_);
    auto put = [&](std::string_view bytes, std::size_t begin, std::size_t end) {
      for (char c : bytes) {
        found.value += c;
        found.sources.push_back(
            {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
      }
    };
    while (i_ < text_.size()) {
      const char c = text_[i_];
      if (c == '"') {
        found.end = static_cast<std::uint32_t>(i_);
        ++i_;
        return literal;
      }
      if (c == '\n') break;
      if (c == '\\') {
        if (i_ + 1 >= text_.size()) break;
        const char kind = text_[i_ + 1];
        std::string bytes;
        std::size_t length = 2;
        switch (kind) {
          case 'n':
            bytes = "\n";
            break;
          case 'r':
            bytes = "\r";
            break;
          case 't':
            bytes = "\t";
            break;
          case '"':
            bytes = "\"";
            break;
          case '\\':
            bytes = "\\";
            break;
          case 'u':
          case 'U': {
            const std::size_t digits = kind == 'u' ? 4 : 8;
            char32_t code = 0;
            for (std::size_t k = 0; k < digits; ++k) {
              const char d = i_ + 2 + k < text_.size() ? text_[i_ + 2 + k] : '\0';
              const int value = d >= '0' && d <= '9'   ? d - '0'
                                : d >= 'a' && d <= 'f' ? d - 'a' + 10
                                : d >= 'A' && d <= 'F' ? d - 'A' + 10
                                                       : -1;
              if (value < 0) {
                fail(i_, "`\\" + std::string(1, kind) + "` needs " + std::to_string(digits) +
                             " hexadecimal digits");
                return literal;
              }
              code = code * 16 + static_cast<char32_t>(value);
            }
            append_utf8(bytes, code);
            length = 2 + digits;
            break;
          }
          default:
            fail(i_, "`\\" + std::string(1, kind) + "` is not an escape HCL knows");
            return literal;
        }
        put(bytes, i_, i_ + length);
        i_ += length;
        continue;
      }
      if ((c == '$' || c == '%') && i_ + 2 < text_.size() && text_[i_ + 1] == c &&
          text_[i_ + 2] == '{') {
        // `$${` and `%%{` are the literal `${` and `%{`.
        put(std::string(1, c), i_, i_ + 3);
        put("{", i_, i_ + 3);
        i_ += 3;
        continue;
      }
      if ((c == '$' || c == '%') && i_ + 1 < text_.size() && text_[i_ + 1] == '{') {
        if (!literal.template_at) literal.template_at = found.value.size();
        const std::size_t start = i_;
        skip_template(start);
        if (error_) return literal;
        for (std::size_t at = start; at < i_; ++at) put(text_.substr(at, 1), at, at + 1);
        continue;
      }
      put(text_.substr(i_, 1), i_, i_ + 1);
      ++i_;
    }
    fail(open, "a string that is not closed on its line");
    return literal;
  }

  // A heredoc at i_ (its `<<`): skipped to the line after its closing marker.
  void heredoc() {
    const std::size_t open = i_;
    i_ += 2;
    if (i_ < text_.size() && text_[i_] == '-') ++i_;
    const std::size_t marker_begin = i_;
    while (i_ < text_.size() && is_identifier_char(text_[i_])) ++i_;
    const std::string_view marker = text_.substr(marker_begin, i_ - marker_begin);
    if (marker.empty()) {
      fail(open, "a `<<` without a heredoc marker");
      return;
    }
    i_ = text_.find('\n', i_);
    while (i_ != std::string_view::npos) {
      ++i_;
      std::size_t stop = text_.find('\n', i_);
      if (stop == std::string_view::npos) stop = text_.size();
      std::string_view line = text_.substr(i_, stop - i_);
      while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
        line.remove_suffix(1);
      if (line == marker) {
        i_ = stop;
        return;
      }
      i_ = stop < text_.size() ? stop : std::string_view::npos;
    }
    i_ = text_.size();
    fail(open, "a heredoc whose closing `" + std::string(marker) + "` never comes");
  }

  // An expression after `=`, up to the end of its line outside brackets (or the `}` of a
  // one-line block).
  Attribute expression() {
    skip_blanks(false);
    Attribute attribute;
    attribute.begin = static_cast<std::uint32_t>(i_);
    std::size_t last = i_;  // after the expression's last non-blank byte
    int depth = 0;
    bool only_string = false, first = true;
    while (i_ < text_.size() && !error_) {
      const char c = text_[i_];
      if (c == '\n' && depth == 0) break;
      if (c == '}' && depth == 0) break;
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '#' ||
          (c == '/' && i_ + 1 < text_.size() && (text_[i_ + 1] == '/' || text_[i_ + 1] == '*'))) {
        skip_blanks(depth > 0);
        continue;
      }
      if (c == '"') {
        StringLiteral literal = string_literal();
        if (first) {
          attribute.string = std::move(literal);
          only_string = true;
        } else {
          only_string = false;
        }
      } else if (c == '<' && i_ + 1 < text_.size() && text_[i_ + 1] == '<') {
        heredoc();
        attribute.heredoc = first;
        only_string = false;
      } else {
        if (c == '(' || c == '[' || c == '{') ++depth;
        if ((c == ')' || c == ']' || c == '}') && depth > 0) --depth;
        ++i_;
        only_string = false;
      }
      first = false;
      last = i_;
    }
    if (!only_string) attribute.string.reset();
    attribute.end = static_cast<std::uint32_t>(std::max(last, std::size_t{attribute.begin}));
    return attribute;
  }

  std::string_view text_;
  std::size_t i_ = 0;
  std::optional<ScanError> error_;
};

// The value of a string attribute, or "": a label for people, so an interpolation stays as written
// (`"Kick ${var.name} every hour"`) and the words around it still count.
std::string label_string(const std::optional<Attribute>& attribute) {
  if (!attribute || !attribute->string) return {};
  return attribute->string->text.value;
}

void add_resource(std::string_view text, const Resource& resource, Extraction& extraction) {
  const Kind& kind = *kind_of(resource.type);
  if (!resource.schedule) return;
  const Attribute& schedule = *resource.schedule;
  const std::string owner = resource.type + "." + resource.name;
  if (!schedule.string || schedule.string->template_at) {
    const std::uint32_t begin =
        schedule.string ? schedule.string->text.sources[*schedule.string->template_at].begin
                        : schedule.begin;
    const std::uint32_t end = schedule.string ? schedule.string->text.end : schedule.end;
    const std::string written(text.substr(schedule.begin, schedule.end - schedule.begin));
    const std::string what = schedule.heredoc  ? "a heredoc"
                             : schedule.string ? "a string with an interpolation"
                                               : "an expression";
    extraction.problems.push_back(
        {"schedule-not-literal", begin, std::max(end, begin + 1),
         "the " + std::string(kind.schedule_key) + " of " + owner + " is " + what + " (`" +
             written.substr(0, std::min<std::size_t>(written.find('\n'), 60)) +
             "`), known only when Terraform plans: it is not checked"});
    return;
  }
  FoundSchedule found;
  found.kind = FileKind::terraform;
  found.comment_markers = FoundSchedule::CommentMarkers::hash_or_slashes;
  found.expression = schedule.string->text;
  found.dialect = kind.dialect;
  found.owner = owner;
  found.labels.push_back({"resource", resource.name});
  if (std::string name = label_string(resource.name_attribute); !name.empty())
    found.labels.push_back({"name", std::move(name)});
  if (std::string description = label_string(resource.description); !description.empty())
    found.labels.push_back({"description", std::move(description)});
  if (resource.zone && resource.zone->string && !resource.zone->string->template_at) {
    found.zone = resource.zone->string->text;
    found.zone_key = std::string(kind.zone_key);
  }
  extraction.schedules.push_back(std::move(found));
}

Extraction extract(std::string_view text) {
  Extraction extraction;
  Scanner scanner(text);
  const std::optional<ScanError> error =
      scanner.scan([&](const Resource& resource) { add_resource(text, resource, extraction); });
  if (error) {
    const auto size = static_cast<std::uint32_t>(text.size());
    extraction.problems.push_back({"hcl-syntax", std::min(error->at, size),
                                   std::min(error->at + 1, size), "not HCL: " + error->message});
  }
  return extraction;
}

}  // namespace

extern const FileKindInfo terraform_kind{
    FileKind::terraform,
    "terraform",
    "Terraform files (*.tf): aws_cloudwatch_event_rule, aws_scheduler_schedule and "
    "google_cloud_scheduler_job schedules",
    terraform_path,
    terraform_content,
    extract};

}  // namespace cronkit::embedded
