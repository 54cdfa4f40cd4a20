// TranscodingSource: turns another encoding into UTF-8 as bytes stream through.
#pragma once

#include <iconv.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "import/byte_source.h"
#include "import/encoding.h"

namespace crampwatch::importer {

/// Wraps a ByteSource in `encoding` and hands out UTF-8, in constant memory.
/// A byte sequence that is invalid in the source encoding throws
/// crampwatch::Error (kBadInput) naming `file_name` and the byte offset, since
/// a file in the wrong encoding cannot be read row by row with any confidence.
/// For UTF-16 a byte order mark picks the byte order and is dropped.
class TranscodingSource : public ByteSource {
 public:
  /// REQUIRES: encoding != Encoding::kUtf8 (read UTF-8 directly).
  TranscodingSource(ByteSource& inner, Encoding encoding, std::string file_name);
  ~TranscodingSource() override;
  TranscodingSource(const TranscodingSource&) = delete;
  TranscodingSource& operator=(const TranscodingSource&) = delete;

  std::size_t Read(char* buffer, std::size_t size) override;

 private:
  void Start();
  bool FillInput();
  std::size_t Convert(char* out, std::size_t size, int& error);
  [[noreturn]] void Fail(std::string_view why) const;

  ByteSource& inner_;
  Encoding encoding_;
  std::string file_name_;
  iconv_t converter_ = reinterpret_cast<iconv_t>(-1);
  std::vector<char> input_;
  std::size_t input_begin_ = 0;
  std::size_t input_end_ = 0;
  long long input_offset_ = 0;  // bytes of `inner_` consumed before input_[input_begin_]
  bool inner_done_ = false;
  bool started_ = false;  // the converter is open (after the UTF-16 byte order mark)
  // Output for a caller whose buffer is smaller than one UTF-8 character.
  std::array<char, 16> pending_{};
  std::size_t pending_begin_ = 0;
  std::size_t pending_end_ = 0;
};

}  // namespace crampwatch::importer
