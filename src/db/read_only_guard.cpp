#include "db/read_only_guard.h"

#include <sqlite3.h>

#include <array>
#include <cstring>
#include <memory>
#include <string_view>

#include "db/sql.h"

namespace crampwatch::db {
namespace {

struct ActionName {
  int action;
  std::string_view name;
};

// What the authorizer refused, named for the message ("INSERT into import_file").
constexpr std::array<ActionName, 26> kActionNames = {{
    {SQLITE_INSERT, "INSERT into"},
    {SQLITE_UPDATE, "UPDATE of"},
    {SQLITE_DELETE, "DELETE from"},
    {SQLITE_CREATE_INDEX, "CREATE INDEX"},
    {SQLITE_CREATE_TABLE, "CREATE TABLE"},
    {SQLITE_CREATE_TEMP_INDEX, "CREATE TEMP INDEX"},
    {SQLITE_CREATE_TEMP_TABLE, "CREATE TEMP TABLE"},
    {SQLITE_CREATE_TEMP_TRIGGER, "CREATE TEMP TRIGGER"},
    {SQLITE_CREATE_TEMP_VIEW, "CREATE TEMP VIEW"},
    {SQLITE_CREATE_TRIGGER, "CREATE TRIGGER"},
    {SQLITE_CREATE_VIEW, "CREATE VIEW"},
    {SQLITE_CREATE_VTABLE, "CREATE VIRTUAL TABLE"},
    {SQLITE_DROP_INDEX, "DROP INDEX"},
    {SQLITE_DROP_TABLE, "DROP TABLE"},
    {SQLITE_DROP_TEMP_INDEX, "DROP INDEX"},
    {SQLITE_DROP_TEMP_TABLE, "DROP TABLE"},
    {SQLITE_DROP_TEMP_TRIGGER, "DROP TRIGGER"},
    {SQLITE_DROP_TEMP_VIEW, "DROP VIEW"},
    {SQLITE_DROP_TRIGGER, "DROP TRIGGER"},
    {SQLITE_DROP_VIEW, "DROP VIEW"},
    {SQLITE_DROP_VTABLE, "DROP VIRTUAL TABLE"},
    {SQLITE_ALTER_TABLE, "ALTER TABLE"},
    {SQLITE_PRAGMA, "PRAGMA"},
    {SQLITE_ATTACH, "ATTACH"},
    {SQLITE_DETACH, "DETACH"},
    {SQLITE_FUNCTION, "function"},
}};

// Actions not in kActionNames (transactions, savepoints, REINDEX, ANALYZE...).
constexpr std::string_view kOtherAction = "a statement that is not a query";

// Pragmas that only describe the schema, whatever their argument: analysts
// use them (or their pragma_table_info() form) to find the columns.
bool IsIntrospectionPragma(const char* name) {
  for (const char* allowed : {"table_info", "table_xinfo", "table_list", "index_list", "index_info",
                              "index_xinfo", "foreign_key_list"}) {
    if (sqlite3_stricmp(name, allowed) == 0) return true;
  }
  return false;
}

// Functions that touch files or the connection are denied even inside a SELECT.
bool IsForbiddenFunction(const char* name) {
  for (const char* forbidden : {"load_extension", "readfile", "writefile", "edit", "fts3_tokenizer"}) {
    if (sqlite3_stricmp(name, forbidden) == 0) return true;
  }
  return false;
}

bool IsAllowed(int action, const char* detail1, const char* detail2) {
  switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_RECURSIVE:
      return true;
    case SQLITE_FUNCTION:
      // For SQLITE_FUNCTION the function's name is the second detail.
      return detail2 != nullptr && !IsForbiddenFunction(detail2);
    case SQLITE_PRAGMA:
      return detail1 != nullptr && IsIntrospectionPragma(detail1);
    case SQLITE_UPDATE:
      // SQLite asks this, column by column of sqlite_master, when a query
      // uses a table-valued function such as json_each (declaring its virtual
      // table), not for a write: an UPDATE of sqlite_master is refused by
      // SQLite itself ("may not be modified"), Prepare refuses statements
      // that are not read-only, and the connection is read-only.
      return detail1 != nullptr && std::strcmp(detail1, "sqlite_master") == 0;
    default:
      return false;
  }
}

// "INSERT into import_file", "PRAGMA query_only", "function load_extension".
std::string DescribeAction(int action, const char* detail1, const char* detail2) {
  // DDL is refused at its first step, a write to the schema table.
  if (detail1 != nullptr && (std::strcmp(detail1, "sqlite_master") == 0 ||
                             std::strcmp(detail1, "sqlite_temp_master") == 0)) {
    return "a schema change (CREATE, DROP, ALTER)";
  }
  for (const ActionName& entry : kActionNames) {
    if (entry.action != action) continue;
    const char* object = action == SQLITE_FUNCTION ? detail2 : detail1;
    std::string text(entry.name);
    // ATTACH names a file, possibly empty (VACUUM attaches its target).
    if (object != nullptr && *object != '\0' && action != SQLITE_ATTACH) text += std::string(" ") + object;
    return text;
  }
  return std::string(kOtherAction);
}

// Where the next statement of `text` starts, skipping what SQLite skips
// between statements (whitespace, semicolons, comments); npos when none does.
std::size_t NextStatementStart(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (std::strchr(" \t\n\v\f\r;", text[i]) != nullptr) {
      ++i;
    } else if (text.substr(i, 2) == "--") {
      i = text.find('\n', i);
    } else if (text.substr(i, 2) == "/*") {
      // An unterminated block comment runs to the end, as in SQLite.
      std::size_t end = text.find("*/", i + 2);
      i = end == std::string_view::npos ? end : end + 2;
    } else {
      return i;
    }
  }
  return std::string_view::npos;
}

