// python-outside-venv: the system python runs a script of a project with its own virtualenv
// (--check-paths)

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"
#include "support/temp_root.hpp"

namespace cronkit::testing {
namespace {

class PythonOutsideVenv : public ::testing::Test {
 protected:
  void SetUp() override {
    root_.file("/srv/llm/run.py", "print(1)\n", 0755);
    root_.file("/srv/llm/report.py", "print(1)\n", 0644);
    root_.file("/srv/llm/.venv/bin/python", "", 0755);
    root_.file("/srv/plain/job.py", "print(1)\n", 0644);
    root_.file("/srv/proj/requirements.txt", "openai\n", 0644);
    root_.file("/srv/proj/app/job.py", "print(1)\n", 0644);
  }
  LintTestOptions options() const { return {.root = root_.path()}; }
  TempRoot root_;
};

TEST_F(PythonOutsideVenv, CatalogueExamples) {
  std::vector<lint::Finding> findings =
      findings_of("python-outside-venv", "0 6 * * * /usr/bin/python3 /srv/llm/run.py\n", options());
  ASSERT_EQ(findings.size(), 1u);
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->replacement, "/srv/llm/.venv/bin/python");
  EXPECT_CATCHES("python-outside-venv", "0 6 * * * cd /srv/llm && python3 report.py\n", options());
  EXPECT_CATCHES_NOT("python-outside-venv",
                     "0 6 * * * /srv/llm/.venv/bin/python /srv/llm/run.py\n"
                     "0 6 * * * /usr/bin/python3 /srv/plain/job.py\n",
                     options());
}

TEST_F(PythonOutsideVenv, MessageNamesWhatTheProjectHas) {
  std::string venv =
      only_message("python-outside-venv", "0 6 * * * python3 /srv/llm/run.py\n", options());
  EXPECT_NE(venv.find("/srv/llm has .venv/"), std::string::npos) << venv;
  // requirements.txt two levels up marks the project too.
  std::string requirements =
      only_message("python-outside-venv", "0 6 * * * python3 /srv/proj/app/job.py\n", options());
  EXPECT_NE(requirements.find("/srv/proj has requirements.txt"), std::string::npos) << requirements;
}

TEST_F(PythonOutsideVenv, FalsePositives) {
  // After activate, and for modules rather than scripts.
  EXPECT_CATCHES_NOT("python-outside-venv",
                     "0 6 * * * . /srv/llm/.venv/bin/activate && python3 /srv/llm/run.py\n"
                     "0 6 * * * python3 -m http.server\n",
                     options());
}

TEST(PythonOutsideVenvInfo, IsBehindCheckPaths) {
  const lint::Rule* rule = lint::find_rule("python-outside-venv");
  ASSERT_NE(rule, nullptr);
  EXPECT_TRUE(rule->info.needs_filesystem);
}

}  // namespace
}  // namespace cronkit::testing
