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

std::map<std::string, std::string> ClinicReportInputs(SQLite::Database& database, const std::string& from,
                                                      const std::string& to) {
  std::map<std::string, std::string> inputs;
  SQLite::Statement rows(database, db::sql::kReportInputsByClinic);
  rows.bind(1, from);
  rows.bind(2, to);
  while (rows.executeStep()) {
    std::string& text = inputs[rows.getColumn(0).getString()];
    // Each figure ends with the separator, as Add would hash it.
    for (int i = 1; i < rows.getColumnCount(); ++i) text += rows.getColumn(i).getString() + kSeparator;
  }
  return inputs;
}

std::string ClinicFingerprint(const WorkbookJob& job, std::string_view labels, std::string_view inputs) {
  Sha256 hash;
  AddDefinitions(hash, ClinicReportBlocks());
  AddHeading(hash, job);
  Add(hash, labels);
  hash.Update(inputs);
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
