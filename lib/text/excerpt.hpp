#pragma once
// Quoting input inside a message: a 10 MB command must not make a 10 MB message.

#include <cstddef>
#include <string>
#include <string_view>

namespace cronkit {

// At most `max` bytes of `text`, with `…` when cut; never cuts a UTF-8 sequence in half.
std::string excerpt(std::string_view text, std::size_t max = 60);

}  // namespace cronkit
