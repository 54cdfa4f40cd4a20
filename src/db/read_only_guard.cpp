#include "db/read_only_guard.h"

#include <sqlite3.h>

#include <cstring>

namespace crampwatch::db {
namespace {

// Functions that touch files or the connection are denied even inside a SELECT.
bool IsForbiddenFunction(const char* name) {
  if (name == nullptr) return false;
  for (const char* forbidden : {"load_extension", "readfile", "writefile", "edit", "fts3_tokenizer"}) {
    if (sqlite3_stricmp(name, forbidden) == 0) return true;
  }
  return false;
}

int AuthorizeReadOnly(void* /*unused*/, int action, const char* detail1, const char* detail2,
                      const char* /*database*/, const char* /*trigger_or_view*/) {
  switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_RECURSIVE:
      return SQLITE_OK;
    case SQLITE_FUNCTION:
      // For SQLITE_FUNCTION the function's name is the second detail.
      return IsForbiddenFunction(detail2) ? SQLITE_DENY : SQLITE_OK;
    case SQLITE_UPDATE:
      // SQLite asks this, column by column of sqlite_master, when a query
      // uses a table-valued function such as json_each (declaring its virtual
      // table), not for a write: an UPDATE of sqlite_master is refused by
      // SQLite itself ("may not be modified"), and the connection is read-only.
      return detail1 != nullptr && std::strcmp(detail1, "sqlite_master") == 0 ? SQLITE_OK : SQLITE_DENY;
    default:
      (void)detail1;
      return SQLITE_DENY;
  }
}

}  // namespace

void InstallReadOnlyGuard(SQLite::Database& database) {
  sqlite3* handle = database.getHandle();
  sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_set_authorizer(handle, AuthorizeReadOnly, nullptr);
}

}  // namespace crampwatch::db
