// Spring's scheduled methods: Java or Kotlin with `@Scheduled(cron = "...", zone = "...")`.
//
// Read, in a file that names the package org.springframework.scheduling.annotation (Quarkus'
// and Micronaut's `@Scheduled` read other crons), with lib/embedded/source_scanner.hpp
// tokenising Java and Kotlin alike: every annotation
// `@Scheduled(` or `@org.springframework.scheduling.annotation.Scheduled(` (in `@Schedules({...})`
// too), its `cron` and `zone` arguments. A string literal is a schedule in the spring dialect;
// `"-"` (Scheduled.CRON_DISABLED) turns the method off and is skipped silently, as is an
// annotation without `cron` (`fixedRate`, `fixedDelay`). Not literals, reported once: a value
// with `${...}` (a property placeholder, resolved from the environment) or `#{...}` (SpEL), a
// Kotlin string template (`"$cron"`), a constant, a concatenation. A `zone` that is not a
// literal is left unchecked. Java text blocks and Kotlin raw strings are reported as not
// literals. The annotated method's name names the schedule in messages and is the label checks
// compare with the schedule (`nightlyCleanup` on an hourly cron).

#include "embedded/embedded.hpp"
#include "embedded/source_scanner.hpp"

namespace cronkit::embedded {
namespace {

bool spring_path(std::string_view) {
  return false;
}

// The annotation's package, in an import or a fully qualified use, and the annotation itself.
bool spring_content(std::string_view text) {
  return text.find("org.springframework.scheduling.annotation") != std::string_view::npos &&
         text.find("@Scheduled") != std::string_view::npos;
}

// Why a literal `value` is not a schedule as written, if it is not: Spring resolves
// placeholders and SpEL, Kotlin expands templates, before the cron is parsed.
std::string unresolved(std::string_view value) {
  if (value.find("${") != std::string_view::npos)
    return "a property placeholder (`${...}`), resolved from the environment when the "
           "application starts";
  if (value.find("#{") != std::string_view::npos)
    return "a SpEL expression (`#{...}`), evaluated when the application starts";
  if (value.find('$') != std::string_view::npos)
    return "a Kotlin string template (`$name`), or a `$` that is not part of a cron";
  return {};
}

Extraction extract(std::string_view text) {
  Extraction extraction;
  // Quarkus and Micronaut have a `@Scheduled(cron = ...)` of their own, with other crons.
  if (!spring_content(text)) return extraction;
  const std::vector<SourceToken> tokens = scan_source(text, SourceLanguage::jvm);
  for (std::size_t open = 1; open < tokens.size(); ++open) {
    if (!is_punctuation(tokens[open], "(") || called_name(tokens, open) != "Scheduled" ||
        !decorates(tokens, open))
      continue;
    const CallArguments call = call_arguments(tokens, open);
    const CallArgument* cron = named_argument(call, "cron");
    if (!cron) continue;
    const ArgumentValue value = argument_value(tokens, *cron);
    std::string why =
        value.kind == ArgumentValue::Kind::literal ? unresolved(value.text.value) : value.why;
    if (!why.empty()) {
      extraction.problems.push_back({"schedule-not-literal", value.begin, value.end,
                                     "the cron of @Scheduled is " + why + " (`" +
                                         argument_excerpt(text, value) +
                                         "`), not a literal schedule: it is not checked"});
      continue;
    }
    if (value.text.value == "-") continue;
    FoundSchedule found;
    found.kind = FileKind::spring_scheduled;
    found.comment_markers = FoundSchedule::CommentMarkers::slashes;
    found.expression = value.text;
    found.dialect = DialectId::spring;
    found.owner = "@Scheduled";
    if (const std::string_view method = decorated_name(tokens, call.close); !method.empty()) {
      found.owner += " " + std::string(method);
      found.labels.push_back({"method", std::string(method)});
    }
    if (const CallArgument* zone = named_argument(call, "zone")) {
      const ArgumentValue zone_value = argument_value(tokens, *zone);
      if (zone_value.kind == ArgumentValue::Kind::literal && !zone_value.text.value.empty() &&
          unresolved(zone_value.text.value).empty()) {
        found.zone = zone_value.text;
        found.zone_key = "zone";
      }
    }
    extraction.schedules.push_back(std::move(found));
  }
  return extraction;
}

}  // namespace

extern const FileKindInfo spring_scheduled_kind{
    FileKind::spring_scheduled,
    "spring-scheduled",
    "Spring @Scheduled(cron = ..., zone = ...) in Java or Kotlin",
    spring_path,
    spring_content,
    extract,
    true};

}  // namespace cronkit::embedded
