#include "util/folder.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <utility>

#include "util/error.h"

namespace crampwatch {
namespace {

constexpr int kOpenFlags = O_RDONLY | O_DIRECTORY | O_CLOEXEC;

[[noreturn]] void Fail(const std::string& path, const std::string& cause) {
  throw Error(ErrorKind::kCannotCreate, path + ": " + cause);
}

std::string ErrnoText() { return std::strerror(errno); }

// `path` without trailing separators ("out/" names the same folder as "out").
std::string WithoutTrailingSlash(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

}  // namespace

Folder Folder::Open(const std::string& path) {
  const int fd = open(path.c_str(), kOpenFlags);
  if (fd >= 0) return Folder(fd, path);
  const int cause = errno;
  struct stat entry {};
  if (cause == ENOTDIR && lstat(WithoutTrailingSlash(path).c_str(), &entry) == 0) {
    Fail(path, S_ISLNK(entry.st_mode) ? "not a folder (a link to something else)" : "not a folder");
  }
  Fail(path, "cannot open: " + std::string(std::strerror(cause)));
}

Folder Folder::OpenOrCreate(const std::string& path) {
  const int fd = open(path.c_str(), kOpenFlags);
  if (fd >= 0) return Folder(fd, path);
  if (errno != ENOENT) return Open(path);  // throws, saying why
  const std::filesystem::path trimmed(WithoutTrailingSlash(path));
  const std::string name = trimmed.filename().string();
  if (name.empty() || name == "." || name == "..") Fail(path, "cannot open: " + ErrnoText());
  const std::filesystem::path parent = trimmed.parent_path();
  Folder parent_folder = parent.empty() ? Folder(open(".", kOpenFlags), ".") : OpenOrCreate(parent.string());
  if (parent_folder.fd_ < 0) Fail(".", "cannot open: " + ErrnoText());
  Folder folder = parent_folder.OpenOrCreateChild(name);
  folder.path_ = path;
  return folder;
}

Folder::Folder(Folder&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), path_(std::move(other.path_)) {}

Folder& Folder::operator=(Folder&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) close(fd_);
    fd_ = std::exchange(other.fd_, -1);
    path_ = std::move(other.path_);
  }
  return *this;
}

Folder::~Folder() {
  if (fd_ >= 0) close(fd_);
}

Folder Folder::OpenOrCreateChild(const std::string& name, bool* created) const {
  const std::string path = PathOf(name);
  const bool made = mkdirat(fd_, name.c_str(), 0700) == 0;
  if (!made && errno != EEXIST) Fail(path, "cannot create folder: " + ErrnoText());
  if (created != nullptr) *created = made;
  const int fd = openat(fd_, name.c_str(), kOpenFlags | O_NOFOLLOW);
  if (fd < 0) {
    if (errno == ELOOP || errno == ENOTDIR) Fail(path, "not a folder (links are not followed here)");
    Fail(path, "cannot open: " + ErrnoText());
  }
  Folder folder(fd, path);
  if (made) {
    // The umask may have removed bits, even the owner's; fchmod makes the mode
    // exact. Only on a folder of ours: between mkdirat and openat another user
    // who can write here could have put a folder of theirs in its place, and
    // crampwatch changes the mode of nothing it did not make.
    if (folder.Status().st_uid == geteuid() && fchmod(fd, 0700) != 0) {
      Fail(path, "cannot make private: " + ErrnoText());
    }
  }
  return folder;
}

Folder Folder::Duplicate() const {
  const int fd = fcntl(fd_, F_DUPFD_CLOEXEC, 0);
  if (fd < 0) Fail(path_, "cannot open again: " + ErrnoText());
  return Folder(fd, path_);
}

std::string Folder::PathOf(const std::string& name) const {
  return (std::filesystem::path(path_) / name).string();
}

std::string Folder::DescriptorPath() const { return "/proc/self/fd/" + std::to_string(fd_); }

struct stat Folder::Status() const {
  struct stat info {};
  if (fstat(fd_, &info) != 0) Fail(path_, "cannot stat: " + ErrnoText());
  return info;
}

}  // namespace crampwatch
