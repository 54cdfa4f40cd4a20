#include "report/wrapped_lines.h"

#include <algorithm>
#include <cmath>

namespace crampwatch::report {
namespace {

// Widths in quarters of an average character: capitals and digits are a
// quarter wider than lower-case prose (an export's raw record, a code like
// "HV-202607-0009", fills a line sooner than a sentence does).
constexpr int kQuarters = 4;
constexpr int kWideQuarters = 5;

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

int QuartersOf(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? kWideQuarters : kQuarters; }

// Quarters that fit on a line, less a character for the cell's inner
// margins. (The small addend keeps a width computed by WidestWordWidth from
// rounding down.)
int Capacity(double width, double characters_per_unit) {
  return std::max(1, static_cast<int>(std::floor(width * characters_per_unit + 1e-9)) - 1) * kQuarters;
}

}  // namespace

int WrappedLines(std::string_view text, double width, double characters_per_unit) {
  const int capacity = Capacity(width, characters_per_unit);
  // Most short cells (a site, a flag) fit one line, however wide their
  // characters: no need to read them.
  if (text.size() * kWideQuarters <= static_cast<std::size_t>(capacity) &&
      text.find('\n') == std::string_view::npos) {
    return 1;
  }
  int lines = 1;
  int used = 0;  // quarters on the current line
  int word = 0;  // quarters of the word being read
  // Places the word just read: after a space on this line, or on the next
  // ones (a word longer than a line fills whole lines).
  auto place_word = [&] {
    if (word == 0) return;
    if (used > 0 && used + kQuarters + word <= capacity) {
      used += kQuarters + word;
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
      word += QuartersOf(c);
    } else if (c == '\n') {
      place_word();
      ++lines;
      used = 0;
    } else if (c == ' ') {
      place_word();
    } else if (!IsContinuationByte(c)) {
      word += kQuarters;
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
      word += QuartersOf(c);
      widest = std::max(widest, word);
    }
  }
  return (static_cast<double>(widest) / kQuarters + 1) / characters_per_unit;
}

}  // namespace crampwatch::report