std::string NotAllowed(std::string_view what) {
  return "not allowed, query only reads: " + std::string(what);
}

struct StatementFinalizer {
  void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};

}  // namespace

ReadOnlyGuard::ReadOnlyGuard(SQLite::Database& database) : database_(database) {
  database_.exec(sql::kTemporariesOnDisk);
  sqlite3* handle = database_.getHandle();
  sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_set_authorizer(handle, &ReadOnlyGuard::Authorize, this);
}

ReadOnlyGuard::~ReadOnlyGuard() {
  sqlite3_set_authorizer(database_.getHandle(), nullptr, nullptr);
}

int ReadOnlyGuard::Authorize(void* guard, int action, const char* detail1, const char* detail2,
                             const char* /*database*/, const char* /*trigger_or_view*/) {
  if (IsAllowed(action, detail1, detail2)) return SQLITE_OK;
  auto* self = static_cast<ReadOnlyGuard*>(guard);
  if (self->refused_.empty()) self->refused_ = DescribeAction(action, detail1, detail2);
  return SQLITE_DENY;
}

SQLite::Statement ReadOnlyGuard::Prepare(const std::string& sql) {
  sqlite3* handle = database_.getHandle();
  refused_.clear();
  sqlite3_stmt* prepared = nullptr;
  const char* tail = nullptr;
  // Prepared here rather than by SQLite::Statement, which hides the tail
  // (what follows the first statement) and the error offset.
  int result = sqlite3_prepare_v2(handle, sql.c_str(), static_cast<int>(sql.size()), &prepared, &tail);
  std::unique_ptr<sqlite3_stmt, StatementFinalizer> first(prepared);
  if (result != SQLITE_OK) {
    if (!refused_.empty()) throw SqlError(NotAllowed(refused_), -1);
    // Reading the schema can meet a busy or damaged database: that is no
    // mistake in the SQL, and keeps the exit code it has for every command.
    if ((result & 0xFF) != SQLITE_ERROR && (result & 0xFF) != SQLITE_AUTH) throw SQLite::Exception(handle, result);
    throw SqlError(sqlite3_errmsg(handle), sqlite3_error_offset(handle));
  }
  if (first == nullptr) throw SqlError("no SQL statement", -1);

  const auto length = static_cast<std::size_t>(tail - sql.c_str());
  std::size_t next = NextStatementStart(std::string_view(sql).substr(length));
  if (next != std::string_view::npos) {
    throw SqlError("one statement at a time", static_cast<int>(length + next));
  }
  // The authorizer is never asked about VACUUM or PRAGMA journal_mode's
  // effects; SQLite knows whether the statement may write.
  if (sqlite3_stmt_readonly(first.get()) == 0) {
    throw SqlError(NotAllowed("a statement that changes the database or writes a file"), -1);
  }
  first.reset();
  return SQLite::Statement(database_, sql.substr(0, length));
}

void ReadOnlyGuard::Interrupt() { sqlite3_interrupt(database_.getHandle()); }

}  // namespace crampwatch::db
