#include "import/transcoding_source.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include "util/error.h"

namespace crampwatch::importer {

namespace {

constexpr std::size_t kInputSize = 1 << 16;
const iconv_t kClosed = reinterpret_cast<iconv_t>(-1);

}  // namespace

TranscodingSource::TranscodingSource(ByteSource& inner, Encoding encoding, std::string file_name)
    : inner_(inner), encoding_(encoding), file_name_(std::move(file_name)), input_(kInputSize) {}

TranscodingSource::~TranscodingSource() {
  if (converter_ != kClosed) iconv_close(converter_);
}

std::size_t TranscodingSource::Read(char* buffer, std::size_t size) {
  if (size == 0) return 0;
  if (pending_begin_ == pending_end_) {
    if (!started_) Start();
    while (true) {
      int error = 0;
      if (input_begin_ < input_end_) {
        const std::size_t produced = Convert(buffer, size, error);
        if (produced > 0) return produced;
        if (error == E2BIG) {
          // `buffer` cannot hold even one character: convert into pending_,
          // which can, and hand that out over the next calls.
          pending_begin_ = 0;
          pending_end_ = Convert(pending_.data(), pending_.size(), error);
          break;
        }
      }
      // Everything buffered is converted, or the rest is the start of a
      // character whose remaining bytes are still in `inner_` (EINVAL).
      if (!FillInput()) {
        if (input_begin_ < input_end_) Fail(" (the file ends inside a character)");
        return 0;
      }
    }
  }
  const std::size_t n = std::min(size, pending_end_ - pending_begin_);
  std::memcpy(buffer, pending_.data() + pending_begin_, n);
  pending_begin_ += n;
  return n;
}

void TranscodingSource::Start() {
  std::string_view from = DescribeEncoding(encoding_).iconv_name;
  if (encoding_ == Encoding::kUtf16) {
    // Plain "UTF-16" in glibc assumes big-endian without a byte order mark,
    // but BOM-less UTF-16 comes from Windows, so little-endian. Naming the
    // byte order explicitly makes iconv keep a BOM, hence skipping it here.
    while (input_end_ - input_begin_ < 2 && FillInput()) {
    }
    from = "UTF-16LE";
    if (input_end_ - input_begin_ >= 2) {
      const auto first = static_cast<unsigned char>(input_[input_begin_]);
      const auto second = static_cast<unsigned char>(input_[input_begin_ + 1]);
      if ((first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE)) {
        if (first == 0xFE) from = "UTF-16BE";
        input_begin_ += 2;
        input_offset_ += 2;
      }
    }
  }
  converter_ = iconv_open("UTF-8", std::string(from).c_str());
  if (converter_ == kClosed) {
    const int error = errno;
    throw Error(ErrorKind::kUsage, file_name_ + ": cannot convert from " + std::string(from) +
                                       ": " + std::strerror(error));
  }
  started_ = true;
}

bool TranscodingSource::FillInput() {
  if (inner_done_) return false;
  // Only a partial character (at most 3 bytes) is ever left over, so after
  // moving it to the front there is always room to read into.
  std::copy(input_.begin() + static_cast<std::ptrdiff_t>(input_begin_),
            input_.begin() + static_cast<std::ptrdiff_t>(input_end_), input_.begin());
  input_end_ -= input_begin_;
  input_begin_ = 0;
  const std::size_t n = inner_.Read(input_.data() + input_end_, input_.size() - input_end_);
  if (n == 0) {
    inner_done_ = true;
    return false;
  }
  input_end_ += n;
  return true;
}

std::size_t TranscodingSource::Convert(char* out, std::size_t size, int& error) {
  char* in = input_.data() + input_begin_;
  std::size_t in_left = input_end_ - input_begin_;
  char* out_next = out;
  std::size_t out_left = size;
  error = 0;
  if (iconv(converter_, &in, &in_left, &out_next, &out_left) == static_cast<std::size_t>(-1)) {
    error = errno;
  }
  const std::size_t consumed = (input_end_ - input_begin_) - in_left;
  input_begin_ += consumed;
  input_offset_ += static_cast<long long>(consumed);
  // iconv stops at the first invalid sequence, so input_offset_ is its offset.
  if (error == EILSEQ) Fail("");
  return size - out_left;
}

void TranscodingSource::Fail(std::string_view why) const {
  throw Error(ErrorKind::kBadInput, file_name_ + ": not valid " +
                                        std::string(DescribeEncoding(encoding_).name) +
                                        " at byte " + std::to_string(input_offset_) +
                                        std::string(why));
}

}  // namespace crampwatch::importer
