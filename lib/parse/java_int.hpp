#pragma once
// java.lang.Integer.parseInt, whose NumberFormatException messages Spring's cron errors carry
// ("For input string: "1DAY"" in cron expression ...). Java 17's text: the String form reports
// the whole string, the (CharSequence, begin, end, radix) form the index of the bad character.

#include <optional>
#include <string>
#include <string_view>

namespace cronkit {

struct JavaInt {
  std::optional<int> value;  // nothing: NumberFormatException
  std::string error;         // its message
};

// Integer.parseInt(s): an optional sign, then ASCII digits, within int's range.
JavaInt java_parse_int(std::string_view s);

// Integer.parseInt(s, begin, end, 10): the same on s[begin, end), with the CharSequence form's
// message ("Error at index 1 in: "-x"").
JavaInt java_parse_int(std::string_view s, std::size_t begin, std::size_t end);

}  // namespace cronkit
