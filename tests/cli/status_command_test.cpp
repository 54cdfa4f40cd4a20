// End-to-end tests of `crampwatch status`: the real binary on real database files.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "db/database.h"
#include "db/migrations.h"
#include "test_support.h"
#include "util/file_lock.h"

namespace crampwatch::cli {
namespace {

using testing::QueryText;
using testing::RunResult;

// C1: a cramp complaint, another complaint, and a row rejected for its date;
// C2: one complaint that is not about cramps.
constexpr char kRows[] =
    "C1,A-1,P-1,2026-01-05,F,47,calf cramps at night,,lasix\n"
    "C1,A-2,P-3,2026-01-06,M,52,headache,,\n"
    "C1,A-3,P-4,2026-02-30,M,40,foot cramp,,\n"
    "C2,B-1,P-2,2026-02-05,M,30,sore throat,,\n";

// A later export that changes C2's record: it waits for the classifier again.
constexpr char kChangedRows[] =
    "C2,B-1,P-2,2026-02-05,M,30,sore throat and cough,,\n";

struct StatusFixture : testing::CliFixture {
  void ImportAndClassify() {
    const RunResult imported = Crampwatch({"import", testing::WriteExport(dir, "night-1.csv", kRows)});
    BOOST_REQUIRE_MESSAGE(imported.exit_code == 1, imported.err);  // 1: a row was rejected
    const RunResult classified = Crampwatch({"classify"});
    BOOST_REQUIRE_MESSAGE(classified.exit_code == 0, classified.err);
  }

  /// `status --format json`, checked to succeed and to be one valid JSON object.
  std::string StatusJson() {
    const RunResult run = Crampwatch({"status", "--format", "json"});
    BOOST_REQUIRE_MESSAGE(run.exit_code == 0, run.err);
    BOOST_REQUIRE_MESSAGE(Json(run.out, "$") != "NULL" && Json(run.out, "json_type") == "object", run.out);
    return run.out;
  }

  /// The value at `path` of `json` as SQLite's json_extract gives it, as text
  /// ("NULL" for null or absent); "json_type" gives the top-level type.
  std::string Json(const std::string& json, const std::string& path) {
    SQLite::Statement statement(parser_, path == "json_type" ? "SELECT json_type(?1)"
                                                             : "SELECT json_extract(?1, ?2)");
    statement.bind(1, json);
    if (path != "json_type") statement.bind(2, path);
    statement.executeStep();
    return statement.getColumn(0).isNull() ? "NULL" : statement.getColumn(0).getString();
  }

  void InsertRun(const std::string& values) {
    auto database = db::OpenDatabase(db);
    database->exec("INSERT INTO run_log (started_at, finished_at, exit_code) VALUES " + values);
  }

