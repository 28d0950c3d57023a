// Every registered rule's documentation tells the truth: the rule fires on its "## Example" and
// stays silent on its "## Use instead" (see support/doc_examples.hpp for how a doc writes
// what its example needs: stand-ins for invisible bytes, the format, the dialect, the files
// under --root). One test per rule, named by its id, straight from the registry. And the
// README's rules table and docs/rules.md's catalogue are what `cronlint --list-rules` prints.

#include <gtest/gtest.h>

#include <cctype>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "lint/registry.hpp"
#include "support/doc_examples.hpp"
#include "support/lint_assertions.hpp"
#include "support/temp_root.hpp"

namespace cronkit::testing {
namespace {

class RuleDoc : public ::testing::TestWithParam<const lint::Rule*> {};

std::string test_name(const ::testing::TestParamInfo<const lint::Rule*>& info) {
  std::string name(info.param->info.id);
  for (char& c : name) {
    if (c == '-') c = '_';
  }
  return name;
}

TEST_P(RuleDoc, HasTheFourSections) {
  const lint::RuleInfo& info = GetParam()->info;
  for (std::string_view heading :
       {"## What it does\n", "## Why is this bad?\n", "## Example\n", "## Use instead\n"}) {
    EXPECT_NE(info.doc.find(heading), std::string_view::npos) << heading;
  }
  EXPECT_TRUE(info.doc.starts_with("## What it does\n"));
  EXPECT_LT(info.doc.find("## Example\n"), info.doc.find("## Use instead\n"));
}

TEST_P(RuleDoc, SummaryIsOneLowerCaseLineWithoutAFinalPeriod) {
  std::string_view summary = GetParam()->info.summary;
  ASSERT_FALSE(summary.empty());
  EXPECT_EQ(summary.find('\n'), std::string_view::npos);
  EXPECT_NE(summary.back(), '.');
  // Lower case: a capital letter starts a name (MAILTO, TZ=), not a sentence.
  EXPECT_FALSE(summary.size() > 1 && std::isupper(static_cast<unsigned char>(summary[0])) &&
               std::islower(static_cast<unsigned char>(summary[1])))
      << summary;
  EXPECT_LE(summary.size(), 100u);
}

// Whether the doc's example of `heading` does what the doc says: the rule fires on the
// "## Example" and stays silent on the "## Use instead" (or, marked still-reported, fires).
::testing::AssertionResult example_holds(const lint::RuleInfo& info, std::string_view heading) {
  bool bad_example = heading == "## Example\n";
  DocExample example = doc_example(info.doc, heading);
  auto failure = [&]() {
    return ::testing::AssertionFailure()
           << info.id << ", " << heading.substr(3, heading.size() - 4) << ": ";
  };
  if (!example.problems.empty()) return failure() << ::testing::PrintToString(example.problems);
  if (example.text.empty()) return failure() << "no indented example";
  if (bad_example && example.still_reported)
    return failure() << "still-reported in the bad example";
  // A filesystem rule says so in its doc, and only a filesystem rule sets up files.
  if (example.check_paths != info.needs_filesystem) {
    return failure() << (info.needs_filesystem ? "needs" : "must not have")
                     << " <!-- cronlint: --check-paths -->";
  }
  if (!info.needs_filesystem && !example.filesystem.empty()) {
    return failure() << "files under --root for a rule that does not read them";
  }
  TempRoot root;
  if (info.needs_filesystem) build_root(example, root);
  ::testing::AssertionResult result = bad_example || example.still_reported
                                          ? catches(info.id, example.text, example.options)
                                          : catches_not(info.id, example.text, example.options);
  if (!result) return failure() << result.message();
  return result;
}

TEST_P(RuleDoc, FiresOnItsExample) {
  EXPECT_TRUE(example_holds(GetParam()->info, "## Example\n"));
}

TEST_P(RuleDoc, IsSilentOnItsAlternative) {
  EXPECT_TRUE(example_holds(GetParam()->info, "## Use instead\n"));
}

INSTANTIATE_TEST_SUITE_P(Registry, RuleDoc, ::testing::ValuesIn(lint::all_rules()), test_name);

// The doc check can fail: a doc whose example is not caught, whose alternative is, or whose
// filesystem rule forgets --check-paths.
TEST(RuleDocCheck, CatchesWrongDocs) {
  lint::RuleInfo info = lint::find_rule("dom-dow-or")->info;
  info.doc = "## Example\n    0 9 * * * /x\n\n## Use instead\n    0 9 1 * 1 /x\n";
  EXPECT_FALSE(example_holds(info, "## Example\n"));
  EXPECT_FALSE(example_holds(info, "## Use instead\n"));
  info.doc =
      "## Example\n    0 9 1 * 1 /x\n\n## Use instead\n<!-- cronlint: still-reported -->\n"
      "    0 9 * * * /x\n";
  EXPECT_TRUE(example_holds(info, "## Example\n"));
  EXPECT_FALSE(example_holds(info, "## Use instead\n"));  // a stale still-reported marker
  lint::RuleInfo filesystem = lint::find_rule("script-not-executable")->info;
  filesystem.doc = "## Example\n    0 2 * * * /no/such/program\n";
  EXPECT_FALSE(example_holds(filesystem, "## Example\n"));
  filesystem.doc = "## Example\n<!-- cronlint: --check-paths -->\n    0 2 * * * /no/such/program\n";
  EXPECT_TRUE(example_holds(filesystem, "## Example\n"));
}

// The reader of the examples itself: stand-ins and markers.
TEST(DocExampleReader, StandInsBecomeBytes) {
  DocExample example = doc_example(
      "## Example\n    A=b··␍\n    0 1 * * * x ⟨3 characters⟩ ⟨×2⟩\n    y⟨end of file⟩\n\nprose\n",
      "## Example\n");
  EXPECT_TRUE(example.problems.empty());
  EXPECT_EQ(example.text, "A=b  \r\n0 1 * * * x xxx\n0 1 * * * x xxx\ny");
}

TEST(DocExampleReader, FirstBlockOnlyAndMarkers) {
  DocExample example = doc_example(
      "## Use instead\n<!-- cronlint: --system --dialect=cronie still-reported user=bob -->\n"
      "    a\n\n    b\nprose\n\n    c\n## Notes\n    d\n",
      "## Use instead\n");
  EXPECT_TRUE(example.problems.empty());
  EXPECT_EQ(example.text, "a\nb\n");
  EXPECT_EQ(example.options.format, CrontabFormat::system);
  EXPECT_EQ(example.options.dialect, DialectId::cronie);
  EXPECT_TRUE(example.still_reported);
  EXPECT_EQ(example.filesystem, std::vector<std::string>{"user=bob"});
}

TEST(DocExampleReader, UnknownTokensAndStandInsAreProblems) {
  EXPECT_FALSE(doc_example("## Example\n<!-- cronlint: --sytem -->\n    a\n", "## Example\n")
                   .problems.empty());
  EXPECT_FALSE(
      doc_example("## Example\n    a ⟨many characters⟩\n", "## Example\n").problems.empty());
  EXPECT_FALSE(doc_example("## Example\n    a ⟨×⟩\n", "## Example\n").problems.empty());
}

// The README's "### Rules" table and `cronlint --list-rules`: the same rules, in the same order,
// with the same severity and the same text (the summary, and the notes for rules that are off
// by default or need --check-paths).
struct RuleRow {
  std::string id, severity, text;
  bool operator==(const RuleRow&) const = default;
};

std::ostream& operator<<(std::ostream& out, const RuleRow& row) {
  return out << row.id << " | " << row.severity << " | " << row.text;
}

// The cells of a markdown table row ("| a | b \\| c |" -> {"a", "b | c"}), or nothing when the
// line is not a table row.
std::vector<std::string> table_cells(const std::string& line) {
  if (!line.starts_with("| ") || !line.ends_with(" |")) return {};
  std::vector<std::string> cells;
  std::string cell;
  for (std::size_t i = 2; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
      cell += '|';
      ++i;
    } else if (line[i] == '|' && line[i - 1] == ' ' &&
               (i + 1 == line.size() || line[i + 1] == ' ')) {
      cell.pop_back();  // the blank before the bar
      cells.push_back(cell);
      cell.clear();
      ++i;  // the blank after it
    } else {
      cell += line[i];
    }
  }
  return cells;
}

// The rows of the tables whose first cell is a rule id in backquotes, with `columns` cells, in
// the section `heading` of a file (any section when `heading` is empty).
std::vector<std::vector<std::string>> rule_rows(const std::string& path, std::string_view heading,
                                                std::size_t columns) {
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << path;
  std::vector<std::vector<std::string>> rows;
  std::string line;
  bool in_section = heading.empty();
  while (std::getline(in, line)) {
    if (line.starts_with("#") && !heading.empty()) {
      in_section = line == heading;
      continue;
    }
    if (!in_section || !line.starts_with("| `")) continue;
    std::vector<std::string> cells = table_cells(line);
    if (cells.size() != columns || cells[0].size() < 3 || !cells[0].ends_with("`")) continue;
    cells[0] = cells[0].substr(1, cells[0].size() - 2);
    rows.push_back(std::move(cells));
  }
  return rows;
}

std::vector<RuleRow> readme_rules_table() {
  std::vector<RuleRow> rows;
  for (const auto& cells :
       rule_rows(std::string(CRONKIT_TESTDATA_DIR) + "/../README.md", "### Rules", 3)) {
    rows.push_back({cells[0], cells[1], cells[2]});
  }
  return rows;
}

std::vector<RuleRow> list_rules_output() {
  std::string command = std::string(CRONKIT_TOOLS_DIR) + "/cronlint --list-rules";
  std::FILE* pipe = ::popen(command.c_str(), "r");
  std::string output;
  if (pipe) {
    char buffer[4096];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, got);
    ::pclose(pipe);
  }
  std::vector<RuleRow> rows;
  std::istringstream lines(output);
  std::string line;
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    RuleRow row;
    fields >> row.id >> row.severity;
    fields >> std::ws;
    std::getline(fields, row.text);
    rows.push_back(row);
  }
  return rows;
}

