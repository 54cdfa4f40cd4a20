#include "db/foreign_key_checks_off.h"

#include "db/sql.h"

namespace crampwatch::db {

ForeignKeyChecksOff::ForeignKeyChecksOff(SQLite::Database& database)
    : database_(database), were_on_(database.execAndGet(sql::kForeignKeysState).getInt() != 0) {
  if (were_on_) database_.exec(sql::kForeignKeysOff);
}

ForeignKeyChecksOff::~ForeignKeyChecksOff() {
  if (!were_on_) return;
  try {
    database_.exec(sql::kForeignKeysOn);
  } catch (const SQLite::Exception&) {
    // A destructor must not throw; outside a transaction this PRAGMA touches
    // no file and is not expected to fail.
  }
}

}  // namespace crampwatch::db
