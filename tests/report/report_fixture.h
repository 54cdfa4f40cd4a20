// ReportFixture: a small known database (two clinics with complaints, one
// without, a rejected row) and the helpers the RunReport tests share.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "classify/classify_job.h"
#include "classify/rule_set.h"
#include "db/database.h"
#include "import/importer.h"
#include "report/run_report.h"
#include "report/xlsx_reader.h"
#include "test_support.h"

namespace crampwatch::report {

inline constexpr char kHeader[] =
    "clinic_id,clinic_name,intake_id,patient_id,intake_date,sex,age,complaint,history,medications\n";

// Two clinics with ordinary records; C3 has intakes but no cramp complaint.
inline const std::string kRows =
    "C1,Riverside,A-1,P-1,2026-01-05,F,52,calf cramps at night after a long hike,,lasix 40mg\n"
    "C1,Riverside,A-2,P-2,2026-01-05,M,30,sore throat,,\n"
    "C1,Riverside,A-3,P-3,2026-02-10,M,14,calf cramp with a swollen red calf,,\n"
    "C1,Riverside,A-4,P-1,2026-03-01,F,52,woke with cramp in my foot again,osteoporosis,\n"
    "C1,Riverside,A-5,P-5,2025-01-02,F,70,old calf cramp outside the period,,\n"
    "C2,Northgate,B-1,P-9,2026-02-01,F,48,charley horse in left calf at night,,\n"
    "C2,Northgate,B-2,P-9,2026-02-01,F,48,,,\n"  // rejected: complaint is required
    "C3,Hillview,D-1,P-7,2026-02-02,M,40,sore throat,,\n";

struct ReportFixture {
  testing::TempDir dir;
  std::string db_path = dir.File("clinic.db");
  std::string out = dir.File("reports-out");
  SilentStatus status;

  ReportFixture() { Load(kRows); }

  void Load(const std::string& rows) {
    auto database = db::OpenDatabase(db_path);
    importer::Importer importer(*database, {}, status);
    static int files = 0;
    importer.ImportFile(dir.Write("export" + std::to_string(++files) + ".csv", kHeader + rows));
    classify::RunClassify(*database, *classify::RuleSet::Default(), {}, status);
  }

  ReportResult Report(ReportOptions options = {}) {
    options.out_dir = out;
    return RunReport(db_path, {}, options, status);
  }

  long long Count(const std::string& sql) {
    auto database = db::OpenDatabase(db_path);
    return testing::QueryInt(*database, sql);
  }

  std::string File(const std::string& name) const { return (std::filesystem::path(out) / name).string(); }
  // A file of an ad-hoc report, in its period's folder.
  static std::string File(const ReportResult& result, const std::string& name) {
    return (std::filesystem::path(result.out_dir) / name).string();
  }
};

inline ReportOptions Options(std::vector<std::string> clinics, std::optional<std::string> from = std::nullopt,
                      std::optional<std::string> to = std::nullopt, unsigned threads = 0,
                      std::uint32_t max_rows_per_sheet = 0) {
  ReportOptions options;
  options.clinics = std::move(clinics);
  options.from = std::move(from);
  options.to = std::move(to);
  options.threads = threads;
  options.max_rows_per_sheet = max_rows_per_sheet;
  return options;
}

inline unsigned ModeOf(const std::string& path) {
  struct stat info {};
  BOOST_REQUIRE(stat(path.c_str(), &info) == 0);
  return info.st_mode & 07777;
}

// Data rows of the table whose header is on row 4 (the first table of a
// sheet): the rows below it down to the first without a cell in column A.
inline int DataRows(const testing::XlsxSheet& sheet) {
  int row = 5;
  while (sheet.Has("A" + std::to_string(row))) ++row;
  return row - 5;
}

inline const testing::XlsxSheet& SheetNamed(const std::vector<testing::XlsxSheet>& sheets, const std::string& name) {
  for (const testing::XlsxSheet& sheet : sheets) {
    if (sheet.name == name) return sheet;
  }
  BOOST_FAIL("no sheet " + name);
  return sheets.front();
}

}  // namespace crampwatch::report
