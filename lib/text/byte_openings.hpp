#pragma once
// Looking for a few two-byte openings in every line of a file, 16 positions at a time. A scan
// that stops at each byte a searched text starts with stops all the time (`s`, `g`, `e`, `/` are
// in most commands), and each stop costs a mispredicted branch; the pairs themselves (`sk`, `/p`,
// `[[`) are rare. So each block of 16 positions is compared with every pair at once (GCC's
// vector extensions, which compile to the target's vector instructions, SSE2 on x86-64, or to
// scalar code where it has none), and only a block that holds one is looked at byte by byte.
//
// The openings are a template argument, a constexpr std::array<ByteOpening, N> with static
// storage, so that the comparisons are with constants the compiler knows.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>

namespace cronkit {

// The first two bytes of a searched text; `second` is '\0' for a text of one byte, which any
// byte may follow.
struct ByteOpening {
  char first;
  char second;
};

// How many positions skip_to_opening() looks at at once.
inline constexpr std::size_t opening_block_size = 16;

// Whether one of `openings` starts at text[i].
template <const auto& openings>
constexpr bool opens_at(std::string_view text, std::size_t i) {
  return std::any_of(openings.begin(), openings.end(), [&](const ByteOpening& opening) {
    return text[i] == opening.first &&
           (opening.second == '\0' || (i + 1 < text.size() && text[i + 1] == opening.second));
  });
}

namespace byte_openings_detail {

using Block = unsigned char __attribute__((vector_size(opening_block_size)));

template <ByteOpening opening>
Block starts_here(Block here, Block next) {
  if constexpr (opening.second == '\0') {
    return reinterpret_cast<Block>(here == static_cast<unsigned char>(opening.first));
  } else {
    return reinterpret_cast<Block>((here == static_cast<unsigned char>(opening.first)) &
                                   (next == static_cast<unsigned char>(opening.second)));
  }
}

// Whether an opening starts at one of the 16 positions from `p`; reads p[0] to p[16].
template <const auto& openings>
bool block_may_hold_opening(const char* p) {
  static_assert(openings.size() > 0, "an empty list of openings is never found");
  Block here;
  Block next;
  std::memcpy(&here, p, opening_block_size);
  std::memcpy(&next, p + 1, opening_block_size);
  const Block found = [&]<std::size_t... k>(std::index_sequence<k...>) {
    return (starts_here<openings[k]>(here, next) | ...);
  }
  (std::make_index_sequence<openings.size()>{});
  std::uint64_t halves[2];
  std::memcpy(halves, &found, sizeof halves);
  return (halves[0] | halves[1]) != 0;
}

}  // namespace byte_openings_detail

// Skips whole blocks from `from` in which none of `openings` starts. Returns `from` moved on by
// whole blocks: to the first block that may hold an opening, or to where at most 16 bytes are
// left (which this does not look at), or to the end.
template <const auto& openings>
std::size_t skip_to_opening(std::string_view text, std::size_t from) {
  // A block's pairs end at the byte after it, which must be in the text.
  while (from + opening_block_size < text.size() &&
         !byte_openings_detail::block_may_hold_opening<openings>(text.data() + from)) {
    from += opening_block_size;
  }
  return from;
}

// Where the first of `openings` in `text` starts, at or after `from`; npos when none does.
template <const auto& openings>
std::size_t find_opening(std::string_view text, std::size_t from = 0) {
  for (std::size_t i = from; i < text.size();) {
    i = skip_to_opening<openings>(text, i);
    for (const std::size_t stop = std::min(i + opening_block_size, text.size()); i < stop; ++i) {
      if (opens_at<openings>(text, i)) return i;
    }
  }
  return std::string_view::npos;
}

}  // namespace cronkit
