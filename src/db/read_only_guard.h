// ReadOnlyGuard: makes a connection unable to change anything or write any file.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <chrono>
#include <optional>
#include <string>

#include "util/error.h"

namespace crampwatch::db {

/// SQL that the guard, or SQLite, would not prepare or run. A usage error:
/// the SQL is the user's. The message never holds row values.
class SqlError : public Error {
 public:
  SqlError(const std::string& message, int offset) : Error(ErrorKind::kUsage, message), offset_(offset) {}

  /// Byte offset into the SQL given to Prepare where the problem is, or -1
  /// when SQLite does not say.
  int offset() const { return offset_; }

 private:
  int offset_;
};

/// The defences `query` needs beyond a read-only open (PRODUCT.md,
/// Qualities), installed on a connection opened read-only:
/// - an authorizer that allows only reading (SELECT, reading columns,
///   functions, recursive CTEs, table-valued functions, a few schema
///   introspection pragmas such as `table_info`) and denies everything
///   else: writes, DDL, ATTACH/DETACH, other PRAGMAs, transactions;
/// - a limit of zero attached databases;
/// - temporary tables and sort spills kept in memory, so no file is written;
/// - Prepare() refuses any statement SQLite itself marks as not read-only
///   (VACUUM, VACUUM INTO, `PRAGMA journal_mode`...), and more than one
///   statement at a time;
/// - an optional time limit that interrupts a runaway statement.
class ReadOnlyGuard {
 public:
  /// REQUIRES: `database` outlives the guard, and the guard outlives every
  /// statement prepared on `database` (SQLite re-prepares a statement after
  /// a schema change, asking the authorizer again).
  explicit ReadOnlyGuard(SQLite::Database& database);
  /// Removes the authorizer and the time limit.
  ~ReadOnlyGuard();
  ReadOnlyGuard(const ReadOnlyGuard&) = delete;
  ReadOnlyGuard& operator=(const ReadOnlyGuard&) = delete;

  /// Prepares `sql`, which must hold exactly one statement (whitespace,
  /// comments and semicolons around it are fine). Throws SqlError with
  /// SQLite's message and position for bad SQL; "not allowed, query only
  /// reads: WHAT" for anything that writes; "one statement at a time" when
  /// another statement follows; "no SQL statement" for empty SQL. A busy,
  /// damaged or unreadable database is no SQL mistake: SQLite::Exception.
  SQLite::Statement Prepare(const std::string& sql);

  /// Interrupts any statement of the connection once `limit` has passed
  /// from now (it then fails with SQLITE_INTERRUPT); nullopt: no limit.
  void StopAfter(std::optional<std::chrono::duration<double>> limit);

  /// Whether a statement was interrupted because the time limit passed.
  bool TimedOut() const { return timed_out_; }

 private:
  static int Authorize(void* guard, int action, const char* detail1, const char* detail2,
                       const char* database, const char* trigger_or_view);
  static int CheckDeadline(void* guard);

  SQLite::Database& database_;
  std::string refused_;  // what the authorizer denied first during Prepare, for the message
  std::chrono::steady_clock::time_point deadline_;
  bool timed_out_ = false;
};

/// Removes the `-wal` and `-shm` files beside the database at `path` that a
/// read-only connection created (SQLite creates them when no other
/// connection has the database open, and a read-only connection cannot take
/// the exclusive lock that deleting them safely needs, so it leaves them).
/// Done the way SQLite does it when the last connection closes: a short
/// read-write connection that reads the schema and closes, deleting them
/// only if it gets the exclusive lock, so never under another connection.
/// REQUIRES: every connection of this process to `path` is closed, and
/// neither file existed before the read-only connection opened. Never throws:
/// the files are harmless, and empty of data.
void RemoveFilesLeftByReader(const std::string& path) noexcept;

}  // namespace crampwatch::db
