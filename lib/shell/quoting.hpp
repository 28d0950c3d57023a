#pragma once
// Writing text so that a POSIX shell reads it back as one word, byte for byte.

#include <string>
#include <string_view>

namespace cronkit::shell {

// `text` as one shell word: as it is when every character is a letter, a digit or one of
// `@%+=:,./-_` (nothing the shell would split, expand or unquote), otherwise in single quotes,
// each `'` written `'\''`. Any byte is kept, control characters included.
std::string shell_word(std::string_view text);

}  // namespace cronkit::shell
