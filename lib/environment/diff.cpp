#include "environment/diff.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace cronkit {
namespace {

std::string upper(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return result;
}

std::string hint_for(std::string_view name) {
  if (name == "SSH_AUTH_SOCK") return "ssh, scp and git over ssh cannot use your ssh agent";
  if (name == "XDG_RUNTIME_DIR" || name == "DBUS_SESSION_BUS_ADDRESS")
    return "`systemctl --user`, notify-send and other session-bus clients fail";
  if (name == "VIRTUAL_ENV" || name == "CONDA_PREFIX" || name == "CONDA_DEFAULT_ENV")
    return "the Python environment is not active: call its bin/python explicitly";
  if (name == "NVM_DIR" || name == "NVM_BIN")
    return "nvm is not loaded: node and npm come "
           "from PATH";
  if (name == "PYTHONPATH" || name == "NODE_PATH" || name == "GOPATH" || name == "GEM_HOME" ||
      name == "CARGO_HOME" || name == "JAVA_HOME" || name == "RUSTUP_HOME")
    return "the toolchain may not find its modules or files";
  if (name == "LANG" || name == "LANGUAGE" || name.starts_with("LC_"))
    return "the locale differs: text encoding, sort order, date formats";
  if (name == "TZ") return "times are printed in the system's zone";
  if (name == "http_proxy" || name == "https_proxy" || name == "HTTP_PROXY" ||
      name == "HTTPS_PROXY" || name == "no_proxy" || name == "NO_PROXY")
    return "network requests bypass your proxy";
  return {};
}

}  // namespace

bool looks_like_secret(std::string_view name) {
  std::string n = upper(name);
  for (std::string_view word :
       {"KEY", "TOKEN", "SECRET", "PASSWORD", "PASSWD", "API", "CREDENTIAL"}) {
    if (n.find(word) != std::string::npos) return true;
  }
  return false;
}

bool is_session_variable(std::string_view name) {
  static constexpr std::array<std::string_view, 26> exact = {
      "TERM",        "COLORTERM",  "DISPLAY",  "WAYLAND_DISPLAY", "PWD",
      "OLDPWD",      "SHLVL",      "_",        "COLUMNS",         "LINES",
      "LS_COLORS",   "PS1",        "PS2",      "PROMPT_COMMAND",  "TMUX",
      "TMUX_PANE",   "STY",        "WINDOW",   "SSH_CLIENT",      "SSH_CONNECTION",
      "SSH_TTY",     "MOTD_SHOWN", "LESSOPEN", "LESSCLOSE",       "MAIL",
      "TERM_PROGRAM"};
  if (std::find(exact.begin(), exact.end(), name) != exact.end()) return true;
  return name.starts_with("XDG_SESSION_") || name.starts_with("HIST") ||
         name.starts_with("TERM_PROGRAM") || name.starts_with("VTE_") ||
         name.starts_with("WINDOWID");
}

std::vector<std::string> split_path(std::string_view path) {
  std::vector<std::string> entries;
  while (true) {
    std::size_t colon = path.find(':');
    entries.emplace_back(path.substr(0, colon));
    if (colon == std::string_view::npos) break;
    path.remove_prefix(colon + 1);
  }
  return entries;
}

EnvironmentDiff diff_environment(const JobEnvironment& job, std::span<const EnvVar> current) {
  EnvironmentDiff diff;
  auto current_value = [&](std::string_view name) -> const std::string* {
    for (const EnvVar& v : current) {
      if (v.name == name) return &v.value;
    }
    return nullptr;
  };
  for (const EnvVar& v : current) {
    if (v.name.starts_with("CRONKIT_")) continue;  // cronrun's own settings
    const JobVariable* in_job = job.find(v.name);
    if (!in_job) {
      if (std::none_of(diff.missing.begin(), diff.missing.end(),
                       [&](const auto& m) { return m.name == v.name; })) {
        diff.missing.push_back(
            {v.name, looks_like_secret(v.name), is_session_variable(v.name), hint_for(v.name)});
      }
    } else if (in_job->value != v.value && v.name != "PATH") {
      diff.different.push_back(v.name);
    }
  }
  for (const JobVariable& v : job.variables) {
    if (!current_value(v.name)) diff.only_in_job.push_back(v.name);
  }
  const std::string* current_path = current_value("PATH");
  const JobVariable* job_path = job.find("PATH");
  std::vector<std::string> job_entries =
      job_path ? split_path(job_path->value) : std::vector<std::string>{};
  std::vector<std::string> current_entries =
      current_path ? split_path(*current_path) : std::vector<std::string>{};
  auto contains = [](const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
  };
  for (const std::string& entry : current_entries) {
    if (!contains(job_entries, entry) && !contains(diff.missing_path_entries, entry)) {
      diff.missing_path_entries.push_back(entry);
    }
  }
  for (const std::string& entry : job_entries) {
    if (!contains(current_entries, entry) && !contains(diff.extra_path_entries, entry)) {
      diff.extra_path_entries.push_back(entry);
    }
  }
  std::sort(diff.missing.begin(), diff.missing.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  std::sort(diff.different.begin(), diff.different.end());
  diff.different.erase(std::unique(diff.different.begin(), diff.different.end()),
                       diff.different.end());
  std::sort(diff.only_in_job.begin(), diff.only_in_job.end());
  return diff;
}

}  // namespace cronkit
