// FileLock: one process at a time, by flock on a lock file.
#pragma once

#include <cstddef>
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

  /// Writes `line` into the file after the holder's pid, replacing any note
  /// before it: a few words that must outlive the process when the database
  /// cannot take them (a full disk). It overwrites bytes the file already
  /// has or adds a few to its only block, so it needs no new space. Returns
  /// false when it could not be written.
  bool WriteNote(const std::string& line) const;

  /// The note the previous holder left (WriteNote), read before the file
  /// was taken over; "" when there was none.
  const std::string& previous_note() const { return previous_note_; }

 private:
  int fd_ = -1;
  std::size_t pid_bytes_ = 0;  // the pid line's length: a note follows it
  std::string previous_note_;
};

/// Whether another process holds the lock on `path` now. Only looks: a
/// missing file is not created (it means no holder).
bool IsLockHeld(const std::string& path);

/// The note in the lock file at `path` (FileLock::WriteNote), or "" when
/// there is none. Only looks.
std::string ReadLockNote(const std::string& path);

}  // namespace crampwatch
