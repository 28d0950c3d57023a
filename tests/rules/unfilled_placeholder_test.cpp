// unfilled-placeholder: a template placeholder left unfilled

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

constexpr std::string_view rule = "unfilled-placeholder";

TEST(UnfilledPlaceholder, CatalogueExamples) {
  EXPECT_CATCHES(rule, "*/5 * * * * /usr/bin/php /path/to/artisan schedule:run\n");
  EXPECT_CATCHES_NOT(rule, "*/5 * * * * /usr/bin/php /srv/shop/artisan schedule:run\n");
}

TEST(UnfilledPlaceholder, CommandShapes) {
  EXPECT_CATCHES(rule, "0 * * * * /usr/bin/python3 <path to script>\n");
  EXPECT_CATCHES(rule, "0 * * * * /home/{userName}/bin/sync.sh\n");
  EXPECT_CATCHES(rule, "0 * * * * /opt/notify --to %%gmail_email%%\n");
  EXPECT_CATCHES(rule, "*/5 * * * * %py-interpreter% -m cleanup.cleaner >> /var/log/c.log\n");
  EXPECT_CATCHES(rule, "0 * * * * _INSTALLPATH_/bin/run\n");
  EXPECT_CATCHES(rule, "0 * * * * sudo -u www-data php /_your_project_path_/artisan run\n");
  EXPECT_CATCHES(rule, "0 * * * * /srv/__APP_DIR__/run.sh\n");
  EXPECT_CATCHES(rule, "0 * * * * curl -H \"X-Key: YOUR_API_KEY\" https://example.org/ping\n");
  EXPECT_CATCHES(rule, "0 * * * * /opt/sync --user=your_username\n");
  EXPECT_CATCHES(rule, "0 * * * * /home/yourname/bin/sync.sh\n");
  EXPECT_CATCHES(rule, "0 * * * * rsync -a /srv/ backup@yourserver:/b/\n");
  EXPECT_CATCHES(rule, "0 * * * * curl https://api.example.org/{tenant}/ping\n");
}

TEST(UnfilledPlaceholder, ScheduleUserAndEnvironment) {
  EXPECT_CATCHES(rule, "<minute> * * * * /opt/x\n");
  EXPECT_CATCHES(rule, "{CRON} /opt/x\n");
  EXPECT_CATCHES(rule, "0 3 * * * {userName} /opt/x\n", {.format = CrontabFormat::system});
  EXPECT_CATCHES(rule, "MAILTO=admin@yourdomain.com\n0 3 * * * /opt/x\n");
  EXPECT_CATCHES(rule, "MAILTO=%%admin_email%%\n0 3 * * * /opt/x\n");
}

TEST(UnfilledPlaceholder, OneFindingNamingEachPlaceholder) {
  std::vector<lint::Finding> findings =
      findings_of(rule, "0 * * * * /path/to/venv/bin/python <path to script> {arg}\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("unfilled template placeholder `/path/to/venv/bin/python`"),
            std::string::npos)
      << findings[0].message;
  EXPECT_NE(findings[0].message.find("(also `<path to script>`, `{arg}`)"), std::string::npos)
      << findings[0].message;
  EXPECT_EQ(findings[0].span.column, 11u);
  EXPECT_NE(only_message(rule, "<minute> * * * * /opt/x\n").find("rejects"), std::string::npos);
}

TEST(UnfilledPlaceholder, NearMisses) {
  // Shell variables and expansions.
  EXPECT_CATCHES_NOT(rule, "0 * * * * ${HOME}/bin/x ${APP_DIR:-/srv}/run $VAR\n");
  EXPECT_CATCHES_NOT(rule, "0 * * * * cp /srv/{a,b}.conf /backup/\n");
  EXPECT_CATCHES_NOT(rule, "0 * * * * find /tmp -name '*.tmp' -exec rm {} \\;\n");
  // Other programs' syntax.
  EXPECT_CATCHES_NOT(rule, "0 * * * * awk '{print}' /var/log/x > /tmp/y\n");
  EXPECT_CATCHES_NOT(rule, "0 * * * * jq '.items[] | {name}' /srv/x.json\n");
  EXPECT_CATCHES_NOT(rule, "0 * * * * ls /srv | xargs -I {file} cp /srv/{file} /b/\n");
  EXPECT_CATCHES_NOT(rule, "0 * * * * /opt/x '{name}'\n");
  EXPECT_CATCHES_NOT(rule, "0 * * * * python3 -c \"print('{:%Y}'.format(x), {user})\"\n");
  EXPECT_CATCHES(rule, "0 * * * * python3 /path/to/script.py\n");
  // strftime formats, escaped or not.
  EXPECT_CATCHES_NOT(rule, "0 * * * * tar czf /b/$(date +\\%Y\\%m\\%d).tgz /srv\n");
  EXPECT_CATCHES_NOT(rule, "0 * * * * /opt/x \\%H\\%M\\%S_x\n");
  // Redirections that look like angle brackets.
  EXPECT_CATCHES_NOT(rule, "0 * * * * sort <input >output\n");
  EXPECT_CATCHES_NOT(rule, "0 * * * * sort <in_file> out\n");
  // Python's dunder names, underscores inside names, `yourls`.
  EXPECT_CATCHES_NOT(rule, "0 * * * * python3 /srv/app/__main__.py\n");
  EXPECT_CATCHES_NOT(rule, "0 * * * * /srv/__pycache__/x\n");
  EXPECT_CATCHES_NOT(rule, "0 * * * * /usr/bin/php ${PROJ_EXEC} /_cron/misc/notify\n");
  EXPECT_CATCHES_NOT(rule, "0 * * * * /srv/yourls/cron.php --clean-your_cache\n");
  EXPECT_CATCHES_NOT(rule, "0 * * * * /srv/yourself/x /srv/your/x\n");
  // Comments, and environment values that are plain.
  EXPECT_CATCHES_NOT(rule, "0 * * * * /opt/x # <path to script>\n");
  EXPECT_CATCHES_NOT(rule, "# 0 * * * * /path/to/script\nMAILTO=ops@example.org\n");
}

}  // namespace
}  // namespace cronkit::testing
