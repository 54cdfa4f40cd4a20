// MemorySource: the fuzz targets' ByteSource over the fuzzer's bytes.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string_view>

#include "import/byte_source.h"

namespace crampwatch::fuzz {

/// Hands out `data` at most `chunk` bytes per Read, so that a target can put
/// the reader's buffer boundaries anywhere. `data` must outlive the source.
class MemorySource : public importer::ByteSource {
 public:
  MemorySource(std::string_view data, std::size_t chunk) : data_(data), chunk_(chunk) {}

  std::size_t Read(char* buffer, std::size_t size) override {
    const std::size_t n = std::min({size, chunk_, data_.size()});
    if (n > 0) std::memcpy(buffer, data_.data(), n);
    data_.remove_prefix(n);
    return n;
  }

 private:
  std::string_view data_;
  std::size_t chunk_;
};

}  // namespace crampwatch::fuzz
