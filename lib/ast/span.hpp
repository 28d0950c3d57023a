#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>

namespace cronkit {

// Where a piece of text is in its file. Lines and columns are 1-based and count bytes; the end
// column is exclusive (the column just after the last character), as in SARIF. An empty span
// (column == end_column) points between two characters, e.g. at the end of a line.
//
// Offsets are 32-bit: a Span is 20 bytes instead of 32, and a tree has tens of them per entry.
// The parser refuses files of max_source_bytes or more, so every offset fits.
struct Span {
  constexpr Span() = default;
  // Offsets are taken as size_t so that callers need not narrow them one by one; they fit, since
  // the parser refuses larger files.
  constexpr Span(std::uint32_t line, std::uint32_t column, std::uint32_t end_column,
                 std::size_t begin, std::size_t end)
      : line(line),
        column(column),
        end_column(end_column),
        begin(static_cast<std::uint32_t>(begin)),
        end(static_cast<std::uint32_t>(end)) {}

  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint32_t end_column = 0;
  std::uint32_t begin = 0;  // byte offset in the file
  std::uint32_t end = 0;    // byte offset just past the last byte

  std::size_t length() const { return end - begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

// The largest file the parser reads (4 GiB - 1 bytes): every Span offset fits in 32 bits.
inline constexpr std::size_t max_source_bytes = std::numeric_limits<std::uint32_t>::max();

}  // namespace cronkit
