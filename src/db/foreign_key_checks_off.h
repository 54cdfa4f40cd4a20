// ForeignKeyChecksOff: foreign-key checks switched off around a transaction whose
// references are valid by construction.
#pragma once

#include <SQLiteCpp/Database.h>

namespace crampwatch::db {

/// Switches foreign-key checks off from construction to destruction, when they
/// were on, and back on after. SQLite ignores the switch inside a transaction:
/// REQUIRES: no transaction is open at construction, and the object outlives
/// the transaction it covers (which is then committed or rolled back).
/// With checks off, ON DELETE CASCADE does nothing either.
class ForeignKeyChecksOff {
 public:
  /// `database` must outlive the object. Throws SQLite::Exception if the
  /// state cannot be read or changed.
  explicit ForeignKeyChecksOff(SQLite::Database& database);
  ForeignKeyChecksOff(const ForeignKeyChecksOff&) = delete;
  ForeignKeyChecksOff& operator=(const ForeignKeyChecksOff&) = delete;
  ~ForeignKeyChecksOff();

 private:
  SQLite::Database& database_;
  bool were_on_;
};

}  // namespace crampwatch::db
