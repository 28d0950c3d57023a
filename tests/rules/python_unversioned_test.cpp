// python-unversioned: `python`, which current Debian and Ubuntu do not have

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(PythonUnversioned, CatalogueExamples) {
  std::string text = "0 8 * * * python /srv/llm/summarize.py\n";
  std::optional<lint::Fix> fix = only_fix("python-unversioned", text);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(fix->replacement, "python3");
  EXPECT_CATCHES_NOT("python-unversioned", "0 8 * * * /usr/bin/python3 /srv/llm/summarize.py\n");
}

TEST(PythonUnversioned, MessageNamesTheProgram) {
  std::string message =
      only_message("python-unversioned", "0 8 * * * /usr/local/bin/python x.py\n");
  EXPECT_NE(message.find("`/usr/local/bin/python` does not exist on Debian 11+"), std::string::npos)
      << message;
}

TEST(PythonUnversioned, VenvsAndWrappers) {
  EXPECT_CATCHES("python-unversioned", "0 8 * * * timeout 60 /usr/bin/python /x.py\n");
  EXPECT_CATCHES_NOT("python-unversioned",
                     "0 8 * * * /srv/llm/.venv/bin/python /x.py\n"
                     "0 8 * * * . /srv/llm/.venv/bin/activate && python /x.py\n");
}

TEST(PythonUnversioned, SystemCrontab) {
  EXPECT_CATCHES_AT("python-unversioned", "0 8 * * * root python /x.py\n", 1, 16,
                    {.format = CrontabFormat::system});
}

TEST(PythonUnversioned, FalsePositives) {
  EXPECT_CATCHES_NOT("python-unversioned",
                     "0 8 * * * python3 x.py; python2 y.py\n0 8 * * * echo python\n"
                     "0 8 * * * /opt/python/bin/python3.12 /x.py\n");
}

}  // namespace
}  // namespace cronkit::testing
