#include "environment/mail.hpp"

#include <cctype>

namespace cronkit {

bool mail_address_is_safe(std::string_view value, DialectId dialect) {
  std::string_view punctuation = cronkit::dialect(dialect).mail_address_punctuation;
  if (punctuation.empty()) return true;  // the daemon checks nothing (busybox, FreeBSD)
  for (std::size_t i = 0; i < value.size(); ++i) {
    auto c = static_cast<unsigned char>(value[i]);
    bool ok = c < 0x80 && std::isprint(c) &&
              (std::isalnum(c) || (i > 0 && punctuation.find(value[i]) != std::string_view::npos));
    if (!ok) return false;
  }
  return true;
}

MailtoEffect mailto_effect(std::optional<std::string_view> mailto, DialectId dialect) {
  if (!mailto) return MailtoEffect::owner;
  // Both crons test for the empty string before safe_p, so `MAILTO=""` is quiet, not "UNSAFE".
  if (mailto->empty()) return MailtoEffect::none;
  return mail_address_is_safe(*mailto, dialect) ? MailtoEffect::address : MailtoEffect::refused;
}

std::string mail_sender(std::optional<std::string_view> mailfrom, DialectId dialect,
                        std::string_view owner) {
  if (mailfrom && !mailfrom->empty() && mail_address_is_safe(*mailfrom, dialect)) {
    return std::string(*mailfrom);
  }
  std::string_view fixed = cronkit::dialect(dialect).fixed_mail_sender;
  return std::string(fixed.empty() ? owner : fixed);
}

bool mail_value_is_expanded(std::string_view value, DialectId dialect) {
  return cronkit::dialect(dialect).expands_mail_variables &&
         value.find('$') != std::string_view::npos;
}

std::string cronie_expand_mail_variable(std::string_view value,
                                        std::span<const EnvVar> daemon_environment) {
  auto lookup = [&](std::string_view name) -> std::string_view {
    for (const EnvVar& v : daemon_environment) {
      if (v.name == name) return v.value;
    }
    return {};
  };
  std::string result;
  while (true) {
    // find_envvar: `size` counts the `$`, an optional `{`, the name and a closing `}`. A digit
    // while size <= 2 (right after `$` or `${`, or as the second character of an unbraced name),
    // a misplaced `{`, an empty `${}` or an unclosed `${` ends the expansion: the rest is copied
    // as it is.
    std::size_t dollar = value.find('$');
    if (dollar == std::string_view::npos) break;
    std::size_t size = 1;
    bool waiting_close = false;
    bool found = true;
    for (std::size_t i = dollar + 1; i < value.size(); ++i) {
      auto c = static_cast<unsigned char>(value[i]);
      if (c == '_' || std::isalnum(c)) {
        if (size <= 2 && std::isdigit(c)) {
          found = false;
          break;
        }
        ++size;
      } else if (c == '{') {
        if (size != 1) {
          found = false;
          break;
        }
        ++size;
        waiting_close = true;
      } else if (c == '}') {
        if ((waiting_close && size == 2) || size == 1) {
          found = false;
          break;
        }
        if (waiting_close) ++size;
        waiting_close = false;
        break;
      } else {
        break;
      }
    }
    if (!found || waiting_close) break;
    std::string_view name = value.substr(dollar + 1, size - 1);
    if (name.starts_with("{")) name = name.substr(1, name.size() - 2);
    result.append(value.substr(0, dollar));
    result.append(lookup(name));
    value.remove_prefix(dollar + size);
  }
  result.append(value);
  return result;
}

}  // namespace cronkit
