#include "embedded/yaml_tree.hpp"

#include <yaml.h>

#include <algorithm>
#include <map>
#include <memory>

#include "text/utf8.hpp"

namespace cronkit::embedded {
namespace {

// libyaml counts its marks in characters (its reader has decoded the UTF-8 already); findings
// count bytes. The byte offset of each character. (With the encoding given, a byte order mark is
// not dropped by the reader but skipped by the scanner as one character, so it counts here too.)
class CharacterOffsets {
 public:
  explicit CharacterOffsets(std::string_view text) {
    std::size_t i = 0;
    offsets_.reserve(text.size() + 1);
    while (i < text.size()) {
      offsets_.push_back(static_cast<std::uint32_t>(i));
      i += std::max<std::size_t>(1, utf8_sequence_length(text, i));
    }
    offsets_.push_back(static_cast<std::uint32_t>(std::min(i, text.size())));
  }
  std::uint32_t byte(std::size_t character) const {
    return offsets_[std::min(character, offsets_.size() - 1)];
  }

 private:
  std::vector<std::uint32_t> offsets_;
};

bool is_break(char c) {
  return c == '\n' || c == '\r';
}
bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

// The length of the line break at text[i] ("\r\n" is one).
std::size_t break_length(std::string_view text, std::size_t i) {
  if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') return 2;
  return 1;
}

struct Trace {
  std::string out;
  std::vector<SourceRange> sources;
  void put(std::string_view bytes, std::size_t begin, std::size_t end) {
    for (char c : bytes) {
      out += c;
      sources.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
    }
  }
};

// One escape of a double-quoted scalar at text[i] (the backslash): its bytes and its length, or
// nothing for an escape YAML does not have.
std::optional<std::pair<std::string, std::size_t>> read_escape(std::string_view text, std::size_t i,
                                                               std::size_t stop) {
  if (i + 1 >= stop) return std::nullopt;
  auto simple = [](char c) -> std::optional<std::string> {
    switch (c) {
      case '0':
        return std::string(1, '\0');
      case 'a':
        return "\a";
      case 'b':
        return "\b";
      case 't':
      case '\t':
        return "\t";
      case 'n':
        return "\n";
      case 'v':
        return "\v";
      case 'f':
        return "\f";
      case 'r':
        return "\r";
      case 'e':
        return "\x1B";
      case ' ':
        return " ";
      case '"':
        return "\"";
      case '/':
        return "/";
      case '\\':
        return "\\";
      case 'N':
        return "\xC2\x85";
      case '_':
        return "\xC2\xA0";
      case 'L':
        return "\xE2\x80\xA8";
      case 'P':
        return "\xE2\x80\xA9";
      default:
        return std::nullopt;
    }
  };
  const char kind = text[i + 1];
  if (std::optional<std::string> bytes = simple(kind)) return std::pair(*bytes, std::size_t{2});
  const std::size_t digits = kind == 'x' ? 2 : kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
  if (digits == 0 || i + 2 + digits > stop) return std::nullopt;
  char32_t code = 0;
  for (std::size_t k = 0; k < digits; ++k) {
    const char c = text[i + 2 + k];
    int value = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
    if (value < 0) return std::nullopt;
    code = code * 16 + static_cast<char32_t>(value);
  }
  std::string bytes;
  append_utf8(bytes, code);
  return std::pair(bytes, 2 + digits);
}

// Plain and quoted scalars: line folding (a break between two lines is a space, n empty lines
// are n newlines, blanks around a break vanish), `''` in single quotes, escapes in double quotes.
std::optional<Trace> trace_flow(std::string_view text, std::size_t begin, std::size_t end,
                                ScalarStyle style) {
  const bool quoted = style != ScalarStyle::plain;
  std::size_t i = quoted ? begin + 1 : begin;
  const std::size_t stop = quoted ? end - 1 : end;
  if (i > stop) return std::nullopt;
  Trace trace;
  std::vector<std::size_t> blanks;  // blanks seen since the last character, not yet written
  while (i < stop) {
    const char c = text[i];
    if (is_break(c)) {
      blanks.clear();
      const std::size_t break_begin = i;
      i += break_length(text, i);
      std::size_t break_end = i;
      std::size_t empty_lines = 0;
      for (;;) {
        std::size_t j = i;
        while (j < stop && is_blank(text[j])) ++j;
        if (j < stop && is_break(text[j])) {
          ++empty_lines;
          i = j + break_length(text, j);
          continue;
        }
        i = j;
        break;
      }
      if (empty_lines == 0) {
        trace.put(" ", break_begin, break_end);
      } else {
        for (std::size_t k = 0; k < empty_lines; ++k) trace.put("\n", break_begin, i);
      }
      continue;
    }
    if (is_blank(c)) {
      blanks.push_back(i++);
      continue;
    }
    for (std::size_t at : blanks) trace.put(text.substr(at, 1), at, at + 1);
    blanks.clear();
    if (style == ScalarStyle::single_quoted && c == '\'') {
      if (i + 1 >= stop || text[i + 1] != '\'') return std::nullopt;
      trace.put("'", i, i + 2);
      i += 2;
      continue;
    }
    if (style == ScalarStyle::double_quoted && c == '\\') {
      if (i + 1 < stop && is_break(text[i + 1])) {
        // An escaped line break joins the lines without a space.
        i += 1 + break_length(text, i + 1);
        while (i < stop && is_blank(text[i])) ++i;
        continue;
      }
      std::optional<std::pair<std::string, std::size_t>> escape = read_escape(text, i, stop);
      if (!escape) return std::nullopt;
      trace.put(escape->first, i, i + escape->second);
      i += escape->second;
      continue;
    }
    trace.put(text.substr(i, 1), i, i + 1);
    ++i;
  }
  // Blanks before a closing quote are part of the value.
  if (quoted)
    for (std::size_t at : blanks) trace.put(text.substr(at, 1), at, at + 1);
  return trace;
}

// Block scalars (`|` and `>`): the header, then lines at the detected indentation. Trailing
// newlines (the chomping) are left to the caller, which matches them to the value.
std::optional<Trace> trace_block(std::string_view text, std::size_t begin, std::size_t end,
                                 ScalarStyle style) {
  std::size_t i = begin + 1;
  while (i < end && (text[i] == '+' || text[i] == '-')) ++i;
  if (i < end && text[i] >= '0' && text[i] <= '9') return std::nullopt;  // explicit indentation
  while (i < end && !is_break(text[i])) ++i;                             // blanks and a comment
  if (i >= end) return Trace{};
  i += break_length(text, i);
  // The lines of the scalar: [start, stop) each, without the break.
  struct Line {
    std::size_t start, stop, break_end;
  };
  std::vector<Line> lines;
  std::size_t indent = 0;
  bool indent_known = false;
  while (i < end) {
    std::size_t stop = i;
    while (stop < end && !is_break(text[stop])) ++stop;
    std::size_t spaces = 0;
    while (i + spaces < stop && text[i + spaces] == ' ') ++spaces;
    const bool empty = i + spaces == stop;
    if (!empty) {
      if (!indent_known) {
        indent = spaces;
        indent_known = true;
      } else if (spaces < indent) {
        break;  // less indented: the scalar has ended
      }
    }
    const std::size_t break_end = stop < end ? stop + break_length(text, stop) : stop;
    lines.push_back({i, stop, break_end});
    i = break_end;
  }
  Trace trace;
  bool previous_folds = false;  // the previous content line may fold into the next
  std::size_t pending_breaks = 0;
  std::size_t last_break_begin = 0, last_break_end = 0;
  bool any_content = false;
  for (const Line& line : lines) {
    const bool empty = line.stop - line.start <= indent ||
                       text.substr(line.start, line.stop - line.start).find_first_not_of(' ') ==
                           std::string_view::npos;
    if (empty) {
      ++pending_breaks;
      continue;
    }
    const std::size_t content = line.start + indent;
    const bool more_indented = is_blank(text[content]);
    if (any_content) {
      if (style == ScalarStyle::folded && previous_folds && !more_indented) {
        if (pending_breaks == 1) {
          trace.put(" ", last_break_begin, last_break_end);
        } else {
          for (std::size_t k = 1; k < pending_breaks; ++k)
            trace.put("\n", last_break_begin, last_break_end);
        }
      } else {
        for (std::size_t k = 0; k < pending_breaks; ++k)
          trace.put("\n", last_break_begin, last_break_end);
      }
    } else {
      for (std::size_t k = 0; k < pending_breaks; ++k) trace.put("\n", line.start, line.start);
    }
    for (std::size_t at = content; at < line.stop; ++at) trace.put(text.substr(at, 1), at, at + 1);
    any_content = true;
    previous_folds = !more_indented;
    pending_breaks = 1;
    last_break_begin = line.stop;
    last_break_end = line.break_end;
  }
  return trace;
}

// Builds the tree of one document from libyaml's events.
class TreeBuilder {
 public:
  TreeBuilder(std::string_view text, const CharacterOffsets& offsets)
      : text_(text), offsets_(offsets) {}