TEST(ReadmeRulesTable, EqualsListRules) {
  std::vector<RuleRow> listed = list_rules_output();
  ASSERT_EQ(listed.size(), lint::all_rules().size()) << "cronlint --list-rules";
  std::vector<RuleRow> readme = readme_rules_table();
  ASSERT_FALSE(readme.empty()) << "no rules table under ### Rules in README.md";
  std::map<std::string, RuleRow> in_readme;
  for (const RuleRow& row : readme) in_readme[row.id] = row;
  for (const RuleRow& row : listed) {
    auto found = in_readme.find(row.id);
    if (found == in_readme.end()) {
      ADD_FAILURE() << "README.md has no row for " << row.id << "; add:\n| `" << row.id << "` | "
                    << row.severity << " | " << row.text << " |";
      continue;
    }
    EXPECT_EQ(found->second, row) << "README.md's row differs from cronlint --list-rules";
  }
  std::map<std::string, RuleRow> in_list;
  for (const RuleRow& row : listed) in_list[row.id] = row;
  for (const RuleRow& row : readme) {
    EXPECT_TRUE(in_list.count(row.id)) << "README.md lists a rule cronlint does not have: " << row;
  }
  // Same order (sorted by id, as the registry is).
  if (readme.size() == listed.size()) {
    for (std::size_t i = 0; i < readme.size(); ++i) EXPECT_EQ(readme[i].id, listed[i].id) << i;
  }
}

