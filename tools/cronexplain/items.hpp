#pragma once
// cronexplain's items: schedules given as arguments and the entries of crontab files, each
// explained, with the parser's errors and what never fires reported on standard error.

#include <string>
#include <vector>

#include <date/tz.h>

#include "ast/ast.hpp"
#include "common/tool.hpp"
#include "embedded/embedded.hpp"
#include "explain/explain.hpp"
#include "explain/render.hpp"

namespace cronkit::cronexplain {

struct Context {
  ExplainOptions explain;
  const date::time_zone* zone = nullptr;  // for --next
  date::sys_seconds from;
  std::size_t next = 0;
  bool invalid_content = false;
};

// One schedule given as an argument; nothing is added when it does not parse.
void explain_argument(const tool::Tool& cli, const std::string& text, Context& context,
                      std::vector<ExplainedItem>& items);
// Every schedule of a workflow or a manifest (lib/embedded), each read by its system's dialect,
// at its line and column in the file; the file's problems (not YAML, a template) and the
// schedules' errors go to standard error at their places. `tz_given`: --tz or cronkit.toml's tz
// set context.zone; otherwise a system with a zone of its own (GitHub Actions: UTC) uses it.
void explain_found_file(const tool::Tool& cli, const std::string& path, const std::string& text,
                        embedded::FileKind kind, const Context& context, bool tz_given,
                        bool& invalid_content, std::vector<ExplainedItem>& items);
// Every entry of a crontab that cron accepts.
void explain_crontab(const tool::Tool& cli, const Crontab& crontab, Context& context,
                     std::vector<ExplainedItem>& items);

}  // namespace cronkit::cronexplain
