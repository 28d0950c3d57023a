#pragma once
// Where cron mails a job's output, and as whom: the MAILTO and MAILFROM rules of both crons'
// do_command.c, in one place for the environment builder (cronrun), cronexplain and cronlint.
//
// Debian (cron 3.0pl1-162, `child_process`): MAILTO unset mails the crontab's owner; an empty
// MAILTO (`MAILTO=""`) sends nothing and logs nothing; a value `safe_p` refuses sends nothing and
// logs "UNSAFE MAIL". MAILFROM unset, empty or refused makes the sender "root (Cron Daemon)".
// cronie (`child_process`): the same three outcomes for MAILTO, after expanding `$NAME` in the
// value from crond's environment; the sender falls back to the owner's name.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "dialect/dialect.hpp"
#include "environment/pam_env.hpp"

namespace cronkit {

// The check both crons apply to MAILTO and MAILFROM before putting them on sendmail's command
// line (do_command.c `safe_p`): every character printable ASCII, the first alphanumeric, the
// others alphanumeric or the dialect's mail_address_punctuation. The empty value passes: it
// never reaches the check, because cron reads it as "no mail" first (mailto_effect).
bool mail_address_is_safe(std::string_view value, DialectId dialect);

// What cron does with a job's captured output.
enum class MailtoEffect {
  owner,    // MAILTO is not set: mailed to the crontab's owner
  none,     // MAILTO is empty: no mail, by design (the documented way to turn mail off)
  refused,  // MAILTO fails mail_address_is_safe: no mail, and cron logs "UNSAFE"
  address,  // mailed to MAILTO's value (one address or a comma-separated list)
};
// `mailto` is the value in force, after cronie's expansion (cronie_expand_mail_variable);
// nothing when the job's environment has no MAILTO.
MailtoEffect mailto_effect(std::optional<std::string_view> mailto, DialectId dialect);

// The sender cron writes on the mail: MAILFROM when it is set, not empty and safe; otherwise
// the dialect's fixed sender (Debian) or the owner's name (cronie).
std::string mail_sender(std::optional<std::string_view> mailfrom, DialectId dialect,
                        std::string_view owner);

// Whether cron rewrites this MAILTO or MAILFROM value before using it: cronie expands `$NAME`
// and `${NAME}` from crond's environment, so what the crontab says is not the address.
bool mail_value_is_expanded(std::string_view value, DialectId dialect);

// cronie's `$NAME` / `${NAME}` expansion of MAILTO and MAILFROM (cronie_common.c
// `expand_envvar`), which looks names up in crond's own environment, not the job's.
std::string cronie_expand_mail_variable(std::string_view value,
                                        std::span<const EnvVar> daemon_environment);

}  // namespace cronkit
