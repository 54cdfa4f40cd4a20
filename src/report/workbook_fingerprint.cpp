#include "report/workbook_fingerprint.h"

#include <SQLiteCpp/Statement.h>

#include "db/sql.h"
#include "report/report_definition.h"
#include "util/sha256.h"

namespace crampwatch::report {
namespace {

// Fields are separated by a byte that none of them contains.
constexpr char kSeparator[] = "\x1f";

void AddDefinitions(Sha256& hash, const std::vector<ReportBlock>& blocks) {
  for (const ReportBlock& block : blocks) {
    hash.Update(block.sql);
    hash.Update(kSeparator);
  }
}

void AddHeading(Sha256& hash, const WorkbookJob& job) {
  for (const std::string* text : {&job.heading.subject, &job.heading.period_line, &job.parameters.from,
                                  &job.parameters.to, &job.parameters.through, &job.parameters.today}) {
    hash.Update(*text);
    hash.Update(kSeparator);
  }
}

}  // namespace

std::string ClinicFingerprint(SQLite::Database& database, const WorkbookJob& job) {
  Sha256 hash;
  AddDefinitions(hash, ClinicReportBlocks());
  AddHeading(hash, job);
  SQLite::Statement inputs(database, db::sql::kClinicReportInputs);
  inputs.bind(1, job.parameters.clinic.value_or(""));
  inputs.bind(2, job.parameters.from);
  inputs.bind(3, job.parameters.to);
  if (inputs.executeStep()) {
    for (int i = 0; i < inputs.getColumnCount(); ++i) {
      hash.Update(inputs.getColumn(i).getString());
      hash.Update(kSeparator);
    }
  }
  return hash.HexDigest();
}

std::string OverviewFingerprint(const WorkbookJob& job, const std::vector<std::string>& clinic_fingerprints) {
  Sha256 hash;
  AddDefinitions(hash, OverviewReportBlocks());
  AddHeading(hash, job);
  for (const std::string& fingerprint : clinic_fingerprints) {
    hash.Update(fingerprint);
    hash.Update(kSeparator);
  }
  return hash.HexDigest();
}

}  // namespace crampwatch::report
