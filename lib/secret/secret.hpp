#pragma once
// Secrets in crontabs: which environment names and which values are API keys, tokens and
// passwords, and how to show them without showing them. One home for the linter (which reports
// them), and for every tool that prints an environment or a command (which masks them unless
// asked to show them). A leaf module: text in, text out.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cronkit::secret {

// Whether the name of an environment variable says that it holds a secret: OPENAI_API_KEY,
// GITHUB_TOKEN, AWS_SECRET_ACCESS_KEY, DB_PASSWORD, PGPASSWORD, SMTP_PASS, MYSQL_PWD, STRIPE_KEY,
// ... but not names that hold where a secret is (TOKEN_FILE, SECRET_PATH, KEY_DIR, VAULT_URL),
// nor KEYBOARD, PATH, MAILTO, SHELL or TZ. Case-insensitive.
bool is_secret_name(std::string_view name);

// A credential-shaped token found in text: [begin, end) and what it looks like ("a GitHub
// token").
struct Credential {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string_view kind;
};

// The first token in `text` shaped like a known credential: a known prefix (`sk-`, `sk-ant-`,
// `AKIA` + 16, `ghp_`, `gho_`, `github_pat_`, `glpat-`, `xoxb-`/`xoxp-`/`xoxa-`, `AIza`,
// `hf_`), a JSON Web Token (`eyJ...` with three dot-separated parts), or the password of a URL
// (`scheme://user:PASSWORD@host`; the span is the password alone). Searching starts at `from`.
std::optional<Credential> find_credential(std::string_view text, std::size_t from = 0);

// What a whole value looks like, when it looks like a secret on its own: any credential above,
// or a long random-looking string (32+ characters of hex, or of base64 with high entropy).
std::optional<std::string_view> secret_value_kind(std::string_view value);

// Whether to mask the value of NAME=VALUE: a secret name with a literal value (not `$VAR`,
// `/a/path`, `~/...`, a command substitution, or a value under 4 characters such as `0` or
// `yes`), or a value that looks like a secret whatever its name.
bool should_mask(std::string_view name, std::string_view value);

// A secret shown safely: at most its first 4 characters (fewer for short ones, none under 8),
// an ellipsis and its length: `sk-p…[51 chars]`. A URL keeps everything but its password:
// `postgres://app:…@db/prod`.
std::string mask(std::string_view secret);

// The value of NAME=VALUE as a tool may print it: masked when should_mask, else unchanged.
std::string shown_value(std::string_view name, std::string_view value);

// Every secret in a line of text that a tool must not print in full, in order and without
// overlaps: what find_credential sees, the credentials of an HTTP Authorization header
// (`Bearer TOKEN`, `Basic BASE64`), and the value of a `NAME=value` word or a
// `--name=value` option when should_mask says so for that name (`DB_PASSWORD=hunter2 ./job`,
// `--api-key=...`), and the password of a MySQL client glued to `-p` (`mysqldump -pS3cret`). A
// value starting with `$` is filled in at run time and is not a secret.
std::vector<Credential> find_secrets(std::string_view text);

// `text` with every secret find_secrets sees replaced by its mask, for printing a command line
// (a URL keeps everything but its password).
std::string mask_credentials(std::string_view text);

// A line of a crontab with its secrets starred out byte for byte (`OPENAI_API_KEY=sk-p*****`):
// the value of a `NAME=value` line that should_mask, and every credential find_credential sees,
// and every other secret find_secrets sees, keep the characters mask() would show and have every
// other byte replaced by `*`. The length
// stays the same, so a caret drawn under the original line still points at the right column.
std::string star_out_line(std::string_view line);

}  // namespace cronkit::secret
