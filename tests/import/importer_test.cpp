// Tests of Importer against a real, file-backed SQLite database (its rejects are in
// importer_rejects_test.cpp).
#include "import/importer.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>
#include <sys/stat.h>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <memory>

#include "db/database.h"
#include "import/importer_fixture.h"
#include "test_support.h"

namespace crampwatch::importer {
namespace {

using testing::DumpDatabase;
using testing::QueryInt;
using testing::QueryText;

}  // namespace

BOOST_FIXTURE_TEST_SUITE(importer, ImporterFixture)

BOOST_AUTO_TEST_CASE(loads_good_rows_and_records_the_file) {
  FileImportResult result = Import(
      "night1.csv", std::string(kHeader) +
                        "CLN-014,Riverside,A-1,P-1,2026-01-05,F,1970-03-04,,"
                        "\"calf cramps at night, woke me\",osteoporosis,HCTZ 25mg\n"
                        "CLN-014,Riverside,A-2,P-2,2026-01-06 08:15,male,,40,sore throat,,\n");
  BOOST_TEST(static_cast<int>(result.outcome) == static_cast<int>(FileOutcome::kImported));
  BOOST_TEST(result.counts.rows_read == 2);
  BOOST_TEST(result.counts.inserted == 2);
  BOOST_TEST(result.sha256.size() == 64u);
  BOOST_TEST(Count("v_intake") == 2);
  BOOST_TEST(QueryText(*database, "SELECT age FROM v_intake WHERE intake_id = 'A-1'") == "55");
  BOOST_TEST(QueryText(*database, "SELECT sex FROM v_intake WHERE intake_id = 'A-2'") == "M");
  BOOST_TEST(QueryText(*database, "SELECT intake_date FROM v_intake WHERE intake_id = 'A-2'") ==
             "2026-01-06T08:15:00");
  BOOST_TEST(QueryText(*database, "SELECT complaint FROM v_intake WHERE intake_id = 'A-1'") ==
             "calf cramps at night, woke me");
  BOOST_TEST(QueryText(*database, "SELECT history FROM v_intake WHERE intake_id = 'A-2'") == "NULL");
  BOOST_TEST(QueryText(*database, "SELECT is_cramp FROM v_intake WHERE intake_id = 'A-2'") == "NULL");
  BOOST_TEST(QueryText(*database, "SELECT file || ' ' || rows_read || ' ' || inserted FROM v_import") ==
             dir.File("night1.csv") + " 2 2");
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM classify_queue") == 2);
}

BOOST_AUTO_TEST_CASE(same_bytes_under_any_name_change_nothing) {
  std::string content = std::string(kHeader) + "C1,,A-1,P-1,2026-01-05,,,,calf cramp,,\n";
  Import("a.csv", content);
  std::string before = DumpDatabase(*database);
  FileImportResult again = Import("a.csv", content);
  FileImportResult renamed = Import("b.csv", content);
  BOOST_TEST(static_cast<int>(again.outcome) == static_cast<int>(FileOutcome::kAlreadyImported));
  BOOST_TEST(static_cast<int>(renamed.outcome) == static_cast<int>(FileOutcome::kAlreadyImported));
  BOOST_TEST(renamed.message.find("a.csv") != std::string::npos);
  BOOST_TEST(DumpDatabase(*database) == before);
}

BOOST_AUTO_TEST_CASE(changed_record_is_updated_with_its_history_kept) {
  Import("n1.csv", std::string(kHeader) + "C1,,A-1,P-1,2026-01-05,F,,50,calf cramp,,\n"
                                          "C1,,A-2,P-2,2026-01-05,F,,50,rash,,\n");
  database->exec("DELETE FROM classify_queue");
  FileImportResult night2 =
      Import("n2.csv", std::string(kHeader) + "C1,,A-1,P-1,2026-01-05,F,,50,calf cramp,,lasix\n"
                                              "C1,,A-2,P-2,2026-01-05,F,,50,rash,,\n"
                                              "C1,,A-3,P-3,2026-01-06,M,,30,cough,,\n");
  BOOST_TEST(night2.counts.rows_read == 3);
  BOOST_TEST(night2.counts.updated == 1);
  BOOST_TEST(night2.counts.unchanged == 1);
  BOOST_TEST(night2.counts.inserted == 1);
  BOOST_TEST(QueryText(*database, "SELECT medications FROM v_intake WHERE intake_id = 'A-1'") == "lasix");
  BOOST_TEST(QueryInt(*database, "SELECT revision FROM intake WHERE intake_id = 'A-1'") == 2);
  BOOST_TEST(Count("intake_history") == 1);
  BOOST_TEST(QueryText(*database, "SELECT coalesce(medications, 'none') || ' ' || revision "
                                  "FROM intake_history") == "none 1");
  // Only the changed and the new record wait for the classifier.
  BOOST_TEST(QueryText(*database, "SELECT group_concat(intake_id) FROM "
                                  "(SELECT intake_id FROM intake JOIN classify_queue USING (intake_key) "
                                  "ORDER BY 1)") == "A-1,A-3");
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM v_import WHERE rows_read = "
                                 "inserted + updated + unchanged + rejected") == 2);
}

