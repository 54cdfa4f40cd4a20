#include "report/cell_text.h"

#include <optional>

#include "util/utf8.h"

namespace crampwatch::report {

namespace {

// Excel's limit on a cell's text. Counted here in Unicode code points, as
// libxlsxwriter's own check (lxw_utf8_strlen) counts them; Excel's LEN counts
// UTF-16 units, so a text of many characters beyond U+FFFF may show as longer.
constexpr std::size_t kMaxCellChars = 32767;
constexpr std::string_view kTruncationMarker = " [truncated]";
// A cut text keeps this many characters, so that the marker still fits.
constexpr std::size_t kKeptChars = kMaxCellChars - kTruncationMarker.size();

constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";  // U+FFFD
// Excel decodes "_x005F_" to '_'; written before "xHHHH_" it hides the escape.
constexpr std::string_view kEscapedUnderscore = "_x005F_";
constexpr std::size_t kCodeEscapeLength = 7;  // "_xHHHH_"

bool IsAllowedControl(unsigned char byte) {
  return byte == '\t' || byte == '\n' || byte == '\r';
}

bool IsHexDigit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Most cells are short plain ASCII; they need no copy-and-check pass.
bool IsAlreadySafe(std::string_view text) {
  if (text.size() > kMaxCellChars) return false;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || c == '_' || (byte < 0x20 && !IsAllowedControl(byte))) return false;
  }
  return true;
}

// Tells whether `text` starts with "_xHHHH_", which Excel would decode.
bool StartsCodeEscape(std::string_view text) {
  return text.size() >= kCodeEscapeLength && text[0] == '_' && text[1] == 'x' &&
         IsHexDigit(text[2]) && IsHexDigit(text[3]) && IsHexDigit(text[4]) &&
         IsHexDigit(text[5]) && text[6] == '_';
}

// Returns `text` as valid UTF-8 without the characters XML 1.0 forbids,
// stopping after `max_chars` characters: the caller needs no more to know the
// text must be cut, and a huge field then costs no more memory than a cell.
std::string CleanText(std::string_view text, std::size_t max_chars) {
  std::string out;
  out.reserve(text.size() < max_chars ? text.size() : max_chars);
  std::size_t chars = 0;
  while (!text.empty() && chars < max_chars) {
    const std::optional<std::size_t> bad = FindInvalidUtf8(text);
    const std::string_view valid = text.substr(0, bad.value_or(text.size()));
    for (std::size_t i = 0; i < valid.size() && chars < max_chars;) {
      const auto byte = static_cast<unsigned char>(valid[i]);
      if (byte < 0x20 && !IsAllowedControl(byte)) {
        ++i;
        continue;
      }
      // U+FFFE and U+FFFF are EF BF BE and EF BF BF; in valid UTF-8 an EF
      // byte always starts a three-byte character, so i + 2 is in range.
      if (byte == 0xEF && valid[i + 1] == '\xBF' &&
          (valid[i + 2] == '\xBE' || valid[i + 2] == '\xBF')) {
        i += 3;
        continue;
      }
      const std::size_t length = Utf8SequenceLength(byte);
      out.append(valid.substr(i, length));
      ++chars;
      i += length;
    }
    if (!bad) break;
    // One replacement per bad byte, as util/json.cpp does.
    if (chars < max_chars) {
      out += kReplacementChar;
      ++chars;
    }
    text.remove_prefix(*bad + 1);
  }
  return out;
}

}  // namespace

std::string SafeCellText(std::string_view text, bool* truncated) {
  if (truncated != nullptr) *truncated = false;
  if (IsAlreadySafe(text)) return std::string(text);

  // One character past the limit proves the text must be cut, and the kept
  // characters plus the six that decide whether the last kept '_' starts an
  // escape all lie before it, as kKeptChars + 6 < kMaxCellChars + 1.
  // Escapes are found in the cleaned text: removing a control character can
  // join "_x00" and "41_" into one.
  const std::string clean = CleanText(text, kMaxCellChars + 1);
  const std::string_view rest = clean;
  std::string out;
  out.reserve(clean.size());
  std::size_t chars = 0;       // characters in `out`, escapes counted as written
  std::size_t kept_size = 0;   // out.size() at the last boundary within kKeptChars
  for (std::size_t i = 0; i < rest.size();) {
    // An escape and the underscore it stands for are one unit: a cut inside
    // "_x005F_" would leave text that Excel shows differently.
    if (StartsCodeEscape(rest.substr(i))) {
      out += kEscapedUnderscore;
      chars += kEscapedUnderscore.size();
      i += 1;
    } else {
      const std::size_t length = Utf8SequenceLength(static_cast<unsigned char>(rest[i]));
      out.append(rest.substr(i, length));
      chars += 1;
      i += length;
    }
    if (chars <= kKeptChars) kept_size = out.size();
    if (chars > kMaxCellChars) {
      out.resize(kept_size);
      out += kTruncationMarker;
      if (truncated != nullptr) *truncated = true;
      return out;
    }
  }
  return out;
}

bool AssignSafeCellText(std::string_view text, std::string& out) {
  if (IsAlreadySafe(text)) {
    out.assign(text);
    return false;
  }
  bool truncated = false;
  out = SafeCellText(text, &truncated);
  return truncated;
}

}  // namespace crampwatch::report
