#include "report/wrapped_lines.h"

#include <algorithm>
#include <cmath>

namespace crampwatch::report {
namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Characters that fit on a line, less one for the cell's inner margins. (The
// small addend keeps a width computed by WidestWordWidth from rounding down.)
int Capacity(double width, double characters_per_unit) {
  return std::max(1, static_cast<int>(std::floor(width * characters_per_unit + 1e-9)) - 1);
}

}  // namespace

int WrappedLines(std::string_view text, double width, double characters_per_unit) {
  const int capacity = Capacity(width, characters_per_unit);
  // Most short cells (a site, a flag) fit one line: no need to read them.
  if (text.size() <= static_cast<std::size_t>(capacity) && text.find('\n') == std::string_view::npos) return 1;
  int lines = 1;
  int used = 0;  // characters on the current line
  int word = 0;  // characters of the word being read
  // Places the word just read: after a space on this line, or on the next
  // ones (a word longer than a line fills whole lines).
  auto place_word = [&] {
    if (word == 0) return;
    if (used > 0 && used + 1 + word <= capacity) {
      used += 1 + word;
    } else {
      if (used > 0) ++lines;
      lines += (word - 1) / capacity;
      used = (word - 1) % capacity + 1;
    }
    word = 0;
  };
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte > ' ' && byte < 0x80) {  // most bytes: printable ASCII, part of a word
      ++word;
    } else if (c == '\n') {
      place_word();
      ++lines;
      used = 0;
    } else if (c == ' ') {
      place_word();
    } else if (!IsContinuationByte(c)) {
      ++word;
    }
  }
  place_word();
  return lines;
}

double WidestWordWidth(std::string_view text, double characters_per_unit) {
  int widest = 0;
  int word = 0;
  for (char c : text) {
    if (c == ' ' || c == '\n') {
      word = 0;
    } else if (!IsContinuationByte(c)) {
      widest = std::max(widest, ++word);
    }
  }
  return (widest + 1) / characters_per_unit;
}

}  // namespace crampwatch::report
