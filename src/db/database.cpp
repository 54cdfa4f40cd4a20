#include "db/database.h"

#include <malloc.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <filesystem>
#include <mutex>
#include <stdexcept>

#include "db/migrations.h"
#include "db/sql.h"
#include "util/file_mode.h"

namespace crampwatch::db {

ErrorKind ErrorKindOf(const SQLite::Exception& error) {
  switch (error.getErrorCode()) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return ErrorKind::kTryLater;
    case SQLITE_CANTOPEN:
      return ErrorKind::kCannotCreate;
    default:
      return ErrorKind::kDatabase;
  }
}

Error DatabaseError(const std::string& context, const SQLite::Exception& error) {
  std::string message = context + ": " + error.what();
  if (ErrorKindOf(error) == ErrorKind::kTryLater) {
    message += " (another process is using the database; try again later)";
  }
  return Error(ErrorKindOf(error), message);
}

namespace {

// Memory statistics take a process-wide mutex on every allocation: they are
// off unless a heap cap, which needs them, is asked for first. Must run before
// SQLite initialises; the first call decides. Returns whether they are on.
bool ConfigureSqliteOnce(bool count_memory) {
  static std::once_flag once;
  static bool counting = false;
  std::call_once(once, [count_memory] {
    counting = count_memory;
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, count_memory ? 1 : 0);
  });
  return counting;
}

}  // namespace

std::unique_ptr<SQLite::Database> OpenDatabase(const std::string& path,
                                               const OpenOptions& options) {
  ConfigureSqliteOnce(false);
  if (options.read_only || !options.create_if_missing) {
    if (!std::filesystem::exists(path)) {
      throw Error(ErrorKind::kNoInput, path + ": no such database (create it with 'crampwatch init')");
    }
  }
  if (!options.read_only) {
    // Create the file ourselves so that it is 0600 from its first byte;
    // SQLite gives the -wal and -shm files the database file's mode.
    CreatePrivateFile(path);
  }
  try {
    // A connection is used by one thread at a time: SQLite's mutex on every
    // call would be pure overhead (it cost 5% of an import).
    int flags = (options.read_only ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE) |
                SQLite::OPEN_NOMUTEX;
    auto database = std::make_unique<SQLite::Database>(path, flags, options.busy_timeout_ms);
    if (!options.read_only) {
      database->exec(sql::kConnectionPragmas);
      Migrate(*database, path);
    } else {
      // A read-only connection cannot checkpoint anyway; this says so, and
      // keeps it so should the open flags ever change.
      sqlite3_db_config(database->getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
      database->exec(sql::kReadConnectionPragmas);
      CheckSchemaVersion(*database, path);
    }
    return database;
  } catch (const SQLite::Exception& error) {
    throw DatabaseError(path, error);
  }
}

std::string DatabaseFile(SQLite::Database& database) {
  const char* file = sqlite3_db_filename(database.getHandle(), "main");
  return file != nullptr ? file : database.getFilename();
}

void LimitSqliteHeap(std::int64_t bytes) {
  if (bytes <= 0) return;
  if (!ConfigureSqliteOnce(true)) {
    throw std::logic_error("LimitSqliteHeap: SQLite started before the heap cap was set");
  }
  sqlite3_hard_heap_limit64(bytes);
}

bool IsOutOfMemory(const SQLite::Exception& error) { return (error.getErrorCode() & 0xFF) == SQLITE_NOMEM; }

void ReleaseUnusedMemory(SQLite::Database& database) {
  database.exec(sql::kShrinkMemory);
  // glibc keeps freed memory for reuse; a stage's pages (mostly 16 KiB
  // cached pages, below its mmap threshold) stay resident until trimmed.
  malloc_trim(0);
}

}  // namespace crampwatch::db
