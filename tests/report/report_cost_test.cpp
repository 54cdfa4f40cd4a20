// The cost of every report query follows the period's records, not the
// database: records outside the period add no work. Work is counted in SQLite
// virtual-machine steps (sqlite3_stmt_status), which, unlike a timer, give
// the same figure on every run and machine.
#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <boost/test/unit_test.hpp>
#include <memory>
#include <optional>
#include <string>

#include "classify/classify_job.h"
#include "classify/rule_set.h"
#include "db/database.h"
#include "db/sql.h"
#include "import/importer.h"
#include "report/clinic_period_copy.h"
#include "report/report_definition.h"
#include "test_support.h"
#include "util/status_printer.h"

namespace crampwatch::report {
namespace {

constexpr char kHeader[] =
    "clinic_id,clinic_name,intake_id,patient_id,intake_date,sex,age,complaint,history,medications\n";

constexpr char kPeriodRows[] =
    "C1,Riverside,A-1,P-1,2026-01-05,F,52,calf cramps at night after a long hike,,lasix 40mg\n"
    "C1,Riverside,A-2,P-2,2026-01-05,M,30,sore throat,,\n"
    "C1,Riverside,A-3,P-3,2026-02-10,M,14,calf cramp with a swollen red calf,,\n"
    "C2,Northgate,B-1,P-9,2026-02-01,F,48,charley horse in left calf at night,,\n";

constexpr char kFrom[] = "2026-01-01";
constexpr char kTo[] = "2026-03-31";

// Records of earlier years, of both clinics: `count` of them.
std::string OldRows(int count) {
  std::string rows;
  for (int i = 0; i < count; ++i) {
    const std::string clinic = i % 2 == 0 ? "C1" : "C2";
    const std::string day = std::to_string(10 + i % 18);
    rows += clinic + ",," + "OLD-" + std::to_string(i) + ",P-" + std::to_string(i % 300) + ",2024-0" +
            std::to_string(1 + i % 9) + "-" + day + ",F,60,cramp in my calf at night,,\n";
  }
  return rows;
}

// Runs `sql` to the end with the report parameters it uses; returns the
// virtual-machine steps it took.
long long Steps(SQLite::Database& database, const std::string& sql, const std::optional<std::string>& clinic) {
  sqlite3_stmt* statement = nullptr;
  BOOST_REQUIRE(sqlite3_prepare_v2(database.getHandle(), sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
  std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> owner(statement, sqlite3_finalize);
  const auto bind = [&](const char* name, const std::string& value) {
    if (const int index = sqlite3_bind_parameter_index(statement, name); index > 0) {
      sqlite3_bind_text(statement, index, value.c_str(), -1, SQLITE_TRANSIENT);
    }
  };
  if (clinic) bind(":clinic", *clinic);
  bind(":from", kFrom);
  bind(":to", kTo);
  int status = SQLITE_ROW;
  while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
  }
  BOOST_REQUIRE_MESSAGE(status == SQLITE_DONE, sqlite3_errmsg(database.getHandle()));
  return sqlite3_stmt_status(statement, SQLITE_STMTSTATUS_VM_STEP, 0);
}

struct CostFixture {
  testing::TempDir dir;
  std::string db_path = dir.File("clinic.db");
  SilentStatus status;
  int files = 0;

  void Load(const std::string& rows) {
    auto database = db::OpenDatabase(db_path);
    importer::Importer importer(*database, {}, status);
    importer.ImportFile(dir.Write("export" + std::to_string(++files) + ".csv", kHeader + rows));
    classify::RunClassify(*database, *classify::RuleSet::Default(), {}, status);
  }

  // Steps of each query as the report runs it: the copy of C1's period, then
  // C1's queries (reading it), then the overview's.
  std::vector<std::pair<std::string, long long>> ReportSteps() {
    db::OpenOptions options;
    options.read_only = true;
    auto database = db::OpenDatabase(db_path, options);
    std::vector<std::pair<std::string, long long>> steps;
    // The copy's statement, counted on its own (ClinicPeriodCopy runs the same).
    database->exec(db::sql::kAllowTemporaryWrites);
    steps.emplace_back("the period copy", Steps(*database, db::sql::kCopyClinicPeriod, "C1"));
    database->exec(db::sql::kDropClinicPeriodCopy);
    database->exec(db::sql::kForbidWrites);
    {
      ClinicPeriodCopy copy(*database, "C1", kFrom, kTo);
      for (const ReportBlock& block : ClinicReportBlocks()) {
        steps.emplace_back(block.file, Steps(*database, block.sql, "C1"));
      }
    }
    for (const ReportBlock& block : OverviewReportBlocks()) {
      steps.emplace_back(block.file, Steps(*database, block.sql, std::nullopt));
    }
    return steps;
  }
};

BOOST_FIXTURE_TEST_SUITE(report_cost, CostFixture)

BOOST_AUTO_TEST_CASE(records_outside_the_period_add_no_work_to_any_report_query) {
  Load(kPeriodRows);
  const auto before = ReportSteps();
  Load(OldRows(4000));
  const auto after = ReportSteps();
  BOOST_REQUIRE_EQUAL(before.size(), after.size());
  for (std::size_t i = 0; i < before.size(); ++i) {
    BOOST_TEST_INFO(before[i].first << ": " << before[i].second << " steps, then " << after[i].second
                                    << " with 4,000 older records");
    // A few steps of slack: the second import adds a classify run and a
    // file; a scan of the old records would add tens of thousands.
    BOOST_TEST(after[i].second <= before[i].second + 200);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace crampwatch::report
