// The command-text rules: percent-unescaped, unbalanced-quotes, relative-path, tilde-quoted,
// cd-without-and, shell-bashism, sudo-in-cron, python-unversioned, env-var-undefined,
// sources-shell-rc, venv-activate, path-not-set, dangerous-command, reboot-caveats.

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit {
namespace {

using testing::findings_of;
testing::LintTestOptions with_dialect(DialectId id) {
  testing::LintTestOptions options;
  options.dialect = id;
  return options;
}
const testing::LintTestOptions cronie = with_dialect(DialectId::cronie);
testing::LintTestOptions with_format(CrontabFormat format) {
  testing::LintTestOptions options;
  options.format = format;
  return options;
}
const testing::LintTestOptions system_format = with_format(CrontabFormat::system);

std::optional<lint::Fix> only_fix(std::string_view rule, std::string_view text,
                                  const testing::LintTestOptions& options = {}) {
  std::vector<lint::Finding> findings = findings_of(rule, text, options);
  EXPECT_EQ(findings.size(), 1u) << testing::describe(findings);
  return findings.empty() ? std::nullopt : findings[0].fix;
}

// Applies a fix to the text (one-line spans only).
std::string applied(std::string_view text, const lint::Fix& fix) {
  std::string result(text);
  result.replace(fix.span.begin, fix.span.end - fix.span.begin, fix.replacement);
  return result;
}

TEST(PercentUnescaped, CatalogueExamples) {
  EXPECT_CATCHES_AT("percent-unescaped",
                    "0 2 * * * tar czf /backups/site-$(date +%F).tgz /var/www\n", 1, 41);
  EXPECT_CATCHES_NOT("percent-unescaped",
                     "0 2 * * * tar czf /backups/site-$(date +\\%F).tgz /var/www\n");
}

TEST(PercentUnescaped, FixEscapesEveryPercentAndMessagesSpecialise) {
  std::string text = "0 2 * * * date +%Y-%m-\\%d > /tmp/x\n";
  std::optional<lint::Fix> fix = only_fix("percent-unescaped", text);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(applied(text, *fix), "0 2 * * * date +\\%Y-\\%m-\\%d > /tmp/x\n");
  EXPECT_CATCHES_NOT("percent-unescaped", applied(text, *fix));
  std::vector<lint::Finding> arithmetic =
      findings_of("percent-unescaped", "0 * * * * sleep $((RANDOM % 300))\n");
  ASSERT_EQ(arithmetic.size(), 1u);
  EXPECT_NE(arithmetic[0].message.find("$(( ))"), std::string::npos);
  // Quotes do not protect a `%`; a shell comment does not either.
  EXPECT_CATCHES("percent-unescaped", "0 * * * * echo '100%'\n");
  EXPECT_CATCHES("percent-unescaped", "0 * * * * /bin/true # 100%\n");
  // `\\%`: the backslash pair is one character for cron, so the `%` is unescaped.
  EXPECT_CATCHES("percent-unescaped", "0 * * * * echo a\\\\%b\n");
}

TEST(UnbalancedQuotes, CatalogueExamples) {
  EXPECT_CATCHES_AT(
      "unbalanced-quotes",
      "0 6 * * * /opt/llm/digest.sh --subject \"Daily digest >> /var/log/digest.log 2>&1\n", 1, 40);
  EXPECT_CATCHES_NOT(
      "unbalanced-quotes",
      "0 6 * * * /opt/llm/digest.sh --subject \"Daily digest\" >> /var/log/digest.log 2>&1\n");
}

TEST(UnbalancedQuotes, EdgeCases) {
  EXPECT_CATCHES("unbalanced-quotes", "0 * * * * echo 'it''s\n");
  EXPECT_CATCHES("unbalanced-quotes", "0 * * * * echo $(date\n");
  EXPECT_CATCHES("unbalanced-quotes", "0 * * * * echo `date\n");
  EXPECT_CATCHES_NOT("unbalanced-quotes",
                     "0 * * * * echo \"it's\" 'say \"hi\"' \\' $(echo \")\") # don't\n");
  // `\%` is read as `%` before the shell sees the text.
  EXPECT_CATCHES_NOT("unbalanced-quotes", "0 * * * * date \"+\\%F\"\n");
}

TEST(RelativePath, CatalogueExamples) {
  EXPECT_CATCHES_AT("relative-path",
                    "0 7 * * * python3 scripts/daily_report.py >> logs/report.log 2>&1\n", 1, 19);
  EXPECT_CATCHES_NOT("relative-path",
                     "0 7 * * * cd /srv/llm-report && ./.venv/bin/python scripts/daily_report.py "
                     ">> /srv/llm-report/logs/report.log 2>&1\n");
}

TEST(RelativePath, CommandWordsAndRedirections) {
  EXPECT_CATCHES("relative-path", "0 7 * * * ./run.sh\n");
  EXPECT_CATCHES_AT("relative-path", "0 7 * * * /srv/run.sh >> logs/job.log\n", 1, 26);
  EXPECT_CATCHES_NOT("relative-path",
                     "0 7 * * * /srv/run.sh > /dev/null 2>&1\n0 7 * * * python3 -m app.job\n"
                     "0 7 * * * ~/bin/job.sh >> ~/logs/job.log\n0 7 * * * node $HOME/x.js\n");
}

TEST(TildeQuoted, CatalogueExamples) {
  std::string text = "0 1 * * * /usr/bin/rsync -a \"~/notes/\" /backups/notes/\n";
  std::optional<lint::Fix> fix = only_fix("tilde-quoted", text);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(applied(text, *fix), "0 1 * * * /usr/bin/rsync -a \"$HOME/notes/\" /backups/notes/\n");
  EXPECT_CATCHES_NOT("tilde-quoted", "0 1 * * * /usr/bin/rsync -a ~/notes/ /backups/notes/\n");
}

TEST(TildeQuoted, SingleQuotesAndOptionValues) {
  std::string text = "0 1 * * * ls '~/x'\n";
  std::optional<lint::Fix> fix = only_fix("tilde-quoted", text);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(applied(text, *fix), "0 1 * * * ls \"$HOME\"'/x'\n");
  EXPECT_CATCHES("tilde-quoted", "0 1 * * * tool --dir=\"~/data\"\n");
  EXPECT_CATCHES_NOT("tilde-quoted", "0 1 * * * echo \"a ~ b\" 'x~y'\n");
}

TEST(CdWithoutAnd, CatalogueExamples) {
  std::string text = "0 4 * * * cd /srv/cache; rm -rf ./*\n";
  std::optional<lint::Fix> fix = only_fix("cd-without-and", text);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(applied(text, *fix), "0 4 * * * cd /srv/cache && rm -rf ./*\n");
  EXPECT_CATCHES_NOT("cd-without-and", "0 4 * * * cd /srv/cache && rm -rf ./*\n");
}

TEST(CdWithoutAnd, EdgeCases) {
  EXPECT_CATCHES("cd-without-and", "0 4 * * * (cd /srv/x ;make)\n");
  EXPECT_CATCHES_NOT("cd-without-and",
                     "0 4 * * * cd /srv || exit 1; make\n0 4 * * * /bin/true; cd /x\n"
                     "0 4 * * * echo 'cd /x; rm y'\n");
}

TEST(ShellBashism, CatalogueExamples) {
  std::string text = "0 6 * * * source /srv/llm/.venv/bin/activate && python /srv/llm/run.py\n";
  std::optional<lint::Fix> fix = only_fix("shell-bashism", text);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(fix->replacement, ".");
  EXPECT_CATCHES_NOT("shell-bashism",
                     "SHELL=/bin/bash\n0 6 * * * source /srv/llm/.venv/bin/activate && python "
                     "/srv/llm/run.py\n");
  EXPECT_CATCHES_NOT("shell-bashism", "0 6 * * * /srv/llm/.venv/bin/python /srv/llm/run.py\n");
}

TEST(ShellBashism, Constructs) {
  std::string text = "0 * * * * /opt/job &> /tmp/log\n";
  std::optional<lint::Fix> fix = only_fix("shell-bashism", text);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(applied(text, *fix), "0 * * * * /opt/job > /tmp/log 2>&1\n");
  EXPECT_CATCHES("shell-bashism", "0 * * * * [[ -f /x ]] && /bin/true\n");
  EXPECT_CATCHES("shell-bashism", "0 * * * * sleep $((RANDOM \\% 300)); /bin/true\n");
  EXPECT_CATCHES("shell-bashism", "0 * * * * diff <(ls /a) <(ls /b)\n");
  EXPECT_CATCHES("shell-bashism", "0 * * * * cp /etc/{a,b} /tmp\n");
  EXPECT_CATCHES("shell-bashism", "0 * * * * printf $'a\\tb'\n");
  EXPECT_CATCHES("shell-bashism", "0 * * * * /opt/job |& logger\n");
  EXPECT_CATCHES("shell-bashism", "0 * * * * /opt/job &> /tmp/log\n", cronie);
  // What runs under bash -c is bash's business; `{}` for find is not brace expansion.
  EXPECT_CATCHES_NOT("shell-bashism",
                     "0 * * * * bash -c 'source /x && [[ -f y ]]'\n"
                     "0 * * * * find /tmp -name x -exec rm {} \\;\n"
                     "0 * * * * echo '[[ source ]]' \"{a,b}\"\n");
}

TEST(SudoInCron, CatalogueExamples) {
  EXPECT_CATCHES_AT("sudo-in-cron", "0 3 * * * sudo /usr/bin/certbot renew\n", 1, 11);
  EXPECT_CATCHES_NOT("sudo-in-cron", "0 3 * * * root /usr/bin/certbot renew -q\n", system_format);
  EXPECT_CATCHES("sudo-in-cron", "0 3 * * * nice -n 10 sudo -u www-data /x\n");
  EXPECT_CATCHES_NOT("sudo-in-cron", "0 3 * * * /opt/sudoers-check.sh\n");
}

TEST(PythonUnversioned, CatalogueExamples) {
  std::string text = "0 8 * * * python /srv/llm/summarize.py\n";
  std::optional<lint::Fix> fix = only_fix("python-unversioned", text);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(fix->replacement, "python3");
  EXPECT_CATCHES_NOT("python-unversioned", "0 8 * * * /usr/bin/python3 /srv/llm/summarize.py\n");
}

TEST(PythonUnversioned, VenvsAndWrappers) {
  EXPECT_CATCHES("python-unversioned", "0 8 * * * timeout 60 /usr/bin/python /x.py\n");
  EXPECT_CATCHES_NOT("python-unversioned",
                     "0 8 * * * /srv/llm/.venv/bin/python /x.py\n"
                     "0 8 * * * . /srv/llm/.venv/bin/activate && python /x.py\n");
}

TEST(EnvVarUndefined, CatalogueExamples) {
  EXPECT_CATCHES("env-var-undefined",
                 "0 8 * * * curl -s -H \"Authorization: Bearer $OPENAI_API_KEY\" "
                 "https://api.openai.com/v1/models > /tmp/models.json\n");
  EXPECT_CATCHES_NOT("env-var-undefined", "0 8 * * * /srv/llm/list-models.sh\n");
  EXPECT_CATCHES_NOT("env-var-undefined",
                     "0 8 * * * . /srv/llm/.env && curl -H \"Authorization: Bearer "
                     "$OPENAI_API_KEY\" https://x\n");
}

TEST(EnvVarUndefined, WhatCountsAsDefined) {
  EXPECT_CATCHES_NOT("env-var-undefined",
                     "API_URL=https://x\n0 8 * * * curl \"$API_URL\" \"$HOME\" \"$LOGNAME\" "
                     "\"${MISSING:-default}\" $RANDOM $1\n");
  EXPECT_CATCHES_NOT("env-var-undefined",
                     "0 8 * * * D=/tmp; echo $D; for f in a b; do echo $f; done\n");
  EXPECT_CATCHES_NOT("env-var-undefined", "0 8 * * * set -a; . /x.env; curl $TOKEN\n");
  EXPECT_CATCHES_NOT("env-var-undefined", "0 8 * * * echo '$NOT_EXPANDED'\n");
  EXPECT_CATCHES("env-var-undefined", "0 8 * * * . ~/.bashrc && curl $SLACK_WEBHOOK_URL\n");
  EXPECT_CATCHES("env-var-undefined", "0 8 * * * echo $USER\n");
  EXPECT_CATCHES_NOT("env-var-undefined", "0 8 * * * echo $USER\n", cronie);
  // Only lines above the entry count.
  EXPECT_CATCHES("env-var-undefined", "0 8 * * * echo $LATER\nLATER=1\n");
}

TEST(SourcesShellRc, CatalogueExamples) {
  EXPECT_CATCHES("sources-shell-rc", "0 9 * * * . ~/.bashrc && /srv/llm/run.sh\n");
  EXPECT_CATCHES_NOT("sources-shell-rc", "0 9 * * * . /srv/llm/cron.env && /srv/llm/run.sh\n");
  EXPECT_CATCHES("sources-shell-rc", "0 9 * * * source $HOME/.zshrc; /srv/run.sh\n");
  EXPECT_CATCHES("sources-shell-rc", "0 9 * * * bash -ic '/srv/run.sh'\n");
  EXPECT_CATCHES_NOT("sources-shell-rc", "0 9 * * * bash -lc '/srv/run.sh'\n");
}

TEST(VenvActivate, CatalogueExamples) {
  EXPECT_CATCHES("venv-activate",
                 "0 6 * * * . /srv/llm/.venv/bin/activate && python /srv/llm/run.py\n");
  EXPECT_CATCHES_NOT("venv-activate", "0 6 * * * /srv/llm/.venv/bin/python /srv/llm/run.py\n");
}

TEST(PathNotSet, CatalogueExamples) {
  EXPECT_CATCHES_AT("path-not-set", "0 7 * * * node /srv/digest/index.js\n", 1, 11);
  EXPECT_CATCHES_NOT(
      "path-not-set",
      "0 7 * * * /home/deploy/.nvm/versions/node/v20.11.1/bin/node /srv/digest/index.js\n");
  EXPECT_CATCHES_NOT("path-not-set",
                     "PATH=/usr/local/bin:/usr/bin:/bin\n0 7 * * * node /srv/digest/index.js\n");
}

TEST(PathNotSet, AllowlistSbinAndNesting) {
  EXPECT_CATCHES_NOT("path-not-set",
                     "0 7 * * * cd /srv && tar czf /b/x.tgz . && echo $(date) | logger\n");
  EXPECT_CATCHES("path-not-set", "0 7 * * * flock -n /tmp/l uv run job.py\n");
  EXPECT_CATCHES("path-not-set", "0 7 * * * echo $(aws s3 ls)\n");
  EXPECT_CATCHES("path-not-set", "0 7 * * * service nginx reload\n");
  EXPECT_CATCHES_NOT("path-not-set", "0 7 * * * service nginx reload\n", cronie);
  EXPECT_CATCHES_NOT("path-not-set", "0 7 * * * PATH=/opt/bin:/usr/bin tool\n");
}

TEST(DangerousCommand, CatalogueExamples) {
  std::string text = "0 4 * * * rm -rf $CACHE_DIR/*\n";
  std::optional<lint::Fix> fix = only_fix("dangerous-command", text);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(applied(text, *fix), "0 4 * * * rm -rf ${CACHE_DIR:?}/*\n");
  EXPECT_CATCHES_NOT("dangerous-command",
                     "CACHE_DIR=/srv/cache\n0 4 * * * rm -rf \"${CACHE_DIR:?}\"/*\n");
}

TEST(DangerousCommand, Shapes) {
  EXPECT_CATCHES("dangerous-command", "0 4 * * * rm -fr /\n");
  EXPECT_CATCHES("dangerous-command", "0 4 * * * cd /x && rm -r -f *\n");
  EXPECT_CATCHES("dangerous-command", "0 4 * * * rm -rf \"$DIR\"/\n");
  EXPECT_CATCHES("dangerous-command", "0 4 * * * find / -name '*.tmp' -delete\n");
  EXPECT_CATCHES("dangerous-command", "0 4 * * * chmod -R 777 /srv\n");
  EXPECT_CATCHES_NOT("dangerous-command",
                     "0 4 * * * rm -f /tmp/*.lock\n0 4 * * * rm -rf /srv/cache/tmp\n"
                     "0 4 * * * find /tmp -delete\n0 4 * * * chmod 777 /srv/x\n");
}

TEST(DangerousCommand, IsOffByDefault) {
  const lint::Rule* rule = lint::find_rule("dangerous-command");
  ASSERT_NE(rule, nullptr);
  EXPECT_FALSE(rule->info.default_enabled);
}

TEST(RebootCaveats, CatalogueExamples) {
  EXPECT_CATCHES_AT("reboot-caveats", "@reboot /opt/llm/start-worker.sh\n", 1, 1);
  EXPECT_CATCHES_NOT("reboot-caveats", "@daily /opt/llm/start-worker.sh\n");
}

}  // namespace
}  // namespace cronkit

