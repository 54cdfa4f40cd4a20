// UTF-8 validation: where a byte string stops being valid UTF-8.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace crampwatch {

/// Returns the offset of the first byte that is not part of a well-formed
/// UTF-8 sequence (overlong forms, surrogates and code points above U+10FFFF
/// are ill-formed), or nullopt when the whole text is valid.
std::optional<std::size_t> FindInvalidUtf8(std::string_view text);

/// The length in bytes (1-4) of the UTF-8 sequence that `lead` starts.
/// REQUIRES: `lead` starts a well-formed sequence (the text was validated).
inline std::size_t Utf8SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

}  // namespace crampwatch