BOOST_AUTO_TEST_CASE(a_record_changed_while_still_waiting_for_the_classifier_is_queued_once) {
  Import("n1.csv", std::string(kHeader) + "C1,,A-1,P-1,2026-01-05,F,,50,calf cramp,,\n");
  FileImportResult night2 =
      Import("n2.csv", std::string(kHeader) + "C1,,A-1,P-1,2026-01-05,F,,50,calf cramps,,\n");
  BOOST_TEST(night2.counts.updated == 1, night2.message);
  BOOST_TEST(Count("classify_queue") == 1);
}

BOOST_AUTO_TEST_CASE(a_record_repeated_later_in_the_same_file_updates_it) {
  FileImportResult result =
      Import("n.csv", std::string(kHeader) + "C1,,A-1,P-1,2026-01-05,,,,calf cramp,,\n"
                                             "C1,,A-1,P-1,2026-01-05,,,,calf cramps at night,,\n"
                                             "C1,,A-1,P-1,2026-01-05,,,,calf cramps at night,,\n");
  BOOST_TEST(result.counts.inserted == 1);
  BOOST_TEST(result.counts.updated == 1);
  BOOST_TEST(result.counts.unchanged == 1);
  BOOST_TEST(QueryText(*database, "SELECT complaint FROM intake_history") == "calf cramp");
  BOOST_TEST(Count("classify_queue") == 1);
}

// A merge inserts the records new to intake first and takes the rest through
// the upsert after: each key must still see its rows in file order.
BOOST_AUTO_TEST_CASE(new_repeated_and_known_records_mixed_in_one_file_merge_in_file_order) {
  Import("n1.csv", std::string(kHeader) + "C1,,A-1,P-1,2026-01-05,,,,calf cramp,,\n"
                                          "C1,,A-3,P-3,2026-01-05,,,,cough,,\n");
  FileImportResult result =
      Import("n2.csv", std::string(kHeader) + "C1,,A-2,P-2,2026-01-06,,,,rash,,\n"
                                              "C1,,A-1,P-1,2026-01-05,,,,calf cramps,,\n"
                                              "C1,,A-2,P-2,2026-01-06,,,,rash and itch,,\n"
                                              "C1,,A-3,P-3,2026-01-05,,,,cough,,\n"
                                              "C1,,A-1,P-1,2026-01-05,,,,calf cramps at night,,\n"
                                              "C1,,A-4,P-4,2026-01-07,,,,headache,,\n"
                                              "C1,,A-2,P-2,2026-01-06,,,,rash,,\n");
  BOOST_TEST(result.counts.inserted == 2);
  BOOST_TEST(result.counts.updated == 4);
  BOOST_TEST(result.counts.unchanged == 1);
  // New keys are numbered in the order their records first appear.
  BOOST_TEST(QueryText(*database, "SELECT group_concat(intake_id) FROM "
                                  "(SELECT intake_id FROM intake ORDER BY intake_key)") == "A-1,A-3,A-2,A-4");
  BOOST_TEST(QueryText(*database, "SELECT group_concat(complaint || ' ' || revision || ' ' || source_line, '; ') "
                                  "FROM (SELECT * FROM intake ORDER BY intake_key)") ==
             "calf cramps at night 3 6; cough 1 3; rash 3 8; headache 1 7");
  BOOST_TEST(QueryText(*database, "SELECT group_concat(complaint, '; ') FROM "
                                  "(SELECT complaint FROM intake_history ORDER BY history_id)") ==
             "calf cramp; rash; calf cramps; rash and itch");
  BOOST_TEST(Count("classify_queue") == 4);
}

