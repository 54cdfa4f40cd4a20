// ReadOnlyGuard: makes a connection unable to change anything or write any file.
#pragma once

#include <SQLiteCpp/Database.h>

namespace crampwatch::db {

/// Installs, on a connection opened read-only, the defences `query` needs
/// beyond the read-only open (PRODUCT.md, Qualities): an authorizer that
/// allows only reading statements (SELECT, reading columns, calling
/// functions, recursive CTEs) and denies everything else — ATTACH, DETACH,
/// VACUUM (so no `VACUUM INTO`), PRAGMA, writes, DDL, transactions — and a
/// limit of zero attached databases. Denied statements fail at prepare time
/// with SQLite's "not authorized" error.
void InstallReadOnlyGuard(SQLite::Database& database);

}  // namespace crampwatch::db
