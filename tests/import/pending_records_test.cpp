// Tests of PendingRecords: records shown with intake's columns, NULL for empty optional text.
#include "import/pending_records.h"

#include <SQLiteCpp/Database.h>

#include <boost/test/unit_test.hpp>

#include "db/sql.h"
#include "test_support.h"

namespace crampwatch::importer {

BOOST_AUTO_TEST_SUITE(pending_records)

BOOST_AUTO_TEST_CASE(records_read_back_as_intake_columns_in_order) {
  SQLite::Database database(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db::MemoryTable table(database, db::sql::kImportBatchTable, db::sql::kImportBatchColumns);
  PendingRecords pending;
  table.Show(&pending);
  ComplaintRow full{.clinic_id = "C1", .clinic_name = "Riverside", .intake_id = "A-1", .patient_id = "P-1",
                    .intake_date = "2026-01-05", .sex = "F", .birth_date = "1970-03-04", .age = 55,
                    .complaint = "calf cramp", .history = "diabetes", .medications = "lasix",
                    .extra_json = "{\"x\":\"1\"}", .line = 2};
  ComplaintRow bare;  // no optional field
  bare.clinic_id = "C1";
  bare.intake_id = "A-2";
  bare.patient_id = "P-2";
  bare.intake_date = "2026-01-06";
  bare.complaint = "rash";
  bare.line = 3;
  pending.Add(full, 7);
  pending.Add(bare, 7);
  BOOST_TEST(testing::QueryText(database, "SELECT group_concat(quote(clinic_id) || quote(intake_id) || "
                                          "quote(clinic_name) || quote(patient_id) || quote(intake_date) || "
                                          "quote(sex) || quote(birth_date) || quote(age) || quote(complaint) || "
                                          "quote(history) || quote(medications) || quote(extra) || "
                                          "quote(import_id) || quote(source_line), ' / ') FROM import_batch") ==
             "'C1''A-1''Riverside''P-1''2026-01-05''F''1970-03-04'55'calf cramp''diabetes''lasix'"
             "'{\"x\":\"1\"}'72 / 'C1''A-2'NULL'P-2''2026-01-06'NULLNULLNULL'rash'NULLNULLNULL73");
  pending.Clear();
  BOOST_TEST(testing::QueryInt(database, "SELECT count(*) FROM import_batch") == 0);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::importer
