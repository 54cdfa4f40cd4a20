#include "util/utf8.h"

#include <cstdint>
#include <cstring>

namespace crampwatch {

namespace {

// One bit per byte: set when that byte of a 64-bit word is not ASCII.
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// The well-formed sequences of the Unicode Standard, table 3-7: the length of
// the sequence a lead byte starts, and the range its second byte must be in.
// The narrowed ranges after E0, ED, F0 and F4 are what exclude overlong
// forms, surrogates and code points above U+10FFFF; every later byte is
// simply 80..BF.
struct LeadByte {
  std::size_t length = 0;  // 0: the byte cannot start a sequence
  unsigned char second_min = 0x80;
  unsigned char second_max = 0xBF;
};

LeadByte DescribeLead(unsigned char lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return {2, 0x80, 0xBF};
  if (lead == 0xE0) return {3, 0xA0, 0xBF};
  if (lead == 0xED) return {3, 0x80, 0x9F};
  if (lead >= 0xE1 && lead <= 0xEF) return {3, 0x80, 0xBF};
  if (lead == 0xF0) return {4, 0x90, 0xBF};
  if (lead >= 0xF1 && lead <= 0xF3) return {4, 0x80, 0xBF};
  if (lead == 0xF4) return {4, 0x80, 0x8F};
  return {};  // 80..C1 (continuation bytes, overlong C0/C1) and F5..FF
}

}  // namespace

std::optional<std::size_t> FindInvalidUtf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    // Intake fields are almost all ASCII: test eight bytes per step. memcpy
    // keeps the load legal at any alignment and compiles to a single move.
    while (size - i >= 8) {
      std::uint64_t word;
      std::memcpy(&word, bytes + i, sizeof word);
      if ((word & kHighBits) != 0) break;
      i += 8;
    }
    if (i == size) break;
    const unsigned char lead = bytes[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    const LeadByte form = DescribeLead(lead);
    if (form.length == 0 || size - i < form.length) return i;
    if (bytes[i + 1] < form.second_min || bytes[i + 1] > form.second_max) return i;
    for (std::size_t k = 2; k < form.length; ++k) {
      if ((bytes[i + k] & 0xC0) != 0x80) return i;
    }
    i += form.length;
  }
  return std::nullopt;
}

}  // namespace crampwatch
