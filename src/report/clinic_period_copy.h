// ClinicPeriodCopy: a clinic's intakes of the report period, copied once so
// that a workbook's summary tables read them without each scanning the
// database again.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>

namespace crampwatch::report {

/// While it lives, `temp.v_intake` holds the rows of `main.v_intake` of one
/// clinic in [from, to], with every column but the free texts (complaint,
/// history, medications). SQLite looks a name up in `temp` before `main`, so a
/// report query that reads `v_intake` for this clinic and period gets the same
/// rows from the small copy as from the view; by hand, without the copy, the
/// same file reads the view (reports/README.md). The connection must be
/// read-only: the copy switches query_only off only to create and drop it.
class ClinicPeriodCopy {
 public:
  ClinicPeriodCopy(SQLite::Database& database, const std::string& clinic, const std::string& from,
                   const std::string& to);
  ~ClinicPeriodCopy();  // drops the copy
  ClinicPeriodCopy(const ClinicPeriodCopy&) = delete;
  ClinicPeriodCopy& operator=(const ClinicPeriodCopy&) = delete;

 private:
  SQLite::Database& database_;
};

}  // namespace crampwatch::report
