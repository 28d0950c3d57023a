// script-no-shebang: a script run by its path has no #! line (--check-paths)

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"
#include "support/temp_root.hpp"

namespace cronkit::testing {
namespace {

class ScriptNoShebang : public ::testing::Test {
 protected:
  void SetUp() override {
    root_.file("/srv/llm/run.py", "import os\nprint(os.environ['OPENAI_API_KEY'])\n", 0755);
    root_.file("/srv/llm/.venv/bin/python",
               "\x7f"
               "ELF",
               0755);
    root_.file("/usr/local/bin/run.sh", "#!/bin/sh\necho ok\n", 0755);
    root_.file("/usr/local/bin/empty.sh", "", 0755);
  }
  LintTestOptions options() const { return {.root = root_.path()}; }
  TempRoot root_;
};

TEST_F(ScriptNoShebang, CatalogueExamples) {
  EXPECT_CATCHES("script-no-shebang", "0 6 * * * /srv/llm/run.py\n", options());
  EXPECT_CATCHES_NOT("script-no-shebang",
                     "0 6 * * * /srv/llm/.venv/bin/python /srv/llm/run.py\n"
                     "0 6 * * * /usr/local/bin/run.sh\n",
                     options());
}

TEST_F(ScriptNoShebang, MessageAndSeverity) {
  std::vector<lint::Finding> findings = findings_of(
      "script-no-shebang", "0 6 * * * /srv/llm/run.py --x; /srv/llm/run.py\n", options());
  ASSERT_EQ(findings.size(), 1u);  // once per job
  EXPECT_EQ(findings[0].severity, Severity::info);
  EXPECT_EQ(findings[0].span.column, 11u);
  EXPECT_NE(findings[0].message.find("`/srv/llm/run.py` has no `#!` line"), std::string::npos);
}

TEST_F(ScriptNoShebang, FalsePositives) {
  // Through an interpreter, an ELF binary, a missing file (script-not-executable's), an empty
  // file (nothing to run).
  EXPECT_CATCHES_NOT("script-no-shebang",
                     "0 6 * * * python3 /srv/llm/run.py\n0 6 * * * /srv/llm/.venv/bin/python\n"
                     "0 6 * * * /srv/llm/missing.py\n0 6 * * * /usr/local/bin/empty.sh\n",
                     options());
}

TEST(ScriptNoShebangInfo, IsBehindCheckPaths) {
  const lint::Rule* rule = lint::find_rule("script-no-shebang");
  ASSERT_NE(rule, nullptr);
  EXPECT_TRUE(rule->info.needs_filesystem);
}

}  // namespace
}  // namespace cronkit::testing
