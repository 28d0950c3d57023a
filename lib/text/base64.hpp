#pragma once
// Base64 (RFC 4648, section 4: the standard alphabet, `=` padding), for bytes that must travel
// inside a text format, such as a job's standard input in a systemd unit (StandardInputData=).

#include <string>
#include <string_view>

namespace cronkit {

std::string base64_encode(std::string_view bytes);

}  // namespace cronkit
