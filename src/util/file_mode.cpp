#include "util/file_mode.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "util/error.h"

namespace crampwatch {

void CreatePrivateFile(const std::string& path) {
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) return;
    throw Error(ErrorKind::kCannotCreate,
                path + ": cannot create: " + std::strerror(errno));
  }
  // The umask may have removed bits only; fchmod makes the mode exact anyway.
  fchmod(fd, 0600);
  close(fd);
}

void CreatePrivateDirectory(const std::string& path) {
  std::filesystem::path folder(path);
  std::error_code error;
  if (std::filesystem::is_directory(folder, error)) return;
  if (folder.has_parent_path() && !folder.parent_path().empty()) {
    CreatePrivateDirectory(folder.parent_path().string());
  }
  if (mkdir(path.c_str(), 0700) != 0 && errno != EEXIST) {
    throw Error(ErrorKind::kCannotCreate,
                path + ": cannot create folder: " + std::strerror(errno));
  }
  chmod(path.c_str(), 0700);
}

}  // namespace crampwatch
