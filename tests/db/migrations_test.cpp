// Tests of the schema migrations and the public views they create.
#include "db/migrations.h"

#include <SQLiteCpp/Statement.h>

#include <boost/test/unit_test.hpp>

#include "classify/classify_job.h"
#include "classify/rule_set.h"
#include "db/database.h"
#include "import/importer.h"
#include "test_support.h"
#include "util/embedded_file.h"
#include "util/status_printer.h"

namespace crampwatch::db {
namespace {

std::string ColumnsOf(SQLite::Database& database, const std::string& view) {
  SQLite::Statement columns(database, "SELECT group_concat(name, ',') FROM pragma_table_info(?)");
  columns.bind(1, view);
  columns.executeStep();
  return columns.getColumn(0).getString();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(migrations)

BOOST_AUTO_TEST_CASE(a_new_database_gets_the_latest_schema) {
  testing::TempDir dir;
  auto database = OpenDatabase(dir.File("c.db"));
  BOOST_TEST(SchemaVersion(*database) == LatestSchemaVersion());
  BOOST_TEST(LatestSchemaVersion() >= 1);
}

BOOST_AUTO_TEST_CASE(public_views_have_the_documented_columns) {
  testing::TempDir dir;
  auto database = OpenDatabase(dir.File("c.db"));
  BOOST_TEST(ColumnsOf(*database, "v_intake") ==
             "clinic_id,clinic_name,intake_id,patient_id,intake_date,sex,age,complaint,history,"
             "medications,is_cramp,nocturnal,site,causes,red_flags,calcium_risk,rules_version");
  BOOST_TEST(ColumnsOf(*database, "v_tag") ==
             "clinic_id,intake_id,kind,code,certainty,field,evidence,rule");
  BOOST_TEST(ColumnsOf(*database, "v_reject") == "file,line,reason,raw");
  BOOST_TEST(ColumnsOf(*database, "v_import") ==
             "file,sha256,imported_at,rows_read,inserted,updated,unchanged,rejected");
}

BOOST_AUTO_TEST_CASE(reopening_changes_nothing) {
  testing::TempDir dir;
  std::string dump;
  {
    auto database = OpenDatabase(dir.File("c.db"));
    dump = testing::DumpDatabase(*database);
  }
  auto again = OpenDatabase(dir.File("c.db"));
  BOOST_TEST(testing::DumpDatabase(*again) == dump);
  BOOST_TEST(SchemaVersion(*again) == LatestSchemaVersion());
}

BOOST_AUTO_TEST_CASE(an_empty_database_is_upgraded) {
  testing::TempDir dir;
  {
    SQLite::Database plain(dir.File("old.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    plain.exec("CREATE TABLE unrelated (x INTEGER)");
  }
  auto database = OpenDatabase(dir.File("old.db"));
  BOOST_TEST(SchemaVersion(*database) == LatestSchemaVersion());
  BOOST_TEST(testing::QueryInt(*database, "SELECT count(*) FROM v_import") == 0);
}

BOOST_AUTO_TEST_CASE(records_imported_before_the_classifier_existed_wait_for_it) {
  testing::TempDir dir;
  {
    // A database of schema version 1 with two records, one of them queued already.
    SQLite::Database old(dir.File("v1.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    old.exec(std::string(embedded::SchemaFiles()[0].content));
    old.exec("PRAGMA user_version = 1");
    old.exec("INSERT INTO import_file (file, sha256, imported_at, rows_read, inserted) "
             "VALUES ('a.csv', 'x', '2026-01-01T00:00:00Z', 2, 2)");
    old.exec("INSERT INTO intake (clinic_id, intake_id, patient_id, intake_date, complaint, "
             "import_id, source_line) VALUES ('C1', 'A-1', 'P-1', '2026-01-01', 'calf cramp', 1, 2), "
             "('C1', 'A-2', 'P-2', '2026-01-01', 'cough', 1, 3)");
    old.exec("INSERT INTO classify_queue VALUES (2)");
  }
  auto database = OpenDatabase(dir.File("v1.db"));
  BOOST_TEST(SchemaVersion(*database) == LatestSchemaVersion());
  BOOST_TEST(testing::QueryInt(*database, "SELECT count(*) FROM classify_queue") == 2);
  BOOST_TEST(testing::QueryInt(*database, "SELECT count(*) FROM v_intake WHERE is_cramp IS NULL") == 2);
  BOOST_TEST(testing::QueryInt(*database, "SELECT count(*) FROM v_tag") == 0);
}

BOOST_AUTO_TEST_CASE(every_code_a_workbook_shows_has_a_name_and_every_red_flag_an_urgency) {
  testing::TempDir dir;
  auto database = OpenDatabase(dir.File("c.db"));
  BOOST_TEST(testing::QueryInt(*database, "SELECT count(*) FROM code_label WHERE kind = 'cause'") == 13);
  BOOST_TEST(testing::QueryInt(*database, "SELECT count(*) FROM code_label WHERE kind = 'red_flag'") == 5);
  BOOST_TEST(testing::QueryInt(*database,
                               "SELECT count(*) FROM code_label WHERE kind = 'calcium_risk' "
                               "AND code IN ('adolescent', 'woman_45_plus')") == 2);
  // Every red flag has an urgency, a timing, an action and its guideline.
  BOOST_TEST(testing::QueryInt(*database,
                               "SELECT count(*) FROM code_label AS l JOIN red_flag_urgency AS u USING (kind, code) "
                               "WHERE u.timing <> '' AND u.action <> '' AND u.source LIKE 'NICE CKS: %'") == 5);
  // DVT and cauda equina signs come first (same day), then neurological deficit.
  BOOST_TEST(testing::QueryInt(*database,
                               "SELECT count(*) FROM red_flag_urgency WHERE urgency = 1 "
                               "AND code IN ('dvt_signs', 'cauda_equina')") == 2);
  BOOST_TEST(testing::QueryInt(*database,
                               "SELECT urgency FROM red_flag_urgency WHERE code = 'neuro_deficit'") == 2);
  // An urgency for a code without a name is refused.
  BOOST_CHECK_THROW(database->exec("INSERT INTO red_flag_urgency (code, urgency, timing, action, source) "
                                   "VALUES ('no_such_flag', 1, 'x', 'x', 'x')"),
                    SQLite::Exception);
}

BOOST_AUTO_TEST_CASE(report_state_rows_of_schema_5_are_kept_without_a_file_digest) {
  testing::TempDir dir;
  {
    SQLite::Database old(dir.File("v5.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (std::size_t i = 0; i < 5; ++i) old.exec(std::string(embedded::SchemaFiles()[i].content));
    old.exec("PRAGMA user_version = 5");
    old.exec("INSERT INTO report_state VALUES ('/srv/reports', 'C1.xlsx', 'abc', '2026-11-01T02:15:00Z')");
  }
  auto database = OpenDatabase(dir.File("v5.db"));
  BOOST_TEST(testing::QueryInt(*database,
                               "SELECT count(*) FROM report_state WHERE fingerprint = 'abc' "
                               "AND file_size IS NULL AND file_sha256 IS NULL") == 1);
  BOOST_TEST(testing::QueryInt(*database, "SELECT count(*) FROM code_label") == 20);
}

BOOST_AUTO_TEST_CASE(complaints_classified_before_schema_8_get_their_evidence) {
  testing::TempDir dir;
  const std::string path = dir.File("v7.db");
  const std::string evidence_by_record =
      "SELECT group_concat(i.intake_id || '=' || coalesce(c.evidence, 'NULL'), char(10)) "
      "FROM intake AS i JOIN classification AS c USING (intake_key)";
  std::string classified;
  {
    // Classified as of today, then taken back to schema 7: without the column.
    auto database = OpenDatabase(path);
    SilentStatus status;
    importer::Importer importer(*database, {}, status);
    importer.ImportFile(testing::WriteExport(dir, "n1.csv",
                                             "C1,A-1,P-1,2026-01-05,F,52,calf cramps at night,,lasix 40mg\n"
                                             "C1,A-2,P-2,2026-01-05,M,30,sore throat,,\n"
                                             "C1,A-3,P-3,2026-01-06,M,40,foot cramp with a swollen red calf,,\n"));
    classify::RunClassify(*database, *classify::RuleSet::Default(), {}, status);
    classified = testing::QueryText(*database, evidence_by_record);
    database->exec("ALTER TABLE classification DROP COLUMN evidence");
    // A-3 changed since: its classification waits to be replaced.
    database->exec("UPDATE intake SET revision = 2 WHERE intake_id = 'A-3'");
    database->exec("PRAGMA user_version = 7");
  }
  BOOST_TEST(classified.find("A-1=Medication: \"lasix\" (medications)") != std::string::npos, classified);
  BOOST_TEST(classified.find("A-2=NULL") != std::string::npos, classified);
  BOOST_TEST(classified.find("A-3=NULL") == std::string::npos, classified);
  auto database = OpenDatabase(path);
  BOOST_TEST(SchemaVersion(*database) == LatestSchemaVersion());
  const std::string upgraded = testing::QueryText(*database, evidence_by_record);
  BOOST_TEST(upgraded.substr(0, upgraded.find("A-3=")) == classified.substr(0, classified.find("A-3=")));
  BOOST_TEST(upgraded.ends_with("A-3=NULL"), upgraded);
}

BOOST_AUTO_TEST_CASE(a_newer_database_is_refused) {
  testing::TempDir dir;
  {
    auto database = OpenDatabase(dir.File("c.db"));
    database->exec("PRAGMA user_version = " + std::to_string(LatestSchemaVersion() + 1));
  }
  try {
    OpenDatabase(dir.File("c.db"));
    BOOST_FAIL("opened a newer database");
  } catch (const Error& error) {
    BOOST_TEST(static_cast<int>(error.kind()) == static_cast<int>(ErrorKind::kDatabase));
    BOOST_TEST(std::string(error.what()).find("newer") != std::string::npos);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::db
