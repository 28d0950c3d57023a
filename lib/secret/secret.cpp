#include "secret/secret.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "text/byte_openings.hpp"

namespace cronkit::secret {

namespace {

constexpr std::string_view url_password_kind = "a password in a URL";

// How many leading characters a mask shows of a secret of this length: enough to recognise which
// key it is (`sk-p`, `ghp_`), never enough to guess it.
std::size_t shown_prefix(std::size_t length) {
  return length >= 16 ? 4 : length >= 8 ? 2 : 0;
}

// The bytes of a token: ASCII letters and digits, `_` and `-`. A table, because
// find_credential() asks about the byte before every place a credential may start.
constexpr std::array<bool, 256> token_bytes = [] {
  std::array<bool, 256> table{};
  for (unsigned c = 0; c < 256; ++c) {
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    table[c] = alnum || c == '_' || c == '-';
  }
  return table;
}();

bool is_token_char(char c) {
  return token_bytes[static_cast<unsigned char>(c)];
}

std::string upper(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return result;
}

bool all_of(std::string_view text, int (*predicate)(int)) {
  for (char c : text) {
    if (!predicate(static_cast<unsigned char>(c))) return false;
  }
  return !text.empty();
}

struct Shape {
  std::string_view prefix;
  std::size_t min_rest;  // characters after the prefix
  std::string_view kind;
  bool aws_key_id;  // exactly 16 upper-case letters and digits after the prefix
};
constexpr std::array<Shape, 12> shapes = {{
    {"sk-ant-", 20, "an Anthropic API key", false},
    {"sk-", 20, "an OpenAI-style API key", false},
    {"AKIA", 16, "an AWS access key id", true},
    {"ghp_", 20, "a GitHub token", false},
    {"gho_", 20, "a GitHub token", false},
    {"github_pat_", 20, "a GitHub token", false},
    {"glpat-", 20, "a GitLab token", false},
    {"xoxb-", 10, "a Slack token", false},
    {"xoxp-", 10, "a Slack token", false},
    {"xoxa-", 10, "a Slack token", false},
    {"AIza", 30, "a Google API key", false},
    {"hf_", 30, "a Hugging Face token", false},
}};

// A known-prefix token starting at text[i] (which starts a token): its end, or npos.
std::size_t shaped_token_end(std::string_view text, std::size_t i, std::string_view& kind) {
  for (const Shape& shape : shapes) {
    // The first byte alone rules out most shapes, without a call to compare the whole prefix.
    if (text[i] != shape.prefix[0] || !text.substr(i).starts_with(shape.prefix)) continue;
    std::size_t end = i + shape.prefix.size();
    while (end < text.size() && is_token_char(text[end])) ++end;
    std::size_t rest = end - i - shape.prefix.size();
    if (rest < shape.min_rest) continue;
    if (shape.aws_key_id && (rest != 16 || !all_of(text.substr(i + 4, 16), [](int c) -> int {
                               return std::isupper(c) || std::isdigit(c);
                             }))) {
      continue;
    }
    kind = shape.kind;
    return end;
  }
  return std::string_view::npos;
}

bool is_base64url_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
}

// A JSON Web Token at text[i]: `eyJ` header, three base64url parts separated by dots.
std::size_t jwt_end(std::string_view text, std::size_t i) {
  if (!text.substr(i).starts_with("eyJ")) return std::string_view::npos;
  std::size_t end = i;
  for (int part = 0; part < 3; ++part) {
    std::size_t start = end;
    while (end < text.size() && is_base64url_char(text[end])) ++end;
    if (end - start < (part == 2 ? 8 : 10)) return std::string_view::npos;
    if (part < 2) {
      if (end >= text.size() || text[end] != '.') return std::string_view::npos;
      ++end;
    }
  }
  return end;
}

// The password of `scheme://user:password@host` whose "://" is at text[colon_slash]: its span.
std::optional<std::pair<std::size_t, std::size_t>> url_password(std::string_view text,
                                                                std::size_t colon_slash) {
  std::size_t start = colon_slash + 3;
  // The authority ends at the first '/', '?', '#' or blank; the password at its last '@'.
  std::size_t end = start;
  while (end < text.size() && text[end] != '/' && text[end] != '?' && text[end] != '#' &&
         !std::isspace(static_cast<unsigned char>(text[end])) && text[end] != '"' &&
         text[end] != '\'') {
    ++end;
  }
  std::string_view authority = text.substr(start, end - start);
  std::size_t at = authority.rfind('@');
  if (at == std::string_view::npos) return std::nullopt;
  std::size_t colon = authority.find(':');
  if (colon == std::string_view::npos || colon > at || colon + 1 == at) return std::nullopt;
  std::string_view password = authority.substr(colon + 1, at - colon - 1);
  // `${DB_PASSWORD}` and `$PASS` are filled in at run time: nothing is written down.
  if (password.starts_with('$')) return std::nullopt;
  return std::pair{start + colon + 1, start + at};
}

double entropy_bits_per_char(std::string_view text) {
  std::array<int, 256> counts{};
  for (char c : text) ++counts[static_cast<unsigned char>(c)];
  double bits = 0;
  for (int count : counts) {
    if (count == 0) continue;
    double p = static_cast<double>(count) / static_cast<double>(text.size());
    bits -= p * std::log2(p);
  }
  return bits;
}

bool looks_random(std::string_view value) {
  if (value.size() < 32) return false;
  if (all_of(value, [](int c) -> int { return std::isxdigit(c); })) {
    // Not a run of one digit or a decimal number.
    return !all_of(value, [](int c) -> int { return std::isdigit(c); }) &&
           entropy_bits_per_char(value) >= 3.0;
  }
  bool lower = false, upper_case = false, digit = false;
  for (char c : value) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::islower(u)) {
      lower = true;
    } else if (std::isupper(u)) {
      upper_case = true;
    } else if (std::isdigit(u)) {
      digit = true;
    } else if (c != '+' && c != '/' && c != '=' && c != '_' && c != '-') {
      return false;  // not base64: words, paths with dots, sentences
    }
  }
  return lower && upper_case && digit && entropy_bits_per_char(value) >= 4.0;
}

}  // namespace

