#include "lint/registry.hpp"
#include "lint/edit_distance.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace cronkit::rules {

// The list of every rule: one line per rule, sorted by id (the variable is the id with '-'
// replaced by '_'; it is defined in lib/lint/rules/<id>.cpp).
// clang-format off
#define CRONKIT_LINT_RULES(X) \
  X(airflow_catchup_backlog) \
  X(cd_without_and) \
  X(command_too_long) \
  X(comment_contradicts_schedule) \
  X(crlf_line_endings) \
  X(cron_d_filename_invalid) \
  X(cronjob_starting_deadline_short) \
  X(cronjob_tz_prefix) \
  X(cronjob_without_time_zone) \
  X(crontab_file_permissions) \
  X(dangerous_command) \
  X(dialect_signature) \
  X(directive_invalid) \
  X(dom_dow_or) \
  X(dom_out_of_range) \
  X(dom_skips_short_months) \
  X(dotenv_not_loaded) \
  X(dow_numbered_from_sunday) \
  X(dow_out_of_range) \
  X(dow_sunday_7) \
  X(dst_transition_time) \
  X(duplicate_entry) \
  X(env_empty_unquoted) \
  X(env_export) \
  X(env_inline_comment) \
  X(env_name_typo) \
  X(env_tilde) \
  X(env_trailing_whitespace) \
  X(env_var_expansion) \
  X(env_var_undefined) \
  X(eventbridge_local_time) \
  X(field_count) \
  X(field_syntax) \
  X(file_too_long) \
  X(fires_every_second) \
  X(flock_blocking) \
  X(github_top_of_hour) \
  X(hcl_syntax) \
  X(hour_out_of_range) \
  X(inverted_existence_guard) \
  X(line_continuation) \
  X(local_time_without_zone) \
  X(log_path_unwritable) \
  X(mail_without_recipient) \
  X(mailto_invalid) \
  X(minute_out_of_range) \
  X(minute_wildcard_fixed_hour) \
  X(missing_final_newline) \
  X(month_out_of_range) \
  X(name_invalid) \
  X(never_fires) \
  X(next_run_beyond_search) \
  X(no_overlap_lock) \
  X(no_timeout) \
  X(non_ascii_character) \
  X(output_not_redirected) \
  X(path_not_set) \
  X(percent_unescaped) \
  X(python_outside_venv) \
  X(python_unversioned) \
  X(range_reversed) \
  X(reboot_caveats) \
  X(redirect_after_ampersand) \
  X(redirect_order) \
  X(redirect_truncates_input) \
  X(relative_path) \
  X(schedule_not_literal) \
  X(script_no_shebang) \
  X(script_not_executable) \
  X(seconds_or_year_field) \
  X(secret_in_crontab) \
  X(shell_bashism) \
  X(sources_shell_rc) \
  X(special_invalid) \
  X(stderr_not_captured) \
  X(step_exceeds_range) \
  X(step_uneven) \
  X(step_without_range) \
  X(step_zero) \
  X(sudo_in_cron) \
  X(tilde_quoted) \
  X(time_zone_unknown) \
  X(too_frequent) \
  X(tz_not_schedule) \
  X(unbalanced_quotes) \
  X(unfilled_placeholder) \
  X(user_field_in_user_crontab) \
  X(user_field_missing) \
  X(user_invalid) \
  X(user_unknown) \
  X(venv_activate) \
  X(yaml_syntax) \
  /* end of the list */
// clang-format on

#define CRONKIT_DECLARE_RULE(name) extern const lint::Rule name;
CRONKIT_LINT_RULES(CRONKIT_DECLARE_RULE)
#undef CRONKIT_DECLARE_RULE

}  // namespace cronkit::rules

namespace cronkit::lint {
namespace {

#define CRONKIT_RULE_ADDRESS(name) &rules::name,
constexpr std::array registered_rules = {CRONKIT_LINT_RULES(CRONKIT_RULE_ADDRESS)};
#undef CRONKIT_RULE_ADDRESS

}  // namespace

std::span<const Rule* const> all_rules() {
  return registered_rules;
}

const Rule* find_rule(std::string_view id) {
  for (const Rule* rule : registered_rules) {
    if (rule->info.id == id) return rule;
  }
  return nullptr;
}

std::string closest_rule_id(std::string_view id) {
  // A part of an id ("dst" for "dst-transition-time") is the best guess; the shortest such id
  // wins. Otherwise the id with the fewest edits, when that is not too many.
  std::string_view best;
  for (const Rule* rule : registered_rules) {
    std::string_view candidate = rule->info.id;
    if (id.size() >= 3 && candidate.find(id) != std::string_view::npos &&
        (best.empty() || candidate.size() < best.size())) {
      best = candidate;
    }
  }
  if (!best.empty()) return std::string(best);
  std::size_t best_distance = 0;
  for (const Rule* rule : registered_rules) {
    std::size_t distance = edit_distance(id, rule->info.id);
    if (best.empty() || distance < best_distance) {
      best = rule->info.id;
      best_distance = distance;
    }
  }
  if (best.empty() || best_distance > std::max<std::size_t>(3, id.size() / 3)) return {};
  return std::string(best);
}

}  // namespace cronkit::lint
