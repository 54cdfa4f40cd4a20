// Fault: `crampwatch import` killed (SIGKILL) at random moments of a 200,000-row
// import, then run again: the database ends exactly as a clean import leaves it.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <signal.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

#include "test_support.h"

namespace crampwatch::faults {
namespace {

namespace fs = std::filesystem;

constexpr int kKills = 20;

void RemoveDatabase(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
}

// What differs between the database at `path` and the one at `reference`,
// table by table; empty when every table holds the same rows. Rows are
// compared whole (keys included) as sets, plus their counts: every table has
// a primary key, so a lost or doubled row changes one or the other. Only
// import_file's timing columns (imported_at, seconds) may differ.
std::string Differences(const std::string& path, const std::string& reference) {
  // Read-only, so that a killed run's -wal stays for the next run to find.
  SQLite::Database database(path, SQLite::OPEN_READONLY);
  database.exec("PRAGMA temp_store = MEMORY");
  database.exec("ATTACH DATABASE '" + reference + "' AS ref");
  std::string differences;
  SQLite::Statement tables(database,
                           "SELECT name FROM ref.sqlite_schema WHERE type = 'table' ORDER BY name");
  while (tables.executeStep()) {
    const std::string table = tables.getColumn(0).getString();
    std::string columns = "*";
    if (table == "import_file") {
      columns = "import_id, file, sha256, rows_read, inserted, updated, unchanged, rejected";
    }
    auto count = [&](const std::string& sql) { return testing::QueryInt(database, sql); };
    const long long mine = count("SELECT count(*) FROM main.\"" + table + "\"");
    const long long theirs = count("SELECT count(*) FROM ref.\"" + table + "\"");
    const long long extra = count("SELECT count(*) FROM (SELECT " + columns + " FROM main.\"" + table +
                                  "\" EXCEPT SELECT " + columns + " FROM ref.\"" + table + "\")");
    const long long missing = count("SELECT count(*) FROM (SELECT " + columns + " FROM ref.\"" + table +
                                    "\" EXCEPT SELECT " + columns + " FROM main.\"" + table + "\")");
    if (mine != theirs || extra != 0 || missing != 0) {
      differences += table + ": " + std::to_string(mine) + " rows (reference " + std::to_string(theirs) +
                     "), " + std::to_string(extra) + " not in the reference, " + std::to_string(missing) +
                     " missing\n";
    }
  }
  return differences;
}

struct KilledImportFixture {
  testing::TempDir dir;
  std::string night1 = dir.File("night1.csv");
  std::string night2 = dir.File("night2.csv");
  std::string before = dir.File("before.db");        // night 1 only
  std::string reference = dir.File("reference.db");  // night 1, then night 2 imported cleanly
  std::string db = dir.File("killed.db");

  std::vector<std::string> Import(const std::string& database, const std::string& file) {
    return testing::CrampwatchCommand(database, {"-q", "import", file});
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(killed_import, KilledImportFixture)

BOOST_AUTO_TEST_CASE(twenty_kills_then_a_rerun_leave_what_a_clean_import_leaves) {
  // Night 2 is the 200,000-row export; night 1 holds earlier versions of 20,000
  // of its records, so night 2 inserts, updates (writing history) and rejects.
  BOOST_REQUIRE(testing::RunProgram({CRAMPWATCH_GEN_BIN, "--rows", "200000", "--clinics", "20", "--seed", "7",
                                     "--bad-rate", "0.01", "--in-date-order", "--out", night2})
                    .exit_code == 0);
  BOOST_REQUIRE(testing::RunProgram({CRAMPWATCH_GEN_BIN, "--rows", "20000", "--clinics", "20", "--seed", "8",
                                     "--bad-rate", "0.01", "--in-date-order", "--out", night1})
                    .exit_code == 0);
  BOOST_REQUIRE(testing::RunProgram(Import(before, night1)).exit_code == 1);  // rejects on purpose

  fs::copy_file(before, reference);
  const auto started = std::chrono::steady_clock::now();
  const testing::RunResult clean = testing::RunProgram(Import(reference, night2));
  const auto clean_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  BOOST_REQUIRE_MESSAGE(clean.exit_code == 1, clean.err);
  BOOST_TEST_MESSAGE("clean import of 200,000 rows: " << clean_ms << " ms");
  {
    SQLite::Database ref(reference);
    BOOST_REQUIRE(testing::QueryInt(ref, "SELECT count(*) FROM import_file") == 2);
    BOOST_REQUIRE(testing::QueryInt(ref, "SELECT count(*) FROM intake_history") > 0);
    BOOST_REQUIRE(testing::QueryInt(ref, "SELECT count(*) FROM import_reject WHERE import_id = 2") > 0);
  }

  // One database that only accumulates would test one kill: the first
  // completed re-run holds night 2, and every later kill would hit a run that
  // skips the file. So the run after a rolled-back kill is the re-run, and
  // is killed in turn (it starts from what the killed process left: a -wal
  // with uncommitted frames and a -shm); every 5th round it runs to
  // completion instead, and the database starts again from night 1 alone.
  std::mt19937 random(7);
  std::uniform_int_distribution<long long> delay_ms(0, clean_ms);
  int rolled_back = 0, committed = 0, completed = 0, left_wal = 0;
  RemoveDatabase(db);
  fs::copy_file(before, db);
  for (int round = 1; round <= kKills; ++round) {
    const long long delay = delay_ms(random);
    const int pid = testing::StartProgram(Import(db, night2));
    std::this_thread::sleep_for(std::chrono::milliseconds(delay));
    kill(pid, SIGKILL);
    const int status = testing::WaitProgram(pid);
    const std::string context = "round " + std::to_string(round) + ", kill after " + std::to_string(delay) + " ms";

    if (fs::exists(db + "-wal") && fs::file_size(db + "-wal") > 0) ++left_wal;
    // Right after the kill: whole, and night 2 either not there at all or all there.
    BOOST_TEST(testing::IntegrityCheck(db) == "ok", context);
    long long imports = 0;
    {
      SQLite::Database killed(db, SQLite::OPEN_READONLY);
      imports = testing::QueryInt(killed, "SELECT count(*) FROM import_file");
    }
    BOOST_TEST(Differences(db, imports == 1 ? before : reference) == "", context << " (" << imports << " imports)");
    (imports == 1 ? rolled_back : committed) += 1;
    if (status != -SIGKILL) BOOST_TEST(status == 1, context);  // it finished before the kill

    if (imports == 1 && round % 5 != 0) continue;
    // Re-run to completion: it imports night 2, or skips it when the killed run committed.
    const testing::RunResult rerun = testing::RunProgram(Import(db, night2));
    BOOST_TEST(rerun.exit_code == (imports == 1 ? 1 : 0), context << ": " << rerun.err);
    BOOST_TEST(Differences(db, reference) == "", context);
    BOOST_TEST(testing::IntegrityCheck(db) == "ok", context);
    ++completed;
    RemoveDatabase(db);
    fs::copy_file(before, db);
  }
  BOOST_TEST_MESSAGE("kills: " << rolled_back << " rolled back, " << committed << " after the commit; "
                               << completed << " re-runs to completion; " << left_wal
                               << " kills left a -wal behind");
  BOOST_TEST(rolled_back >= kKills / 2);  // the kills did land mid-import
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::faults
