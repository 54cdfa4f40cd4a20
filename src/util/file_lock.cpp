#include "util/file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "util/error.h"

namespace crampwatch {
namespace {

// How often a waiting run tries the lock again.
constexpr auto kRetryInterval = std::chrono::milliseconds(100);

// The pid the holder wrote, or "" when unknown.
std::string HolderOf(int fd) {
  char text[32] = {};
  const ssize_t length = pread(fd, text, sizeof text - 1, 0);
  if (length <= 0) return {};
  std::string pid(text, static_cast<std::size_t>(length));
  while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
  return pid;
}

}  // namespace

FileLock::FileLock(const std::string& path, double wait_seconds) {
  fd_ = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd_ < 0) {
    throw Error(ErrorKind::kCannotCreate, path + ": cannot open the lock file: " + std::strerror(errno));
  }
  const auto deadline = std::chrono::steady_clock::now() +
                        std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                            std::chrono::duration<double>(wait_seconds));
  while (flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      const std::string cause = std::strerror(errno);
      close(fd_);
      throw Error(ErrorKind::kCannotCreate, path + ": cannot lock: " + cause);
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      const std::string holder = HolderOf(fd_);
      close(fd_);
      throw Error(ErrorKind::kTryLater,
                  path + ": another crampwatch run holds the lock" +
                      (holder.empty() ? std::string() : " (pid " + holder + ")") +
                      "; try again later, or wait for it with --wait SECONDS");
    }
    std::this_thread::sleep_for(kRetryInterval);
  }
  // Ours now: say who holds it. Failing to write the pid only loses a detail.
  const std::string pid = std::to_string(getpid()) + "\n";
  if (ftruncate(fd_, 0) == 0) {
    [[maybe_unused]] const ssize_t written = pwrite(fd_, pid.data(), pid.size(), 0);
  }
  fchmod(fd_, 0600);
}

bool IsLockHeld(const std::string& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return false;
  // A shared lock is refused only while someone holds the exclusive one.
  const bool held = flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  close(fd);  // releases the shared lock if we got it
  return held;
}

FileLock::~FileLock() {
  if (fd_ >= 0) close(fd_);  // closing releases the flock
}

}  // namespace crampwatch
