#include "report/clinic_period_copy.h"

#include <SQLiteCpp/Statement.h>

#include "db/sql.h"

namespace crampwatch::report {

ClinicPeriodCopy::ClinicPeriodCopy(SQLite::Database& database, const std::string& clinic,
                                   const std::string& from, const std::string& to)
    : database_(database) {
  // query_only also forbids writing the temp schema; the file itself stays
  // protected by the read-only open.
  database_.exec(db::sql::kAllowTemporaryWrites);
  try {
    SQLite::Statement copy(database_, db::sql::kCopyClinicPeriod);
    copy.bind(":clinic", clinic);
    copy.bind(":from", from);
    copy.bind(":to", to);
    copy.exec();
  } catch (...) {
    database_.exec(db::sql::kForbidWrites);
    throw;
  }
  database_.exec(db::sql::kForbidWrites);
}

ClinicPeriodCopy::~ClinicPeriodCopy() {
  try {
    database_.exec(db::sql::kAllowTemporaryWrites);
    database_.exec(db::sql::kDropClinicPeriodCopy);
    database_.exec(db::sql::kForbidWrites);
  } catch (...) {
    // Nothing to do: the copy goes with the connection at the latest.
  }
}

}  // namespace crampwatch::report
