// Fault: another connection busy on the database. A long read transaction
// does not stop the nightly run (WAL); a write lock held past --busy-timeout
// makes an import exit 75 with a clear message and no damage.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>

#include "test_support.h"

namespace crampwatch::faults {
namespace {

struct BusyFixture : testing::CliFixture {
  std::string out = dir.File("reports");
  std::string night1 = dir.File("night1.csv");
  std::string night2 = dir.File("night2.csv");

  BusyFixture() {
    Generate(night1, "1", "1");
    Generate(night2, "2", "5001");  // new records only
    BOOST_REQUIRE(Crampwatch({"-q", "import", night1}).exit_code == 0);
  }

  static void Generate(const std::string& path, const std::string& seed, const std::string& id_start) {
    BOOST_REQUIRE(testing::RunProgram({CRAMPWATCH_GEN_BIN, "-q", "--rows", "20000", "--clinics", "4", "--seed", seed,
                                       "--id-start", id_start, "--out", path}).exit_code == 0);
  }

  std::string Dump() {
    SQLite::Database database(db, SQLite::OPEN_READONLY);
    return testing::DumpDatabase(database);
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(busy_database, BusyFixture)

BOOST_AUTO_TEST_CASE(a_long_read_transaction_does_not_stop_the_nightly_run) {
  SQLite::Database reader(db, SQLite::OPEN_READONLY);
  reader.exec("BEGIN");
  // Stepped once and left unfinished: the read transaction holds its snapshot.
  SQLite::Statement reading(reader, "SELECT intake_id FROM intake ORDER BY intake_key");
  BOOST_REQUIRE(reading.executeStep());

  const auto started = std::chrono::steady_clock::now();
  const testing::RunResult run = Crampwatch({"--busy-timeout", "0.5", "run", "--out", out, night2});
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  BOOST_TEST(run.exit_code == 0, run.err);
  BOOST_TEST(run.err.find("run: finished in ") != std::string::npos, run.err);
  BOOST_TEST(std::filesystem::exists(std::filesystem::path(out) / "overview.xlsx"));
  BOOST_TEST_MESSAGE("run beside a reader: " << seconds << " s");

  // The reader still sees its snapshot, never half of the run; once it ends, all of it.
  BOOST_TEST(testing::QueryInt(reader, "SELECT count(*) FROM intake") == 20000);
  BOOST_TEST(testing::QueryInt(reader, "SELECT count(*) FROM import_file") == 1);
  BOOST_TEST(reading.executeStep());
  reading.reset();
  reader.exec("COMMIT");
  BOOST_TEST(testing::QueryInt(reader, "SELECT count(*) FROM intake") == 40000);
  BOOST_TEST(testing::QueryInt(reader, "SELECT count(*) FROM classification") == 40000);
  BOOST_TEST(testing::QueryText(reader, "PRAGMA integrity_check") == "ok");
}

BOOST_AUTO_TEST_CASE(a_write_lock_held_past_the_busy_timeout_exits_75_without_damage) {
  const std::string before = Dump();
  {
    SQLite::Database writer(db, SQLite::OPEN_READWRITE);
    writer.exec("BEGIN IMMEDIATE");
    writer.exec("UPDATE intake SET complaint = complaint || ' (edited)' WHERE intake_key = 1");  // never committed

    const auto started = std::chrono::steady_clock::now();
    const testing::RunResult busy = Crampwatch({"--busy-timeout", "0.5", "import", night2});
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    BOOST_TEST(busy.exit_code == 75, busy.err);
    BOOST_TEST(busy.err.find("crampwatch: error: ") != std::string::npos, busy.err);
    BOOST_TEST(busy.err.find(db) != std::string::npos, busy.err);  // names the database
    BOOST_TEST(busy.err.find("database is locked") != std::string::npos, busy.err);
    BOOST_TEST(busy.err.find("try again later") != std::string::npos, busy.err);
    BOOST_TEST_MESSAGE("busy: " << busy.err << " after " << seconds << " s");
    BOOST_TEST(seconds >= 0.5);  // it did wait for the lock
    BOOST_TEST(seconds < 5.0);   // and not much longer
    writer.exec("ROLLBACK");
  }

  BOOST_TEST(testing::IntegrityCheck(db) == "ok");
  BOOST_TEST(Dump() == before);
  const testing::RunResult retry = Crampwatch({"import", night2});
  BOOST_TEST(retry.exit_code == 0, retry.err);
  SQLite::Database database(db, SQLite::OPEN_READONLY);
  BOOST_TEST(testing::QueryInt(database, "SELECT count(*) FROM intake") == 40000);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace crampwatch::faults
