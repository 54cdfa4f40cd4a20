// Opening the crampwatch database: file mode, pragmas, schema migrations.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <cstdint>
#include <memory>
#include <string>

#include "util/error.h"

namespace crampwatch::db {

/// How to open the database. Defaults suit the nightly job.
struct OpenOptions {
  /// Milliseconds to wait for another connection's lock before giving up
  /// with ErrorKind::kTryLater.
  int busy_timeout_ms = 10000;
  /// Read-only, for the readers (`query`, `status`, `report`): no file is
  /// created, no migration runs, and the database file is never written,
  /// not even by a checkpoint on close; the -wal and -shm files stay as
  /// SQLite leaves them, for the next writer. `query` installs a
  /// ReadOnlyGuard on top.
  bool read_only = false;
  /// Whether a missing file is created. A command with nothing to do on an
  /// empty database (`classify`) says the file is missing instead: a wrong
  /// --db would otherwise leave an empty database behind and report success.
  bool create_if_missing = true;
};

/// Opens (creating it 0600 if missing) the database at `path`, turns on
/// foreign keys, WAL and the busy timeout, and brings the schema up to date.
/// Throws Error: kNoInput when the file is missing and read-only or not to be
/// created, kCannotCreate when the file cannot be created, kDatabase
/// when it is not a database, is corrupt, or its schema is newer than this
/// program, kTryLater when it stays locked.
std::unique_ptr<SQLite::Database> OpenDatabase(const std::string& path,
                                               const OpenOptions& options = {});

/// The full path of the file SQLite opened for `database`, symbolic links
/// followed: its -wal and -shm files are this path plus "-wal" and "-shm".
std::string DatabaseFile(SQLite::Database& database);

/// Caps what SQLite may allocate in this process at `bytes` (0: no cap):
/// past it, a statement fails with SQLITE_NOMEM instead of growing.
/// REQUIRES: called before the process's first OpenDatabase, as the cap
/// needs SQLite's memory accounting, which only starts with SQLite; throws
/// std::logic_error otherwise.
void LimitSqliteHeap(std::int64_t bytes);

/// Whether `error` is SQLite running out of memory, its heap cap included.
bool IsOutOfMemory(const SQLite::Exception& error);

/// Gives back the memory a finished stage no longer needs: the connection's
/// cached pages, and the heap pages the process has freed. Between the run's
/// stages, so that the run's peak is its largest stage's, not their sum.
/// REQUIRES: no transaction open on `database`.
void ReleaseUnusedMemory(SQLite::Database& database);

/// The ErrorKind for a SQLite failure: busy/locked -> kTryLater, cannot
/// open -> kCannotCreate, everything else (I/O, full, corrupt) -> kDatabase.
ErrorKind ErrorKindOf(const SQLite::Exception& error);

/// Wraps a SQLite failure in an Error whose message starts with `context`.
Error DatabaseError(const std::string& context, const SQLite::Exception& error);

}  // namespace crampwatch::db
