// FileSource: an export's raw bytes from a file or standard input, hashed as they pass.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "import/byte_source.h"
#include "util/sha256.h"

namespace crampwatch::importer {

/// Reads a file ("-" for standard input) with plain read(2) calls and keeps
/// the SHA-256 of every byte handed out, so the stored digest always matches
/// the bytes that were imported, even if the file changes meanwhile.
class FileSource : public ByteSource {
 public:
  /// Throws Error(kNoInput) naming `path` when it is missing, a folder, or unreadable.
  explicit FileSource(const std::string& path);
  ~FileSource() override;
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;

  std::size_t Read(char* buffer, std::size_t size) override;

  /// The first bytes of the input (up to `max`), without consuming them:
  /// Read() still returns them first. REQUIRES: called before any Read().
  std::string_view Peek(std::size_t max);

  /// The SHA-256 of everything read. REQUIRES: the input was read to its end.
  std::string FinishHash() { return hash_.HexDigest(); }

  /// The file's size when it is a regular file (for progress), else nullopt.
  std::optional<std::int64_t> size() const { return size_; }
  bool is_regular_file() const { return size_.has_value(); }
  std::int64_t bytes_read() const { return bytes_read_; }

 private:
  std::size_t ReadFromFile(char* buffer, std::size_t size);

  std::string path_;
  int fd_ = -1;
  bool owns_fd_ = false;
  std::optional<std::int64_t> size_;
  std::string peeked_;
  std::size_t peeked_position_ = 0;
  std::int64_t bytes_read_ = 0;
  Sha256 hash_;
};

/// The SHA-256 of the file at `path`, read once to its end. Throws
/// Error(kNoInput) like FileSource.
std::string HashFile(const std::string& path);

}  // namespace crampwatch::importer
