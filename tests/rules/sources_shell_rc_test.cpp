// sources-shell-rc: the job sources ~/.bashrc or runs bash -i

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(SourcesShellRc, CatalogueExamples) {
  EXPECT_CATCHES("sources-shell-rc", "0 9 * * * . ~/.bashrc && /srv/llm/run.sh\n");
  EXPECT_CATCHES_NOT("sources-shell-rc", "0 9 * * * . /srv/llm/cron.env && /srv/llm/run.sh\n");
  EXPECT_CATCHES("sources-shell-rc", "0 9 * * * source $HOME/.zshrc; /srv/run.sh\n");
  EXPECT_CATCHES("sources-shell-rc", "0 9 * * * bash -ic '/srv/run.sh'\n");
  EXPECT_CATCHES_NOT("sources-shell-rc", "0 9 * * * bash -lc '/srv/run.sh'\n");
}

TEST(SourcesShellRc, Messages) {
  EXPECT_NE(only_message("sources-shell-rc", "0 9 * * * . /home/alice/.bashrc; /x\n")
                .find("returns at once in a non-interactive shell"),
            std::string::npos);
  EXPECT_NE(only_message("sources-shell-rc", "0 9 * * * bash -i /x.sh\n").find("`bash -i`"),
            std::string::npos);
}

TEST(SourcesShellRc, FalsePositives) {
  // Mentioning the file is not sourcing it; ~/.profile does not return early.
  EXPECT_CATCHES_NOT("sources-shell-rc",
                     "0 9 * * * echo ~/.bashrc\n0 9 * * * cp ~/.bashrc /backup/\n"
                     "0 9 * * * . $HOME/.profile && /x\n");
}

}  // namespace
}  // namespace cronkit::testing
