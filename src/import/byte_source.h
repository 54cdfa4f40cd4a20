// ByteSource: a pull-based stream of raw bytes (a file, standard input, a transcoder).
#pragma once

#include <cstddef>

namespace crampwatch::importer {

/// Something that hands out bytes in order. Implementations throw
/// crampwatch::Error when the underlying read fails.
class ByteSource {
 public:
  virtual ~ByteSource() = default;

  /// Copies up to `size` bytes into `buffer`; returns how many, 0 only at the end.
  virtual std::size_t Read(char* buffer, std::size_t size) = 0;
};

}  // namespace crampwatch::importer
