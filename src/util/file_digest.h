// FileDigest: the size and SHA-256 of a file's bytes, to tell whether it is still the file we wrote.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace crampwatch {

/// What identifies a file's content: equal digests, equal bytes.
struct FileDigest {
  std::int64_t size = 0;
  std::string sha256;  // 64 lower-case hex digits

  bool operator==(const FileDigest&) const = default;
};

/// The digest of the regular file at `path`, read once to its end; nullopt
/// when it is missing, unreadable, not a regular file, or a symbolic link
/// (a link put where a file of ours was is not that file). Never throws for
/// such a file: the caller treats "cannot tell" as "not ours".
std::optional<FileDigest> DigestOfFile(const std::string& path);

/// The digest of the bytes of the open regular file `fd` from its current
/// offset to its end; nullopt when it is not a regular file or a read fails.
/// The descriptor stays open.
std::optional<FileDigest> DigestOfDescriptor(int fd);

}  // namespace crampwatch
