// WriteReportWorkbook: runs a workbook's report queries and writes their results.
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "report/report_definition.h"
#include "report/sheet_writer.h"
#include "report/xlsx_workbook.h"

namespace crampwatch::report {

/// The parameters of the report queries (reports/README.md): dates are
/// YYYY-MM-DD; from and to are both included.
struct ReportParameters {
  std::optional<std::string> clinic;  // :clinic; unset for the overview
  std::string from;                   // :from
  std::string to;                     // :to
  std::string through;                // :through, the date the data runs through (at most :to)
  std::string today;                  // :today, the date the workbook is written (days since intake)
};

/// One workbook to write.
struct WorkbookJob {
  std::string path;  // where Commit puts it
  ReportParameters parameters;
  SheetHeading heading;
  WorkbookProperties properties;
  std::uint32_t max_rows = XlsxWorkbook::kMaxRows;  // per sheet; less only in tests
  bool digest = false;  // return the written file's digest (for `run`'s report_state)
};

/// What writing a workbook did.
struct WrittenWorkbook {
  SheetWriterCounts counts;
  std::optional<FileDigest> file;  // the bytes put at job.path, when job.digest
};

/// Runs each block's query on `database` with the parameters it uses bound,
/// writes the results into a new workbook and commits it to job.path, whose
/// folder is open as `folder` (a reader sees the previous file, or the new
/// one whole). Throws Error (kCannotCreate for the file; kUsage for a query a
/// layout does not fit) or SQLite::Exception; the previous file then stays as it was.
WrittenWorkbook WriteReportWorkbook(SQLite::Database& database, const std::vector<ReportBlock>& blocks,
                                    const WorkbookJob& job, const Folder& folder);

}  // namespace crampwatch::report