TEST(ReadmeRulesTable, ListRulesShowsTheRegistry) {
  std::vector<RuleRow> listed = list_rules_output();
  auto rules = lint::all_rules();
  ASSERT_EQ(listed.size(), rules.size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const lint::RuleInfo& info = rules[i]->info;
    SCOPED_TRACE(std::string(info.id));
    EXPECT_EQ(listed[i].id, info.id);
    EXPECT_EQ(listed[i].severity, severity_name(info.severity));
    EXPECT_TRUE(listed[i].text.starts_with(info.summary)) << listed[i].text;
    EXPECT_EQ(listed[i].text.find("(off by default: --enable)") != std::string::npos,
              !info.default_enabled);
    EXPECT_EQ(listed[i].text.find("(needs --check-paths)") != std::string::npos,
              info.needs_filesystem);
  }
}

// docs/rules.md's catalogue: one row per rule (grouped by category), with a "runs" column.
TEST(RulesCatalogue, EqualsListRules) {
  std::vector<RuleRow> listed = list_rules_output();
  ASSERT_EQ(listed.size(), lint::all_rules().size());
  std::map<std::string, std::vector<std::string>> catalogue;
  for (auto& cells : rule_rows(std::string(CRONKIT_TESTDATA_DIR) + "/../docs/rules.md", "", 4)) {
    EXPECT_FALSE(catalogue.count(cells[0])) << "docs/rules.md lists " << cells[0] << " twice";
    catalogue[cells[0]] = cells;
  }
  for (std::size_t i = 0; i < listed.size(); ++i) {
    const lint::RuleInfo& info = lint::all_rules()[i]->info;
    auto found = catalogue.find(listed[i].id);
    if (found == catalogue.end()) {
      ADD_FAILURE() << "docs/rules.md has no row for " << listed[i].id;
      continue;
    }
    std::string runs = !info.default_enabled   ? "opt-in (`--enable`)"
                       : info.needs_filesystem ? "`--check-paths`"
                                               : "default";
    EXPECT_EQ(found->second[1], listed[i].severity) << listed[i].id;
    EXPECT_EQ(found->second[2], runs) << listed[i].id;
    EXPECT_EQ(found->second[3], listed[i].text) << listed[i].id;
    catalogue.erase(found);
  }
  for (const auto& [id, cells] : catalogue) {
    ADD_FAILURE() << "docs/rules.md lists a rule cronlint does not have: " << id;
  }
}

