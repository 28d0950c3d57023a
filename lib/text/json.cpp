#include "text/json.hpp"

#include "text/utf8.hpp"

namespace cronkit {

void append_json_string(std::string& out, std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      // Copy the run of plain characters at once: JSON output of a big file is mostly this.
      std::size_t run = i + 1;
      while (run < text.size()) {
        unsigned char d = static_cast<unsigned char>(text[run]);
        if (d < 0x20 || d >= 0x7F || d == '"' || d == '\\') break;
        ++run;
      }
      out.append(text.data() + i, run - i);
      i = run;
      continue;
    }
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 0xF];
        } else {
          std::size_t length = utf8_sequence_length(text, i);
          if (length == 0) {
            out += "\\ufffd";
            ++i;
            continue;
          }
          out.append(text.data() + i, length);
          i += length;
          continue;
        }
    }
    ++i;
  }
  out += '"';
}

std::string json_string(std::string_view text) {
  std::string out;
  append_json_string(out, text);
  return out;
}

}  // namespace cronkit
