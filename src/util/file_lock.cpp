#include "util/file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "util/error.h"

namespace crampwatch {
namespace {

// How often a waiting run tries the lock again.
constexpr auto kRetryInterval = std::chrono::milliseconds(100);

// A lock file is "PID\n", then perhaps a note line.
constexpr std::size_t kMaxLockFileBytes = 512;

std::string ContentOf(int fd) {
  char text[kMaxLockFileBytes];
  const ssize_t length = pread(fd, text, sizeof text, 0);
  return length > 0 ? std::string(text, static_cast<std::size_t>(length)) : std::string();
}

// The pid the holder wrote, or "" when unknown.
std::string HolderOf(int fd) {
  std::string pid = ContentOf(fd);
  pid.resize(std::min(pid.find('\n'), pid.size()));
  while (!pid.empty() && pid.back() == ' ') pid.pop_back();
  return pid;
}

// The line after the pid, or "".
std::string NoteOf(const std::string& content) {
  const std::size_t start = content.find('\n');
  if (start == std::string::npos) return {};
  std::string note = content.substr(start + 1);
  note.resize(std::min(note.find('\n'), note.size()));
  return note;
}

// Why the opened file must not be used as the lock file, or "" when it may.
// The pid is written into it, so someone who can write the lock file's
// folder could otherwise have us overwrite a file of ours elsewhere: a
// symbolic link is refused by O_NOFOLLOW; a hard link, or a file put there
// by someone else, is caught here, before anything is written.
std::string Unsafe(int fd) {
  struct stat info {};
  if (fstat(fd, &info) != 0) return std::string("cannot check it: ") + std::strerror(errno);
  if (!S_ISREG(info.st_mode)) return "it is not a regular file";
  if (info.st_nlink != 1) {
    return "it has " + std::to_string(info.st_nlink) + " hard links (another name for the same file)";
  }
  if (info.st_uid != geteuid()) {
    return "it belongs to user id " + std::to_string(info.st_uid) + ", not to this user (" +
           std::to_string(geteuid()) + ")";
  }
  return {};
}

}  // namespace

FileLock::FileLock(const std::string& path, double wait_seconds) {
  // Never O_TRUNC: the file is not known to be ours until it is checked.
  fd_ = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0600);
  if (fd_ < 0) {
    throw Error(ErrorKind::kCannotCreate, path + ": cannot open the lock file: " + std::strerror(errno));
  }
  if (const std::string unsafe = Unsafe(fd_); !unsafe.empty()) {
    close(fd_);
    throw Error(ErrorKind::kCannotCreate, path + ": refusing to use this lock file: " + unsafe +
                                              "; remove it and run again");
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
  // Ours now, and checked to be a file of its own: say who holds it.
  // Failing to write the pid only loses a detail.
  previous_note_ = NoteOf(ContentOf(fd_));
  const std::string pid = std::to_string(getpid()) + "\n";
  pid_bytes_ = pid.size();
  if (ftruncate(fd_, 0) == 0) {
    [[maybe_unused]] const ssize_t written = pwrite(fd_, pid.data(), pid.size(), 0);
  }
  fchmod(fd_, 0600);
}

bool FileLock::WriteNote(const std::string& line) const {
  const std::string text = line + "\n";
  if (pid_bytes_ + text.size() > kMaxLockFileBytes) return false;
  return pwrite(fd_, text.data(), text.size(), static_cast<off_t>(pid_bytes_)) == static_cast<ssize_t>(text.size()) &&
         ftruncate(fd_, static_cast<off_t>(pid_bytes_ + text.size())) == 0;
}

std::string ReadLockNote(const std::string& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (fd < 0) return {};
  const std::string note = NoteOf(ContentOf(fd));
  close(fd);
  return note;
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
