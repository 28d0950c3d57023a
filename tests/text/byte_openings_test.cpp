// text/byte_openings.hpp: where a text holds one of a few two-byte openings, looked for 16
// positions at a time. Every answer must be the one a byte-by-byte look gives, wherever the opening
// lies relative to the blocks.

#include "text/byte_openings.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace cronkit {
namespace {

constexpr std::array<ByteOpening, 4> openings = {{{'s', 'k'}, {'[', '['}, {'{', '\0'}, {':', '/'}}};

// The byte-by-byte answer.
std::size_t find_opening_slowly(std::string_view text, std::size_t from = 0) {
  for (std::size_t i = from; i < text.size(); ++i) {
    if (opens_at<openings>(text, i)) return i;
  }
  return std::string_view::npos;
}
bool holds_opening_fast(std::string_view text) {
  return find_opening<openings>(text) != std::string_view::npos;
}
bool holds_opening_slowly(std::string_view text) {
  return find_opening_slowly(text) != std::string_view::npos;
}

TEST(ByteOpenings, PairsAndSingleBytes) {
  EXPECT_TRUE(opens_at<openings>("sk-", 0));
  EXPECT_FALSE(opens_at<openings>("s k", 0));
  EXPECT_FALSE(opens_at<openings>("s", 0)) << "the second byte is past the end";
  EXPECT_TRUE(opens_at<openings>("{", 0)) << "a single byte needs nothing after it";
  EXPECT_TRUE(opens_at<openings>("a{b", 1));
  EXPECT_FALSE(holds_opening_fast(""));
  EXPECT_FALSE(holds_opening_fast("/opt/jobs/run.sh --job 17 >> /var/log/jobs.log 2>&1"));
  EXPECT_TRUE(holds_opening_fast("/opt/jobs/run.sh --key sk-1 >> /var/log/jobs.log 2>&1"));
}

TEST(ByteOpenings, EveryOffsetRelativeToTheBlocks) {
  for (std::string_view opening : {"sk", "[[", "{", ":/"}) {
    for (std::size_t before = 0; before < 3 * opening_block_size; ++before) {
      for (std::size_t after = 0; after < opening_block_size + 2; after += 3) {
        const std::string text =
            std::string(before, 's') + std::string(opening) + std::string(after, '[');
        EXPECT_TRUE(holds_opening_fast(text)) << text;
        // Cut before the opening's last byte: a pair is gone, a single byte is too.
        const std::string cut = text.substr(0, before + opening.size() - 1);
        EXPECT_EQ(holds_opening_fast(cut), holds_opening_slowly(cut)) << cut;
        EXPECT_FALSE(holds_opening_fast(cut)) << cut;
        // skip_to_opening() never skips past it.
        EXPECT_LE(skip_to_opening<openings>(text, 0), before) << text;
      }
    }
  }
}

TEST(ByteOpenings, AgreesWithAByteByByteLookOnRandomText) {
  constexpr std::string_view alphabet = "sk[{:/ x";
  std::mt19937 random(1206);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<std::size_t> length(0, 80);
  int holding = 0;
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    const std::size_t size = length(random);
    // Mostly blanks and near misses, so that many texts hold no opening.
    for (std::size_t k = 0; k < size; ++k) text += pick(random) < 3 ? alphabet[pick(random)] : ' ';
    // In a buffer of exactly its size, so that AddressSanitizer sees a read past its end (a
    // std::string's terminating NUL would hide it).
    const std::vector<char> buffer(text.begin(), text.end());
    const std::string_view exact(buffer.data(), buffer.size());
    const bool expected = holds_opening_slowly(text);
    ASSERT_EQ(holds_opening_fast(exact), expected) << '"' << text << '"';
    ASSERT_EQ(find_opening<openings>(exact), find_opening_slowly(text)) << '"' << text << '"';
    ASSERT_EQ(find_opening<openings>(exact, size / 3), find_opening_slowly(text, size / 3))
        << '"' << text << '"';
    holding += expected ? 1 : 0;
    const std::size_t from = size / 2;
    const std::size_t skipped_to = skip_to_opening<openings>(exact, from);
    ASSERT_GE(skipped_to, from);
    ASSERT_EQ((skipped_to - from) % opening_block_size, 0u);
    for (std::size_t i = from; i < skipped_to; ++i)
      ASSERT_FALSE(opens_at<openings>(text, i)) << text;
  }
  EXPECT_GT(holding, 500);
  EXPECT_LT(holding, 4500);
}

}  // namespace
}  // namespace cronkit
