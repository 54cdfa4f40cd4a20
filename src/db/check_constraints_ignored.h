// CheckConstraintsIgnored: SQLite's CHECK constraints not evaluated while a
// writer checks the same conditions once per set of rows.
#pragma once

#include <SQLiteCpp/Database.h>

namespace crampwatch::db {

/// Sets PRAGMA ignore_check_constraints from construction to destruction,
/// then clears it. Statements are recompiled on their next run after each
/// switch (SQLite expires them), so they follow the setting of the moment.
/// REQUIRES: the writer enforces the conditions itself meanwhile.
class CheckConstraintsIgnored {
 public:
  /// `database` must outlive the object. Throws SQLite::Exception.
  explicit CheckConstraintsIgnored(SQLite::Database& database);
  CheckConstraintsIgnored(const CheckConstraintsIgnored&) = delete;
  CheckConstraintsIgnored& operator=(const CheckConstraintsIgnored&) = delete;
  ~CheckConstraintsIgnored();

 private:
  SQLite::Database& database_;
};

}  // namespace crampwatch::db
