#pragma once
// `cronrun --diff-env`: what the current shell has that the job will not. Only names and PATH
// entries leave this module; the current shell's values never do (they are often API keys).

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "environment/environment.hpp"

namespace cronkit {

// Names that usually hold credentials: KEY, TOKEN, SECRET, PASSWORD, PASSWD, API, CREDENTIAL
// (any case), e.g. OPENAI_API_KEY, GITHUB_TOKEN, AWS_SECRET_ACCESS_KEY.
bool looks_like_secret(std::string_view name);

// Variables of an interactive session that a job rarely needs (TERM, DISPLAY, PWD, SHLVL, ...).
bool is_session_variable(std::string_view name);

struct EnvironmentDiff {
  struct Missing {
    std::string name;
    bool secret = false;   // looks_like_secret
    bool session = false;  // is_session_variable
    std::string hint;      // why it may matter ("ssh and git cannot reach your agent"), or empty
  };
  std::vector<Missing> missing;  // set in the current shell, not in the job; sorted by name
  // Entries of the current PATH that the job's PATH lacks, in the current PATH's order.
  std::vector<std::string> missing_path_entries;
  // Entries of the job's PATH that the current PATH lacks.
  std::vector<std::string> extra_path_entries;
  // Names both have with different values (PATH excluded: see the entries above); sorted.
  std::vector<std::string> different;
  // Names only the job has; sorted.
  std::vector<std::string> only_in_job;
};

EnvironmentDiff diff_environment(const JobEnvironment& job, std::span<const EnvVar> current);

// "a:b::c" -> {"a", "b", "", "c"} (an empty entry means the current directory to a shell).
std::vector<std::string> split_path(std::string_view path);

}  // namespace cronkit
