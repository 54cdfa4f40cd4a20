// Migrations: schema/NNN_*.sql applied in order, tracked by PRAGMA user_version.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>

namespace crampwatch::db {

/// The schema version this program writes: the number of embedded migrations.
int LatestSchemaVersion();

/// The database's PRAGMA user_version.
int SchemaVersion(SQLite::Database& database);

/// Applies every migration the database lacks, all in one IMMEDIATE
/// transaction (so two processes never migrate at once and a failure leaves
/// the old schema). Throws Error(kDatabase) naming `path` when the database
/// is newer than this program.
void Migrate(SQLite::Database& database, const std::string& path);

/// For read-only opens: throws Error(kDatabase) when the schema is older or
/// newer than this program (a read-only open cannot upgrade it).
void CheckSchemaVersion(SQLite::Database& database, const std::string& path);

}  // namespace crampwatch::db
