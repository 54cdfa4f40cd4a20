#include "report/report_workbook.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <filesystem>
#include <optional>

#include "report/clinic_period_copy.h"
#include "report/code_names.h"

namespace crampwatch::report {
namespace {

// Binds `value` to :name when the query uses that parameter.
void BindIfUsed(SQLite::Statement& statement, const char* name, const std::string& value) {
  if (const int index = statement.getIndex(name); index > 0) statement.bind(index, value);
}

}  // namespace

WrittenWorkbook WriteReportWorkbook(SQLite::Database& database, const std::vector<ReportBlock>& blocks,
                                    const WorkbookJob& job, const Folder& folder) {
  XlsxWorkbook workbook(folder, std::filesystem::path(job.path).filename().string());
  workbook.SetProperties(job.properties);
  // One read transaction: every sheet shows the same state of the database,
  // even while an import commits.
  SQLite::Transaction snapshot(database);
  const CodeNames names = LoadCodeNames(database);
  SheetWriter writer(workbook, job.heading, job.max_rows, &names);
  std::optional<ClinicPeriodCopy> period_copy;
  if (job.parameters.clinic) {
    period_copy.emplace(database, *job.parameters.clinic, job.parameters.from, job.parameters.to);
  }
  for (const ReportBlock& block : blocks) {
    SQLite::Statement rows(database, block.sql);
    if (job.parameters.clinic) BindIfUsed(rows, ":clinic", *job.parameters.clinic);
    BindIfUsed(rows, ":from", job.parameters.from);
    BindIfUsed(rows, ":to", job.parameters.to);
    BindIfUsed(rows, ":through", job.parameters.through);
    BindIfUsed(rows, ":today", job.parameters.today);
    writer.WriteBlock(block, rows);
  }
  period_copy.reset();
  snapshot.commit();
  writer.Finish();
  std::optional<FileDigest> file = workbook.Commit(job.digest);
  return {.counts = writer.counts(), .file = std::move(file)};
}

}  // namespace crampwatch::report
