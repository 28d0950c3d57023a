// venv-activate: the job sources a virtualenv's bin/activate

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(VenvActivate, CatalogueExamples) {
  EXPECT_CATCHES("venv-activate",
                 "0 6 * * * . /srv/llm/.venv/bin/activate && python /srv/llm/run.py\n");
  EXPECT_CATCHES_NOT("venv-activate", "0 6 * * * /srv/llm/.venv/bin/python /srv/llm/run.py\n");
}

TEST(VenvActivate, MessageNamesTheInterpreter) {
  std::vector<lint::Finding> findings =
      findings_of("venv-activate", "0 6 * * * source /srv/venv/bin/activate; python x\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::info);
  EXPECT_NE(findings[0].message.find("/srv/venv/bin/python"), std::string::npos);
}

TEST(VenvActivate, FalsePositives) {
  EXPECT_CATCHES_NOT("venv-activate",
                     "0 6 * * * cat /srv/.venv/bin/activate\n"
                     "0 6 * * * . /srv/llm/bin/activate.sh\n");
}

}  // namespace
}  // namespace cronkit::testing
