#include "util/file_mode.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

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

}  // namespace crampwatch
