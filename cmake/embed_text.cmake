# Writes a C++ source that defines `std::string_view NAMESPACE::NAME` holding the bytes of INPUT,
# so that a data file ships inside the binary instead of beside it.
#   cmake -DINPUT=file.tsv -DOUTPUT=file.cpp -DNAMESPACE=ns -DNAME=var -P embed_text.cmake
# The text goes into raw string literals of at most 16 KiB each (compilers cap one literal's
# length); a delimiter that the text contains would end a literal early, so it is refused.
file(READ "${INPUT}" text)
set(delimiter "embedded_text")
string(FIND "${text}" ")${delimiter}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the literal delimiter )${delimiter}\"")
endif()
string(LENGTH "${text}" length)
set(body "")
set(offset 0)
set(chunk 16384)
while(offset LESS length)
  string(SUBSTRING "${text}" ${offset} ${chunk} piece)
  string(APPEND body "    R\"${delimiter}(${piece})${delimiter}\"\n")
  math(EXPR offset "${offset} + ${chunk}")
endwhile()
if(body STREQUAL "")
  set(body "    \"\"\n")
endif()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by cmake/embed_text.cmake: do not edit.\n"
  "#include <string_view>\n\n"
  "namespace ${NAMESPACE} {\n"
  "namespace {\n"
  "constexpr char text[] =\n${body};\n"
  "}  // namespace\n"
  "extern const std::string_view ${NAME}{text, sizeof(text) - 1};\n"
  "}  // namespace ${NAMESPACE}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
