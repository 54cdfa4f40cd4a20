// Opening the crampwatch database: file mode, pragmas, schema migrations.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <memory>
#include <string>

#include "util/error.h"

namespace crampwatch::db {

/// How to open the database. Defaults suit the nightly job.
struct OpenOptions {
  /// Milliseconds to wait for another connection's lock before giving up
  /// with ErrorKind::kTryLater.
  int busy_timeout_ms = 10000;
  /// Read-only, for `query`: no file is created, no migration runs, and a
  /// ReadOnlyGuard should be installed on top.
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
