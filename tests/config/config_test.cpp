// cronkit.toml: the schema, its errors (each at its line and column), finding the file by walking
// up, and which settings apply to which input.

#include "config/config.hpp"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include "lint/registry.hpp"
#include "support/temp_dir.hpp"

namespace cronkit::config {
namespace {

using cronkit::testing::TempDir;

// The error text of a config, or "ok".
std::string problem(std::string_view text, const RuleVocabulary* vocabulary = nullptr) {
  ConfigResult result = parse_config(text, "/repo/cronkit.toml", vocabulary);
  if (result.error) return result.error->to_string();
  EXPECT_TRUE(result.config);
  return "ok";
}

Config parsed(std::string_view text, const std::filesystem::path& path = "/repo/cronkit.toml") {
  ConfigResult result = parse_config(text, path);
  EXPECT_FALSE(result.error) << result.error->to_string();
  return result.config.value_or(Config{});
}

// The tools' vocabulary: registered rule ids, a few categories, "all".
RuleNameKind classify(std::string_view name) {
  if (name == "all") return RuleNameKind::all;
  if (name == "hardening" || name == "output" || name == "dst") return RuleNameKind::category;
  return lint::find_rule(name) ? RuleNameKind::rule : RuleNameKind::unknown;
}
const RuleVocabulary vocabulary{classify,
                                [](std::string_view name) { return lint::closest_rule_id(name); }};

TEST(ConfigSchema, TheDocumentedExampleReadsAsWritten) {
  Config config = parsed(R"(
[defaults]
dialect = "debian"      # debian | cronie
fail-on = "warning"

[[paths]]
match = "deploy/cron.d/*"
kind = "system"
dialect = "cronie"
tz = "Europe/Berlin"
mail-transfer-agent = false
enable = ["hardening"]
disable = ["no-overlap-lock"]
fail-on = "error"
)");
  EXPECT_EQ(config.file, "/repo/cronkit.toml");
  EXPECT_EQ(config.directory, "/repo");
  EXPECT_EQ(config.defaults.dialect, DialectId::debian);
  EXPECT_EQ(config.defaults.fail_on, FailOn::warning);
  EXPECT_FALSE(config.defaults.kind);
  ASSERT_EQ(config.paths.size(), 1u);
  const PathSection& section = config.paths[0];
  EXPECT_EQ(section.line, 6u);
  EXPECT_EQ(section.match, std::vector<std::string>{"deploy/cron.d/*"});
  EXPECT_EQ(section.settings.kind, CrontabFormat::system);
  EXPECT_EQ(section.settings.dialect, DialectId::cronie);
  EXPECT_EQ(section.settings.tz, "Europe/Berlin");
  EXPECT_EQ(section.settings.mail_transfer_agent, false);
  EXPECT_EQ(section.settings.fail_on, FailOn::error);
  EXPECT_EQ(section.settings.rules,
            (std::vector<RuleToggle>{{"hardening", true}, {"no-overlap-lock", false}}));
}

TEST(ConfigSchema, AnEmptyFileIsAValidConfigThatSetsNothing) {
  for (std::string_view text : {"", "\n", "# only a comment\n", "[defaults]\n"}) {
    Config config = parsed(text);
    Settings settings = config.settings_for("/repo/a.crontab");
    EXPECT_FALSE(settings.kind || settings.dialect || settings.tz || settings.mail_transfer_agent ||
                 settings.fail_on);
    EXPECT_TRUE(settings.rules.empty());
    EXPECT_TRUE(config.paths.empty());
  }
}

TEST(ConfigSchema, MatchMayListSeveralGlobsAndRulesMayBeOneString) {
  Config config = parsed(R"(
[[paths]]
match = ["cron.d/*", "etc/crontab"]
enable = "hardening"
)");
  ASSERT_EQ(config.paths.size(), 1u);
  EXPECT_EQ(config.paths[0].match, (std::vector<std::string>{"cron.d/*", "etc/crontab"}));
  EXPECT_EQ(config.paths[0].settings.rules, (std::vector<RuleToggle>{{"hardening", true}}));
}

TEST(ConfigSchema, InlineTablesWorkLikeSections) {
  Config config = parsed(R"(paths = [{ match = "a/*", kind = "system" }])");
  ASSERT_EQ(config.paths.size(), 1u);
  EXPECT_EQ(config.paths[0].settings.kind, CrontabFormat::system);
}

TEST(ConfigSchema, AllComesFirstInsideASectionAndTheRestInFileOrder) {
  // Without the tools' vocabulary only "all" is known to be broader than the other names.
  Config config = parsed(R"(
[defaults]
disable = ["no-overlap-lock"]
enable = ["hardening", "all"]
)");
  std::vector<RuleToggle> expected{{"all", true}, {"no-overlap-lock", false}, {"hardening", true}};
  EXPECT_EQ(config.defaults.rules, expected);
}

TEST(ConfigSchema, TheVocabularyOrdersAllThenCategoriesThenRules) {
  ConfigResult result = parse_config(R"(
[defaults]
disable = ["no-overlap-lock", "output"]
enable = ["hardening", "all"]
)",
                                     "/repo/cronkit.toml", &vocabulary);
  ASSERT_FALSE(result.error) << result.error->to_string();
  EXPECT_EQ(
      result.config->defaults.rules,
      (std::vector<RuleToggle>{
          {"all", true}, {"output", false}, {"hardening", true}, {"no-overlap-lock", false}}));
}

TEST(ConfigErrors, SyntaxErrorsHaveTheirLineAndColumn) {
  EXPECT_EQ(problem("[defaults]\ndialect = debian\n"),
            "/repo/cronkit.toml:2:11: TOML syntax error: Error while parsing value: could not "
            "determine value type");
  EXPECT_EQ(problem("[defaults\n"), problem("[defaults\n"));  // deterministic
  EXPECT_TRUE(problem("[defaults\n").starts_with("/repo/cronkit.toml:1:"));
  // A key given twice is a TOML error, not "the last one wins".
  std::string twice = problem("[defaults]\ntz = \"UTC\"\ntz = \"UTC\"\n");
  EXPECT_EQ(twice,
            "/repo/cronkit.toml:3:6: TOML syntax error: Error while parsing key-value pair: cannot "
            "redefine existing string 'tz'");
}

TEST(ConfigErrors, UnknownKeysAreErrorsAtTheKey) {
  EXPECT_EQ(problem("[defaults]\n  colour = \"red\"\n"),
            "/repo/cronkit.toml:2:3: unknown key `colour` in [defaults] (expected kind, dialect, "
            "tz, mail-transfer-agent, enable, disable, fail-on)");
  EXPECT_EQ(problem("[[paths]]\nmatch = \"*\"\nmail_transfer_agent = false\n"),
            "/repo/cronkit.toml:3:1: unknown key `mail_transfer_agent` in [[paths]] (did you mean "
            "`mail-transfer-agent`?)");
  EXPECT_EQ(problem("[[paths]]\nmatch = \"*\"\nFail-On = \"error\"\n"),
            "/repo/cronkit.toml:3:1: unknown key `Fail-On` in [[paths]] (did you mean `fail-on`?)");
  EXPECT_EQ(problem("dialect = \"debian\"\n"),
            "/repo/cronkit.toml:1:1: `dialect` belongs in [defaults] or a [[paths]] section, not "
            "at the top");
  EXPECT_EQ(problem("\n[default]\n"),
            "/repo/cronkit.toml:2:2: unknown key `default` (expected [defaults] and [[paths]] "
            "sections)");
  EXPECT_EQ(problem("[defaults]\nmatch = \"*\"\n"),
            "/repo/cronkit.toml:2:1: `match` belongs in a [[paths]] section, not in [defaults]");
}

TEST(ConfigErrors, WrongTypesAreErrorsAtTheValue) {
  EXPECT_EQ(problem("[defaults]\ndialect = 3\n"),
            "/repo/cronkit.toml:2:11: `dialect` must be a string, not an integer");
  EXPECT_EQ(problem("[defaults]\nmail-transfer-agent = \"no\"\n"),
            "/repo/cronkit.toml:2:23: `mail-transfer-agent` must be true or false, not a string");
  EXPECT_EQ(problem("[defaults]\nenable = [\"hardening\", 2.5]\n"),
            "/repo/cronkit.toml:2:24: `enable` must list strings, not a floating-point number");
  EXPECT_EQ(problem("[defaults]\ndisable = { x = 1 }\n"),
            "/repo/cronkit.toml:2:11: `disable` must be a string or an array of strings, not a "
            "table");
  EXPECT_EQ(problem("defaults = 1\n"),
            "/repo/cronkit.toml:1:12: `defaults` must be a table ([defaults]), not an integer");
  EXPECT_EQ(problem("paths = \"x\"\n"),
            "/repo/cronkit.toml:1:9: `paths` must be an array of tables ([[paths]]), not a string");
  EXPECT_EQ(problem("paths = [1]\n"),
            "/repo/cronkit.toml:1:10: each [[paths]] entry must be a table, not an integer");
  EXPECT_EQ(problem("[defaults]\ntz = 2026-03-08\n"),
            "/repo/cronkit.toml:2:6: `tz` must be a string, not a date");
}

TEST(ConfigErrors, InvalidValuesAreErrorsAtTheValue) {
  EXPECT_EQ(
      problem("[defaults]\ndialect = \"vixie\"\n"),
      "/repo/cronkit.toml:2:11: unknown dialect `vixie` (expected debian, cronie, bsd, "
      "busybox, supercronic, systemd-cron, quartz, kubernetes, github-actions, spring, azure, "
      "cloud-scheduler, airflow, prefect, prefect-day-or-false, dagster, gitlab, eventbridge or "
      "eventbridge-scheduler)");
  // The file kinds follow the crontab formats, in FileKind order.
  EXPECT_TRUE(problem("[defaults]\nkind = \"root\"\n")
                  .starts_with("/repo/cronkit.toml:2:8: unknown kind `root` (expected user, "
                               "system, github-workflow, kubernetes-manifest, "))
      << problem("[defaults]\nkind = \"root\"\n");
  EXPECT_EQ(problem("[defaults]\nfail-on = \"warnings\"\n"),
            "/repo/cronkit.toml:2:11: unknown fail-on `warnings` (expected error, warning, info "
            "or never)");
  // Zones come from the same tz database the simulator uses.
  EXPECT_EQ(problem("[[paths]]\nmatch = \"*\"\ntz = \"Europe/Berln\"\n"),
            "/repo/cronkit.toml:3:6: unknown time zone 'Europe/Berln' (expected an IANA name such "
            "as America/New_York)");
  EXPECT_EQ(problem("[defaults]\ntz = \"Europe/Berlin\"\n"), "ok");
}

TEST(ConfigErrors, PathSectionsNeedGoodGlobs) {
  EXPECT_EQ(problem("[defaults]\n\n[[paths]]\nkind = \"system\"\n"),
            "/repo/cronkit.toml:3:1: a [[paths]] section needs `match`, the files it applies to");
  EXPECT_EQ(problem("[[paths]]\nmatch = []\n"),
            "/repo/cronkit.toml:2:9: `match` lists no globs: the section would apply to nothing");
  EXPECT_EQ(problem("[[paths]]\nmatch = [\"ok/*\", \"cron.d/[abc\"]\n"),
            "/repo/cronkit.toml:2:18: bad glob `cron.d/[abc`: unclosed `[` in `[abc`");
  EXPECT_EQ(problem("[[paths]]\nmatch = \"../other/*\"\n"),
            "/repo/cronkit.toml:2:9: bad glob `../other/*`: a glob cannot leave the config "
            "file's directory (`..`)");
  EXPECT_EQ(problem("[[paths]]\nmatch = \"cron**\"\n"),
            "/repo/cronkit.toml:2:9: bad glob `cron**`: `**` must be a whole path segment "
            "(`a/**/b`), not part of `cron**`");
  EXPECT_EQ(problem("[[paths]]\nmatch = \"\"\n"),
            "/repo/cronkit.toml:2:9: bad glob ``: an empty glob matches nothing");
}

TEST(ConfigErrors, RuleNamesAreCheckedAgainstTheVocabulary) {
  EXPECT_EQ(problem("[defaults]\ndisable = [\"no-overlap-lok\"]\n", &vocabulary),
            "/repo/cronkit.toml:2:12: unknown rule or category `no-overlap-lok` in `disable` (did "
            "you mean `no-overlap-lock`?)");
  EXPECT_EQ(problem("[defaults]\nenable = [\"hardening\", \"dst-transition-time\"]\n", &vocabulary),
            "ok");
  EXPECT_EQ(problem("[defaults]\nenable = [\"too-frequent\"]\ndisable = [\"too-frequent\"]\n",
                    &vocabulary),
            "/repo/cronkit.toml:3:12: `too-frequent` is both enabled and disabled in the same "
            "section");
}

TEST(ConfigErrors, TheFirstErrorInTheFileIsReported) {
  // toml++ keeps keys sorted; the report follows the file.
  EXPECT_EQ(problem("[defaults]\ntz = \"Nowhere/Land\"\ndialect = \"bsd\"\n"),
            "/repo/cronkit.toml:2:6: unknown time zone 'Nowhere/Land' (expected an IANA name such "
            "as America/New_York)");
}

TEST(ConfigResolution, DefaultsThenEveryMatchingSectionInFileOrder) {
  Config config = parsed(R"(
[defaults]
dialect = "debian"
fail-on = "warning"
disable = ["too-frequent"]

[[paths]]
match = "deploy/**"
tz = "Europe/Berlin"
enable = ["hardening"]

[[paths]]
match = "deploy/cron.d/*"
kind = "system"
dialect = "cronie"
fail-on = "error"

[[paths]]
match = "deploy/cron.d/legacy"
dialect = "debian"
mail-transfer-agent = true
)");
  Settings plain = config.settings_for("/repo/crontab");
  EXPECT_EQ(plain.dialect, DialectId::debian);
  EXPECT_EQ(plain.fail_on, FailOn::warning);
  EXPECT_FALSE(plain.kind);
  EXPECT_FALSE(plain.tz);
  EXPECT_EQ(plain.rules, (std::vector<RuleToggle>{{"too-frequent", false}}));

  Settings app = config.settings_for("/repo/deploy/cron.d/app");
  EXPECT_EQ(app.kind, CrontabFormat::system);
  EXPECT_EQ(app.dialect, DialectId::cronie);
  EXPECT_EQ(app.tz, "Europe/Berlin");
  EXPECT_EQ(app.fail_on, FailOn::error);
  EXPECT_FALSE(app.mail_transfer_agent);
  std::vector<RuleToggle> app_rules{{"too-frequent", false}, {"hardening", true}};
  EXPECT_EQ(app.rules, app_rules);

  Settings legacy = config.settings_for("/repo/deploy/cron.d/legacy");
  EXPECT_EQ(legacy.dialect, DialectId::debian);  // the later section wins
  EXPECT_EQ(legacy.kind, CrontabFormat::system);
  EXPECT_EQ(legacy.mail_transfer_agent, true);
  EXPECT_EQ(config.sections_for("/repo/deploy/cron.d/legacy").size(), 3u);

  Settings script = config.settings_for("/repo/deploy/scripts/run.crontab");
  EXPECT_EQ(script.tz, "Europe/Berlin");
  EXPECT_FALSE(script.kind);
}

TEST(ConfigResolution, GlobsAreRelativeToTheConfigFilesDirectory) {
  Config config =
      parsed("[[paths]]\nmatch = \"cron.d/*\"\nkind = \"system\"\n", "/srv/repo/etc/cronkit.toml");
  EXPECT_EQ(config.settings_for("/srv/repo/etc/cron.d/backup").kind, CrontabFormat::system);
  EXPECT_EQ(config.settings_for("/srv/repo/etc/./cron.d//backup").kind, CrontabFormat::system);
  EXPECT_EQ(config.settings_for("/srv/repo/etc/x/../cron.d/backup").kind, CrontabFormat::system);
  EXPECT_FALSE(config.settings_for("/srv/repo/cron.d/backup").kind);
  EXPECT_FALSE(config.settings_for("/etc/cron.d/backup").kind);
  EXPECT_FALSE(config.settings_for("/srv/repo/etc/x/cron.d/backup").kind);
}

TEST(ConfigResolution, RelativeInputsAreTakenFromTheCurrentDirectory) {
  TempDir dir;
  Config config =
      parsed("[[paths]]\nmatch = \"jobs/*\"\nkind = \"system\"\n", dir / "cronkit.toml");
  std::filesystem::path saved = std::filesystem::current_path();
  std::filesystem::current_path(dir.path());
  Settings settings = config.settings_for("jobs/backup");
  std::filesystem::current_path(saved);
  EXPECT_EQ(settings.kind, CrontabFormat::system);
}

TEST(Globs, StarAndQuestionMarkStayInsideOneSegment) {
  EXPECT_TRUE(glob_matches("cron.d/*", "cron.d/backup"));
  EXPECT_TRUE(glob_matches("*.crontab", "x.crontab"));
  EXPECT_TRUE(glob_matches("*.crontab", ".crontab"));
  EXPECT_FALSE(glob_matches("*.crontab", "jobs/x.crontab"));
  EXPECT_TRUE(glob_matches("a*b*c", "aXXbYYc"));
  EXPECT_FALSE(glob_matches("a*b*c", "aXXbYY"));
  EXPECT_TRUE(glob_matches("job?", "job1"));
  EXPECT_FALSE(glob_matches("job?", "job"));
  EXPECT_FALSE(glob_matches("job?", "job12"));
  EXPECT_FALSE(glob_matches("a?b", "a/b"));
  EXPECT_FALSE(glob_matches("cron.d/*", "cron.dX/backup"));
}

TEST(Globs, DoubleStarSpansAnyNumberOfSegments) {
  EXPECT_TRUE(glob_matches("**/cron.d/*", "cron.d/a"));
  EXPECT_TRUE(glob_matches("**/cron.d/*", "x/y/cron.d/a"));
  EXPECT_TRUE(glob_matches("deploy/**/*.crontab", "deploy/a.crontab"));
  EXPECT_TRUE(glob_matches("deploy/**/*.crontab", "deploy/x/y/a.crontab"));
  EXPECT_FALSE(glob_matches("deploy/**/*.crontab", "other/a.crontab"));
  EXPECT_TRUE(glob_matches("**", "anything/at/all"));
  EXPECT_TRUE(glob_matches("**/*.crontab", "a.crontab"));
  EXPECT_FALSE(glob_matches("**/*.crontab", "a.txt"));
}

TEST(Globs, BracketsAndEscapes) {
  EXPECT_TRUE(glob_matches("host[0-9]", "host7"));
  EXPECT_FALSE(glob_matches("host[0-9]", "hostx"));
  EXPECT_TRUE(glob_matches("host[!0-9]", "hostx"));
  EXPECT_FALSE(glob_matches("host[!0-9]", "host7"));
  EXPECT_TRUE(glob_matches("[ab]c", "bc"));
  EXPECT_TRUE(glob_matches("[]]x", "]x"));
  EXPECT_TRUE(glob_matches("a\\*", "a*"));
  EXPECT_FALSE(glob_matches("a\\*", "ab"));
}

TEST(Globs, ADirectoryCoversItsFilesAndPathsAreNormalised) {
  EXPECT_TRUE(glob_matches("deploy/cron.d", "deploy/cron.d/app"));
  EXPECT_TRUE(glob_matches("deploy", "deploy/cron.d/app"));
  EXPECT_FALSE(glob_matches("deploy/cron.d/app/x", "deploy/cron.d/app"));
  EXPECT_TRUE(glob_matches("/deploy/*", "deploy/a"));
  EXPECT_TRUE(glob_matches("./deploy//*", "deploy/a"));
  EXPECT_FALSE(glob_matches("deploy", "deployment/a"));
}

TEST(ConfigDiscovery, WalksUpFromTheInputsDirectoryAndTheNearestFileWins) {
  TempDir dir;
  dir.write("cronkit.toml", "[defaults]\ndialect = \"debian\"\n");
  dir.write("sub/cronkit.toml", "[defaults]\ndialect = \"cronie\"\n");
  dir.write("sub/deep/er/jobs.crontab", "");
  dir.write("other/jobs.crontab", "");

  EXPECT_EQ(find_config(dir / "sub/deep/er"), dir / "sub/cronkit.toml");
  ConfigResult near = discover_config(dir / "sub/deep/er/jobs.crontab");
  ASSERT_TRUE(near.config);
  EXPECT_EQ(near.config->defaults.dialect, DialectId::cronie);
  EXPECT_EQ(near.config->directory, dir / "sub");

  ConfigResult far = discover_config(dir / "other/jobs.crontab");
  ASSERT_TRUE(far.config);
  EXPECT_EQ(far.config->defaults.dialect, DialectId::debian);
  // The config beside the input counts too.
  EXPECT_EQ(find_config(dir / "sub"), dir / "sub/cronkit.toml");
}

TEST(ConfigDiscovery, NoConfigFileAnywhereIsNotAnError) {
  TempDir dir;
  dir.write("a/jobs.crontab", "");
  // A temporary directory may sit under a directory with a cronkit.toml of its own; only a
  // result at or below `dir` would be wrong.
  std::optional<std::filesystem::path> found = find_config(dir / "a");
  if (found) {
    EXPECT_FALSE(found->string().starts_with(dir.path().string()));
  } else {
    ConfigResult result = discover_config(dir / "a/jobs.crontab");
    EXPECT_FALSE(result.config);
    EXPECT_FALSE(result.error);
  }
}

TEST(ConfigDiscovery, ADirectoryNamedCronkitTomlIsAnErrorNotSkipped) {
  TempDir dir;
  dir.write("cronkit.toml", "[defaults]\n");
  std::filesystem::create_directories(dir / "sub/cronkit.toml");
  dir.write("sub/jobs.crontab", "");
  ConfigResult result = discover_config(dir / "sub/jobs.crontab");
  ASSERT_TRUE(result.error);
  EXPECT_EQ(result.error->to_string(),
            (dir / "sub/cronkit.toml").string() + ": cannot read it: it is a directory");
  EXPECT_FALSE(result.config);
}

TEST(ConfigDiscovery, ErrorsInAFoundFileCarryItsPath) {
  TempDir dir;
  dir.write("cronkit.toml", "[defaults]\nkind = \"root\"\n");
  ConfigResult result = discover_config(dir / "x.crontab");
  ASSERT_TRUE(result.error);
  EXPECT_EQ(result.error->path, (dir / "cronkit.toml").string());
  EXPECT_EQ(result.error->line, 2u);
  EXPECT_EQ(result.error->column, 8u);
}

TEST(ConfigLoading, AnExplicitPathNeedNotBeCalledCronkitToml) {
  TempDir dir;
  std::filesystem::path file =
      dir.write("ci/lint.toml", "[[paths]]\nmatch = \"*\"\nkind = \"system\"\n");
  ConfigResult result = load_config(file);
  ASSERT_TRUE(result.config);
  // Globs are relative to that file's directory.
  EXPECT_EQ(result.config->settings_for(dir / "ci/x").kind, CrontabFormat::system);
  EXPECT_FALSE(result.config->settings_for(dir / "x").kind);
}

TEST(ConfigLoading, MissingAndUnreadableFilesAreErrors) {
  TempDir dir;
  ConfigResult missing = load_config(dir / "nope.toml");
  ASSERT_TRUE(missing.error);
  EXPECT_EQ(missing.error->to_string(),
            (dir / "nope.toml").string() + ": cannot read it: No such file or directory");
  EXPECT_EQ(missing.error->line, 0u);

  std::filesystem::path file = dir.write("cronkit.toml", "[defaults]\n");
  ::chmod(file.c_str(), 0);
  ::chmod(dir.path().c_str(), 0755);
  std::string expected = file.string() + ": cannot read it: Permission denied";
  EXPECT_TRUE(cronkit::testing::run_unprivileged([&] {
    ConfigResult result = load_config(file);
    return result.error && result.error->to_string() == expected;
  }));
}

}  // namespace
}  // namespace cronkit::config

namespace cronkit::config {
namespace {

// `kind` also names a file that is not a crontab; a later section's kind replaces an earlier
// one, whichever of the two it is.
TEST(ConfigResolution, KindMayNameAFileKind) {
  const Config config = parsed(R"(
[defaults]
kind = "system"
[[paths]]
match = "deploy/k8s/**"
kind = "kubernetes-manifest"
[[paths]]
match = "deploy/k8s/cron.d/*"
kind = "user"
)");
  const Settings manifest = config.settings_for("/repo/deploy/k8s/jobs.yaml");
  EXPECT_EQ(manifest.file_kind, embedded::FileKind::kubernetes_manifest);
  EXPECT_FALSE(manifest.kind);
  const Settings crontab = config.settings_for("/repo/deploy/k8s/cron.d/app");
  EXPECT_EQ(crontab.kind, CrontabFormat::user);
  EXPECT_FALSE(crontab.file_kind);
  EXPECT_EQ(config.settings_for("/repo/etc/crontab").kind, CrontabFormat::system);
}

}  // namespace
}  // namespace cronkit::config
