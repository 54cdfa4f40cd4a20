// Tests of reports/overview.sql: its one pass over the period's records of
// every clinic gives each clinic the figures of that clinic's records alone.
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "report/report_definition.h"
#include "report/report_fixture.h"

namespace crampwatch::report {
namespace {

// Each clinic's row of the overview for [from, to], as text: the clinic, then
// intakes, cramp complaints, those with a red flag, and calcium-risk patients.
std::vector<std::string> OverviewRows(SQLite::Database& database, const std::string& from, const std::string& to) {
  SQLite::Statement query(database, OverviewReportBlocks()[0].sql);
  query.bind(":from", from);
  query.bind(":to", to);
  std::vector<std::string> rows;
  while (query.executeStep()) {
    rows.push_back(query.getColumn("Clinic").getString() + " " + query.getColumn("Intakes").getString() + " " +
                   query.getColumn("Cramp complaints").getString() + " " +
                   query.getColumn("With a red flag").getString() + " " +
                   query.getColumn("Calcium-risk patients").getString());
  }
  return rows;
}

// The same figures, one clinic at a time, from the public view, for the
// first quarter of 2026.
std::vector<std::string> FirstQuarterFromTheView(SQLite::Database& database) {
  const std::string rows = testing::QueryText(
      database,
      "SELECT group_concat(line, char(10)) FROM (SELECT clinic_id || ' ' || count(*) || ' ' || "
      "  coalesce(sum(is_cramp = 1), 0) || ' ' || coalesce(sum(is_cramp = 1 AND red_flags <> ''), 0) || ' ' || "
      "  count(DISTINCT CASE WHEN is_cramp = 1 AND calcium_risk IS NOT NULL THEN patient_id END) AS line "
      "FROM v_intake WHERE intake_date >= '2026-01-01' AND intake_date < '2026-04-01' "
      "GROUP BY clinic_id ORDER BY clinic_id)");
  std::vector<std::string> lines;
  for (std::size_t begin = 0; begin <= rows.size();) {
    const std::size_t end = std::min(rows.find('\n', begin), rows.size());
    lines.push_back(rows.substr(begin, end - begin));
    begin = end + 1;
  }
  return lines;
}

BOOST_FIXTURE_TEST_SUITE(overview_rows, ReportFixture)

BOOST_AUTO_TEST_CASE(each_clinic_gets_the_figures_of_its_own_records_in_the_period) {
  // Records of the clinics interleaved, in one export, as a first night loads them.
  Load("C2,Northgate,B-3,P-10,2026-01-10,F,50,calf cramp at night with a swollen calf,,\n"
       "C1,Riverside,A-6,P-11,2026-01-10,F,15,foot cramps after running,,\n"
       "C2,Northgate,B-4,P-12,2026-03-10,M,60,cramp in my thigh,,\n"
       "C3,Hillview,D-2,P-13,2026-03-11,F,47,calf cramps every night,,\n");
  auto database = db::OpenDatabase(db_path);
  const std::vector<std::string> overview = OverviewRows(*database, "2026-01-01", "2026-03-31");
  BOOST_TEST(overview == FirstQuarterFromTheView(*database), boost::test_tools::per_element());
  BOOST_TEST(overview.size() == 3u);
  BOOST_TEST(overview[0].starts_with("C1 5 4 "), overview[0]);  // A-5 is older
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace crampwatch::report