bool is_secret_name(std::string_view name) {
  std::string n = upper(name);
  // Where a secret is kept, or what it is called, is not the secret.
  for (std::string_view suffix : {"_FILE", "_PATH", "_DIR", "_URL", "_ENDPOINT", "_ID", "_NAME"}) {
    if (n.ends_with(suffix)) return false;
  }
  for (std::string_view part : {"API_KEY", "APIKEY", "TOKEN", "SECRET", "PASSWORD", "PASSWD",
                                "PRIVATE_KEY", "CREDENTIAL"}) {
    if (n.find(part) != std::string::npos) return true;
  }
  for (std::string_view suffix : {"_KEY", "_PASS", "_PWD", "_AUTH"}) {
    if (n.ends_with(suffix)) return true;
  }
  return n == "KEY" || n == "PASS";
}

namespace {

// The credential that starts at text[i], where one of credential_openings starts, if one does:
// at the ':' of "://", or at a shape's or a JWT's first letter that does not continue a token.
std::optional<Credential> credential_at(std::string_view text, std::size_t i) {
  if (text[i] == ':') {
    if (!text.substr(i).starts_with("://")) return std::nullopt;
    auto password = url_password(text, i);
    if (!password) return std::nullopt;
    return Credential{password->first, password->second, url_password_kind};
  }
  if (i > 0 && is_token_char(text[i - 1])) return std::nullopt;
  std::string_view kind;
  std::size_t end = shaped_token_end(text, i, kind);
  if (end != std::string_view::npos) return Credential{i, end, kind};
  end = jwt_end(text, i);
  if (end != std::string_view::npos) return Credential{i, end, "a JSON Web Token"};
  return std::nullopt;
}

// The first two bytes of everything credential_at() finds: each shape's prefix, a JWT's "ey"
// and "://". Few commands hold one of these pairs, so find_credential() looks only where one
// starts.
constexpr std::array<ByteOpening, 10> credential_openings = {{{'s', 'k'},
                                                              {'A', 'K'},
                                                              {'A', 'I'},
                                                              {'g', 'h'},
                                                              {'g', 'i'},
                                                              {'g', 'l'},
                                                              {'x', 'o'},
                                                              {'h', 'f'},
                                                              {'e', 'y'},
                                                              {':', '/'}}};
static_assert(std::all_of(shapes.begin(), shapes.end(),
                          [](const Shape& shape) {
                            return opens_at<credential_openings>(shape.prefix, 0);
                          }),
              "every shape's prefix must open with one of credential_openings");

}  // namespace

