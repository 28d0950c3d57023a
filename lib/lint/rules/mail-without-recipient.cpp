// mail-without-recipient: `... | mail -s "subject"` names nobody to send the report to.

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "lint/command_analysis.hpp"
#include "lint/jobs.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds `mail`, `mailx`, `bsd-mailx`, `s-nail` and `heirloom-mailx` given a subject or other sending
options but no recipient address: `report.sh | mail -s "nightly report"`. Options that take an
argument (`-s SUBJECT`, `-a FILE`, `-r FROM`, `-S VAR=VALUE`, `-q FILE`, `-u USER`, ...) are read
as such, so `mail -s report root` is fine, and so are `mail -t` (recipients from the message's
headers), `-c`/`-b` recipients, a recipient in a variable (`mail -s x "$ADMIN"`), and the mailbox
reading modes (`-f`, `-e`, `-H`, `-u`).

## Why is this bad?
Without an address, mailx exits with an error ("no recipients", or a complaint that the sending
options need one) and sends nothing: the report the job was written to deliver never arrives, and the error goes to cron's
own mail, which is usually the thing nobody reads.

## Example
    0 6 * * * /usr/local/bin/disk-report | mail -s "disk report"

## Use instead
    0 6 * * * /usr/local/bin/disk-report | mail -s "disk report" root)doc";

constexpr std::array<std::string_view, 6> mail_programs = {"mail",   "mailx", "bsd-mailx",
                                                           "s-nail", "nail",  "heirloom-mailx"};

// Options (of BSD mailx, s-nail, heirloom mailx and GNU mailutils' mail) whose argument is the
// next word when it is not attached.
bool takes_argument(char option) {
  return std::string_view("saArSqufhLMmOTXY").find(option) != std::string_view::npos;
}
// Options that name recipients themselves, or make mail read rather than send.
bool needs_no_operand(char option) {
  return std::string_view("tcbfeHu").find(option) != std::string_view::npos;
}

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  if (!lint::command_contains(ctx, entry, "ail")) return;  // mail, mailx, s-nail, ...
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  for (const lint::SimpleCommand& command : analysis.commands) {
    const lint::Word* program = command.command_word();
    if (!program) continue;
    std::string_view name = command.command_name();
    if (std::find(mail_programs.begin(), mail_programs.end(), name) == mail_programs.end()) {
      continue;
    }
    // A `mail` of the job's own (`/opt/tools/mail`) may take anything.
    std::string_view directory =
        std::string_view(program->text).substr(0, program->text.size() - name.size());
    if (!directory.empty() && directory != "/usr/bin/" && directory != "/bin/" &&
        directory != "/usr/local/bin/") {
      continue;
    }
    auto arguments = command.arguments();
    bool has_recipient = false;
    bool sending_option = false;
    for (std::size_t i = 0; i < arguments.size() && !has_recipient; ++i) {
      const lint::Word& word = arguments[i];
      const std::string& text = word.text;
      if (!word.is_literal() && !text.starts_with("-")) {
        has_recipient = true;  // an address from a variable or a substitution
      } else if (text == "--") {
        has_recipient = i + 1 < arguments.size();
        break;
      } else if (text.starts_with("--")) {
        // GNU mailutils long options: `--subject=x` or `--subject x`; only these few are used.
        if (text == "--subject" || text == "--attach" || text == "--append" ||
            text == "--return-address" || text == "--content-type") {
          ++i;
        }
        if (text.starts_with("--subject")) sending_option = true;
        if (text == "--read" || text == "--file" || text.starts_with("--file=")) {
          has_recipient = true;
        }
      } else if (text.size() > 1 && text[0] == '-') {
        // A cluster of single-letter options: `-Es`, `-s subject`, `-ssubject`.
        for (std::size_t k = 1; k < text.size(); ++k) {
          char option = text[k];
          if (needs_no_operand(option)) {
            has_recipient = true;
            break;
          }
          if (option == 's' || option == 'a' || option == 'A' || option == 'r') {
            sending_option = true;
          }
          if (takes_argument(option)) {
            if (k + 1 == text.size()) ++i;  // the argument is the next word
            break;
          }
        }
      } else {
        has_recipient = true;
      }
    }
    if (has_recipient || !sending_option) continue;
    // Redirections (`< file`, a heredoc) are only the body: they never name a recipient.
    ctx.report(program->span,
               fmt::format("`{}` has no recipient address: {} exits with an error and the "
                           "report is never sent; add the address (`{} -s ... root`)",
                           lint::excerpt(std::string(
                               analysis.text.substr(command.begin, command.end - command.begin))),
                           name, program->text));
    return;
  }
}

}  // namespace

extern const lint::Rule mail_without_recipient{
    {.id = "mail-without-recipient",
     .severity = Severity::warning,
     .category = lint::Category::output,
     .summary = "mail or mailx is given a subject but no recipient: nothing is sent",
     .doc = doc},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
