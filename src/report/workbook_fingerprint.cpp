#include "report/workbook_fingerprint.h"

#include <SQLiteCpp/Statement.h>

#include "db/sql.h"
#include "report/report_definition.h"
#include "util/sha256.h"

namespace crampwatch::report {
namespace {

// Fields are separated by a byte that none of them contains.
constexpr char kSeparator[] = "\x1f";

void Add(Sha256& hash, std::string_view text) {
  hash.Update(text);
  hash.Update(kSeparator);
}

void AddDefinitions(Sha256& hash, const std::vector<ReportBlock>& blocks) {
  for (const ReportBlock& block : blocks) Add(hash, block.sql);
}

void AddHeading(Sha256& hash, const WorkbookJob& job) {
  for (const std::string* text :
       {&job.heading.subject, &job.heading.period_line, &job.heading.page_marks.header,
        &job.heading.page_marks.footer, &job.parameters.from, &job.parameters.to,
        &job.parameters.through, &job.parameters.today}) {
    Add(hash, *text);
  }
}

}  // namespace

std::string ReportLabelsDigest(SQLite::Database& database) {
  Sha256 hash;
  SQLite::Statement labels(database, db::sql::kReportLabels);
  while (labels.executeStep()) {
    for (int i = 0; i < labels.getColumnCount(); ++i) Add(hash, labels.getColumn(i).getString());
  }
  return hash.HexDigest();
}

std::string ClinicFingerprint(SQLite::Database& database, const WorkbookJob& job, std::string_view labels) {
  Sha256 hash;
  AddDefinitions(hash, ClinicReportBlocks());
  AddHeading(hash, job);
  Add(hash, labels);
  SQLite::Statement inputs(database, db::sql::kClinicReportInputs);
  inputs.bind(1, job.parameters.clinic.value_or(""));
  inputs.bind(2, job.parameters.from);
  inputs.bind(3, job.parameters.to);
  if (inputs.executeStep()) {
    for (int i = 0; i < inputs.getColumnCount(); ++i) Add(hash, inputs.getColumn(i).getString());
  }
  return hash.HexDigest();
}

std::string OverviewFingerprint(const WorkbookJob& job, std::string_view labels,
                                const std::vector<std::string>& clinic_fingerprints) {
  Sha256 hash;
  AddDefinitions(hash, OverviewReportBlocks());
  AddHeading(hash, job);
  Add(hash, labels);
  for (const std::string& fingerprint : clinic_fingerprints) Add(hash, fingerprint);
  return hash.HexDigest();
}

}  // namespace crampwatch::report
