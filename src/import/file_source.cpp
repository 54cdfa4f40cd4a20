#include "import/file_source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "util/error.h"

namespace crampwatch::importer {

FileSource::FileSource(const std::string& path) : path_(path) {
  if (path == "-") {
    fd_ = STDIN_FILENO;
  } else {
    fd_ = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) {
      throw Error(ErrorKind::kNoInput, path + ": cannot open: " + std::strerror(errno));
    }
    owns_fd_ = true;
  }
  struct stat status {};
  if (fstat(fd_, &status) != 0) {
    throw Error(ErrorKind::kNoInput, path + ": cannot read: " + std::strerror(errno));
  }
  if (S_ISDIR(status.st_mode)) {
    if (owns_fd_) close(fd_);
    throw Error(ErrorKind::kNoInput, path + ": is a folder, not an export file");
  }
  if (S_ISREG(status.st_mode)) size_ = status.st_size;
  // Sequential reads of a large export: let the kernel read ahead.
  posix_fadvise(fd_, 0, 0, POSIX_FADV_SEQUENTIAL);
}

FileSource::~FileSource() {
  if (owns_fd_) close(fd_);
}

std::size_t FileSource::ReadFromFile(char* buffer, std::size_t size) {
  for (;;) {
    ssize_t n = read(fd_, buffer, size);
    if (n >= 0) return static_cast<std::size_t>(n);
    if (errno == EINTR) continue;
    throw Error(ErrorKind::kNoInput, path_ + ": read error: " + std::strerror(errno));
  }
}

std::string_view FileSource::Peek(std::size_t max) {
  peeked_.resize(max);
  std::size_t filled = 0;
  while (filled < max) {
    std::size_t n = ReadFromFile(peeked_.data() + filled, max - filled);
    if (n == 0) break;
    filled += n;
  }
  peeked_.resize(filled);
  return peeked_;
}

std::size_t FileSource::Read(char* buffer, std::size_t size) {
  std::size_t n;
  if (peeked_position_ < peeked_.size()) {
    n = std::min(size, peeked_.size() - peeked_position_);
    std::memcpy(buffer, peeked_.data() + peeked_position_, n);
    peeked_position_ += n;
  } else {
    n = ReadFromFile(buffer, size);
  }
  hash_.Update(std::string_view(buffer, n));
  bytes_read_ += static_cast<std::int64_t>(n);
  return n;
}

std::string HashFile(const std::string& path) {
  FileSource source(path);
  std::vector<char> buffer(1 << 20);
  while (source.Read(buffer.data(), buffer.size()) > 0) {
  }
  return source.FinishHash();
}

}  // namespace crampwatch::importer