  void add(const yaml_event_t& event) {
    const std::uint32_t begin = offsets_.byte(event.start_mark.index);
    const std::uint32_t end = offsets_.byte(event.end_mark.index);
    switch (event.type) {
      case YAML_SCALAR_EVENT: {
        YamlNode node;
        node.type = YamlNode::Type::scalar;
        node.begin = begin;
        node.end = end;
        node.value.assign(reinterpret_cast<const char*>(event.data.scalar.value),
                          event.data.scalar.length);
        node.style = style_of(event.data.scalar.style);
        node.tag = tag_of(event.data.scalar.tag);
        // The event starts at the node's properties (`&anchor`, `!tag`); the value after them.
        if (event.data.scalar.anchor || event.data.scalar.tag)
          node.begin = after_properties(node.begin, node.end);
        trace(node);
        const std::size_t index = attach(std::move(node));
        remember_anchor(event.data.scalar.anchor, index);
        break;
      }
      case YAML_SEQUENCE_START_EVENT:
      case YAML_MAPPING_START_EVENT: {
        YamlNode node;
        node.type = event.type == YAML_SEQUENCE_START_EVENT ? YamlNode::Type::sequence
                                                            : YamlNode::Type::mapping;
        node.begin = begin;
        node.end = end;
        node.tag = tag_of(event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.tag
                                                                  : event.data.mapping_start.tag);
        const std::size_t index = attach(std::move(node));
        remember_anchor(event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor
                                                                : event.data.mapping_start.anchor,
                        index);
        open_.push_back(index);
        break;
      }
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT:
        if (!open_.empty()) {
          document_.nodes[open_.back()].end = end;
          open_.pop_back();
        }
        break;
      case YAML_ALIAS_EVENT: {
        YamlNode node;
        node.type = YamlNode::Type::alias;
        node.begin = begin;
        node.end = end;
        const std::size_t index = attach(std::move(node));
        const std::string anchor(reinterpret_cast<const char*>(event.data.alias.anchor));
        auto found = anchors_.find(anchor);
        document_.nodes[index].target = found == anchors_.end() ? index : found->second;
        break;
      }
      default:
        break;
    }
  }

