#pragma once
// Text inside XML (an element's content or an attribute value in double quotes): the SVG heat
// map of cronsim and cronexport's Windows tasks.

#include <string>
#include <string_view>

namespace cronkit {

// `&`, `<`, `>` and `"` as entities; a control character XML 1.0 cannot hold (any below U+0020
// but tab, line feed and carriage return) as U+FFFD, so that the document stays well-formed.
std::string xml_text(std::string_view text);

}  // namespace cronkit
