#include "ast/ast.hpp"

#include <algorithm>

namespace cronkit {

namespace {

// The words cron knows after `@` (entry.c `load_entry`), indexed by Special.
constexpr std::array<std::string_view, 13> special_names = {
    "reboot", "yearly",       "annually",     "monthly",  "weekly",    "daily",       "midnight",
    "hourly", "every_minute", "every_second", "minutely", "quarterly", "semiannually"};

}  // namespace

std::string_view special_name(Special special) {
  return special_names[static_cast<std::size_t>(special)];
}

std::optional<Special> special_from_name(std::string_view name) {
  for (Special special : all_specials) {
    if (special_name(special) == name) return special;
  }
  return std::nullopt;
}

std::optional<Special> special_from_name(std::string_view name, SpecialSet set) {
  switch (set) {
    case SpecialSet::vixie:
      return special_from_name(name);
    case SpecialSet::none:
      return std::nullopt;
    case SpecialSet::freebsd:
      if (name == "every_minute") return Special::every_minute;
      if (name == "every_second") return Special::every_second;
      return special_from_name(name);
    case SpecialSet::systemd: {
      // parse_crontab(): a few exact-case aliases, then the word lower-cased.
      if (name == "biannually" || name == "bi-annually" || name == "semiannually")
        return Special::semiannually;
      if (name == "anually" || name == "annually") return Special::annually;
      std::string lowered(name);
      std::transform(lowered.begin(), lowered.end(), lowered.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      });
      if (lowered == "minutely") return Special::minutely;
      if (lowered == "quarterly") return Special::quarterly;
      if (lowered == "semi-annually" || lowered == "semiannually") return Special::semiannually;
      return special_from_name(lowered);
    }
  }
  return std::nullopt;
}

std::string schedule_text(std::optional<Special> special, const std::array<Field, 5>& fields) {
  std::string text;
  if (special) return text.append("@").append(special_name(*special));
  for (const Field& field : fields) {
    if (!text.empty()) text += ' ';
    text += field.text();
  }
  return text;
}

const Field* find_field(std::span<const Field> second_and_year, FieldKind kind) {
  for (const Field& field : second_and_year) {
    if (field.kind == kind) return &field;
  }
  return nullptr;
}

std::string schedule_text(std::optional<Special> special, const std::array<Field, 5>& fields,
                          std::span<const Field> second_and_year) {
  if (special || second_and_year.empty()) return schedule_text(special, fields);
  std::string text;
  if (const Field* second = find_field(second_and_year, FieldKind::second)) {
    text.append(second->text()).append(" ");
  }
  text += schedule_text(special, fields);
  if (const Field* year = find_field(second_and_year, FieldKind::year)) {
    text.append(" ").append(year->text());
  }
  return text;
}

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "info";
  }
  return "";
}

bool Crontab::has_errors() const {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace cronkit
