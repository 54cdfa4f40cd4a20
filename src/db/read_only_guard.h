// ReadOnlyGuard: makes a connection unable to change anything or write any file.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

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

/// The defences `query` needs beyond a read-only open (docs/commands.md, "query"),
/// installed on a connection opened read-only:
/// - an authorizer that allows only reading (SELECT, reading columns,
///   functions, recursive CTEs, table-valued functions, a few schema
///   introspection pragmas such as `table_info`) and denies everything
///   else: writes, DDL, ATTACH/DETACH, other PRAGMAs, transactions;
/// - a limit of zero attached databases;
/// - temporary tables and sort spills in (deleted) temporary files, not the heap;
/// - Prepare() refuses any statement SQLite itself marks as not read-only
///   (VACUUM, VACUUM INTO, `PRAGMA journal_mode`...), and more than one
///   statement at a time;
/// - Interrupt(), to stop a runaway statement from another thread.
class ReadOnlyGuard {
 public:
  /// REQUIRES: `database` outlives the guard, and the guard outlives every
  /// statement prepared on `database` (SQLite re-prepares a statement after
  /// a schema change, asking the authorizer again).
  explicit ReadOnlyGuard(SQLite::Database& database);
  /// Removes the authorizer.
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

  /// Makes the statement running on the connection fail with
  /// SQLITE_INTERRUPT at its next instruction. Safe from any thread while
  /// the guard lives; an interrupt while no statement runs is forgotten.
  void Interrupt();

 private:
  static int Authorize(void* guard, int action, const char* detail1, const char* detail2,
                       const char* database, const char* trigger_or_view);

  SQLite::Database& database_;
  std::string refused_;  // what the authorizer denied first during Prepare, for the message
};

}  // namespace crampwatch::db
