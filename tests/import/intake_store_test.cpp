// Tests of IntakeStore: its own check of intake's CHECK constraints.
#include "import/intake_store.h"

#include <SQLiteCpp/Transaction.h>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <memory>
#include <optional>
#include <string>

#include "db/check_constraints_ignored.h"
#include "db/database.h"
#include "test_support.h"

namespace crampwatch::importer {
namespace {

namespace data = boost::unit_test::data;

struct StoreFixture {
  testing::TempDir dir;
  std::unique_ptr<SQLite::Database> database = db::OpenDatabase(dir.File("test.db"));

  static ComplaintRow Record(const std::string& sex, std::optional<int> age) {
    ComplaintRow row;
    row.clinic_id = "C1";
    row.intake_id = "A-1";
    row.patient_id = "P-1";
    row.intake_date = "2026-01-05";
    row.sex = sex;
    row.age = age;
    row.complaint = "calf cramp";
    row.line = 2;
    return row;
  }

  // Whether merging `row` succeeds, with SQLite's CHECKs on or off.
  bool Merges(const ComplaintRow& row, bool sqlite_checks) {
    SQLite::Transaction transaction(*database);
    std::optional<db::CheckConstraintsIgnored> ignored;
    if (!sqlite_checks) ignored.emplace(*database);
    IntakeStore store(*database);
    const std::int64_t import_id = store.BeginImport("n.csv", "sha");
    ImportCounts counts;
    store.Add(row, import_id);
    try {
      store.Merge(counts);
    } catch (const SQLite::Exception&) {
      return false;
    }
    return counts.inserted == 1;
  }  // rolled back
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(intake_store, StoreFixture)

// The store's own check must refuse exactly what schema/001_init.sql's CHECKs
// on intake refuse: the same record merges or fails with SQLite's CHECKs on
// and off. (The validator never hands over such a record; this is the guard
// behind it.)
BOOST_DATA_TEST_CASE_F(StoreFixture, its_check_refuses_what_the_schema_refuses,
                       data::make({"", "F", "M", "X", "U", "f", "Q", "FM"}) *
                           data::make({-1, 0, 55, 120, 121, 999}),
                       sex, age) {
  const ComplaintRow row = Record(sex, age == 999 ? std::nullopt : std::optional<int>(age));
  const bool valid = (std::string(sex).empty() || std::string("FMXU").find(sex) != std::string::npos) &&
                     std::string(sex).size() <= 1 && (age == 999 || (age >= 0 && age <= 120));
  BOOST_TEST(Merges(row, true) == valid);
  BOOST_TEST(Merges(row, false) == valid);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::importer
