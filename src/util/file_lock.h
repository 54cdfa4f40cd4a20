// FileLock: one process at a time, by flock on a lock file.
#pragma once

#include <string>

namespace crampwatch {

/// An exclusive flock(2) on `path` (created 0600 if missing), held until
/// destruction. The kernel releases it when the process ends, however it
/// ends, so a killed run never leaves a lock that blocks the next one. The
/// holder's pid is written into the file, for messages only.
class FileLock {
 public:
  /// Takes the lock, waiting up to `wait_seconds` (0: not at all) while
  /// another process holds it. Throws Error(kTryLater) naming the file and the
  /// holder's pid when it stays held, Error(kCannotCreate) when the file
  /// cannot be opened or is not safe to write: a symbolic link, not a regular
  /// file, a file with other hard links, or one owned by another user.
  FileLock(const std::string& path, double wait_seconds);
  ~FileLock();
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_ = -1;
};

/// Whether another process holds the lock on `path` now. Only looks: a
/// missing file is not created (it means no holder).
bool IsLockHeld(const std::string& path);

}  // namespace crampwatch
