#include "db/migrations.h"

#include <SQLiteCpp/Transaction.h>

#include <string>

#include "util/embedded_file.h"
#include "util/error.h"

namespace crampwatch::db {
namespace {

Error NewerSchemaError(const std::string& path, int version) {
  return Error(ErrorKind::kDatabase,
               path + ": database schema version " + std::to_string(version) +
                   " is newer than this crampwatch understands (" +
                   std::to_string(LatestSchemaVersion()) +
                   "); use a newer crampwatch");
}

}  // namespace

int LatestSchemaVersion() {
  return static_cast<int>(embedded::SchemaFiles().size());
}

int SchemaVersion(SQLite::Database& database) {
  return database.execAndGet("PRAGMA user_version").getInt();
}

void Migrate(SQLite::Database& database, const std::string& path) {
  // Cheap check first: an up-to-date database needs no write lock.
  int version = SchemaVersion(database);
  if (version == LatestSchemaVersion()) return;
  if (version > LatestSchemaVersion()) throw NewerSchemaError(path, version);

  SQLite::Transaction transaction(database, SQLite::TransactionBehavior::IMMEDIATE);
  version = SchemaVersion(database);  // another process may have migrated meanwhile
  if (version > LatestSchemaVersion()) throw NewerSchemaError(path, version);
  const auto files = embedded::SchemaFiles();
  for (int next = version; next < LatestSchemaVersion(); ++next) {
    database.exec(std::string(files[static_cast<std::size_t>(next)].content));
  }
  // PRAGMA takes no bound parameters; the value is our own integer.
  database.exec("PRAGMA user_version = " + std::to_string(LatestSchemaVersion()));
  transaction.commit();
}

void CheckSchemaVersion(SQLite::Database& database, const std::string& path) {
  int version = SchemaVersion(database);
  if (version > LatestSchemaVersion()) throw NewerSchemaError(path, version);
  if (version < LatestSchemaVersion()) {
    throw Error(ErrorKind::kDatabase,
                path + ": database schema version " + std::to_string(version) +
                    " is older than this crampwatch (" + std::to_string(LatestSchemaVersion()) +
                    "); run 'crampwatch init' to upgrade it");
  }
}

}  // namespace crampwatch::db