  YamlDocument take() {
    if (document_.nodes.empty()) document_.nodes.emplace_back();  // an empty document
    return std::move(document_);
  }

 private:
  static ScalarStyle style_of(yaml_scalar_style_t style) {
    switch (style) {
      case YAML_SINGLE_QUOTED_SCALAR_STYLE:
        return ScalarStyle::single_quoted;
      case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
        return ScalarStyle::double_quoted;
      case YAML_LITERAL_SCALAR_STYLE:
        return ScalarStyle::literal;
      case YAML_FOLDED_SCALAR_STYLE:
        return ScalarStyle::folded;
      default:
        return ScalarStyle::plain;
    }
  }

  static std::string tag_of(const yaml_char_t* tag) {
    return tag ? std::string(reinterpret_cast<const char*>(tag)) : std::string();
  }

  std::uint32_t after_properties(std::uint32_t at, std::uint32_t end) const {
    while (at < end && (text_[at] == '&' || text_[at] == '!')) {
      while (at < end && !is_blank(text_[at]) && !is_break(text_[at])) ++at;
      while (at < end && (is_blank(text_[at]) || is_break(text_[at]))) ++at;
    }
    return at;
  }

  void trace(YamlNode& node) {
    if (std::optional<std::vector<SourceRange>> sources =
            trace_scalar(text_, node.begin, node.end, node.style, node.value)) {
      node.sources = std::move(*sources);
      return;
    }
    // Not traced: every byte is the first character of the value.
    std::uint32_t first = node.begin;
    if (node.style == ScalarStyle::single_quoted || node.style == ScalarStyle::double_quoted)
      first = std::min(node.begin + 1, node.end);
    node.sources.assign(node.value.size(), SourceRange{first, first});
    node.exact = false;
  }

  std::size_t attach(YamlNode node) {
    const std::size_t index = document_.nodes.size();
    document_.nodes.push_back(std::move(node));
    if (!open_.empty()) document_.nodes[open_.back()].children.push_back(index);
    return index;
  }

  void remember_anchor(const yaml_char_t* anchor, std::size_t index) {
    if (anchor) anchors_[std::string(reinterpret_cast<const char*>(anchor))] = index;
  }