std::optional<Credential> find_credential(std::string_view text, std::size_t from) {
  for (std::size_t i = find_opening<credential_openings>(text, from); i != std::string_view::npos;
       i = find_opening<credential_openings>(text, i + 1)) {
    if (auto found = credential_at(text, i)) return found;
  }
  return std::nullopt;
}

std::optional<std::string_view> secret_value_kind(std::string_view value) {
  if (auto found = find_credential(value)) return found->kind;
  if (looks_random(value)) return "a random-looking key";
  return std::nullopt;
}

bool should_mask(std::string_view name, std::string_view value) {
  if (secret_value_kind(value)) return true;
  if (!is_secret_name(name) || value.size() < 4) return false;
  // A reference to where the secret comes from, not the secret.
  if (value[0] == '$' || value[0] == '/' || value[0] == '~') return false;
  if (value.find("$(") != std::string_view::npos || value.find('`') != std::string_view::npos) {
    return false;
  }
  return true;
}

std::string mask(std::string_view secret) {
  if (std::size_t scheme = secret.find("://"); scheme != std::string_view::npos) {
    if (auto password = url_password(secret, scheme)) {
      return fmt::format("{}…{}", secret.substr(0, password->first),
                         secret.substr(password->second));
    }
  }
  std::size_t shown = shown_prefix(secret.size());
  return fmt::format("{}…[{} chars]", secret.substr(0, shown), secret.size());
}

std::string shown_value(std::string_view name, std::string_view value) {
  return should_mask(name, value) ? mask(value) : std::string(value);
}

namespace {

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// Where a shell word ends: a blank, a control operator, a closing parenthesis or a quote.
bool ends_word(char c) {
  return std::isspace(static_cast<unsigned char>(c)) || c == ';' || c == '&' || c == '|' ||
         c == ')' || c == '\'' || c == '"' || c == '`';
}

// The value that starts at text[i] (after `=` or a scheme keyword): quoted up to its closing
// quote, else up to the end of the word. [begin, end) of the value without its quotes.
std::pair<std::size_t, std::size_t> value_at(std::string_view text, std::size_t i) {
  if (i < text.size() && (text[i] == '\'' || text[i] == '"')) {
    std::size_t close = text.find(text[i], i + 1);
    return {i + 1, close == std::string_view::npos ? text.size() : close};
  }
  std::size_t end = i;
  while (end < text.size() && !ends_word(text[end])) ++end;
  return {i, end};
}

bool starts_with_word(std::string_view text, std::size_t i, std::string_view word) {
  if (text.size() - i < word.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(text[i + k])) != word[k]) return false;
  }
  return i == 0 || !is_token_char(text[i - 1]);
}

// A mask (`sk-p…[51 chars]`) quoted in a message is not a secret any more.
bool already_masked(std::string_view value) {
  return value.find("…") != std::string_view::npos;
}

// `Bearer TOKEN` and `Basic BASE64` (an Authorization header's schemes).
void authorization_secrets(std::string_view text, std::vector<Credential>& found) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    for (std::string_view scheme : {"bearer ", "basic "}) {
      if (!starts_with_word(text, i, scheme)) continue;
      std::size_t start = i + scheme.size();
      while (start < text.size() && text[start] == ' ') ++start;
      auto [begin, end] = value_at(text, start);
      // A variable is filled in at run time; a short word is prose, not a credential.
      if (end - begin >= 8 && text[begin] != '$' &&
          !already_masked(text.substr(begin, end - begin))) {
        found.push_back({begin, end, "a credential in an Authorization header"});
      }
    }
  }
}

