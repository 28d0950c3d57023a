#pragma once
// A YAML stream as a small tree per document, read with libyaml's event parser, where every node
// keeps where it is in the file (byte offsets) and every scalar keeps, for each byte of its
// value, the bytes of the file it was read from. The extractors (github_workflow.cpp,
// kubernetes_manifest.cpp) walk these trees; nothing here knows about cron.
//
// No alias is ever expanded (an alias node names the node it refers to), so a "billion laughs"
// file costs no more than its size, and the tree is built without recursion.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cronkit::embedded {

enum class ScalarStyle { plain, single_quoted, double_quoted, literal, folded };

// Where one byte of a scalar's value comes from: the file bytes [begin, end). A byte written as
// itself has end == begin + 1; a byte of an escape (`\x2A`, `''`) has the whole escape; a space
// that folds a line break has the break.
struct SourceRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

struct YamlNode {
  enum class Type { scalar, mapping, sequence, alias };
  Type type = Type::scalar;
  std::uint32_t begin = 0;  // the node's first byte in the file (a quote, a `|`, a `[`)
  std::uint32_t end = 0;
  // Scalars: the value as YAML reads it, its style, and the source of each byte of the value.
  // `exact` is false when the value could not be traced back byte by byte (a construct the
  // tracer does not know): then every byte's source is the value's first character.
  std::string value;
  ScalarStyle style = ScalarStyle::plain;
  std::vector<SourceRange> sources;
  bool exact = true;
  // Mappings: keys and values alternate; sequences: the items. Indices into the document.
  std::vector<std::size_t> children;
  // Aliases: the node they name (the node itself when the anchor is unknown).
  std::size_t target = 0;
  // The node's tag as written, if any (`!Ref`, `!!str` as `tag:yaml.org,2002:str`): a
  // CloudFormation template's short-form functions are tagged scalars, sequences or mappings.
  std::string tag;
};

struct YamlDocument {
  std::vector<YamlNode> nodes;  // nodes[0] is the root
  // The node behind `index`, following an alias.
  const YamlNode& resolved(std::size_t index) const;
  // The value of `key` in the mapping `mapping` (a plain or quoted scalar key), if any.
  std::optional<std::size_t> member(std::size_t mapping, std::string_view key) const;
};

// Why the text is not YAML, where libyaml stopped.
struct YamlError {
  std::uint32_t offset = 0;  // byte offset in the file
  std::string message;       // libyaml's problem, with its context ("while scanning an alias")
};

struct YamlStream {
  std::vector<YamlDocument> documents;  // the documents read before an error, if any
  std::optional<YamlError> error;
};

// Reads every document of `text` (UTF-8; a byte order mark is skipped). Never throws.
YamlStream read_yaml(std::string_view text);

// The source of each byte of `value`, a scalar of `style` written at [begin, end) of `text`
// (begin at its quote or block indicator), or nothing when the tracing does not reproduce
// `value` exactly.
std::optional<std::vector<SourceRange>> trace_scalar(std::string_view text, std::size_t begin,
                                                     std::size_t end, ScalarStyle style,
                                                     std::string_view value);

}  // namespace cronkit::embedded