 private:
  SQLite::Database parser_{":memory:"};
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(status_command, StatusFixture)

BOOST_AUTO_TEST_CASE(json_shows_the_figures_of_an_imported_and_classified_database) {
  ImportAndClassify();
  const std::string json = StatusJson();

  BOOST_TEST(Json(json, "$.database") == db);
  BOOST_TEST(std::stoll(Json(json, "$.database_bytes")) == static_cast<long long>(std::filesystem::file_size(db)));
  BOOST_TEST(Json(json, "$.schema_version") == std::to_string(db::LatestSchemaVersion()));
  {
    auto database = db::OpenDatabase(db);
    BOOST_TEST(Json(json, "$.latest_classify.rules_version") ==
               QueryText(*database, "SELECT rules_version FROM classify_run"));
  }
  BOOST_TEST(Json(json, "$.clinics") ==
             R"([{"clinic_id":"C1","intakes":2,"not_classified":0,"cramp_complaints":1,"rejected":1},)"
             R"({"clinic_id":"C2","intakes":1,"not_classified":0,"cramp_complaints":0,"rejected":0}])");
  BOOST_TEST(Json(json, "$.totals") ==
             R"({"intakes":3,"not_classified":0,"cramp_complaints":1,"rejected":1})");
  BOOST_TEST(Json(json, "$.import_count") == "1");
  BOOST_TEST(Json(json, "$.last_import.file") == dir.File("night-1.csv"));
  BOOST_TEST(Json(json, "$.last_import.rows_read") == "4");
  BOOST_TEST(Json(json, "$.last_import.inserted") == "3");
  BOOST_TEST(Json(json, "$.last_import.rejected") == "1");
  BOOST_TEST(Json(json, "$.last_run") == "NULL");
  BOOST_TEST(Json(json, "$.rejects_awaiting_attention") == "1");
}

BOOST_AUTO_TEST_CASE(a_changed_record_counts_as_not_classified_until_classify_runs) {
  ImportAndClassify();
  const RunResult imported = Crampwatch({"import", testing::WriteExport(dir, "night-2.csv", kChangedRows)});
  BOOST_REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
  const std::string json = StatusJson();
  BOOST_TEST(Json(json, "$.clinics[1].not_classified") == "1");
  BOOST_TEST(Json(json, "$.totals.not_classified") == "1");
  BOOST_TEST(Json(json, "$.totals.intakes") == "3");
  BOOST_TEST(Json(json, "$.import_count") == "2");
  BOOST_TEST(Json(json, "$.last_import.updated") == "1");
}

BOOST_AUTO_TEST_CASE(text_is_aligned_has_the_reject_hint_and_no_patient_text) {
  ImportAndClassify();
  const RunResult run = Crampwatch({"status"});
  BOOST_TEST(run.exit_code == 0, run.err);
  BOOST_TEST(run.out.find("schema version  " + std::to_string(db::LatestSchemaVersion()) + "\n") != std::string::npos, run.out);
  // The hint names the database, so that it works when pasted.
  BOOST_TEST(run.out.find("rejects         1 awaiting attention: crampwatch --db " + db +
                          " query \"SELECT * FROM v_reject\"") != std::string::npos, run.out);
  BOOST_TEST(run.out.find("clinic  intakes  not classified  cramp complaints  rejected\n"
                          "C1            2               0                 1         1\n"
                          "C2            1               0                 0         0\n"
                          "total         3               0                 1         1\n") != std::string::npos,
             run.out);
  for (const char* patient_text : {"calf cramps", "headache", "sore throat", "P-1", "lasix"}) {
    BOOST_TEST(run.out.find(patient_text) == std::string::npos, patient_text);
  }
  BOOST_TEST(run.err.empty(), run.err);
}

BOOST_AUTO_TEST_CASE(a_fresh_database_has_no_imports_and_no_run) {
  const RunResult init = Crampwatch({"init"});
  BOOST_REQUIRE_MESSAGE(init.exit_code == 0, init.err);
  const RunResult run = Crampwatch({"status"});
  BOOST_TEST(run.exit_code == 0, run.err);
  BOOST_TEST(run.out.find("rules version   none: nothing classified yet\n") != std::string::npos, run.out);
  BOOST_TEST(run.out.find("last import     none yet\n") != std::string::npos, run.out);
  BOOST_TEST(run.out.find("last run        no run yet\n") != std::string::npos, run.out);
  BOOST_TEST(run.out.find("rejects         none\n") != std::string::npos, run.out);

  const std::string json = StatusJson();
  BOOST_TEST(Json(json, "$.latest_classify") == "NULL");
  BOOST_TEST(Json(json, "$.last_import") == "NULL");
  BOOST_TEST(Json(json, "$.last_run") == "NULL");
  BOOST_TEST(Json(json, "$.clinics") == "[]");
  BOOST_TEST(Json(json, "$.totals.intakes") == "0");
}

// A clinic id and a file name are whatever the export said: the text shows
// their control characters as escapes; JSON keeps the values (escaped as JSON).
BOOST_AUTO_TEST_CASE(text_shows_control_characters_in_names_as_escapes) {
  const std::string file =
      testing::WriteExport(dir, "night\x1b]0;x\x07.csv", "C\x1b[2J\u202E9,A-1,P-1,2026-01-05,F,47,calf cramps,,\n");
  const RunResult imported = Crampwatch({"import", file});
  BOOST_REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
  const RunResult run = Crampwatch({"status"});
  BOOST_TEST(run.exit_code == 0, run.err);
  BOOST_TEST(run.out.find("night\\x1b]0;x\\x07.csv at ") != std::string::npos, run.out);
  BOOST_TEST(run.out.find("\nC\\x1b[2J\\u202e9  ") != std::string::npos, run.out);
  for (const std::string raw : {"\x1b", "\x07", "\u202E"}) {
    BOOST_TEST(run.out.find(raw) == std::string::npos, run.out);
  }
  BOOST_TEST(Json(StatusJson(), "$.clinics[0].clinic_id") == "C\x1b[2J\u202E9");
}

BOOST_AUTO_TEST_CASE(a_missing_database_exits_66_and_is_not_created) {
  const RunResult run = Crampwatch({"status"});
  BOOST_TEST(run.exit_code == 66, run.err);
  BOOST_TEST(run.err.find(db + ": no such database") != std::string::npos, run.err);
  BOOST_TEST(run.out.empty());
  BOOST_TEST(std::filesystem::is_empty(dir.path()));  // no database, -wal or -shm
}

BOOST_AUTO_TEST_CASE(a_killed_run_is_reported_as_not_finished) {
  ImportAndClassify();
  InsertRun("('2026-11-25T02:15:00Z', '2026-11-25T02:16:00Z', 0), ('2026-11-26T02:15:00Z', NULL, NULL)");
  const RunResult run = Crampwatch({"status"});
  BOOST_TEST(run.exit_code == 0, run.err);
  BOOST_TEST(run.out.find("last run        #2 started 2026-11-26T02:15:00Z: did not finish (killed?)\n") !=
             std::string::npos, run.out);

  const std::string json = StatusJson();
  BOOST_TEST(Json(json, "$.last_run.run_id") == "2");
  BOOST_TEST(Json(json, "$.last_run.finished") == "0");  // json_extract gives false as 0
  BOOST_TEST(Json(json, "$.last_run.finished_at") == "NULL");
  BOOST_TEST(Json(json, "$.last_run.exit_code") == "NULL");
  BOOST_TEST(Json(json, "$.last_run.outcome") == "did not finish (killed?)");
}

BOOST_AUTO_TEST_CASE(a_run_holding_the_lock_is_reported_as_running) {
  ImportAndClassify();
  InsertRun("('2026-11-26T02:15:00Z', NULL, NULL)");
  const FileLock running(db + ".lock", 0);  // as `run` holds it while it works
  BOOST_TEST(Json(StatusJson(), "$.last_run.outcome") == "running");
}

BOOST_AUTO_TEST_CASE(a_finished_run_shows_its_exit_code_and_meaning) {
  ImportAndClassify();
  InsertRun("('2026-11-26T02:15:00Z', '2026-11-26T02:15:40Z', 1)");
  const RunResult run = Crampwatch({"status"});
  BOOST_TEST(run.out.find("last run        #1 started 2026-11-26T02:15:00Z, finished 2026-11-26T02:15:40Z: "
                          "exit 1, success, but some rows were rejected") != std::string::npos, run.out);
  BOOST_TEST(Json(StatusJson(), "$.last_run.finished") == "1");
}

BOOST_AUTO_TEST_CASE(status_changes_nothing) {
  ImportAndClassify();
  const std::string before = testing::ReadFile(db);
  BOOST_TEST(Crampwatch({"status"}).exit_code == 0);
  BOOST_TEST(Crampwatch({"status", "--format", "json"}).exit_code == 0);
  BOOST_TEST(testing::ReadFile(db) == before);
}

// The hint used to leave out --db: pasted, it queried ./crampwatch.db instead.
// Run through a shell as printed, with a path a shell would split or stop at.
BOOST_AUTO_TEST_CASE(the_reject_hint_works_when_pasted_into_a_shell) {
  db = dir.File("night's db (copy).db");
  ImportAndClassify();
  const RunResult status = Crampwatch({"status"});
  const std::size_t start = status.out.find("crampwatch --db ");
  BOOST_REQUIRE(start != std::string::npos);
  std::string hint = status.out.substr(start, status.out.find('\n', start) - start);
  hint.replace(0, std::string("crampwatch").size(), CRAMPWATCH_BIN);
  const RunResult pasted = testing::RunProgram({"/bin/sh", "-c", hint});
  BOOST_TEST(pasted.exit_code == 0, hint << "\n" << pasted.err);
  BOOST_TEST(pasted.out.find("night-1.csv") != std::string::npos, pasted.out);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::cli