// NAME=value words and --name=value options whose value should_mask.
void assignment_secrets(std::string_view text, std::vector<Credential>& found) {
  for (std::size_t eq = text.find('='); eq != std::string_view::npos; eq = text.find('=', eq + 1)) {
    std::size_t name_begin = eq;
    while (name_begin > 0 && (is_name_char(text[name_begin - 1]) || text[name_begin - 1] == '-')) {
      --name_begin;
    }
    std::string name(text.substr(name_begin, eq - name_begin));
    // --api-key=... is API_KEY=...
    while (!name.empty() && name.front() == '-') name.erase(0, 1);
    for (char& c : name) c = c == '-' ? '_' : c;
    if (name.empty() ||
        (name_begin > 0 && !ends_word(text[name_begin - 1]) && text[name_begin - 1] != '(')) {
      continue;
    }
    auto [begin, end] = value_at(text, eq + 1);
    std::string_view value = text.substr(begin, end - begin);
    if (begin < end && !already_masked(value) && should_mask(name, value)) {
      found.push_back({begin, end, "a secret value"});
    }
  }
}

// The password of the MySQL and MariaDB clients, written glued to `-p` (`mysqldump -pS3cret`).
void mysql_password_secrets(std::string_view text, std::vector<Credential>& found) {
  std::size_t client = std::min(text.find("mysql"), text.find("mariadb"));
  if (client == std::string_view::npos) return;
  for (std::size_t p = text.find("-p", client); p != std::string_view::npos;
       p = text.find("-p", p + 2)) {
    if (p == 0 || !std::isspace(static_cast<unsigned char>(text[p - 1]))) continue;
    auto [begin, end] = value_at(text, p + 2);
    std::string_view value = text.substr(begin, end - begin);
    if (!value.empty() && value[0] != '$' && !already_masked(value)) {
      found.push_back({begin, end, "a MySQL password"});
    }
  }
}

}  // namespace

std::vector<Credential> find_secrets(std::string_view text) {
  std::vector<Credential> found;
  for (std::size_t from = 0; auto credential = find_credential(text, from);) {
    found.push_back(*credential);
    from = credential->end;
  }
  authorization_secrets(text, found);
  assignment_secrets(text, found);
  mysql_password_secrets(text, found);
  // In order; of overlapping spans the first (then the longest) is kept.
  std::sort(found.begin(), found.end(), [](const Credential& a, const Credential& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<Credential> result;
  for (const Credential& credential : found) {
    if (!result.empty() && credential.begin < result.back().end) continue;
    result.push_back(credential);
  }
  return result;
}

std::string mask_credentials(std::string_view text) {
  std::string result;
  std::size_t copied = 0;
  for (const Credential& found : find_secrets(text)) {
    result.append(text.substr(copied, found.begin - copied));
    std::string_view secret = text.substr(found.begin, found.end - found.begin);
    // A URL's password alone: the rest of the URL is already outside the span.
    result += found.kind == url_password_kind ? "…" : mask(secret);
    copied = found.end;
  }
  result.append(text.substr(copied));
  return result;
}

namespace {

void star_out(std::string& text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin + shown_prefix(end - begin); i < end; ++i) text[i] = '*';
}

}  // namespace

std::string star_out_line(std::string_view line) {
  std::string result(line);
  // NAME=value, NAME = "value", NAME='value' (the shapes of a crontab's environment lines).
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  std::size_t name_begin = i;
  while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '_')) {
    ++i;
  }
  std::size_t name_end = i;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (name_end > name_begin && i < line.size() && line[i] == '=') {
    ++i;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    std::size_t value_begin = i;
    std::size_t value_end = line.size();
    while (value_end > value_begin &&
           std::isspace(static_cast<unsigned char>(line[value_end - 1]))) {
      --value_end;
    }
    if (value_begin < value_end && (line[value_begin] == '"' || line[value_begin] == '\'')) {
      std::size_t close = line.find(line[value_begin], value_begin + 1);
      ++value_begin;
      if (close != std::string_view::npos) value_end = close;
    }
    std::string_view value = line.substr(value_begin, value_end - value_begin);
    if (value_begin < value_end &&
        should_mask(line.substr(name_begin, name_end - name_begin), value) &&
        !find_credential(value)) {
      star_out(result, value_begin, value_end);
    }
  }
  for (const Credential& found : find_secrets(line)) star_out(result, found.begin, found.end);
  return result;
}

}  // namespace cronkit::secret
