// Tests of the workbook fingerprints' inputs: every clinic's figures come
// from one pass over the period, and are those of the clinic's own records.
#include "report/workbook_fingerprint.h"

#include <SQLiteCpp/Statement.h>

#include <boost/test/unit_test.hpp>
#include <map>
#include <string>

#include "report/report_fixture.h"

namespace crampwatch::report {
namespace {

constexpr char kFrom[] = "2026-01-01";
constexpr char kTo[] = "2026-03-31";

// A clinic's figures read from its own records alone, one statement per
// clinic: what the one pass must give each clinic.
std::string InputsOfOneClinic(SQLite::Database& database, const std::string& clinic) {
  SQLite::Statement query(database,
                          "SELECT count(*), total(i.intake_key), total(i.revision), total(c.run_id), "
                          "  total(c.revision), (SELECT count(*) || ':' || coalesce(max(r.reject_id), 0) "
                          "  FROM import_reject AS r WHERE r.clinic_id = ?1) "
                          "FROM intake AS i LEFT JOIN classification AS c ON c.intake_key = i.intake_key "
                          "WHERE i.clinic_id = ?1 AND i.intake_date >= ?2 AND i.intake_date < date(?3, '+1 day')");
  query.bind(1, clinic);
  query.bind(2, kFrom);
  query.bind(3, kTo);
  BOOST_REQUIRE(query.executeStep());
  std::string text;
  for (int i = 0; i < query.getColumnCount(); ++i) text += query.getColumn(i).getString() + "\x1f";
  return text;
}

std::map<std::string, std::string> Inputs(const std::string& db_path, const std::string& from = kFrom,
                                          const std::string& to = kTo) {
  auto database = db::OpenDatabase(db_path);
  return ClinicReportInputs(*database, from, to);
}

BOOST_FIXTURE_TEST_SUITE(workbook_fingerprint, ReportFixture)

BOOST_AUTO_TEST_CASE(every_clinic_gets_the_figures_of_its_own_records_in_the_period) {
  const std::map<std::string, std::string> inputs = Inputs(db_path);
  BOOST_TEST(inputs.size() == 3u);  // C1, C2 (and its rejected row), C3
  auto database = db::OpenDatabase(db_path);
  for (const char* clinic : {"C1", "C2", "C3"}) {
    BOOST_TEST_INFO(clinic);
    BOOST_REQUIRE(inputs.count(clinic) == 1u);
    BOOST_TEST(inputs.at(clinic) == InputsOfOneClinic(*database, clinic));
  }
  BOOST_TEST(inputs.at("C1").starts_with("4\x1f"));  // A-5 is older
}

BOOST_AUTO_TEST_CASE(a_clinic_without_records_in_the_period_still_has_its_rejects) {
  const std::map<std::string, std::string> inputs = Inputs(db_path, "2027-01-01", "2027-12-31");
  BOOST_TEST(inputs.size() == 3u);
  BOOST_TEST(inputs.at("C1").starts_with("0\x1f" "0.0\x1f" "0.0\x1f" "0.0\x1f" "0.0\x1f" "0:0\x1f"));
  BOOST_TEST(!inputs.at("C2").ends_with("\x1f" "0:0\x1f"));
}

BOOST_AUTO_TEST_CASE(a_changed_record_changes_its_clinics_fingerprint_only) {
  const std::map<std::string, std::string> before = Inputs(db_path);
  Load("C1,Riverside,A-2,P-2,2026-01-05,M,30,sore throat and calf cramps at night,,\n");
  const std::map<std::string, std::string> after = Inputs(db_path);
  BOOST_TEST(after.at("C1") != before.at("C1"));
  BOOST_TEST(after.at("C2") == before.at("C2"));
  BOOST_TEST(after.at("C3") == before.at("C3"));

  WorkbookJob job;
  job.parameters.clinic = "C1";
  BOOST_TEST(ClinicFingerprint(job, "labels", after.at("C1")) != ClinicFingerprint(job, "labels", before.at("C1")));
  BOOST_TEST(ClinicFingerprint(job, "labels", before.at("C1")) == ClinicFingerprint(job, "labels", before.at("C1")));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace crampwatch::report
