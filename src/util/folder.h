// Folder: an open folder that files are made in by descriptor, so no rename on the way can redirect them.
#pragma once

#include <sys/stat.h>

#include <string>
#include <utility>

namespace crampwatch {

/// An open directory (O_DIRECTORY descriptor) and the path it was opened by,
/// for messages. Files made relative to it (openat, mkdirat, renameat) land in
/// this very folder even if someone renames it, or a folder on its path,
/// meanwhile. Move-only; the descriptor is closed on destruction.
///
/// Every failure throws Error(kCannotCreate) naming the path and the cause.
class Folder {
 public:
  /// Opens the folder at `path`, creating it and missing parents (0700
  /// whatever the umask) when it does not exist. A symbolic link to a folder
  /// is followed: the caller named it on purpose. An existing folder keeps its
  /// mode: only what this call creates is made 0700. A file, or a link to
  /// one, is an error ("not a folder"); nothing is changed.
  static Folder OpenOrCreate(const std::string& path);
  /// Opens the existing folder at `path` (links followed); never creates.
  static Folder Open(const std::string& path);
  /// Takes ownership of `fd`, an open folder known by `path`.
  static Folder Adopt(int fd, std::string path) { return Folder(fd, std::move(path)); }

  Folder(Folder&& other) noexcept;
  Folder& operator=(Folder&& other) noexcept;
  Folder(const Folder&) = delete;
  Folder& operator=(const Folder&) = delete;
  ~Folder();

  /// Opens the folder `name` inside this one, creating it 0700 when missing.
  /// Never follows a link: an entry that is a link, or not a folder, is an
  /// error. Sets `*created` to whether this call made it.
  Folder OpenOrCreateChild(const std::string& name, bool* created = nullptr) const;
  /// A second descriptor of the same folder.
  Folder Duplicate() const;

  int fd() const { return fd_; }
  const std::string& path() const { return path_; }
  /// path() / name, for messages.
  std::string PathOf(const std::string& name) const;
  /// "/proc/self/fd/<fd>": a name of this very folder, for libraries that
  /// take only names (libxlsxwriter). It stays valid while this object lives.
  std::string DescriptorPath() const;
  /// fstat of the folder itself.
  struct stat Status() const;

 private:
  Folder(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}

  int fd_ = -1;
  std::string path_;
};

}  // namespace crampwatch
