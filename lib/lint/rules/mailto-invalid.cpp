// mailto-invalid: a MAILTO/MAILFROM value that sendmail cannot use, or that cron refuses as unsafe.

#include <fmt/format.h>

#include <cctype>

#include "environment/mail.hpp"
#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a non-empty `MAILTO` or `MAILFROM` value that is not a comma-separated list of local user
names or `local@domain` addresses: `ops@example,com`, `mailto:ops@x.org`, `ops@@x.org`, a list
separated by blanks, an unbalanced quote. A comment after the value is `env-inline-comment`'s
business and is left out here.

## Why is this bad?
cron hands the value to sendmail as one argument. Debian's cron and cronie first check that it
contains only letters, digits and `@!:%-.,_+` (Debian also `=/`); a value with a blank or another
character is refused as "UNSAFE": for MAILTO no mail is sent at all, for MAILFROM the mail goes
out from cron's default sender. A malformed address bounces. Either way the only channel that
reports failures is silent.

## Example
    MAILTO=ops@example,com

## Use instead
    MAILTO=ops@example.com

## Notes
Silent under the supercronic and systemd-cron dialects, which mail no job output to MAILTO
(`Dialect::mails_output_to_mailto`); under busybox crond, which hands the value to sendmail
unchecked, only the address syntax is checked.)doc";

bool is_local_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' ||
         c == '+' || c == '%' || c == '!';
}

// Why one comma-separated item is not an address; empty when it is one.
std::string item_problem(std::string_view item) {
  if (item.empty()) return "an empty address between commas";
  if (item.starts_with("mailto:"))
    return fmt::format("`{}` has a `mailto:` prefix", lint::excerpt(item));
  std::size_t at = item.find('@');
  std::string_view local = item.substr(0, at);
  if (local.empty()) return fmt::format("`{}` has no name before `@`", lint::excerpt(item));
  for (char c : local) {
    if (!is_local_char(c)) return fmt::format("`{}` contains `{}`", lint::excerpt(item), c);
  }
  if (at == std::string_view::npos) return {};
  std::string_view domain = item.substr(at + 1);
  if (domain.find('@') != std::string_view::npos) {
    return fmt::format("`{}` has more than one `@`", lint::excerpt(item));
  }
  if (domain.empty()) return fmt::format("`{}` has no domain after `@`", lint::excerpt(item));
  if (domain == "localhost") return {};
  if (domain.find('.') == std::string_view::npos) {
    return fmt::format("the domain of `{}` has no dot", lint::excerpt(item));
  }
  std::size_t start = 0;
  while (start <= domain.size()) {
    std::size_t dot = domain.find('.', start);
    std::string_view label =
        domain.substr(start, dot == std::string_view::npos ? dot : dot - start);
    if (label.empty())
      return fmt::format("the domain of `{}` has an empty label", lint::excerpt(item));
    for (char c : label) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') {
        return fmt::format("the domain of `{}` contains `{}`", lint::excerpt(item), c);
      }
    }
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return {};
}

void check(lint::RuleContext& ctx) {
  // supercronic ignores MAILTO, and systemd-cron mails only a failure notice: no job output
  // goes to these addresses.
  if (!ctx.dialect.mails_output_to_mailto) return;
  using Outcome = lint::EnvLineCandidate::Outcome;
  for (const lint::EnvLineView& view : lint::env_lines(ctx)) {
    std::string_view name = view.candidate.name;
    if (name != "MAILTO" && name != "MAILFROM") continue;
    std::size_t value_begin = view.line_begin + view.candidate.value_begin;
    if (view.candidate.outcome == Outcome::unterminated_quote) {
      ctx.report(ctx.span_at(*view.line, value_begin, value_begin + 1),
                 fmt::format("the quote that opens the {} value is never closed: cron reads the "
                             "line as a job and rejects it{}",
                             name,
                             ctx.dialect.rejects_whole_file_on_error
                                 ? ", and Debian's cron ignores the whole file"
                                 : ""));
      continue;
    }
    if (!view.assignment) continue;
    std::string value = view.assignment->value;
    // The comment part belongs to env-inline-comment.
    for (std::size_t i = 1; i < value.size(); ++i) {
      if (value[i] == '#' && (value[i - 1] == ' ' || value[i - 1] == '\t')) {
        value.resize(i);
        while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.pop_back();
        break;
      }
    }
    // An empty value is how a crontab turns mail off; an expanded one is only known to crond.
    if (value.empty() || mail_value_is_expanded(value, ctx.dialect.id)) continue;
    std::size_t quote = view.candidate.quote ? 1 : 0;
    Span span = ctx.span_at(*view.line, value_begin + quote, value_begin + quote + value.size());
    std::string problem;
    if (value.find_first_of(" \t") != std::string::npos) {
      problem = "it contains a blank (separate addresses with commas only)";
    } else {
      std::size_t start = 0;
      while (problem.empty()) {
        std::size_t comma = value.find(',', start);
        problem = item_problem(std::string_view(value).substr(
            start, comma == std::string::npos ? comma : comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
    }
    bool safe =
        ctx.dialect.mail_address_punctuation.empty() || mail_address_is_safe(value, ctx.dialect.id);
    if (problem.empty() && safe) continue;
    if (problem.empty()) problem = "it contains a character cron does not allow";
    std::string message =
        fmt::format("{} `{}` is not a valid address list: {}", name, value, problem);
    if (safe) {
      message += "; the mail will bounce";
    } else if (name == "MAILTO") {
      message += fmt::format("; {} refuses the value as unsafe and sends no mail at all",
                             ctx.dialect.daemon);
    } else {
      // An unsafe sender does not stop the mail: cron falls back to its own sender.
      std::string sender = mail_sender(std::nullopt, ctx.dialect.id, "the crontab's owner");
      message += fmt::format("; {} ignores the value as unsafe and sends the mail from {}",
                             ctx.dialect.daemon, sender);
    }
    ctx.report(span, std::move(message));
  }
}

}  // namespace

extern const lint::Rule mailto_invalid{
    {.id = "mailto-invalid",
     .severity = Severity::warning,
     .category = lint::Category::environment,
     .summary = "MAILTO or MAILFROM is not a valid comma-separated address list",
     .doc = doc},
    check};

}  // namespace cronkit::rules
