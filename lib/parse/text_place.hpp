#pragma once
// Where a piece of the parsed text is in the file (TextPlace), and the Spans and Diagnostics made
// from offsets within it. Private to the parser: included by parse.cpp and its helpers only.

#include <cstddef>
#include <cstdint>

#include "ast/ast.hpp"
#include "ast/diagnostic.hpp"
#include "ast/span.hpp"
#include "parse/entry_builder.hpp"

namespace cronkit {
namespace {

// Where a parsed piece of text sits in the file: the text may start after a line's indentation.
struct TextPlace {
  std::size_t file_offset = 0;  // of the text's first byte
  std::size_t column = 0;       // 0-based column of the text's first byte in its line
  std::uint32_t line = 1;
};

// Converts offsets relative to the parsed text into a span of the file. The file is shorter
// than max_source_bytes, so every offset fits in 32 bits.
Span span_in(const TextPlace& place, std::size_t begin, std::size_t end) {
  return Span{place.line, static_cast<std::uint32_t>(place.column + begin + 1),
              static_cast<std::uint32_t>(place.column + end + 1),
              static_cast<std::uint32_t>(place.file_offset + begin),
              static_cast<std::uint32_t>(place.file_offset + end)};
}

// The same offsets as a part of the text's line (LinePart: offsets from the line's start).
LinePart in_line(const TextPlace& place, std::size_t begin, std::size_t end) {
  return LinePart{static_cast<std::uint32_t>(place.column + begin),
                  static_cast<std::uint32_t>(place.column + end)};
}

Diagnostic to_diagnostic(const LineProblem& problem, const TextPlace& place, bool rejected) {
  return Diagnostic{problem.code, problem.severity, span_in(place, problem.begin, problem.end),
                    problem.message, rejected};
}

}  // namespace
}  // namespace cronkit
