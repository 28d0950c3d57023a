// The renderers: text with source line and caret, JSON, SARIF (validated against the published
// schema), GitHub workflow commands and GitLab Code Quality JSON.

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "report/report.hpp"

namespace cronkit::report {
namespace {

Span span_of(std::string_view source, std::uint32_t line, std::size_t begin, std::size_t end) {
  std::size_t line_begin = source.rfind('\n', begin == 0 ? 0 : begin - 1);
  line_begin = begin == 0 || line_begin == std::string_view::npos ? 0 : line_begin + 1;
  return Span{line, static_cast<std::uint32_t>(begin - line_begin + 1),
              static_cast<std::uint32_t>(end - line_begin + 1), begin, end};
}

Finding finding(std::string rule, Severity severity, Span span, std::string message) {
  return Finding{std::move(rule), severity, span, span.line, std::move(message), {}};
}

// The rule list the SARIF driver gets: two catalogue rules; the ShellCheck code and the
// cron-d-filename-invalid finding below are not in it, so the renderer adds them.
constexpr RuleDescription catalogue[] = {
    {"crlf-line-endings", Severity::error, "a line ends in \\r\\n",
     "## What it does\nFinds `\\r`."},
    {"missing-final-newline", Severity::warning, "the last line has no newline", "## What"},
};

TEST(Text, ShowsTheSourceLineWithACaretAndTildes) {
  std::string source = "# x\n0 24 * * * /opt/jobs/rotate.sh\n";
  std::vector<Finding> findings = {finding("hour-out-of-range", Severity::error,
                                           span_of(source, 2, 6, 8),
                                           "hour 24 is out of range 0-23")};
  FileReport file{"crontab", source, findings, 0, false};
  EXPECT_EQ(render_text({&file, 1}, {}),
            "crontab:2:3: error: hour 24 is out of range 0-23 [hour-out-of-range]\n"
            " 2 | 0 24 * * * /opt/jobs/rotate.sh\n"
            "   |   ^~\n"
            "1 error in 1 file\n");
}

TEST(Text, KeepsTabsAndEscapesInvisibleBytesSoTheCaretLinesUp) {
  std::string source = "0\t1 * * *\xC2\xA0x\n";
  std::vector<Finding> findings = {
      finding("non-ascii-character", Severity::warning, span_of(source, 1, 9, 11), "nbsp")};
  findings[0].fix = Fix{findings[0].span, " "};
  FileReport file{"c", source, findings, 0, false};
  EXPECT_EQ(render_text({&file, 1}, {}),
            "c:1:10: warning: nbsp [non-ascii-character]\n"
            " 1 | 0\t1 * * *\\xC2\\xA0x\n"
            "   |  \t       ^~~~~~~~\n"
            " help: replace '\\xC2\\xA0' with ' '\n"
            "1 warning in 1 file\n");
}

TEST(Text, ShowsAWindowOfAVeryLongLine) {
  std::string source = "0 0 * * * " + std::string(100000, 'a') + "%b\n";
  std::size_t percent = source.find('%');
  std::vector<Finding> findings = {
      finding("percent-unescaped", Severity::error, span_of(source, 1, percent, percent + 1), "p")};
  FileReport file{"c", source, findings, 0, false};
  std::string text = render_text({&file, 1}, {});
  EXPECT_LT(text.size(), 600u);
  EXPECT_NE(text.find("...aaaa"), std::string::npos);
  EXPECT_NE(text.find("a%b"), std::string::npos);
}

TEST(Text, FileLevelFindingsHaveNoExcerptAndTheSummaryCountsDroppedEntries) {
  std::vector<Finding> findings = {
      finding("cron-d-filename-invalid", Severity::error, Span{}, "name"),
      finding("dow-sunday-7", Severity::info, span_of("0 4 * * 7 x\n", 1, 8, 9), "seven")};
  FileReport file{"/etc/cron.d/a.b", "0 4 * * 7 x\n", findings, 3, true};
  std::string text = render_text({&file, 1}, {});
  EXPECT_EQ(text.substr(0, text.find('\n')),
            "/etc/cron.d/a.b: error: name [cron-d-filename-invalid]");
  EXPECT_NE(text.find("\n/etc/cron.d/a.b:1:9: info: seven"), std::string::npos);
  EXPECT_EQ(summary_line({&file, 1}),
            "1 error, 1 info in 1 file; cron would not run 3 entries (it ignores the whole file)");
}

TEST(Text, ColorsOnlyWhenAsked) {
  std::vector<Finding> findings = {finding("r", Severity::error, span_of("abc\n", 1, 0, 1), "m")};
  FileReport file{"c", "abc\n", findings, 0, false};
  EXPECT_EQ(render_text({&file, 1}, {}).find('\x1b'), std::string::npos);
  EXPECT_NE(render_text({&file, 1}, {.color = true}).find("\x1b[1;31merror"), std::string::npos);
}

TEST(Text, SaysSoWhenClean) {
  FileReport file{"c", "", {}, 0, false};
  EXPECT_EQ(render_text({&file, 1}, {}), "no problems found in 1 file\n");
}

TEST(Json, IsAnArrayOfFindingObjects) {
  std::string source = "0 1 * * * a\r\n";
  std::vector<Finding> findings = {
      finding("crlf-line-endings", Severity::error, span_of(source, 1, 11, 12), "cr \"x\"")};
  findings[0].fix = Fix{findings[0].span, ""};
  FileReport file{"dir/cron tab", source, findings, 0, false};
  EXPECT_EQ(render_json({&file, 1}),
            "[\n  {\"file\": \"dir/cron tab\", \"line\": 1, \"column\": 12, \"end_line\": 1, "
            "\"end_column\": 13, \"severity\": \"error\", \"rule\": \"crlf-line-endings\", "
            "\"message\": \"cr \\\"x\\\"\", \"fix\": {\"line\": 1, \"column\": 12, \"end_line\": "
            "1, \"end_column\": 13, \"replacement\": \"\"}}\n]\n");
  FileReport clean{"c", "", {}, 0, false};
  EXPECT_EQ(render_json({&clean, 1}), "[]\n");
}

TEST(Github, EncodesMessagesAndPropertiesAsGithubRequires) {
  std::vector<Finding> findings = {
      finding("percent-unescaped", Severity::warning, span_of("0 1 * * * a\n", 1, 10, 11),
              "100% sure: a,b\nnext\r"),
      finding("dow-sunday-7", Severity::info, span_of("0 1 * * * a\n", 1, 8, 9), "i"),
      finding("cron-d-filename-invalid", Severity::error, Span{}, "f")};
  FileReport file{"a,b:c%.cron", "0 1 * * * a\n", findings, 0, false};
  EXPECT_EQ(render_github({&file, 1}),
            "::warning file=a%2Cb%3Ac%25.cron,line=1,endLine=1,col=11,endColumn=12,"
            "title=percent-unescaped::100%25 sure: a,b%0Anext%0D\n"
            "::notice file=a%2Cb%3Ac%25.cron,line=1,endLine=1,col=9,endColumn=10,"
            "title=dow-sunday-7::i\n"
            "::error file=a%2Cb%3Ac%25.cron,title=cron-d-filename-invalid::f\n");
}

TEST(Gitlab, WritesCodeClimateIssuesWithGitlabSeverities) {
  std::string source = "0 1 * * * a\n";
  std::vector<Finding> findings = {
      finding("percent-unescaped", Severity::error, span_of(source, 1, 10, 11), "a \"%\""),
      finding("dow-sunday-7", Severity::warning, span_of(source, 1, 8, 9), "w"),
      finding("cron-d-filename-invalid", Severity::info, Span{}, "i")};
  FileReport file{"cron.d/a b", source, findings, 0, false};
  std::string out = render_gitlab({&file, 1});
  EXPECT_NE(out.find("{\"description\": \"a \\\"%\\\"\", \"check_name\": \"percent-unescaped\", "
                     "\"fingerprint\": \""),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("\"severity\": \"major\", \"location\": {\"path\": \"cron.d/a b\", "
                     "\"lines\": {\"begin\": 1}}}"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("\"severity\": \"minor\""), std::string::npos);
  // A finding about the whole file points at line 1, where GitLab can show it.
  EXPECT_NE(out.find("\"check_name\": \"cron-d-filename-invalid\""), std::string::npos);
  EXPECT_NE(out.find("\"severity\": \"info\", \"location\": {\"path\": \"cron.d/a b\", "
                     "\"lines\": {\"begin\": 1}}"),
            std::string::npos);
  FileReport clean{"c", "", {}, 0, false};
  EXPECT_EQ(render_gitlab({&clean, 1}), "[]\n");
}

std::vector<std::string> fingerprints(const std::string& json) {
  std::vector<std::string> found;
  const std::string key = "\"fingerprint\": \"";
  for (std::size_t at = json.find(key); at != std::string::npos; at = json.find(key, at + 1))
    found.push_back(json.substr(at + key.size(), 32));
  return found;
}

// GitLab matches findings between two pipelines by fingerprint: one that moves down a line is
// the same finding; two identical lines with the same finding are two findings.
TEST(Gitlab, FingerprintsFollowTheLineTextNotItsNumber) {
  std::string before = "0 1 * * * a%b\n";
  std::string after = "# new first line\n0 1 * * * a%b\n0 1 * * * a%b\n";
  std::vector<Finding> one = {
      finding("percent-unescaped", Severity::error, span_of(before, 1, 11, 12), "m")};
  std::vector<Finding> two = {
      finding("percent-unescaped", Severity::error, span_of(after, 2, 28, 29), "m"),
      finding("percent-unescaped", Severity::error, span_of(after, 3, 42, 43), "m")};
  FileReport first{"crontab", before, one, 0, false};
  FileReport second{"crontab", after, two, 0, false};
  std::vector<std::string> old_prints = fingerprints(render_gitlab({&first, 1}));
  std::vector<std::string> new_prints = fingerprints(render_gitlab({&second, 1}));
  ASSERT_EQ(old_prints.size(), 1u);
  ASSERT_EQ(new_prints.size(), 2u);
  EXPECT_EQ(old_prints[0], new_prints[0]);
  EXPECT_NE(new_prints[0], new_prints[1]);
  FileReport elsewhere{"other", before, one, 0, false};
  EXPECT_NE(fingerprints(render_gitlab({&elsewhere, 1}))[0], old_prints[0]);
}

// Writes SARIF to a temporary file and runs the schema validator on it.
void expect_valid_sarif(const std::string& sarif) {
  std::filesystem::path file = std::filesystem::temp_directory_path() /
                               ("cronkit-sarif-" + std::to_string(getpid()) + ".json");
  std::ofstream(file, std::ios::binary) << sarif;
  std::string command =
      "/usr/bin/python3 " CRONKIT_TESTDATA_DIR "/sarif/validate.py '" + file.string() + "' 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string output;
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  int status = pclose(pipe);
  std::filesystem::remove(file);
  EXPECT_EQ(status, 0) << output << "\n" << sarif.substr(0, 2000);
}

TEST(Sarif, ValidatesAgainstThePublishedSchema) {
  std::string source = "0 1 * * * a\r\n0 24 * * * \xFF\n";
  std::vector<Finding> findings = {
      finding("crlf-line-endings", Severity::error, span_of(source, 1, 11, 12), "cr"),
      finding("shellcheck/SC2086", Severity::info, span_of(source, 2, 13, 14), "quote \xFF"),
      finding("cron-d-filename-invalid", Severity::error, Span{}, "file level"),
      finding("missing-final-newline", Severity::warning, span_of(source, 2, 14, 14), "insert")};
  findings[0].fix = Fix{findings[0].span, ""};
  findings[3].fix = Fix{findings[3].span, "\n"};
  FileReport file{"etc/cron.d/my jobs", source, findings, 0, false};
  std::string sarif = render_sarif({&file, 1}, catalogue, "0.1.0");
  EXPECT_NE(sarif.find("\"level\": \"note\""), std::string::npos);
  EXPECT_NE(sarif.find("\"uri\": \"etc/cron.d/my%20jobs\""), std::string::npos);
  EXPECT_NE(sarif.find("https://www.shellcheck.net/wiki/SC2086"), std::string::npos);
  EXPECT_NE(sarif.find("\"id\": \"missing-final-newline\""), std::string::npos);
  EXPECT_NE(sarif.find("{\"text\": \"the last line has no newline\"}"), std::string::npos);
  // Rules that are not in the catalogue come after it, in order of first appearance.
  std::size_t listed = sarif.find("\"id\": \"missing-final-newline\"");
  std::size_t shellcheck = sarif.find("\"id\": \"shellcheck/SC2086\"");
  std::size_t file_level = sarif.find("\"id\": \"cron-d-filename-invalid\"");
  EXPECT_LT(listed, shellcheck);
  EXPECT_LT(shellcheck, file_level);
  EXPECT_NE(file_level, std::string::npos);
  expect_valid_sarif(sarif);
  FileReport clean{"c", "", {}, 0, false};
  expect_valid_sarif(render_sarif({&clean, 1}, catalogue, "0.1.0"));
}

TEST(Sarif, TheValidatorRejectsABrokenDocument) {
  // The check above could pass for the wrong reason (e.g. a validator that accepts anything).
  FileReport clean{"c", "", {}, 0, false};
  std::string sarif = render_sarif({&clean, 1}, catalogue, "0.1.0");
  sarif.replace(sarif.find("\"2.1.0\""), 7, "\"2.2\"");
  std::filesystem::path file = std::filesystem::temp_directory_path() / "cronkit-sarif-bad.json";
  std::ofstream(file, std::ios::binary) << sarif;
  std::string command = "/usr/bin/python3 " CRONKIT_TESTDATA_DIR "/sarif/validate.py '" +
                        file.string() + "' >/dev/null 2>&1";
  EXPECT_NE(std::system(command.c_str()), 0);
  std::filesystem::remove(file);
}

}  // namespace
}  // namespace cronkit::report

namespace cronkit::report {
namespace {

// A quoted env value whose fix would write the key back: the fix stays out of the machine
// formats unless secrets are shown, since a masked replacement would corrupt the file.
TEST(Secrets, MaskedInEveryFormatUnlessShown) {
  std::string source = "OPENAI_API_KEY=sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c #x\n";
  Finding quoted = finding("env-inline-comment", Severity::warning, span_of(source, 1, 15, 58),
                           "the value is `sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c #x`");
  quoted.fix =
      Fix{span_of(source, 1, 15, 58), "\"sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c #x\"", true};
  std::vector<Finding> findings = {quoted};
  FileReport masked{"crontab", source, findings, 0, false};
  FileReport shown = masked;
  shown.show_secrets = true;
  const std::string key = "4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c";
  for (const std::string& out : {render_text({&masked, 1}, {}), render_json({&masked, 1}),
                                 render_sarif({&masked, 1}, catalogue, "1"),
                                 render_github({&masked, 1}), render_gitlab({&masked, 1})}) {
    EXPECT_EQ(out.find(key), std::string::npos) << out;
  }
  EXPECT_NE(render_text({&masked, 1}, {}).find(" 1 | OPENAI_API_KEY=sk-p****"), std::string::npos);
  EXPECT_NE(render_json({&masked, 1}).find("\"fix\": null"), std::string::npos);
  EXPECT_EQ(render_sarif({&masked, 1}, catalogue, "1").find("\"fixes\""), std::string::npos);
  for (const std::string& out : {render_text({&shown, 1}, {}), render_json({&shown, 1}),
                                 render_sarif({&shown, 1}, catalogue, "1"),
                                 render_github({&shown, 1}), render_gitlab({&shown, 1})}) {
    EXPECT_NE(out.find(key), std::string::npos) << out;
  }
  EXPECT_NE(render_json({&shown, 1}).find("\"replacement\""), std::string::npos);
}

}  // namespace
}  // namespace cronkit::report
