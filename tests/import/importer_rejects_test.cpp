// Importer's rejects: each bad row kept with its line, field, reason and raw bytes,
// against a real, file-backed SQLite database.
#include <SQLiteCpp/Database.h>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <ostream>
#include <string>
#include <string_view>

#include "import/importer_fixture.h"

namespace crampwatch::importer {
namespace {

using testing::QueryInt;
using testing::QueryText;

struct RejectCase {
  std::string_view row;
  const char* field;
  const char* reason;
};

std::ostream& operator<<(std::ostream& out, const RejectCase& c) { return out << c.row; }

constexpr char kNulRow[] = "C1,,A-1,P-1,2026-01-05,,,,cr\0amp,,";

const RejectCase kRejectCases[] = {
    {"C1,,A-1,P-1,2026-01-05,,,,,,", "complaint", "complaint: required value is empty"},
    {"C1,,,P-1,2026-01-05,,,,cramp,,", "intake_id", "intake_id: required value is empty"},
    {",,A-1,P-1,2026-01-05,,,,cramp,,", "clinic_id", "clinic_id: required value is empty"},
    {"C1,,A-1, ,2026-01-05,,,,cramp,,", "patient_id", "patient_id: required value is empty"},
    {"C1,,A-1,P-1,,,,,cramp,,", "intake_date", "intake_date: required value is empty"},
    {"C1,,A-1,P-1,2026-02-30,,,,cramp,,", "intake_date", "intake_date: not a real calendar date"},
    {"C1,,A-1,P-1,05/01/2026,,,,cramp,,", "intake_date", "intake_date: not a real calendar date"},
    {"C1,,A-1,P-1,2026-01-05,,1990-13-01,,cramp,,", "birth_date", "birth_date: not a real calendar date"},
    {"C1,,A-1,P-1,2026-01-05,,2026-01-06,,cramp,,", "birth_date", "birth_date: is after the intake date"},
    {"C1,,A-1,P-1,2026-01-05,,1880-01-01,,cramp,,", "birth_date", "birth_date: gives an age over 120"},
    {"C1,,A-1,P-1,2026-01-05,,,150,cramp,,", "age", "age: outside 0-120"},
    {"C1,,A-1,P-1,2026-01-05,,,-1,cramp,,", "age", "age: outside 0-120"},
    {"C1,,A-1,P-1,2026-01-05,,,40.5,cramp,,", "age", "age: not a whole number"},
    {"C1,,A-1,P-1,2026-01-05,,,forty,cramp,,", "age", "age: not a whole number"},
    {"C1,,A-1,P-1,2026-01-05,Q,,,cramp,,", "sex", "sex: not one of"},
    {"C1,,A-1,P-1,2026-01-05,,,,cramp,,,extra", "", "expected 11 fields, found 12"},
    {"C1,,A-1,P-1,2026-01-05,,,,cramp", "", "expected 11 fields, found 9"},
    {"C1,,A-1,P-1,2026-01-05,,,,calf\x92s cramp,,", "complaint", "complaint: invalid UTF-8 at byte 5"},
    {"C1,,A-1,P-1,2026-01-05,,,,calf\xC3(,,", "complaint", "complaint: invalid UTF-8"},
    {"C1,,A-1,P-1,2026-01-05,,,,cramp,h/o \xED\xA0\x80,", "history", "history: invalid UTF-8"},
    {std::string_view(kNulRow, sizeof kNulRow - 1), "complaint", "complaint: contains a NUL byte"},
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(importer_rejects, ImporterFixture)

BOOST_DATA_TEST_CASE(each_bad_row_is_kept_as_a_reject_with_its_reason, boost::unit_test::data::make(kRejectCases),
                     reject) {
  std::string row(reject.row);
  std::string good = "C1,,G-1,P-9,2026-01-05,,,,calf cramp,,";
  FileImportResult result = Import("bad.csv", std::string(kHeader) + good + "\n" + row + "\n" + good + "x\n");
  BOOST_TEST(result.counts.rows_read == 3);
  BOOST_TEST(result.counts.rejected == 1);
  BOOST_TEST(result.counts.inserted == 1);
  BOOST_TEST(result.counts.updated == 1);
  BOOST_TEST(QueryInt(*database, "SELECT line FROM v_reject") == 3);
  std::string reason = QueryText(*database, "SELECT reason FROM v_reject");
  BOOST_TEST(reason.find(reject.reason) == 0u, reason << " should start with " << reject.reason);
  BOOST_TEST(QueryText(*database, "SELECT coalesce(field, '') FROM import_reject") == reject.field);
  // The raw bytes are kept exactly, invalid UTF-8 and NUL included.
  BOOST_TEST(QueryInt(*database, "SELECT length(raw) FROM import_reject") == static_cast<long long>(row.size()));
  SQLite::Column raw = database->execAndGet("SELECT raw FROM import_reject");
  BOOST_TEST(std::string(static_cast<const char*>(raw.getBlob()), static_cast<std::size_t>(raw.getBytes())) == row);
}

BOOST_AUTO_TEST_CASE(rejects_record_the_physical_line_where_a_record_starts) {
  FileImportResult result = Import("lines.csv", std::string(kHeader) +
                                                    "C1,,A-1,P-1,2026-01-05,,,,\"calf cramp\nsecond line\nthird\",,\n"
                                                    "\n"
                                                    "C1,,A-2,P-1,2026-01-05,,,,\"open quote, never closed\n,,\nmore\n");
  BOOST_TEST(result.counts.inserted == 1);
  BOOST_TEST(result.counts.rejected == 1);
  BOOST_TEST(QueryInt(*database, "SELECT line FROM v_reject") == 6);
  BOOST_TEST(QueryText(*database, "SELECT reason FROM v_reject").find("still open") != std::string::npos);
  BOOST_TEST(QueryText(*database, "SELECT complaint FROM v_intake") == "calf cramp\nsecond line\nthird");
}

BOOST_AUTO_TEST_CASE(a_reject_keeps_its_clinic_when_the_clinic_field_can_be_read) {
  FileImportResult result =
      Import("clinics.csv", std::string(kHeader) +
                                " C7 ,,A-1,P-1,2026-02-30,,,,calf cramp,,\n"   // bad date, clinic readable
                                "C8,,A-2,P-1\n"                                // too few fields: still C8
                                "C\xff,,A-3,P-1,2026-01-05,,,,calf cramp,,\n"  // clinic not UTF-8
                                "C9,,A-4,P-1,2026-01-05,,,,calf cramp,,\n");
  BOOST_TEST(result.counts.rejected == 3);
  BOOST_TEST(QueryText(*database,
                       "SELECT group_concat(coalesce(clinic_id, 'NULL'), ' ') "
                       "FROM (SELECT clinic_id FROM import_reject ORDER BY line)") == "C7 C8 NULL");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::importer
