#include "db/check_constraints_ignored.h"

#include "db/sql.h"

namespace crampwatch::db {

CheckConstraintsIgnored::CheckConstraintsIgnored(SQLite::Database& database) : database_(database) {
  database_.exec(sql::kIgnoreCheckConstraints);
}

CheckConstraintsIgnored::~CheckConstraintsIgnored() {
  try {
    database_.exec(sql::kEnforceCheckConstraints);
  } catch (const SQLite::Exception&) {
    // A destructor must not throw; this PRAGMA only sets a flag of the
    // connection and touches no file.
  }
}

}  // namespace crampwatch::db
