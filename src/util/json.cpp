#include "util/json.h"

#include "util/utf8.h"

namespace crampwatch {
namespace {

void AppendEscaped(std::string& out, std::string_view valid) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (char c : valid) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += "\\u00";
          out.push_back(kHex[(c >> 4) & 0xF]);
          out.push_back(kHex[c & 0xF]);
        } else {
          out.push_back(c);
        }
    }
  }
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view text) {
  out.push_back('"');
  while (!text.empty()) {
    std::optional<std::size_t> bad = FindInvalidUtf8(text);
    std::size_t valid_length = bad.value_or(text.size());
    AppendEscaped(out, text.substr(0, valid_length));
    if (!bad) break;
    out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
    text.remove_prefix(valid_length + 1);
  }
  out.push_back('"');
}

}  // namespace crampwatch
