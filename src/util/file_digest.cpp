#include "util/file_digest.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string_view>
#include <vector>

#include "util/sha256.h"

namespace crampwatch {

std::optional<FileDigest> DigestOfFile(const std::string& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::optional<FileDigest> digest = DigestOfDescriptor(fd);
  close(fd);
  return digest;
}

std::optional<FileDigest> DigestOfDescriptor(int fd) {
  struct stat info {};
  if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
  Sha256 hash;
  std::vector<char> buffer(1 << 16);
  std::int64_t size = 0;
  for (;;) {
    const ssize_t got = read(fd, buffer.data(), buffer.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return std::nullopt;
    if (got == 0) break;
    hash.Update(std::string_view(buffer.data(), static_cast<std::size_t>(got)));
    size += got;
  }
  return FileDigest{.size = size, .sha256 = hash.HexDigest()};
}

}  // namespace crampwatch
