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

}  // namespace crampwatch