// The importer writes with foreign-key checks off (its references are valid by
// construction) and merges with CHECK constraints off (it checks them itself): the
// references must hold, and both must be on again after, also after a failure.
BOOST_AUTO_TEST_CASE(references_hold_and_foreign_key_checks_are_on_again_after_an_import) {
  const std::string night = std::string(kHeader) + "C1,,A-1,P-1,2026-01-05,,,,calf cramp,,\n"
                                                   "C1,,A-2,P-2,2026-13-45,,,,rash,,\n";
  Import("n1.csv", night);
  Import("n2.csv", std::string(kHeader) + "C1,,A-1,P-1,2026-01-05,,,,calf cramps,,\n");
  ImportOptions force;
  force.force = true;
  BOOST_TEST(static_cast<int>(Import("n1.csv", night, force).outcome) == static_cast<int>(FileOutcome::kImported));
  // Fails inside the file's transaction: the header's quote is never closed.
  BOOST_TEST(static_cast<int>(Import("bad.csv", "clinic_id,\"intake_id\n").outcome) ==
             static_cast<int>(FileOutcome::kFailed));
  BOOST_TEST(QueryInt(*database, "PRAGMA foreign_keys") == 1);
  BOOST_TEST(QueryInt(*database, "PRAGMA ignore_check_constraints") == 0);
  BOOST_TEST(QueryInt(*database, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
  BOOST_TEST(Count("import_reject") == 1);
}

BOOST_AUTO_TEST_CASE(same_intake_id_in_two_clinics_is_two_records) {
  Import("n.csv", std::string(kHeader) + "C1,,A-1,P-1,2026-01-05,,,,calf cramp,,\n"
                                         "C2,,A-1,P-1,2026-01-05,,,,calf cramp,,\n");
  BOOST_TEST(Count("v_intake") == 2);
}

BOOST_AUTO_TEST_CASE(crlf_lone_cr_bom_and_blank_lines_are_read) {
  std::string header = kHeader;
  header.pop_back();
  for (const char* line_end : {"\r\n", "\r"}) {
    std::string content = "\xEF\xBB\xBF" + header + line_end + line_end +
                          "C1,,A-1,P-1,2026-01-05,,,,calf cramp,," + line_end +
                          ",,,,,,,,,," + line_end + "   " + line_end +
                          "C1,,A-2,P-1,2026-01-05,,,,2026-01-05 bad,,,";
    FileImportResult result = Import(std::string("le") + (line_end[1] ? "crlf" : "cr") + ".csv", content);
    BOOST_TEST(result.counts.inserted + result.counts.unchanged == 1);
    BOOST_TEST(result.counts.rejected == 1);  // the last one has 12 fields
    BOOST_TEST(QueryInt(*database, "SELECT max(line) FROM v_reject") == 6);
  }
  BOOST_TEST(Count("v_intake") == 1);  // the same record, unchanged the second time
}

BOOST_AUTO_TEST_CASE(header_names_match_loosely_in_any_order_and_extras_are_kept) {
  FileImportResult result = Import(
      "loose.csv",
      "Complaint,INTAKE DATE,Intake-ID,patient id,Clinic_Id,Insurance Plan,triage\n"
      "\"toes cramp, \"\"bad\"\"\",2026-03-01,X-9,P-1,C7,Acme \"Gold\",3\n");
  BOOST_TEST(result.counts.inserted == 1, result.message);
  BOOST_TEST(QueryText(*database, "SELECT complaint FROM v_intake") == "toes cramp, \"bad\"");
  BOOST_TEST(QueryText(*database, "SELECT extra FROM intake") ==
             "{\"Insurance Plan\":\"Acme \\\"Gold\\\"\",\"triage\":\"3\"}");
  BOOST_TEST(QueryText(*database, "SELECT json_extract(extra, '$.triage') FROM intake") == "3");
}

BOOST_AUTO_TEST_CASE(map_and_date_format_read_another_systems_export) {
  ImportOptions options;
  options.mappings = {ParseColumnMapping("Visit Date=intake_date"), ParseColumnMapping("MRN=patient_id"),
                      ParseColumnMapping("Reason for visit = complaint")};
  options.date_format = "%d/%m/%Y";
  options.delimiter = ';';
  FileImportResult result =
      Import("other.txt", "clinic_id;intake_id;MRN;Visit Date;DOB;Reason for visit\n"
                          "C1;V-1;M-1;31/12/2025;;night cramps in calves\n"
                          "C1;V-2;M-2;31/02/2025;;foot cramp\n",
             options);
  BOOST_TEST(result.counts.inserted == 1, result.message);
  BOOST_TEST(result.counts.rejected == 1);
  BOOST_TEST(QueryText(*database, "SELECT intake_date FROM v_intake") == "2025-12-31");
  BOOST_TEST(QueryText(*database, "SELECT extra FROM intake") == "{\"DOB\":\"\"}");
}

BOOST_AUTO_TEST_CASE(tsv_files_are_tab_separated) {
  std::string header = kHeader;
  std::replace(header.begin(), header.end(), ',', '\t');
  FileImportResult result =
      Import("a.TSV", header + "C1\t\tA-1\tP-1\t2026-01-05\t\t\t\tcalf cramp, at night\t\t\n");
  BOOST_TEST(result.counts.inserted == 1, result.message);
  BOOST_TEST(QueryText(*database, "SELECT complaint FROM v_intake") == "calf cramp, at night");
}

BOOST_AUTO_TEST_CASE(windows_1252_needs_its_encoding) {
  std::string content = std::string(kHeader) + "C1,,A-1,P-1,2026-01-05,,,,\"can\x92t sleep, calf cramp\",,\n";
  FileImportResult as_utf8 = Import("w.csv", content);
  BOOST_TEST(as_utf8.counts.rejected == 1);
  BOOST_TEST(QueryText(*database, "SELECT reason FROM v_reject").find("complaint: invalid UTF-8") == 0u);
  ImportOptions options;
  options.encoding = Encoding::kWindows1252;
  options.force = true;
  FileImportResult transcoded = Import("w.csv", content, options);
  BOOST_TEST(transcoded.counts.inserted == 1, transcoded.message);
  BOOST_TEST(QueryText(*database, "SELECT complaint FROM v_intake") == "can\u2019t sleep, calf cramp");
  // --force replaced the first reading's reject instead of adding to it.
  BOOST_TEST(Count("v_reject") == 0);
  BOOST_TEST(Count("v_import") == 1);
}

BOOST_AUTO_TEST_CASE(utf16_fails_without_its_encoding_and_loads_with_it) {
  std::string utf8 = std::string(kHeader) + "C1,,A-1,P-1,2026-01-05,,,,calf cramp \u00e9,,\n";
  std::string utf16 = "\xFF\xFE";
  for (unsigned char c : std::string(kHeader) + "C1,,A-1,P-1,2026-01-05,,,,calf cramp ") {
    utf16 += static_cast<char>(c);
    utf16 += '\0';
  }
  utf16 += std::string("\xE9\0,\0,\0\n\0", 8);
  std::string before = DumpDatabase(*database);
  FileImportResult plain = Import("u16.csv", utf16);
  BOOST_TEST(static_cast<int>(plain.outcome) == static_cast<int>(FileOutcome::kFailed));
  BOOST_TEST(static_cast<int>(*plain.error) == static_cast<int>(ErrorKind::kBadInput));
  BOOST_TEST(plain.message.find("--encoding utf-16") != std::string::npos, plain.message);
  BOOST_TEST(DumpDatabase(*database) == before);
  ImportOptions options;
  options.encoding = Encoding::kUtf16;
  FileImportResult decoded = Import("u16.csv", utf16, options);
  BOOST_TEST(decoded.counts.inserted == 1, decoded.message);
  BOOST_TEST(QueryText(*database, "SELECT complaint FROM v_intake") == "calf cramp \u00e9");
}

struct BadFileCase {
  const char* name;
  std::string content;
  const char* message;
};

std::ostream& operator<<(std::ostream& out, const BadFileCase& c) { return out << c.name; }

const BadFileCase kBadFiles[] = {
    {"empty.csv", "", "empty"},
    {"bom-only.csv", "\xEF\xBB\xBF\n\n", "empty"},
    {"image.csv", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "PNG"},
    {"archive.csv", std::string("PK\x03\x04\x14\0\0\0\x08\0", 10) + std::string(200, '\x01'), "ZIP"},
    {"compressed.csv", std::string("\x1f\x8b\x08\0\0\0\0\0", 8) + std::string(100, '\xff'), "gzip"},
    {"missing.csv", "clinic_id,intake_id,patient_id\nC1,A-1,P-1\n",
     "missing required columns 'intake_date', 'complaint'; found 'clinic_id', 'intake_id', 'patient_id'"},
    {"twice.csv", std::string("Clinic ID,") + kHeader + "C1,C1,,A-1,P-1,2026-01-05,,,,cramp,,\n",
     "names column 'clinic_id' twice"},
    {"noheader.csv", "C1,,A-1,P-1,2026-01-05,,,,calf cramp,,\n", "no header row"},
};

BOOST_DATA_TEST_CASE(a_file_that_fails_leaves_the_database_as_it_was,
                     boost::unit_test::data::make(kBadFiles), bad) {
  Import("good.csv", std::string(kHeader) + "C1,,A-1,P-1,2026-01-05,,,,calf cramp,,\n");
  std::string before = DumpDatabase(*database);
  FileImportResult result = Import(bad.name, bad.content);
  BOOST_TEST(static_cast<int>(result.outcome) == static_cast<int>(FileOutcome::kFailed));
  BOOST_TEST(static_cast<int>(result.error.value()) == static_cast<int>(ErrorKind::kBadInput));
  BOOST_TEST(result.message.find(bad.message) != std::string::npos, result.message);
  BOOST_TEST(result.message.find(bad.name) != std::string::npos, result.message);
  BOOST_TEST(DumpDatabase(*database) == before);
}

BOOST_AUTO_TEST_CASE(no_header_message_does_not_repeat_patient_text) {
  FileImportResult result = Import("data.csv", "C1,,A-1,P-1,2026-01-05,,,,secret complaint,,\n");
  BOOST_TEST(result.message.find("secret") == std::string::npos, result.message);
}

BOOST_AUTO_TEST_CASE(a_missing_file_fails_alone) {
  Importer importer(*database, {}, status);
  FileImportResult result = importer.ImportFile(dir.File("nope.csv"));
  BOOST_TEST(static_cast<int>(result.error.value()) == static_cast<int>(ErrorKind::kNoInput));
  FileImportResult folder = importer.ImportFile(dir.path().string());
  BOOST_TEST(static_cast<int>(folder.error.value()) == static_cast<int>(ErrorKind::kNoInput));
}

// A statement left running after the commit keeps the connection's read
// transaction open: the commit's checkpoint cannot write the WAL back, so the
// WAL grows over the whole night and every reader searches it.
BOOST_AUTO_TEST_CASE(the_commit_is_checkpointed_into_the_database_file) {
  database->exec("PRAGMA wal_autocheckpoint = 1");  // every commit checkpoints
  FileImportResult result = Import("n.csv", std::string(kHeader) +
                                                "C1,,A-1,P-1,2026-01-05,,,,calf cramp,,\n"
                                                "C1,,A-2,P-2,2026-01-06,,,,sore throat,,\n");
  BOOST_REQUIRE(result.outcome == FileOutcome::kImported);
  BOOST_TEST(testing::QueryIntInFileAlone(dir.File("test.db"), "SELECT count(*) FROM intake") == 2);
}

BOOST_AUTO_TEST_CASE(a_busy_database_fails_the_file_as_try_later) {
  std::string path = dir.File("test.db");
  db::OpenOptions quick;
  quick.busy_timeout_ms = 100;
  auto other = db::OpenDatabase(path, quick);
  SQLite::Transaction holding(*other, SQLite::TransactionBehavior::IMMEDIATE);
  auto impatient = db::OpenDatabase(path, quick);
  Importer importer(*impatient, {}, status);
  std::string file = dir.Write("n.csv", std::string(kHeader) + "C1,,A-1,P-1,2026-01-05,,,,calf cramp,,\n");
  FileImportResult result = importer.ImportFile(file);
  BOOST_TEST(static_cast<int>(result.error.value()) == static_cast<int>(ErrorKind::kTryLater), result.message);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::importer
