#include "util/terminal_text.h"

#include <cstdint>
#include <optional>

#include "util/utf8.h"

namespace crampwatch {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void AppendByteEscape(std::string& out, unsigned char byte) {
  out += "\\x";
  out.push_back(kHex[byte >> 4]);
  out.push_back(kHex[byte & 0xF]);
}

void AppendCodePointEscape(std::string& out, std::uint32_t code_point) {
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out.push_back(kHex[(code_point >> shift) & 0xF]);
}

// C1 controls (CSI, OSC... as single characters), and the characters that
// change the display order of the text after them.
bool IsHiddenCodePoint(std::uint32_t code_point) {
  return (code_point >= 0x80 && code_point <= 0x9F) || code_point == 0x061C ||  // Arabic letter mark
         code_point == 0x200E || code_point == 0x200F ||                         // LRM, RLM
         (code_point >= 0x202A && code_point <= 0x202E) ||                       // embeddings, overrides
         (code_point >= 0x2066 && code_point <= 0x2069);                         // isolates
}

// REQUIRES: text[0..length) is one well-formed UTF-8 sequence.
std::uint32_t DecodeSequence(std::string_view text, std::size_t length) {
  const auto lead = static_cast<unsigned char>(text[0]);
  std::uint32_t code_point = length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
  for (std::size_t i = 1; i < length; ++i) code_point = (code_point << 6) | (static_cast<unsigned char>(text[i]) & 0x3F);
  return code_point;
}

// Escapes the characters of `valid`, which is well-formed UTF-8.
void AppendValid(std::string& out, std::string_view valid, LineBreaks line_breaks) {
  std::size_t i = 0;
  while (i < valid.size()) {
    const auto byte = static_cast<unsigned char>(valid[i]);
    if (byte < 0x80) {
      const bool control = byte < 0x20 || byte == 0x7F;
      if (control && !(byte == '\n' && line_breaks == LineBreaks::kKeep)) {
        AppendByteEscape(out, byte);
      } else {
        out.push_back(static_cast<char>(byte));
      }
      ++i;
      continue;
    }
    const std::size_t length = Utf8SequenceLength(byte);
    const std::uint32_t code_point = DecodeSequence(valid.substr(i, length), length);
    if (IsHiddenCodePoint(code_point)) {
      AppendCodePointEscape(out, code_point);
    } else {
      out.append(valid.substr(i, length));
    }
    i += length;
  }
}

bool NeedsNoEscape(std::string_view text) {
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    // Every C1 control, bidi character and invalid byte involves a byte >= 0x80.
    if (byte < 0x20 || byte >= 0x7F) return false;
  }
  return true;
}

}  // namespace

std::string TerminalSafe(std::string_view text, LineBreaks line_breaks) {
  if (NeedsNoEscape(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 16);
  while (!text.empty()) {
    const std::optional<std::size_t> bad = FindInvalidUtf8(text);
    const std::size_t valid_length = bad.value_or(text.size());
    AppendValid(out, text.substr(0, valid_length), line_breaks);
    if (!bad) break;
    AppendByteEscape(out, static_cast<unsigned char>(text[valid_length]));
    text.remove_prefix(valid_length + 1);
  }
  return out;
}

}  // namespace crampwatch
