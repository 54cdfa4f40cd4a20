#include "util/private_folder.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "util/error.h"

namespace crampwatch {
namespace {

constexpr std::string_view kPrefix = ".crampwatch-";
constexpr std::size_t kRandomLength = 6;  // mkdtemp's XXXXXX

// Calls visit(name) for each entry of the folder open as `fd`, "." and ".."
// included. The listing reads a duplicate descriptor: `fd` stays open.
template <typename Visit>
void ForEachEntry(int fd, Visit visit) {
  const int listing_fd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (listing_fd < 0) return;
  DIR* listing = fdopendir(listing_fd);
  if (listing == nullptr) {
    close(listing_fd);
    return;
  }
  while (const dirent* entry = readdir(listing)) visit(entry->d_name);
  closedir(listing);
}

bool IsAsciiAlphanumeric(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Unlinks the regular files directly in the folder `fd`; links, folders and
// the rest stay (unlinkat never follows a link anyway; they are not ours).
void RemoveRegularFiles(int fd) {
  ForEachEntry(fd, [fd](const char* name) {
    struct stat info {};
    if (fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(info.st_mode)) unlinkat(fd, name, 0);
  });
}

// Removes the folder `name` of `parent` if it is still the folder open as
// `fd` (someone who can write `parent` may have renamed it and put something
// else under its name) and empty.
void RemoveIfSameFolder(const Folder& parent, const std::string& name, int fd) {
  struct stat open_folder {};
  struct stat named {};
  if (fstat(fd, &open_folder) != 0 || fstatat(parent.fd(), name.c_str(), &named, AT_SYMLINK_NOFOLLOW) != 0) return;
  if (named.st_dev != open_folder.st_dev || named.st_ino != open_folder.st_ino) return;
  unlinkat(parent.fd(), name.c_str(), AT_REMOVEDIR);
}

// Makes a fresh folder in `parent` with mkdtemp and returns its name.
std::string MakeFolder(const Folder& parent) {
  // mkdtemp takes a path, not a folder descriptor: the descriptor's /proc name
  // is that very folder even if it has been renamed meanwhile.
  std::string pattern =
      parent.DescriptorPath() + "/" + std::string(kPrefix) + std::to_string(getpid()) + "-XXXXXX";
  if (mkdtemp(pattern.data()) == nullptr) {
    const std::string cause = std::strerror(errno);
    const bool no_proc = access("/proc/self/fd", X_OK) != 0;
    throw Error(ErrorKind::kCannotCreate, parent.path() + ": cannot create a private folder: " + cause +
                                              (no_proc ? " (crampwatch needs /proc mounted)" : ""));
  }
  return std::filesystem::path(pattern).filename().string();
}

// Opens the folder MakeFolder made and makes its mode exactly 0700 (mkdir's
// mode is cut by the umask), after checking that it is ours: another user who
// can write `parent` could have swapped it meanwhile.
Folder OpenMadeFolder(const Folder& parent, const std::string& name) {
  const int fd = openat(parent.fd(), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  struct stat info {};
  if (fd < 0 || fstat(fd, &info) != 0 || info.st_uid != geteuid() || fchmod(fd, 0700) != 0) {
    const std::string cause = fd < 0 ? std::strerror(errno) : "it is not the folder made";
    if (fd >= 0) close(fd);
    throw Error(ErrorKind::kCannotCreate, parent.PathOf(name) + ": cannot open the private folder: " + cause);
  }
  return Folder::Adopt(fd, parent.PathOf(name));
}

}  // namespace

PrivateFolder::PrivateFolder(const Folder& parent)
    : parent_(parent.Duplicate()), name_(MakeFolder(parent_)), folder_(OpenMadeFolder(parent_, name_)) {}

PrivateFolder::~PrivateFolder() {
  RemoveRegularFiles(folder_.fd());
  RemoveIfSameFolder(parent_, name_, folder_.fd());
}

pid_t OwnerOfPrivateFolder(std::string_view name) {
  if (!name.starts_with(kPrefix)) return 0;
  name.remove_prefix(kPrefix.size());
  const std::size_t dash = name.find('-');
  if (dash == 0 || dash == std::string_view::npos || name.size() - dash - 1 != kRandomLength) return 0;
  for (std::size_t i = 0; i < dash; ++i) {
    if (name[i] < '0' || name[i] > '9') return 0;
  }
  for (std::size_t i = dash + 1; i < name.size(); ++i) {
    if (!IsAsciiAlphanumeric(name[i])) return 0;
  }
  if (dash > 10) return 0;  // beyond any pid
  const long long pid = std::strtoll(std::string(name.substr(0, dash)).c_str(), nullptr, 10);
  return pid > 0 && pid <= 0x7FFFFFFF ? static_cast<pid_t>(pid) : 0;
}

void RemoveStalePrivateFolders(const Folder& parent) {
  ForEachEntry(parent.fd(), [&parent](const char* name) {
    const pid_t pid = OwnerOfPrivateFolder(name);
    // A live process may be writing into it: another report into the same folder.
    if (pid <= 0 || kill(pid, 0) == 0 || errno != ESRCH) return;
    const int fd = openat(parent.fd(), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return;
    struct stat info {};
    if (fstat(fd, &info) == 0 && info.st_uid == geteuid() && (info.st_mode & 07777) == 0700) {
      RemoveRegularFiles(fd);
      RemoveIfSameFolder(parent, name, fd);
    }
    close(fd);
  });
}

}  // namespace crampwatch
