// Error: the one exception a run throws when it cannot go on.
#pragma once

#include <stdexcept>
#include <string>

namespace crampwatch {

/// What kind of failure stopped the work. The CLI maps each kind to an exit
/// code (src/cli/exit_code.h); the core never decides exit codes itself.
enum class ErrorKind {
  kUsage,         // a bad option or argument value
  kBadInput,      // an input file is not a valid intake export
  kNoInput,       // an input file is missing or unreadable
  kCannotCreate,  // an output file (or the database file) cannot be created
  kDatabase,      // I/O error, disk full, corrupt database
  kTryLater,      // the database stayed busy, or another run holds the lock
};

/// A failure that ends the current unit of work (a file, a command). The
/// message names the path and the cause, e.g. "exports/a.csv: no header row".
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message)
      : std::runtime_error(message), kind_(kind) {}

  ErrorKind kind() const { return kind_; }

 private:
  ErrorKind kind_;
};

}  // namespace crampwatch