// The catalogue's sections are the categories `--enable CATEGORY` selects: each rule is listed
// under its own.
TEST(RulesCatalogue, EachRuleIsListedUnderItsCategory) {
  std::ifstream in(std::string(CRONKIT_TESTDATA_DIR) + "/../docs/rules.md");
  std::string line, section;
  std::map<std::string, std::string> section_of;
  bool in_catalogue = false;
  while (std::getline(in, line)) {
    if (line == "## The rules") in_catalogue = true;
    if (!in_catalogue) continue;
    if (line.rfind("### ", 0) == 0) section = line.substr(4);
    if (line.rfind("| `", 0) == 0) {
      std::size_t end = line.find('`', 3);
      section_of[line.substr(3, end - 3)] = section;
    }
  }
  for (const lint::Rule* rule : lint::all_rules()) {
    std::string id(rule->info.id);
    ASSERT_TRUE(section_of.count(id)) << id;
    EXPECT_EQ(section_of[id], std::string(lint::category_name(rule->info.category))) << id;
    EXPECT_EQ(lint::category_named(section_of[id]), rule->info.category) << id;
  }
}

// The `<!-- cronlint: ... -->` context lines are for the doc tests; readers never see them.
TEST(RuleDocs, ReadersSeeNoTestContextLines) {
  EXPECT_EQ(lint::doc_for_readers("## Example\n<!-- cronlint: --tz=UTC -->\n    30 2 * * * /x\n"),
            "## Example\n    30 2 * * * /x\n");
  EXPECT_EQ(lint::doc_for_readers("no final newline"), "no final newline");
  for (const lint::Rule* rule : lint::all_rules()) {
    EXPECT_EQ(lint::doc_for_readers(rule->info.doc).find("<!--"), std::string::npos)
        << rule->info.id;
  }
}

}  // namespace
}  // namespace cronkit::testing
