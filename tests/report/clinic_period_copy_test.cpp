// Tests of ClinicPeriodCopy: every clinic report query gives the same rows
// from the copy as from the view, so a workbook equals what an analyst gets
// running the same file by hand.
#include "report/clinic_period_copy.h"

#include <SQLiteCpp/Statement.h>

#include <boost/test/unit_test.hpp>
#include <memory>
#include <utility>
#include <string>
#include <vector>

#include "classify/classify_job.h"
#include "classify/rule_set.h"
#include "db/database.h"
#include "import/importer.h"
#include "report/report_definition.h"
#include "test_support.h"
#include "util/status_printer.h"

namespace crampwatch::report {
namespace {

using testing::QueryInt;

// Two clinics, each with records before, inside and after the period, a
// record without age or sex, and several causes and red flags.
constexpr char kExport[] =
    "clinic_id,clinic_name,intake_id,patient_id,intake_date,sex,age,complaint,history,medications\n"
    "C1,Riverside,A-1,P-1,2026-01-05,F,52,calf cramps at night after a long hike,,lasix 40mg\n"
    "C1,Riverside,A-2,P-2,2026-01-05,M,30,sore throat,,\n"
    "C1,Riverside,A-3,P-3,2026-02-10,M,14,calf cramp with a swollen red calf,,\n"
    "C1,Riverside,A-4,P-1,2026-03-01T08:30:00,F,52,woke with cramp in my foot again,osteoporosis,\n"
    "C1,Riverside,A-5,P-5,2025-12-31,F,70,calf cramp the day before the period,,\n"
    "C1,Riverside,A-6,P-6,2026-03-31T23:59:00,,,foot cramps after sweating all day,,\n"
    "C1,Riverside,A-7,P-7,2026-04-01,F,60,calf cramp the day after the period,,\n"
    "C2,Northgate,B-1,P-9,2026-02-01,F,48,charley horse in left calf at night,,\n"
    "C2,Northgate,B-2,P-8,2026-02-20,F,15,cramps in both calves in cold water,,\n";

// The rows of `sql` with the clinic report parameters bound, as text.
std::vector<std::string> Rows(SQLite::Database& database, const ReportBlock& block) {
  SQLite::Statement query(database, block.sql);
  for (const auto& [name, value] :
       {std::pair{":clinic", "C1"}, {":from", "2026-01-01"}, {":to", "2026-03-31"}}) {
    if (const int index = query.getIndex(name); index > 0) query.bind(index, value);
  }
  std::vector<std::string> rows;
  while (query.executeStep()) {
    std::string row;
    for (int i = 0; i < query.getColumnCount(); ++i) {
      row += query.getColumn(i).isNull() ? "NULL" : query.getColumn(i).getString();
      row += '|';
    }
    rows.push_back(row);
  }
  return rows;
}

struct CopyFixture {
  testing::TempDir dir;
  std::string db_path = dir.File("clinic.db");
  SilentStatus status;

  CopyFixture() {
    auto database = db::OpenDatabase(db_path);
    importer::Importer importer(*database, {}, status);
    importer.ImportFile(dir.Write("export.csv", kExport));
    classify::RunClassify(*database, *classify::RuleSet::Default(), {}, status);
  }

  std::unique_ptr<SQLite::Database> ReadOnly() {
    db::OpenOptions options;
    options.read_only = true;
    return db::OpenDatabase(db_path, options);
  }
};

BOOST_FIXTURE_TEST_SUITE(clinic_period_copy, CopyFixture)

BOOST_AUTO_TEST_CASE(every_clinic_query_gives_the_same_rows_from_the_copy_as_from_the_view) {
  auto database = ReadOnly();
  for (const ReportBlock& block : ClinicReportBlocks()) {
    const std::vector<std::string> from_view = Rows(*database, block);
    std::vector<std::string> from_copy;
    {
      ClinicPeriodCopy copy(*database, "C1", "2026-01-01", "2026-03-31");
      from_copy = Rows(*database, block);
    }
    BOOST_TEST_INFO(block.file);
    BOOST_TEST(from_copy == from_view, boost::test_tools::per_element());
  }
}

BOOST_AUTO_TEST_CASE(holds_the_clinics_rows_of_the_period_and_goes_away_with_it) {
  auto database = ReadOnly();
  {
    ClinicPeriodCopy copy(*database, "C1", "2026-01-01", "2026-03-31");
    // not A-5 (before), A-7 (after) nor C2's.
    BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM v_intake") == 5);
    BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM main.v_intake") == 9);
  }
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM v_intake") == 9);
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM temp.sqlite_schema") == 0);
}

BOOST_AUTO_TEST_CASE(leaves_the_connection_query_only) {
  auto database = ReadOnly();
  { ClinicPeriodCopy copy(*database, "C1", "2026-01-01", "2026-03-31"); }
  BOOST_TEST(QueryInt(*database, "PRAGMA query_only") == 1);
  BOOST_CHECK_THROW(database->exec("CREATE TEMP TABLE scratch (x)"), SQLite::Exception);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace crampwatch::report
