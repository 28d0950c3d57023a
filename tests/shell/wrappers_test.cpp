// lib/shell: programs that run another command (nice, timeout, flock, env, sudo, ...).

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "shell/queries.hpp"
#include "shell/syntax.hpp"
#include "shell/wrappers.hpp"

namespace cronkit::shell {
namespace {

std::vector<std::string> wrapper_names(const SimpleCommand& c) {
  std::vector<std::string> names;
  for (const Wrapper& w : c.wrappers) names.push_back(w.name);
  return names;
}

// The first command of `text` (the one at the top level: nested ones follow it).
SimpleCommand only(std::string_view text) {
  Script s = parse(std::string(text));
  EXPECT_FALSE(s.commands.empty()) << text;
  return s.commands.empty() ? SimpleCommand() : s.commands[0];
}

TEST(ShellWrappers, TimeoutThenNice) {
  SimpleCommand c = only("timeout 5m nice -n 10 cmd --flag");
  EXPECT_EQ(wrapper_names(c), (std::vector<std::string>{"timeout", "nice"}));
  EXPECT_EQ(c.command_name(), "cmd");
  ASSERT_EQ(c.arguments().size(), 1u);
  EXPECT_EQ(c.arguments()[0].text, "--flag");
  // Each wrapper's words: its name up to (not including) the next one.
  EXPECT_EQ(c.wrappers[0].word, 0u);
  EXPECT_EQ(c.wrappers[0].end, 2u);
  EXPECT_EQ(c.wrappers[1].word, 2u);
  EXPECT_EQ(c.wrappers[1].end, 5u);
  EXPECT_EQ(only("timeout -s KILL -k 10 60 job").command_name(), "job");
}

TEST(ShellWrappers, FlockWithALockFileRunsTheCommand) {
  SimpleCommand c = only("flock -n /run/lock/x.lock cmd arg");
  EXPECT_EQ(wrapper_names(c), (std::vector<std::string>{"flock"}));
  EXPECT_EQ(c.command_name(), "cmd");
  EXPECT_EQ(only("flock -w 30 /l /usr/bin/job").command_name(), "job");
}

TEST(ShellWrappers, FlockOnADescriptorRunsNothing) {
  // `flock -n 9` locks descriptor 9 (opened by a redirection elsewhere) and runs nothing.
  SimpleCommand c = only("flock -n 9");
  EXPECT_TRUE(c.wrappers.empty());
  EXPECT_EQ(c.command_name(), "flock");
  Script s = parse("( flock -n 9 || exit 1; work ) 9>/run/lock/w.lock");
  std::vector<std::string> names;
  for (const SimpleCommand& cmd : s.commands) names.emplace_back(cmd.command_name());
  EXPECT_EQ(names, (std::vector<std::string>{"", "flock", "exit", "work"}));
}

TEST(ShellWrappers, EnvAssignments) {
  SimpleCommand c = only("env A=1 -u B cmd");
  // Options after the assignments belong to the command: env stops at the first non-assignment.
  EXPECT_EQ(c.command_name(), "-u");
  SimpleCommand d = only("env -u B A=1 C=2 cmd x");
  ASSERT_EQ(d.assignments.size(), 2u);
  EXPECT_EQ(d.assignments[0].name, "A");
  EXPECT_TRUE(d.assignments[0].via_env);
  EXPECT_EQ(d.assignments[1].value.text, "2");
  EXPECT_EQ(d.command_name(), "cmd");
  EXPECT_EQ(only("env - PATH=/bin job").command_name(), "job");
  EXPECT_EQ(only("env $(cat .env | xargs) node app.js").command_name(), "node");
}

TEST(ShellWrappers, SudoAsAnotherUser) {
  SimpleCommand c = only("sudo -u www-data php artisan schedule:run");
  EXPECT_EQ(wrapper_names(c), (std::vector<std::string>{"sudo"}));
  EXPECT_EQ(c.command_name(), "php");
  ASSERT_NE(c.wrapper("sudo"), nullptr);
  EXPECT_EQ(c.words[c.wrapper("sudo")->word].text, "sudo");
  // `sudo -l` lists privileges: sudo itself is the command.
  EXPECT_EQ(only("sudo -l").command_name(), "sudo");
}

TEST(ShellWrappers, BuiltinsAndOptionsThatRunNothing) {
  EXPECT_EQ(only("exec -a name /usr/bin/job").command_name(), "job");
  EXPECT_EQ(only("command -v python3").command_name(), "command");
  EXPECT_EQ(only("command python3 x.py").command_name(), "python3");
  EXPECT_EQ(only("ionice -c3 nice job").command_name(), "job");
  EXPECT_EQ(only("ionice -p 42").command_name(), "ionice");
  EXPECT_EQ(only("ionice --pid=42").command_name(), "ionice");
  EXPECT_EQ(only("nohup chronic run-one setlock -n /l stdbuf -oL job").command_name(), "job");
  EXPECT_EQ(only("lockrun --lockfile=/l -- job").command_name(), "job");
  EXPECT_EQ(only("nice -- -weird").command_name(), "-weird");
  // A wrapper's name that comes from an expansion is not recognised.
  EXPECT_EQ(only("$NICE job").command_word()->text, "$NICE");
}

TEST(ShellWrappers, TableLookUp) {
  ASSERT_NE(find_wrapper("timeout"), nullptr);
  EXPECT_EQ(find_wrapper("timeout")->operands, 1);
  EXPECT_EQ(find_wrapper("flock")->special, WrapperSpec::Special::flock);
  EXPECT_EQ(find_wrapper("python3"), nullptr);
  EXPECT_EQ(find_wrapper(""), nullptr);
  EXPECT_TRUE(is_shell_name("dash"));
  EXPECT_FALSE(is_shell_name("python"));
}

TEST(ShellQueries, InterpreterScriptAndSourcedFile) {
  SimpleCommand py = only("timeout 60 /usr/bin/python3 -u -W ignore x.py --day 1");
  ASSERT_NE(interpreter_script(py), nullptr);
  EXPECT_EQ(interpreter_script(py)->text, "x.py");
  EXPECT_EQ(interpreter_script(only("python3 -m http.server")), nullptr);
  EXPECT_EQ(interpreter_script(only("bash -c 'echo'")), nullptr);
  EXPECT_EQ(interpreter_script(only("node -- app.js"))->text, "app.js");
  EXPECT_EQ(sourced_file(only(". /etc/profile"))->text, "/etc/profile");
  EXPECT_EQ(sourced_file(only("cat /etc/profile")), nullptr);
  EXPECT_TRUE(is_interpreter("python3.11"));
  EXPECT_FALSE(is_interpreter("pythonic"));
}

}  // namespace
}  // namespace cronkit::shell