namespace cronkit {
namespace {

// docs/rules.md, "Precedence": a line with a syntax error still gets the command rules' findings.
TEST(CommandRulesOnRejectedLines, StillRun) {
  EXPECT_CATCHES_AT("percent-unescaped", "0 24 * * * date +%F >> /tmp/x 2>&1\n", 1, 18);
  EXPECT_CATCHES("sudo-in-cron", "0 9 ? * MON sudo /usr/bin/certbot renew\n");
  EXPECT_CATCHES("percent-unescaped", "# cronlint: kind=system\n0 24 * * * root date +%F\n",
                 testing::LintTestOptions{});
  // A sixth time field is not the command: `*` is not reported as a program.
  EXPECT_CATCHES_AT("path-not-set", "0 */5 * * * * node /srv/poll.js\n", 1, 15);
  EXPECT_CATCHES_NOT("path-not-set", "0 */5 * * * * /srv/poll.sh\n");
  // Environment lines cron rejects are not jobs.
  EXPECT_CATCHES_NOT("path-not-set", "MAILTO=\nexport FOO=bar\n");
}

TEST(CommandRulesOnRejectedLines, EnvironmentAboveCounts) {
  EXPECT_CATCHES_NOT("env-var-undefined", "TOKEN=abc\n0 24 * * * curl -H \"X: $TOKEN\" x\n");
  EXPECT_CATCHES("env-var-undefined", "0 24 * * * curl -H \"X: $TOKEN\" x\nTOKEN=abc\n");
}

}  // namespace
}  // namespace cronkit
