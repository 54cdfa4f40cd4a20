#include "report/report_workbook.h"

#include <SQLiteCpp/Statement.h>

namespace crampwatch::report {
namespace {

// Binds `value` to :name when the query uses that parameter.
void BindIfUsed(SQLite::Statement& statement, const char* name, const std::string& value) {
  if (const int index = statement.getIndex(name); index > 0) statement.bind(index, value);
}

}  // namespace

SheetWriterCounts WriteReportWorkbook(SQLite::Database& database,
                                      const std::vector<ReportBlock>& blocks,
                                      const WorkbookJob& job) {
  XlsxWorkbook workbook(job.path);
  workbook.SetProperties(job.properties);
  SheetWriter writer(workbook, job.heading, job.max_rows);
  for (const ReportBlock& block : blocks) {
    SQLite::Statement rows(database, block.sql);
    if (job.parameters.clinic) BindIfUsed(rows, ":clinic", *job.parameters.clinic);
    BindIfUsed(rows, ":from", job.parameters.from);
    BindIfUsed(rows, ":to", job.parameters.to);
    writer.WriteBlock(block, rows);
  }
  writer.Finish();
  workbook.Commit();
  return writer.counts();
}

}  // namespace crampwatch::report