  std::string_view text_;
  const CharacterOffsets& offsets_;
  YamlDocument document_;
  std::vector<std::size_t> open_;
  std::map<std::string, std::size_t> anchors_;
};

std::string problem_text(const yaml_parser_t& parser) {
  std::string message = parser.problem ? parser.problem : "not YAML";
  if (parser.context) message = std::string(parser.context) + ": " + message;
  return message;
}

}  // namespace

const YamlNode& YamlDocument::resolved(std::size_t index) const {
  const YamlNode& node = nodes[index];
  return node.type == YamlNode::Type::alias ? nodes[node.target] : node;
}

std::optional<std::size_t> YamlDocument::member(std::size_t mapping, std::string_view key) const {
  const YamlNode& node = resolved(mapping);
  if (node.type != YamlNode::Type::mapping) return std::nullopt;
  for (std::size_t i = 0; i + 1 < node.children.size(); i += 2) {
    const YamlNode& name = resolved(node.children[i]);
    if (name.type == YamlNode::Type::scalar && name.value == key) return node.children[i + 1];
  }
  return std::nullopt;
}

std::optional<std::vector<SourceRange>> trace_scalar(std::string_view text, std::size_t begin,
                                                     std::size_t end, ScalarStyle style,
                                                     std::string_view value) {
  if (begin > end || end > text.size()) return std::nullopt;
  std::optional<Trace> trace = style == ScalarStyle::literal || style == ScalarStyle::folded
                                   ? trace_block(text, begin, end, style)
                                   : trace_flow(text, begin, end, style);
  if (!trace) return std::nullopt;
  if (style == ScalarStyle::literal || style == ScalarStyle::folded) {
    // Chomping decides the trailing newlines; match them to the value's.
    auto without_newlines = [](std::string_view s) {
      while (!s.empty() && s.back() == '\n') s.remove_suffix(1);
      return s;
    };
    const std::string_view traced = without_newlines(trace->out);
    const std::string_view read = without_newlines(value);
    if (traced != read) return std::nullopt;
    std::vector<SourceRange> sources(trace->sources.begin(),
                                     trace->sources.begin() + static_cast<long>(read.size()));
    const SourceRange tail =
        read.size() < trace->sources.size()
            ? trace->sources[read.size()]
            : SourceRange{static_cast<std::uint32_t>(end), static_cast<std::uint32_t>(end)};
    sources.resize(value.size(), tail);
    return sources;
  }
  if (trace->out != value) return std::nullopt;
  return std::move(trace->sources);
}

YamlStream read_yaml(std::string_view text) {
  YamlStream stream;
  const CharacterOffsets offsets(text);
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser)) {
    stream.error = YamlError{0, "out of memory"};
    return stream;
  }
  std::unique_ptr<yaml_parser_t, void (*)(yaml_parser_t*)> guard(&parser, yaml_parser_delete);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());
  yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
  std::optional<TreeBuilder> document;
  // libyaml's scanner walks its stack of possible keys at every token, so deep nesting costs the
  // square of the depth: `[` repeated 100,000 times would take minutes. Real workflows and
  // manifests nest a few dozen levels.
  constexpr std::size_t max_depth = 1000;
  std::size_t depth = 0;
  for (;;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      // A reader error (bad UTF-8, a control character) has a byte offset; the others a mark.
      const std::uint32_t offset =
          parser.error == YAML_READER_ERROR
              ? static_cast<std::uint32_t>(std::min(parser.problem_offset, text.size()))
              : offsets.byte(parser.problem_mark.index);
      stream.error = YamlError{offset, problem_text(parser)};
      return stream;
    }
    std::unique_ptr<yaml_event_t, void (*)(yaml_event_t*)> event_guard(&event, yaml_event_delete);
    if (event.type == YAML_STREAM_END_EVENT) break;
    if (event.type == YAML_SEQUENCE_START_EVENT || event.type == YAML_MAPPING_START_EVENT) {
      if (++depth > max_depth) {
        stream.error = YamlError{offsets.byte(event.start_mark.index),
                                 "nested deeper than " + std::to_string(max_depth) + " levels"};
        return stream;
      }
    } else if (event.type == YAML_SEQUENCE_END_EVENT || event.type == YAML_MAPPING_END_EVENT) {
      if (depth > 0) --depth;
    }
    if (event.type == YAML_DOCUMENT_START_EVENT) {
      document.emplace(text, offsets);
    } else if (event.type == YAML_DOCUMENT_END_EVENT) {
      if (document) stream.documents.push_back(document->take());
      document.reset();
    } else if (document) {
      document->add(event);
    }
  }
  return stream;
}

}  // namespace cronkit::embedded
