// The job environment each cron builds (docs/semantics.md §10-11), from hand-made assignments so
// that these tests do not depend on the parser; the parser-fed cases are in run_test.cpp.

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "environment/diff.hpp"
#include "environment/environment.hpp"
#include "environment/pam_env.hpp"
#include "environment/passwd.hpp"

namespace cronkit {
namespace {

PasswdEntry alice() {
  return {"alice", 1000, 1000, "/home/alice", "/bin/zsh"};
}

EnvAssignment assign(std::string name, std::string value, std::uint32_t line) {
  EnvAssignment a;
  a.name = std::move(name);
  a.value = std::move(value);
  a.span.line = line;
  return a;
}

std::vector<std::string> names(const JobEnvironment& job) {
  std::vector<std::string> result;
  for (const JobVariable& v : job.variables) result.push_back(v.name);
  return result;
}

std::string value(const JobEnvironment& job, std::string_view name) {
  const JobVariable* v = job.find(name);
  return v ? v->value : "<unset>";
}

bool has_note_containing(const JobEnvironment& job, std::string_view text) {
  for (const std::string& note : job.notes) {
    if (note.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST(Environment, DebianDefaultsInLoadEntryOrder) {
  EnvironmentInput input;
  input.user = alice();
  JobEnvironment job = build_job_environment(input);
  EXPECT_EQ(job.envp(), (std::vector<std::string>{"SHELL=/bin/sh", "HOME=/home/alice",
                                                  "PATH=/usr/bin:/bin", "LOGNAME=alice"}));
  EXPECT_EQ(job.find("USER"), nullptr) << "Debian sets USER only on BSD builds";
  EXPECT_TRUE(has_note_containing(job, "USER is not set"));
  EXPECT_EQ(job.shell, "/bin/sh");
  EXPECT_EQ(job.working_directory, "/home/alice");
  EXPECT_EQ(job.find("HOME")->origin, VariableOrigin::passwd);
  EXPECT_EQ(job.find("PATH")->origin, VariableOrigin::cron_default);
  EXPECT_TRUE(has_note_containing(job, "login shell is /bin/zsh"));
}

TEST(Environment, CronieDefaultsSetUserAndLongerPath) {
  EnvironmentInput input;
  input.dialect = DialectId::cronie;
  input.user = alice();
  JobEnvironment job = build_job_environment(input);
  EXPECT_EQ(job.envp(), (std::vector<std::string>{"SHELL=/bin/sh", "HOME=/home/alice",
                                                  "PATH=/usr/bin:/bin:/usr/sbin:/sbin",
                                                  "LOGNAME=alice", "USER=alice"}));
}

TEST(Environment, CrontabAssignmentsOverrideDefaultsInFileOrder) {
  std::vector<EnvAssignment> assignments = {
      assign("PATH", "/opt/bin:/usr/bin", 1), assign("SHELL", "/bin/bash", 2),
      assign("HOME", "/srv/jobs", 3), assign("PATH", "/usr/local/bin:/usr/bin:/bin", 4)};
  EnvironmentInput input;
  input.user = alice();
  input.assignments = assignments;
  JobEnvironment job = build_job_environment(input);
  // A repeated name keeps its first position (env.c env_set replaces in place).
  EXPECT_EQ(names(job), (std::vector<std::string>{"PATH", "SHELL", "HOME", "LOGNAME"}));
  EXPECT_EQ(value(job, "PATH"), "/usr/local/bin:/usr/bin:/bin");
  EXPECT_EQ(job.find("PATH")->line, 4u);
  EXPECT_EQ(job.shell, "/bin/bash");
  EXPECT_EQ(job.working_directory, "/srv/jobs");
  EXPECT_FALSE(has_note_containing(job, "login shell"));
}

TEST(Environment, LognameIsForcedBackToTheUser) {
  std::vector<EnvAssignment> assignments = {assign("LOGNAME", "root", 2),
                                            assign("USER", "root", 3)};
  for (DialectId id : {DialectId::debian, DialectId::cronie}) {
    EnvironmentInput input;
    input.dialect = id;
    input.user = alice();
    input.assignments = assignments;
    JobEnvironment job = build_job_environment(input);
    EXPECT_EQ(value(job, "LOGNAME"), "alice");
    EXPECT_EQ(job.find("LOGNAME")->origin, VariableOrigin::cron_forced);
    EXPECT_TRUE(has_note_containing(
        job,
        fmt::format("line 2 sets LOGNAME=root: {} replaces it with alice", dialect(id).daemon)));
    // Debian leaves USER as the crontab set it; cronie forces it too.
    EXPECT_EQ(value(job, "USER"), id == DialectId::debian ? "root" : "alice");
  }
}

TEST(Environment, ValuesAreTakenLiterallyAsParsed) {
  // The parser has already removed quotes; cron expands nothing.
  std::vector<EnvAssignment> assignments = {assign("PATH", "$HOME/bin:$PATH", 1),
                                            assign("GREETING", "  spaced", 2),
                                            assign("A B", "c", 3), assign("", "empty name", 4)};
  EnvironmentInput input;
  input.user = alice();
  input.assignments = assignments;
  JobEnvironment job = build_job_environment(input);
  EXPECT_EQ(value(job, "PATH"), "$HOME/bin:$PATH");
  EXPECT_EQ(value(job, "GREETING"), "  spaced");
  EXPECT_EQ(value(job, "A B"), "c");
  EXPECT_EQ(value(job, ""), "empty name");
  EXPECT_TRUE(has_note_containing(job, "cron expands no variables"));
}

TEST(Environment, MailtoIsPassedToTheJobAndRoutesOutput) {
  std::vector<EnvAssignment> assignments = {assign("MAILTO", "ops@example.com", 1)};
  EnvironmentInput input;
  input.user = alice();
  input.assignments = assignments;
  JobEnvironment job = build_job_environment(input);
  EXPECT_EQ(value(job, "MAILTO"), "ops@example.com");
  EXPECT_EQ(job.output.kind, OutputRoute::Kind::mailed);
  EXPECT_EQ(job.output.recipient, "ops@example.com");
  EXPECT_EQ(job.output.sender, "root (Cron Daemon)");
}

TEST(Environment, OutputGoesToTheOwnerWithoutMailto) {
  EnvironmentInput input;
  input.user = alice();
  JobEnvironment job = build_job_environment(input);
  EXPECT_EQ(job.output.kind, OutputRoute::Kind::mailed);
  EXPECT_EQ(job.output.recipient, "alice");
  input.dialect = DialectId::cronie;
  EXPECT_EQ(build_job_environment(input).output.sender, "alice");
}

TEST(Environment, EmptyOrUnsafeMailtoDiscardsOutput) {
  std::vector<EnvAssignment> empty = {assign("MAILTO", "", 1)};
  std::vector<EnvAssignment> unsafe = {assign("MAILTO", "a b@example.com", 1)};
  std::vector<EnvAssignment> slash = {assign("MAILTO", "a/b", 1)};
  EnvironmentInput input;
  input.user = alice();
  input.assignments = empty;
  EXPECT_EQ(build_job_environment(input).output.kind, OutputRoute::Kind::discarded);
  input.assignments = unsafe;
  EXPECT_EQ(build_job_environment(input).output.kind, OutputRoute::Kind::discarded);
  // `/` is allowed by Debian's safe_p, not by cronie's.
  input.assignments = slash;
  EXPECT_EQ(build_job_environment(input).output.kind, OutputRoute::Kind::mailed);
  input.dialect = DialectId::cronie;
  EXPECT_EQ(build_job_environment(input).output.kind, OutputRoute::Kind::discarded);
}

TEST(Environment, DebianWithoutSendmailDiscardsOutput) {
  EnvironmentInput input;
  input.user = alice();
  input.mta_installed = false;
  JobEnvironment job = build_job_environment(input);
  EXPECT_EQ(job.output.kind, OutputRoute::Kind::discarded_no_mta);
  EXPECT_NE(job.output.reason.find("No MTA installed"), std::string::npos);
}

TEST(Environment, CronieExpandsMailtoFromTheDaemonEnvironment) {
  std::vector<EnvAssignment> assignments = {assign("MAILTO", "$ADMIN,${OPS}x", 1)};
  EnvironmentInput input;
  input.dialect = DialectId::cronie;
  input.user = alice();
  input.assignments = assignments;
  input.daemon_environment = {{"ADMIN", "root"}, {"OPS", "ops"}};
  JobEnvironment job = build_job_environment(input);
  EXPECT_EQ(job.output.recipient, "root,opsx");
  EXPECT_EQ(value(job, "MAILTO"), "$ADMIN,${OPS}x") << "the job still sees the literal value";
  EXPECT_EQ(job.find("ADMIN"), nullptr) << "only locale-like names come from crond";
}

TEST(Environment, CronieExpansionQuirks) {
  std::vector<EnvVar> daemon = {{"A", "x"}, {"A1", "y"}};
  EXPECT_EQ(cronie_expand_mail_variable("$A@h", daemon), "x@h");
  EXPECT_EQ(cronie_expand_mail_variable("${A1}", daemon), "y");
  // A digit as the second character of an unbraced name stops expansion (find_envvar).
  EXPECT_EQ(cronie_expand_mail_variable("$A1", daemon), "$A1");
  EXPECT_EQ(cronie_expand_mail_variable("$1a", daemon), "$1a");
  EXPECT_EQ(cronie_expand_mail_variable("${A", daemon), "${A");
  EXPECT_EQ(cronie_expand_mail_variable("${}", daemon), "${}");
  EXPECT_EQ(cronie_expand_mail_variable("a$", daemon), "a");
  EXPECT_EQ(cronie_expand_mail_variable("$NOPE,b", daemon), ",b");
}

TEST(Environment, CronieTakesLocaleFromTheDaemonFirst) {
  std::vector<EnvAssignment> assignments = {assign("LANG", "de_DE.UTF-8", 5)};
  EnvironmentInput input;
  input.dialect = DialectId::cronie;
  input.user = alice();
  input.daemon_environment = {{"PATH", "/daemon/bin"},
                              {"LC_TIME", "en_GB.UTF-8"},
                              {"LANG", "C.UTF-8"},
                              {"HOME", "/root"},
                              {"MAILFROM", "cron@example.com"}};
  input.assignments = assignments;
  JobEnvironment job = build_job_environment(input);
  EXPECT_EQ(names(job), (std::vector<std::string>{"LC_TIME", "LANG", "MAILFROM", "SHELL", "HOME",
                                                  "PATH", "LOGNAME", "USER"}));
  EXPECT_EQ(value(job, "LANG"), "de_DE.UTF-8");
  EXPECT_EQ(job.find("LC_TIME")->origin, VariableOrigin::daemon);
  EXPECT_EQ(value(job, "PATH"), "/usr/bin:/bin:/usr/sbin:/sbin");
  EXPECT_EQ(value(job, "HOME"), "/home/alice");
  EXPECT_EQ(job.output.sender, "cron@example.com");

  input.dialect = DialectId::debian;
  EXPECT_EQ(build_job_environment(input).find("LC_TIME"), nullptr);
}

TEST(Environment, HomeFromPasswdOnlyWhenNotEmptyOnCronie) {
  EnvironmentInput input;
  input.user = {"nohome", 1001, 1001, "", "/bin/sh"};
  input.dialect = DialectId::cronie;
  JobEnvironment job = build_job_environment(input);
  EXPECT_EQ(job.find("HOME"), nullptr);
  EXPECT_FALSE(job.working_directory);
  EXPECT_TRUE(has_note_containing(job, "does not run the job"));
  input.dialect = DialectId::debian;
  job = build_job_environment(input);
  EXPECT_EQ(value(job, "HOME"), "");
  EXPECT_EQ(job.working_directory, "");
}

TEST(Environment, DebianMergesPamEnvironmentUnderneath) {
  std::vector<EnvAssignment> assignments = {assign("LANG", "C", 1)};
  EnvironmentInput input;
  input.user = alice();
  input.assignments = assignments;
  input.pam_files = {{"/etc/environment",
                      "PATH=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\"\n"
                      "OPENAI_BASE_URL=https://api.example.com\n"},
                     {"/etc/default/locale", "LANG=en_US.UTF-8\nLC_TIME=en_GB.UTF-8\n"},
                     {"/nonexistent", std::nullopt}};
  JobEnvironment job = build_job_environment(input);
  EXPECT_EQ(names(job), (std::vector<std::string>{"PATH", "OPENAI_BASE_URL", "LANG", "LC_TIME",
                                                  "SHELL", "HOME", "LOGNAME"}));
  EXPECT_EQ(value(job, "PATH"), "/usr/bin:/bin") << "cron's PATH is set over pam_env's";
  EXPECT_EQ(job.find("PATH")->origin, VariableOrigin::cron_default);
  EXPECT_EQ(value(job, "OPENAI_BASE_URL"), "https://api.example.com");
  EXPECT_EQ(job.find("OPENAI_BASE_URL")->file, "/etc/environment");
  EXPECT_EQ(value(job, "LANG"), "C");
  EXPECT_EQ(job.find("LC_TIME")->file, "/etc/default/locale");
  EXPECT_TRUE(
      has_note_containing(job, "/etc/environment sets PATH; the job gets cron's value instead"));

  input.dialect = DialectId::cronie;
  EXPECT_EQ(build_job_environment(input).find("OPENAI_BASE_URL"), nullptr);
}

TEST(PamEnv, ReadsLinesTheWayPamEnvDoes) {
  PamEnvironment env;
  apply_pam_env_file(env,
                     "# comment\n"
                     "   \n"
                     "export EDITOR=vim\n"
                     "  A=one # trailing comment\n"
                     "B=\"quoted value\"\n"
                     "C='it''s'\n"
                     "D=\"b\" \n"
                     "E=x#y\n"
                     "bad-name=1\n"
                     "=novalue\n"
                     "F=long \\\n"
                     "  continued\n"
                     "G=crlf\r\n"
                     "H=\n");
  EXPECT_EQ(env.variables(), (std::vector<EnvVar>{{"EDITOR", "vim"},
                                                  {"A", "one "},
                                                  {"B", "quoted value"},
                                                  {"C", "it''s"},
                                                  {"D", "b\" "},
                                                  {"E", "x"},
                                                  {"F", "long   continued"},
                                                  {"G", "crlf\r"},
                                                  {"H", ""}}));
}

TEST(PamEnv, BareNameDeletesAndLaterFilesReplaceInPlace) {
  PamEnvironment env;
  apply_pam_env_file(env, "A=1\nB=2\nC=3\n");
  apply_pam_env_file(env, "B\nA=9\nNOTSET\n");
  EXPECT_EQ(env.variables(), (std::vector<EnvVar>{{"A", "9"}, {"C", "3"}}));
}

TEST(PamEnv, StopsAtAnOverlongLineOrAContinuationIntoEndOfFile) {
  PamEnvironment env;
  apply_pam_env_file(env, "A=1\nB=" + std::string(9000, 'x') + "\nC=3\n");
  EXPECT_EQ(env.variables(), (std::vector<EnvVar>{{"A", "1"}}));
  PamEnvironment cut;
  apply_pam_env_file(cut, "A=1\nB=2 \\\n");
  EXPECT_EQ(cut.variables(), (std::vector<EnvVar>{{"A", "1"}}));
}

TEST(Passwd, ParsesPasswdFiles) {
  auto entries = parse_passwd_file(
      "root:x:0:0:root:/root:/bin/bash\n"
      "# comment\n"
      "broken:x:notanumber:0::/:/bin/sh\n"
      "short:x:1:1\n"
      "alice:x:1000:1001:Alice,,,:/home/alice:/bin/zsh\n");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[1].name, "alice");
  EXPECT_EQ(entries[1].uid, 1000u);
  EXPECT_EQ(entries[1].gid, 1001u);
  EXPECT_EQ(entries[1].home, "/home/alice");
  EXPECT_EQ(entries[1].shell, "/bin/zsh");
  PasswdLookup lookup = passwd_from_entries(entries);
  EXPECT_EQ(lookup.by_name("alice")->uid, 1000u);
  EXPECT_EQ(lookup.by_uid(0)->name, "root");
  EXPECT_FALSE(lookup.by_name("bob")) << "an unknown user is not found";
}

TEST(Passwd, SystemLookupFindsRootAndNotAnUnknownUser) {
  PasswdLookup lookup = system_passwd();
  ASSERT_TRUE(lookup.by_uid(0));
  EXPECT_EQ(lookup.by_uid(0)->name, lookup.by_name(lookup.by_uid(0)->name)->name);
  EXPECT_FALSE(lookup.by_name("cronkit-no-such-user-42"));
}

TEST(EnvironmentDiff, NamesWhatTheJobMissesWithoutValues) {
  EnvironmentInput input;
  input.user = alice();
  JobEnvironment job = build_job_environment(input);
  std::vector<EnvVar> current = {
      {"PATH", "/home/alice/.nvm/versions/node/v20/bin:/usr/local/bin:/usr/bin:/bin"},
      {"OPENAI_API_KEY", "sk-secret"},
      {"HOME", "/home/alice"},
      {"SHELL", "/bin/zsh"},
      {"TERM", "xterm"},
      {"SSH_AUTH_SOCK", "/tmp/agent"}};
  EnvironmentDiff diff = diff_environment(job, current);
  ASSERT_EQ(diff.missing.size(), 3u);
  EXPECT_EQ(diff.missing[0].name, "OPENAI_API_KEY");
  EXPECT_TRUE(diff.missing[0].secret);
  EXPECT_EQ(diff.missing[1].name, "SSH_AUTH_SOCK");
  EXPECT_FALSE(diff.missing[1].secret);
  EXPECT_FALSE(diff.missing[1].hint.empty());
  EXPECT_EQ(diff.missing[2].name, "TERM");
  EXPECT_TRUE(diff.missing[2].session);
  EXPECT_EQ(diff.missing_path_entries,
            (std::vector<std::string>{"/home/alice/.nvm/versions/node/v20/bin", "/usr/local/bin"}));
  EXPECT_TRUE(diff.extra_path_entries.empty());
  EXPECT_EQ(diff.different, (std::vector<std::string>{"SHELL"}));
  EXPECT_EQ(diff.only_in_job, (std::vector<std::string>{"LOGNAME"}));
}

TEST(EnvironmentDiff, SecretNames) {
  for (std::string_view name : {"OPENAI_API_KEY", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY",
                                "PGPASSWORD", "anthropic_api_key", "DB_CREDENTIALS"}) {
    EXPECT_TRUE(looks_like_secret(name)) << name;
  }
  for (std::string_view name : {"PATH", "HOME", "LANG", "VIRTUAL_ENV"}) {
    EXPECT_FALSE(looks_like_secret(name)) << name;
  }
}

// busybox crond: the job gets crond's environment plus LOGNAME, USER, HOME and SHELL; the
// crontab's other assignment lines are not exported (crond.c set_env_vars, load_crontab).
TEST(Environment, BusyboxPassesItsOwnEnvironmentAndOnlyItsIdentity) {
  std::vector<EnvAssignment> assignments = {assign("SHELL", "/bin/ash", 1),
                                            assign("PATH", "/opt/bin", 2)};
  EnvironmentInput input;
  input.dialect = DialectId::busybox;
  input.user = alice();
  input.assignments = assignments;
  input.daemon_environment = {{"PATH", "/usr/sbin:/usr/bin"}, {"API_TOKEN", "x"}};
  JobEnvironment job = build_job_environment(input);
  EXPECT_EQ(value(job, "PATH"), "/usr/sbin:/usr/bin");
  EXPECT_EQ(value(job, "API_TOKEN"), "x");
  EXPECT_EQ(value(job, "SHELL"), "/bin/ash");
  EXPECT_EQ(value(job, "USER"), "alice");
  EXPECT_EQ(value(job, "HOME"), "/home/alice");
  EXPECT_EQ(job.shell, "/bin/ash");
  EXPECT_TRUE(has_note_containing(job, "PATH= does not reach it"));
  // Without MAILTO nothing is mailed: the output goes where crond's own goes.
  EXPECT_EQ(job.output.kind, OutputRoute::Kind::logged);
}

TEST(Environment, BusyboxDefaultShellIsTheDaemons) {
  EnvironmentInput input;
  input.dialect = DialectId::busybox;
  input.user = alice();
  input.daemon_environment = {{"SHELL", "/bin/bash"}};
  EXPECT_EQ(build_job_environment(input).shell, "/bin/bash");
  input.daemon_environment.clear();
  EXPECT_EQ(build_job_environment(input).shell, "/bin/sh");
}

TEST(Environment, BusyboxMailsOnlyToMailto) {
  std::vector<EnvAssignment> assignments = {assign("MAILTO", "ops@example.com", 1)};
  EnvironmentInput input;
  input.dialect = DialectId::busybox;
  input.user = alice();
  input.assignments = assignments;
  JobEnvironment job = build_job_environment(input);
  EXPECT_EQ(job.output.kind, OutputRoute::Kind::mailed);
  EXPECT_EQ(job.output.recipient, "ops@example.com");
  EXPECT_EQ(job.find("MAILTO"), nullptr);  // read by crond, not exported
}

// supercronic: its own environment plus every assignment of the crontab; nothing else.
TEST(Environment, SupercronicAddsTheCrontabToItsEnvironment) {
  std::vector<EnvAssignment> assignments = {assign("REPORT_DIR", "/data", 1),
                                            assign("MAILTO", "ops@example.com", 2)};
  EnvironmentInput input;
  input.dialect = DialectId::supercronic;
  input.user = alice();
  input.assignments = assignments;
  input.daemon_environment = {{"PATH", "/usr/local/bin:/usr/bin"}};
  JobEnvironment job = build_job_environment(input);
  EXPECT_EQ(value(job, "PATH"), "/usr/local/bin:/usr/bin");
  EXPECT_EQ(value(job, "REPORT_DIR"), "/data");
  EXPECT_EQ(job.find("LOGNAME"), nullptr);
  EXPECT_EQ(job.find("HOME"), nullptr);
  EXPECT_FALSE(job.working_directory.has_value());
  EXPECT_EQ(job.output.kind, OutputRoute::Kind::logged);  // MAILTO means nothing to it
}

// systemd-cron: a service from PID 1's environment; User= (and with it USER, LOGNAME, HOME,
// SHELL) only for users other than root; output in the journal, a notice by mail on failure.
TEST(Environment, SystemdCronSetsIdentityOnlyForOtherUsers) {
  EnvironmentInput input;
  input.dialect = DialectId::systemd_cron;
  input.user = alice();
  JobEnvironment job = build_job_environment(input);
  EXPECT_EQ(value(job, "USER"), "alice");
  EXPECT_EQ(job.working_directory, "/");
  EXPECT_EQ(job.output.kind, OutputRoute::Kind::journal);
  EXPECT_EQ(job.output.failure_notice_to, "alice");

  input.user = PasswdEntry{"root", 0, 0, "/root", "/bin/bash"};
  job = build_job_environment(input);
  EXPECT_EQ(job.find("HOME"), nullptr);
  EXPECT_EQ(job.find("USER"), nullptr);
  EXPECT_EQ(value(job, "PATH"), std::string(dialect(DialectId::systemd_cron).default_path));
}

}  // namespace
}  // namespace cronkit
