// Tests of WriteReportWorkbook: a workbook shows one state of the database.
#include "report/report_workbook.h"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <boost/test/unit_test.hpp>
#include <memory>
#include <string>

#include "db/database.h"
#include "import/importer.h"
#include "report/report_definition.h"
#include "report/xlsx_reader.h"
#include "test_support.h"
#include "util/file_digest.h"
#include "util/folder.h"
#include "util/status_printer.h"

namespace crampwatch::report {
namespace {

constexpr char kHeader[] =
    "clinic_id,clinic_name,intake_id,patient_id,intake_date,sex,age,complaint,history,medications\n";

struct Fixture {
  testing::TempDir dir;
  std::string db_path = dir.File("clinic.db");
  SilentStatus status;
  int files = 0;

  void Import(const std::string& rows) {
    auto database = db::OpenDatabase(db_path);
    importer::Importer importer(*database, {}, status);
    importer.ImportFile(dir.Write("export" + std::to_string(++files) + ".csv", kHeader + rows));
  }
};

// The number in column A of the first data row of the sheet's only table.
std::string FirstNumber(const testing::XlsxSheet& sheet) {
  for (int row = 1; row <= sheet.LastRow(); ++row) {
    const std::string ref = testing::CellRef(row - 1, 0);
    if (sheet.Has(ref) && sheet.At(ref).type.empty()) return sheet.At(ref).text;
  }
  return "(none)";
}

BOOST_FIXTURE_TEST_SUITE(report_workbook, Fixture)

BOOST_AUTO_TEST_CASE(every_sheet_shows_the_database_as_the_workbook_began) {
  Import("C1,Riverside,A-1,P-1,2026-01-05,F,52,calf cramps at night,,\n");
  db::OpenOptions read_only;
  read_only.read_only = true;
  auto reader = db::OpenDatabase(db_path, read_only);
  // While the first table is read, another connection commits a new record,
  // as a nightly import may while analysts run reports.
  const auto import_another = [](sqlite3_context* context, int, sqlite3_value**) {
    static_cast<Fixture*>(sqlite3_user_data(context))->Import("C1,Riverside,A-2,P-2,2026-01-06,M,30,foot cramp,,\n");
    sqlite3_result_int(context, 0);
  };
  BOOST_REQUIRE(sqlite3_create_function(reader->getHandle(), "import_another", 0, SQLITE_UTF8, this,
                                        import_another, nullptr, nullptr) == SQLITE_OK);
  const std::vector<ReportBlock> blocks = {
      ParseReportBlock("first.sql", "-- @sheet First\nSELECT count(*) AS \"Intakes\", import_another() AS \"x\" FROM intake"),
      ParseReportBlock("second.sql", "-- @sheet Second\nSELECT count(*) AS \"Intakes\" FROM intake")};
  const WorkbookJob job{.path = dir.File("book.xlsx"),
                        .parameters = {.clinic = std::nullopt, .from = "2026-01-01", .to = "2026-12-31",
                                       .through = "2026-12-31", .today = "2027-01-02"},
                        .heading = {.subject = "All clinics", .period_line = "Period 2026", .page_marks = {}},
                        .properties = {}};
  WriteReportWorkbook(*reader, blocks, job, Folder::Open(dir.path().string()));

  const auto sheets = testing::ReadSheets(job.path);
  BOOST_REQUIRE_EQUAL(sheets.size(), 2u);
  BOOST_TEST(FirstNumber(sheets[0]) == "1");
  BOOST_TEST(FirstNumber(sheets[1]) == "1");  // not 2: the same snapshot
  // The record did arrive: the next workbook shows it.
  BOOST_TEST(testing::QueryInt(*reader, "SELECT count(*) FROM intake") == 2);
}

BOOST_AUTO_TEST_CASE(binds_every_parameter_and_returns_the_digest_of_the_file_written) {
  Import("C1,Riverside,A-1,P-1,2026-01-05,F,52,calf cramps at night,,\n");
  db::OpenOptions read_only;
  read_only.read_only = true;
  auto reader = db::OpenDatabase(db_path, read_only);
  const std::vector<ReportBlock> blocks = {ParseReportBlock(
      "params.sql", "-- @sheet Parameters\nSELECT :clinic AS \"Clinic\", :from AS \"From\", :to AS \"To\", "
                    ":through AS \"Through\", :today AS \"Today\"")};
  const WorkbookJob job{.path = dir.File("params.xlsx"),
                        .parameters = {.clinic = "C1", .from = "2026-01-01", .to = "2026-01-31",
                                       .through = "2026-01-05", .today = "2026-02-03"},
                        .heading = {.subject = "C1", .period_line = "Period", .page_marks = {}},
                        .properties = {},
                        .max_rows = XlsxWorkbook::kMaxRows,
                        .digest = true};
  const WrittenWorkbook written = WriteReportWorkbook(*reader, blocks, job, Folder::Open(dir.path().string()));
  const auto sheets = testing::ReadSheets(job.path);
  BOOST_TEST(sheets[0].At("A5").text == "C1");
  BOOST_TEST(sheets[0].At("B5").text == "2026-01-01");
  BOOST_TEST(sheets[0].At("C5").text == "2026-01-31");
  BOOST_TEST(sheets[0].At("D5").text == "2026-01-05");
  BOOST_TEST(sheets[0].At("E5").text == "2026-02-03");
  const std::optional<FileDigest> on_disk = DigestOfFile(job.path);
  BOOST_REQUIRE(on_disk.has_value());
  BOOST_REQUIRE(written.file.has_value());
  BOOST_TEST(written.file->size == on_disk->size);
  BOOST_TEST(written.file->sha256 == on_disk->sha256);
  BOOST_TEST(written.file->size == static_cast<std::int64_t>(testing::ReadFile(job.path).size()));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace crampwatch::report
