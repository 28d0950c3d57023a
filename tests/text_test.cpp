// lib/text: JSON strings, UTF-8 sequences and excerpts of arbitrary bytes.

#include <gtest/gtest.h>

#include <string>

#include "text/base64.hpp"
#include "text/excerpt.hpp"
#include "text/json.hpp"
#include "text/utf8.hpp"
#include "text/xml.hpp"

namespace cronkit {
namespace {

TEST(JsonString, EscapesControlCharactersAndReplacesInvalidUtf8) {
  EXPECT_EQ(json_string("a\"b\\c\n\t\x01"), R"("a\"b\\c\n\t\u0001")");
  EXPECT_EQ(json_string(std::string_view("\0x", 2)), R"("\u0000x")");
  EXPECT_EQ(json_string("caf\xC3\xA9 \xE2\x80\x93"), "\"caf\xC3\xA9 \xE2\x80\x93\"");
  EXPECT_EQ(json_string("\xFF\xC3"), R"("\ufffd\ufffd")");
  EXPECT_EQ(json_string("\xED\xA0\x80"), R"("\ufffd\ufffd\ufffd")");  // a UTF-16 surrogate
  EXPECT_EQ(json_string("\x7F"), R"("\u007f")");
  EXPECT_EQ(json_string("\b\f\r"), R"("\b\f\r")");
}

TEST(JsonString, AppendsToWhatIsThere) {
  std::string out = "[";
  append_json_string(out, "a");
  append_json_string(out, "");
  EXPECT_EQ(out, R"(["a""")");
}

TEST(Utf8, AppendsEachCodePointAsItsBytes) {
  std::string out = "x";
  for (char32_t c : {U'*', U'\u00E9', U'\u2013', U'\U0001F600'}) append_utf8(out, c);
  EXPECT_EQ(out, "x*\xC3\xA9\xE2\x80\x93\xF0\x9F\x98\x80");
  std::string beyond;
  append_utf8(beyond, 0x7FFFFFFF);  // \U7FFFFFFF in an escape: read as the last code point
  EXPECT_EQ(beyond, "\xF4\x8F\xBF\xBF");
}

TEST(Utf8, SequenceLengthsOfValidAndInvalidBytes) {
  EXPECT_EQ(utf8_sequence_length("a", 0), 1u);
  EXPECT_EQ(utf8_sequence_length("\xC3\xA9", 0), 2u);
  EXPECT_EQ(utf8_sequence_length("\xE2\x80\x93", 0), 3u);
  EXPECT_EQ(utf8_sequence_length("\xF0\x9F\x98\x80", 0), 4u);
  EXPECT_EQ(utf8_sequence_length("\xC3", 0), 0u);              // cut short
  EXPECT_EQ(utf8_sequence_length("\xC0\xAF", 0), 0u);          // overlong `/`
  EXPECT_EQ(utf8_sequence_length("\xE0\x80\xAF", 0), 0u);      // overlong, three bytes
  EXPECT_EQ(utf8_sequence_length("\xED\xA0\x80", 0), 0u);      // surrogate
  EXPECT_EQ(utf8_sequence_length("\xF4\x90\x80\x80", 0), 0u);  // above U+10FFFF
  EXPECT_EQ(utf8_sequence_length("\x80", 0), 0u);              // a continuation byte
  EXPECT_EQ(utf8_sequence_length("a\xC3\xA9", 1), 2u);
}

TEST(Utf8, DecodesValidSequences) {
  EXPECT_EQ(decode_utf8("a", 0, 1), U'a');
  EXPECT_EQ(decode_utf8("\xC3\xA9", 0, 2), U'\u00E9');
  EXPECT_EQ(decode_utf8("x\xE2\x80\x93", 1, 3), U'\u2013');
  EXPECT_EQ(decode_utf8("\xEF\xBB\xBF", 0, 3), U'\uFEFF');
  EXPECT_EQ(decode_utf8("\xF0\x9F\x98\x80", 0, 4), U'\U0001F600');
}

TEST(Excerpt, CutsLongTextWithoutSplittingACharacter) {
  EXPECT_EQ(excerpt("short"), "short");
  EXPECT_EQ(excerpt(std::string(60, 'x')), std::string(60, 'x'));
  EXPECT_EQ(excerpt(std::string(61, 'x')), std::string(60, 'x') + "…");
  EXPECT_EQ(excerpt("abcdef", 3), "abc…");
  // "é" is two bytes: a cut after its first byte keeps neither.
  EXPECT_EQ(excerpt("ab\xC3\xA9z", 3), "ab…");
  EXPECT_EQ(excerpt("ab\xC3\xA9z", 4), "ab\xC3\xA9…");
}

}  // namespace
}  // namespace cronkit

namespace cronkit {
namespace {

// RFC 4648, section 10: the test vectors.
TEST(Base64, RfcTestVectors) {
  EXPECT_EQ(base64_encode(""), "");
  EXPECT_EQ(base64_encode("f"), "Zg==");
  EXPECT_EQ(base64_encode("fo"), "Zm8=");
  EXPECT_EQ(base64_encode("foo"), "Zm9v");
  EXPECT_EQ(base64_encode("foob"), "Zm9vYg==");
  EXPECT_EQ(base64_encode("fooba"), "Zm9vYmE=");
  EXPECT_EQ(base64_encode("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64_encode(std::string("\xff\x00\xfe", 3)), "/wD+");
}

}  // namespace
}  // namespace cronkit

namespace cronkit {
namespace {

TEST(XmlText, EscapesMarkupAndReplacesControlCharacters) {
  EXPECT_EQ(xml_text("a < b && \"c\" > d"), "a &lt; b &amp;&amp; &quot;c&quot; &gt; d");
  EXPECT_EQ(xml_text("tab\tline\nbell\x07"), "tab\tline\nbell\xEF\xBF\xBD");
}

TEST(Utf16, LittleEndianWithByteOrderMarkAndSurrogates) {
  EXPECT_EQ(utf16le_with_bom("A\xC3\xA9"), std::string("\xFF\xFE"
                                                       "A\0\xE9\0",
                                                       6));
  // U+1F600 is the surrogate pair D83D DE00; a stray byte becomes U+FFFD.
  EXPECT_EQ(utf16le_with_bom("\xF0\x9F\x98\x80\xFF"),
            std::string("\xFF\xFE\x3D\xD8\x00\xDE\xFD\xFF", 8));
}

}  // namespace
}  // namespace cronkit
