// lib/embedded/source_scanner: string literals of Python, Java/Kotlin and C# decoded with the
// file bytes of each value byte, comments skipped, and call arguments split.

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "embedded/source_scanner.hpp"

namespace cronkit::embedded {
namespace {

std::vector<SourceToken> strings(std::string_view text, SourceLanguage language) {
  std::vector<SourceToken> found;
  for (SourceToken& token : scan_source(text, language)) {
    if (token.type == SourceToken::Type::string) found.push_back(std::move(token));
  }
  return found;
}

// The file bytes each value byte was read from, as "value byte<-file bytes" pairs.
std::string traced(std::string_view text, const FoundText& found) {
  std::string out;
  for (std::size_t i = 0; i < found.value.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += found.value[i];
    out += "<-";
    out += text.substr(found.sources[i].begin, found.sources[i].end - found.sources[i].begin);
  }
  return out;
}

TEST(SourceScanner, PythonStringsAndEscapes) {
  const std::string_view text = R"(x = "0 \x2a * * *"  # "not this"
y = r'\d'
z = '''a
b'''
w = f"{cron}"
v = b"x" 'y'
)";
  const std::vector<SourceToken> found = strings(text, SourceLanguage::python);
  ASSERT_EQ(found.size(), 6u);
  EXPECT_EQ(found[0].text.value, "0 * * * *");
  EXPECT_EQ(traced(text, found[0].text).substr(0, 14), "0<-0  <-  *<-\\");
  EXPECT_EQ(found[0].text.sources[2].end - found[0].text.sources[2].begin, 4u);  // \x2a
  EXPECT_TRUE(found[0].not_literal.empty());
  EXPECT_EQ(found[1].text.value, "\\d");  // raw: the backslash stays
  EXPECT_EQ(found[2].text.value, "a\nb");
  EXPECT_EQ(found[3].not_literal, "an f-string");
  EXPECT_EQ(found[4].not_literal, "a bytes literal");
  EXPECT_TRUE(found[5].not_literal.empty());
}

TEST(SourceScanner, PythonUnicodeEscapesTraceEveryByte) {
  const std::string_view text = "s = '\\u00e9\\N{BULLET}'\n";
  const std::vector<SourceToken> found = strings(text, SourceLanguage::python);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text.value.substr(0, 2), "\xC3\xA9");
  EXPECT_EQ(found[0].text.sources[0].begin, 5u);
  EXPECT_EQ(found[0].text.sources[1].end, 11u);
  EXPECT_EQ(found[0].not_literal, "a string with a \\N{...} escape");
}

TEST(SourceScanner, JvmCommentsEscapesAndTextBlocks) {
  const std::string_view text = R"(// @Scheduled(cron = "a")
/* "b" */ @Scheduled(cron = "0\t0 \u002A * * *", zone = "Europe/Paris")
char c = '"'; String t = """
  x""";
)";
  const std::vector<SourceToken> found = strings(text, SourceLanguage::jvm);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].text.value, "0\t0 * * * *");
  EXPECT_EQ(found[0].text.sources[4].end - found[0].text.sources[4].begin, 6u);  // \u002A
  EXPECT_EQ(found[1].text.value, "Europe/Paris");
  EXPECT_EQ(found[2].not_literal, "a text block or raw string");
}

TEST(SourceScanner, CsharpVerbatimInterpolatedAndRaw) {
  const std::string_view text = R"(#region x "not a string"
[TimerTrigger(@"0 */5 * * * ""x""")] // "comment"
var a = $"{x}"; var b = """raw"""; var c = "\x41\u0042";
)";
  const std::vector<SourceToken> found = strings(text, SourceLanguage::csharp);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].text.value, "0 */5 * * * \"x\"");
  EXPECT_EQ(found[0].text.sources[12].end - found[0].text.sources[12].begin, 2u);  // ""
  EXPECT_EQ(found[1].not_literal, "an interpolated string");
  EXPECT_EQ(found[2].not_literal, "a raw string literal");
  EXPECT_EQ(found[3].text.value, "AB");
}

TEST(SourceScanner, CallArgumentsNamedPositionalAndNested) {
  const std::string_view text =
      R"(DAG("id", schedule="0 3 * * *", tags=["a", f(1, 2)], x=y + "z",))";
  const std::vector<SourceToken> tokens = scan_source(text, SourceLanguage::python);
  ASSERT_GE(tokens.size(), 2u);
  const CallArguments call = call_arguments(tokens, 1);
  ASSERT_EQ(call.arguments.size(), 4u);
  EXPECT_EQ(call.close, tokens.size() - 1);
  EXPECT_TRUE(call.arguments[0].name.empty());
  const CallArgument* schedule = named_argument(call, "schedule");
  ASSERT_NE(schedule, nullptr);
  const ArgumentValue value = argument_value(tokens, *schedule);
  EXPECT_EQ(value.kind, ArgumentValue::Kind::literal);
  EXPECT_EQ(value.text.value, "0 3 * * *");
  EXPECT_EQ(argument_value(tokens, *named_argument(call, "tags")).kind, ArgumentValue::Kind::list);
  const ArgumentValue sum = argument_value(tokens, *named_argument(call, "x"));
  EXPECT_EQ(sum.kind, ArgumentValue::Kind::not_literal);
  EXPECT_EQ(sum.why, "a concatenation");
  EXPECT_EQ(argument_excerpt(text, sum), "y + \"z\"");
}

TEST(SourceScanner, PythonImports) {
  EXPECT_TRUE(python_imports("from airflow import DAG\n", "airflow"));
  EXPECT_TRUE(python_imports("import os, airflow.models as m\n", "airflow"));
  EXPECT_TRUE(python_imports("    from airflow.sdk import dag\n", "airflow"));
  EXPECT_FALSE(python_imports("from airflow_utils import x\n", "airflow"));
  EXPECT_FALSE(python_imports("# runs from cron, see airflow docs\n", "airflow"));
  EXPECT_TRUE(python_imports("import azure.functions as func\n", "azure.functions"));
}

}  // namespace
}  // namespace cronkit::embedded
