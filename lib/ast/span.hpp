#pragma once

#include <cstddef>
#include <cstdint>

namespace cronkit {

// Where a piece of text is in its file. Lines and columns are 1-based and count bytes; the end
// column is exclusive (the column just after the last character), as in SARIF. An empty span
// (column == end_column) points between two characters, e.g. at the end of a line.
struct Span {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint32_t end_column = 0;
  std::size_t begin = 0;  // byte offset in the file
  std::size_t end = 0;    // byte offset just past the last byte

  std::size_t length() const { return end - begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace cronkit
